"""Public training routes: partners push their training offer (JSON or Lhéo XML) and remove it."""

from __future__ import annotations

from typing import Annotated

import anyio
from fastapi import APIRouter, File, Form, Path, Response, UploadFile

from gateway.deps import ExtractionDep, IngestDep, MatchingDep, SettingsDep
from gateway.trainings import service
from shared.contracts.lheo import read_trainings
from shared.contracts.tenancy import Visibility
from shared.contracts.trainings import TrainingsUpsert, TrainingsUpsertResult
from shared.errors import PayloadTooLarge, error_responses

router = APIRouter(tags=["trainings"])

INGEST_ERRORS = error_responses(401, 403, 413, 422, 502, 503, 504)


@router.post(
    "/trainings",
    response_model=TrainingsUpsertResult,
    summary="Add or replace up to 1,000 trainings in the neutral JSON format",
    description="Each description is read once by extraction for the skills it teaches. A "
    "training with the id of one of yours replaces it; one that cannot be read is listed in "
    "`errors`. Needs the `ingest` scope.",
    responses=INGEST_ERRORS,
)
async def upsert_trainings(
    body: TrainingsUpsert, caller: IngestDep, extraction: ExtractionDep, matching: MatchingDep
) -> TrainingsUpsertResult:
    return await service.ingest_trainings(
        body.read(),
        visibility=body.visibility,
        tenant=caller.tenant,
        extraction=extraction,
        matching=matching,
    )


@router.post(
    "/trainings/file",
    response_model=TrainingsUpsertResult,
    summary="Import a Lhéo XML export (the Carif-Oref exchange language) or a JSON file",
    description="Every `<formation>` becomes one training, its `<action>`s its sessions. A "
    "formation that cannot be read is listed in `errors`; the others are indexed.",
    responses={**INGEST_ERRORS, **error_responses(415)},
)
async def upload_trainings(
    file: Annotated[UploadFile, File(description="A Lhéo XML document, or a JSON list.")],
    caller: IngestDep,
    extraction: ExtractionDep,
    matching: MatchingDep,
    settings: SettingsDep,
    visibility: Annotated[
        Visibility, Form(description="Who may see them.", examples=["private"])
    ] = Visibility.private,
) -> TrainingsUpsertResult:
    content = await file.read(settings.max_upload_bytes + 1)
    if len(content) > settings.max_upload_bytes:
        raise PayloadTooLarge(
            f"the file is over {settings.max_upload_bytes} bytes", code="file_too_large"
        )
    kind = file.filename or file.content_type or ""
    read = await anyio.to_thread.run_sync(
        lambda: read_trainings(content, content_type_or_suffix=kind)
    )
    return await service.ingest_trainings(
        read, visibility=visibility, tenant=caller.tenant, extraction=extraction, matching=matching
    )


@router.delete(
    "/trainings/{training_id:path}",
    status_code=204,
    summary="Remove one of your trainings",
    responses=error_responses(401, 403, 404, 502, 503, 504),
)
async def delete_training(
    training_id: Annotated[
        str, Path(max_length=100, description="Your training's id.", examples=["9436_18706"])
    ],
    caller: IngestDep,
    matching: MatchingDep,
) -> Response:
    await matching.delete_training(training_id, tenant=caller.tenant)
    return Response(status_code=204)
