"""Training routes: index, remove, and match trainings to a profile's gap."""

from __future__ import annotations

from fastapi import APIRouter, Response

from matching.deps import EncoderDep, TenantDep, VectorStoreDep
from matching.trainings import index, service
from shared.contracts.matching import TrainingMatchRequest, TrainingMatchResponse
from shared.contracts.trainings import TrainingIndexRequest, TrainingsUpsertResult
from shared.errors import NotFound, error_responses

router = APIRouter(tags=["trainings"])


class UnknownTraining(NotFound):
    code = "unknown_training"


@router.put(
    "/trainings",
    response_model=TrainingsUpsertResult,
    summary="Index trainings already read by extraction (add or replace)",
    responses=error_responses(422, 503),
)
async def index_trainings(
    body: TrainingIndexRequest, encoder: EncoderDep, store: VectorStoreDep
) -> TrainingsUpsertResult:
    await index.upsert_trainings(store, encoder, body.trainings)
    return TrainingsUpsertResult(
        indexed=len(body.trainings), ids=[t.training.id for t in body.trainings]
    )


@router.delete(
    "/trainings/{training_id:path}",
    status_code=204,
    summary="Remove one of the tenant's trainings",
    responses=error_responses(404),
)
async def delete_training(training_id: str, tenant: TenantDep, store: VectorStoreDep) -> Response:
    if not await index.delete_training(store, tenant=tenant, training_id=training_id):
        raise UnknownTraining(f"your tenant has no training {training_id!r}")
    return Response(status_code=204)


@router.post(
    "/matches/trainings",
    response_model=TrainingMatchResponse,
    tags=["matching"],
    summary="Trainings and certifications that close the gap to a target métier",
    responses=error_responses(404, 422, 503),
)
async def create_training_match(
    body: TrainingMatchRequest, tenant: TenantDep, store: VectorStoreDep
) -> TrainingMatchResponse:
    return await service.match_trainings(body, store=store, tenant=tenant)
