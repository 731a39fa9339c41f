"""Offers and trainings move into a new encoder's vector space from their payloads alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from matching import reembed as reembed_module
from matching.metiers.catalogue import SkillCatalogue
from matching.offers.index import OFFERS, embedded_text, offers_spec, upsert_offers
from matching.reembed import reembed
from shared.contracts.offers import IndexedOffer, OfferIn, OfferSkill
from shared.contracts.tenancy import Visibility
from shared.encoder.fake import HashingEncoder
from shared.vector_store import InMemoryVectorStore, VectorSpaceMismatch, VectorStore


def _ignore(_: str, __: int, ___: int) -> None:
    return None


def make_offer(offer_id: str, *, title: str = "Serveur") -> IndexedOffer:
    return IndexedOffer(
        offer=OfferIn(
            id=offer_id, title=title, description="Service en salle", created_at=datetime.now(UTC)
        ),
        skills=[OfferSkill(code="100001", label="Accueillir", type="savoir_faire", score=0.9)],
        rome_code="G1803",
        tenant="occitanie",
        visibility=Visibility.private,
    )


@pytest.fixture
async def store() -> AsyncIterator[VectorStore]:
    store = InMemoryVectorStore()
    old = HashingEncoder(dim=32)
    await upsert_offers(
        store,
        old,
        [make_offer("a"), make_offer("b", title="Cuisinier")],
        catalogue=SkillCatalogue(),
        ttl_days=60,
    )
    yield store
    await store.close()


class TestReembed:
    async def test_the_collection_moves_to_the_new_space_with_every_point(
        self, store: VectorStore
    ) -> None:
        new = HashingEncoder(dim=48)
        moved = await reembed(store, new, offers_spec(new), text_of=embedded_text, progress=_ignore)
        info = await store.get_collection(OFFERS)
        assert moved == 2
        assert info is not None
        assert (info.spec.encoder, info.spec.dim) == (new.name, 48)
        assert set(await store.ids(OFFERS)) == {"occitanie/a", "occitanie/b"}

    async def test_vectors_are_the_new_encoders_embedding_of_the_payload(
        self, store: VectorStore
    ) -> None:
        new = HashingEncoder(dim=48)
        await reembed(store, new, offers_spec(new), text_of=embedded_text, progress=_ignore)
        stored = (await store.vectors(OFFERS, ["occitanie/b"]))["occitanie/b"]
        expected = (await new.embed_passages(["Cuisinier. Accueillir"]))[0]
        assert stored == pytest.approx(expected, abs=1e-6)

    async def test_a_collection_in_the_right_space_is_left_alone(self, store: VectorStore) -> None:
        same = HashingEncoder(dim=32)
        before = await store.vectors(OFFERS, ["occitanie/a"])
        await reembed(store, same, offers_spec(same), text_of=embedded_text, progress=_ignore)
        after = await store.vectors(OFFERS, ["occitanie/a"])
        assert after["occitanie/a"] == pytest.approx(before["occitanie/a"])

    async def test_a_move_interrupted_after_the_drop_finishes_on_the_next_run(
        self, store: VectorStore, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        new = HashingEncoder(dim=48)

        async def crash(*_: object, **__: object) -> None:
            raise RuntimeError("killed")

        monkeypatch.setattr(reembed_module, "_copy", crash)
        with pytest.raises(RuntimeError):
            await reembed(store, new, offers_spec(new), text_of=embedded_text, progress=_ignore)
        monkeypatch.undo()
        await reembed(store, new, offers_spec(new), text_of=embedded_text, progress=_ignore)
        assert set(await store.ids(OFFERS)) == {"occitanie/a", "occitanie/b"}
        assert await store.get_collection(f"{OFFERS}.reembed") is None

    async def test_writing_with_another_encoder_is_refused(self, store: VectorStore) -> None:
        with pytest.raises(VectorSpaceMismatch):
            await upsert_offers(
                store,
                HashingEncoder(dim=48),
                [make_offer("c")],
                catalogue=SkillCatalogue(),
                ttl_days=60,
            )
