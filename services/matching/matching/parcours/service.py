"""The portal's one call: top métiers, and for each its gap, offers nearby and trainings."""

from __future__ import annotations

from dataclasses import dataclass

import anyio

from matching.metiers.catalogue import SkillCatalogue
from matching.metiers.service import match_metiers
from matching.offers.service import match_offers
from matching.scoring import Scoring
from matching.trainings.service import match_trainings
from shared.contracts.matching import (
    MetierMatch,
    MetierMatchRequest,
    OfferMatch,
    OfferMatchRequest,
    ParcoursRequest,
    ParcoursResponse,
    ParcoursStep,
    TrainingMatch,
    TrainingMatchRequest,
)
from shared.contracts.profile import Profile
from shared.encoder import Encoder
from shared.vector_store import VectorStore


def _profile(request: ParcoursRequest) -> dict[str, object]:
    return {name: getattr(request, name) for name in Profile.model_fields}


@dataclass(frozen=True)
class Context:
    """What every part of one parcours searches with."""

    encoder: Encoder
    store: VectorStore
    scoring: Scoring
    tenant: str


async def _offers(
    request: ParcoursRequest, metier: MetierMatch, *, context: Context
) -> list[OfferMatch]:
    if not request.offers_per_metier:
        return []
    found = await match_offers(
        OfferMatchRequest(
            **_profile(request),
            where=request.where,
            contract_types=request.contract_types,
            rome_codes=[metier.code_rome],
            limit=request.offers_per_metier,
        ),
        encoder=context.encoder,
        store=context.store,
        scoring=context.scoring,
        tenant=context.tenant,
    )
    return found.results


async def _trainings(
    request: ParcoursRequest, metier: MetierMatch, *, context: Context
) -> list[TrainingMatch]:
    if not request.trainings_per_metier:
        return []
    taught = await match_trainings(
        TrainingMatchRequest(
            **_profile(request),
            target=metier.code_rome,
            where=request.where,
            limit=request.trainings_per_metier,
        ),
        store=context.store,
        tenant=context.tenant,
    )
    return taught.results


async def parcours(
    request: ParcoursRequest,
    *,
    encoder: Encoder,
    store: VectorStore,
    scoring: Scoring,
    catalogue: SkillCatalogue,
    tenant: str,
) -> ParcoursResponse:
    """The top métiers, then each one's offers and trainings, searched at the same time."""
    metiers = await match_metiers(
        MetierMatchRequest(**_profile(request), limit=request.metiers),
        encoder=encoder,
        store=store,
        scoring=scoring,
        catalogue=catalogue,
    )
    context = Context(encoder=encoder, store=store, scoring=scoring, tenant=tenant)
    steps: list[ParcoursStep | None] = [None] * len(metiers.results)

    async def detail(rank: int, metier: MetierMatch) -> None:
        offers = await _offers(request, metier, context=context)
        trainings = await _trainings(request, metier, context=context)
        steps[rank] = ParcoursStep(metier=metier, offers=offers, trainings=trainings)

    async with anyio.create_task_group() as group:
        for rank, metier in enumerate(metiers.results):
            group.start_soon(detail, rank, metier)
    return ParcoursResponse(steps=[s for s in steps if s is not None])
