"""The portal's one call: top métiers, and for each its gap, offers nearby and trainings."""

from __future__ import annotations

import anyio

from matching.metiers.catalogue import SkillCatalogue
from matching.metiers.service import match_metiers
from matching.offers.service import match_offers
from matching.scoring import Scoring
from matching.trainings.service import match_trainings
from shared.contracts.matching import (
    MetierMatch,
    MetierMatchRequest,
    OfferMatchRequest,
    ParcoursRequest,
    ParcoursResponse,
    ParcoursStep,
    TrainingMatchRequest,
)
from shared.contracts.profile import Profile
from shared.encoder import Encoder
from shared.vector_store import VectorStore


def _profile(request: ParcoursRequest) -> dict[str, object]:
    return {name: getattr(request, name) for name in Profile.model_fields}


async def parcours(
    request: ParcoursRequest,
    *,
    encoder: Encoder,
    store: VectorStore,
    scoring: Scoring,
    catalogue: SkillCatalogue,
    tenant: str,
) -> ParcoursResponse:
    profile = _profile(request)
    metiers = await match_metiers(
        MetierMatchRequest(**profile, limit=request.metiers),
        encoder=encoder,
        store=store,
        scoring=scoring,
        catalogue=catalogue,
    )
    steps: list[ParcoursStep | None] = [None] * len(metiers.results)

    async def detail(rank: int, metier: MetierMatch) -> None:
        offers = []
        if request.offers_per_metier:
            found = await match_offers(
                OfferMatchRequest(
                    **profile,
                    where=request.where,
                    contract_types=request.contract_types,
                    rome_codes=[metier.code_rome],
                    limit=request.offers_per_metier,
                ),
                encoder=encoder,
                store=store,
                scoring=scoring,
                tenant=tenant,
            )
            offers = found.results
        trainings = []
        if request.trainings_per_metier:
            taught = await match_trainings(
                TrainingMatchRequest(
                    **profile,
                    target=metier.code_rome,
                    where=request.where,
                    limit=request.trainings_per_metier,
                ),
                store=store,
                tenant=tenant,
            )
            trainings = taught.results
        steps[rank] = ParcoursStep(metier=metier, offers=offers, trainings=trainings)

    async with anyio.create_task_group() as group:
        for rank, metier in enumerate(metiers.results):
            group.start_soon(detail, rank, metier)
    return ParcoursResponse(steps=[s for s in steps if s is not None])
