"""Incremental indexing: only what changed is embedded again, what left is deleted."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from shared.encoder import HashingEncoder
from shared.indexes import IndexDocument, collection_spec, index_documents
from shared.vector_store import InMemoryVectorStore


class CountingEncoder(HashingEncoder):
    def __init__(self) -> None:
        super().__init__(32)
        self.embedded: list[str] = []

    async def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += list(texts)
        return await super().embed_passages(texts)


def _documents(**labels: str) -> list[IndexDocument]:
    return [IndexDocument(code, label, {"label": label}) for code, label in labels.items()]


async def _index(store: InMemoryVectorStore, encoder: CountingEncoder, version: str,
                 documents: list[IndexDocument]) -> int:  # fmt: skip
    spec = collection_spec("skills", encoder, version)
    return await index_documents(
        store, encoder, spec, documents, batch_size=2, progress=lambda *_: None
    )


@pytest.fixture
def encoder() -> CountingEncoder:
    return CountingEncoder()


class TestIndexDocuments:
    async def test_first_run_embeds_everything(self, encoder: CountingEncoder) -> None:
        store = InMemoryVectorStore()
        docs = _documents(a="Accueillir les clients", b="Servir en salle", c="Encaisser")
        assert await _index(store, encoder, "v1", docs) == 3
        assert await store.count("skills") == 3

    async def test_same_version_again_embeds_nothing(self, encoder: CountingEncoder) -> None:
        store = InMemoryVectorStore()
        docs = _documents(a="Accueillir les clients", b="Servir en salle")
        await _index(store, encoder, "v1", docs)
        encoder.embedded.clear()
        assert await _index(store, encoder, "v1", docs) == 0
        assert encoder.embedded == []

    async def test_new_version_embeds_only_what_changed_and_drops_what_left(
        self, encoder: CountingEncoder
    ) -> None:
        store = InMemoryVectorStore()
        await _index(store, encoder, "v1", _documents(a="Accueillir", b="Servir", c="Encaisser"))
        encoder.embedded.clear()
        release = _documents(a="Accueillir", b="Servir à table", d="Dresser les tables")
        assert await _index(store, encoder, "v2", release) == 2
        assert sorted(encoder.embedded) == ["Dresser les tables", "Servir à table"]
        assert sorted(await store.ids("skills")) == ["a", "b", "d"]
        [hit] = await store.retrieve("skills", ["b"])
        assert hit.payload["label"] == "Servir à table"

    async def test_interrupted_run_resumes_where_it_stopped(self, encoder: CountingEncoder) -> None:
        store = InMemoryVectorStore()
        docs = _documents(a="Accueillir", b="Servir", c="Encaisser", d="Dresser")
        await _index(store, encoder, "v1", docs[:2])  # as if it had stopped half-way
        encoder.embedded.clear()
        assert await _index(store, encoder, "v1", docs) == 2
        assert sorted(encoder.embedded) == ["Dresser", "Encaisser"]
