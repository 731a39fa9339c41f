"""Training ingestion: Lhéo XML or JSON read, each description read once by extraction, indexed."""

from __future__ import annotations

from gateway.reading import read_documents
from shared.clients import ExtractionClient, MatchingClient
from shared.contracts.extraction import DocumentKind, ExtractionRequest, ExtractionResult
from shared.contracts.tenancy import Visibility
from shared.contracts.trainings import (
    IndexedTraining,
    TrainingIn,
    TrainingIndexRequest,
    TrainingItemError,
    TrainingSkill,
    TrainingsRead,
    TrainingsUpsertResult,
)


def _text(training: TrainingIn) -> str:
    """What extraction reads: the description, else the title alone."""
    return training.description.strip() or training.title


async def ingest_trainings(
    read: TrainingsRead,
    *,
    visibility: Visibility,
    tenant: str,
    extraction: ExtractionClient,
    matching: MatchingClient,
) -> TrainingsUpsertResult:
    """Read the skills each training teaches, index those read, report the others."""
    errors = list(read.errors)
    documents = [
        ExtractionRequest(kind=DocumentKind.training, title=t.title, text=_text(t))
        for t in read.trainings
    ]
    ready: list[IndexedTraining] = []
    found_all = await read_documents(documents, extraction)
    for position, (training, found) in enumerate(zip(read.trainings, found_all, strict=True)):
        if isinstance(found, ExtractionResult):
            skills = [
                TrainingSkill(code=s.code, label=s.label, type=s.type, score=s.score)
                for s in found.skills
            ]
            ready.append(
                IndexedTraining(
                    training=training, skills=skills, tenant=tenant, visibility=visibility
                )
            )
        else:
            errors.append(
                TrainingItemError(item=training.id, position=position + 1, message=found.message)
            )
    if not ready:
        return TrainingsUpsertResult(indexed=0, ids=[], errors=errors)
    result = await matching.index_trainings(TrainingIndexRequest(trainings=ready))
    return result.model_copy(update={"errors": errors})
