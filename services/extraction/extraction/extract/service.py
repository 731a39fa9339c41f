"""Find ROME skills, professions and work constraints in French documents.

Documents are read in batches: every unit of text of the batch is embedded in one call (repeated
units once), which is what makes bulk ingestion fast; a single document is a batch of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from extraction.config import Settings
from extraction.documents.errors import NotFrench
from extraction.documents.language import looks_french
from extraction.extract import skills as skill_finder
from extraction.extract.constraints import find_constraints
from extraction.extract.document import Document, read
from extraction.extract.lexicon import AppellationLexicon, SkillLexicon, Skills
from extraction.extract.professions import ProfessionScoring, find_professions
from extraction.extract.scoring import Calibration, calibration
from shared.contracts.constraints import Constraint
from shared.contracts.extraction import (
    DocumentKind,
    EvokedAppellation,
    EvokedMetier,
    ExtractionRequest,
    ExtractionResult,
)
from shared.encoder import Encoder
from shared.errors import AppError
from shared.vector_store import VectorStore


@dataclass(frozen=True)
class Resources:
    encoder: Encoder
    store: VectorStore
    appellations: AppellationLexicon
    skills: SkillLexicon


@dataclass(frozen=True)
class Tuning:
    professions: ProfessionScoring
    calibration: Calibration
    threshold: float | None  # lowest skill score returned; None: the calibrated threshold
    max_skills: int
    max_units: int  # units of text embedded per document, in text order


def tuning(settings: Settings) -> Tuning:
    """The tuning the settings ask for, with the calibration shipped in the package."""
    return Tuning(
        professions=ProfessionScoring(floor=settings.score_floor),
        calibration=calibration(),
        threshold=settings.skill_threshold,
        max_skills=settings.max_skills,
        max_units=settings.max_units,
    )


async def extract(
    request: ExtractionRequest, *, resources: Resources, tuning: Tuning
) -> ExtractionResult:
    """Raises: NotFrench: the text is in another language, or is not text."""
    outcome = (await extract_many([request], resources=resources, tuning=tuning))[0]
    if isinstance(outcome, AppError):
        raise outcome
    return outcome


async def extract_many(
    requests: Sequence[ExtractionRequest], *, resources: Resources, tuning: Tuning
) -> list[ExtractionResult | AppError]:
    """Read every document, embed all their units at once, then score each.

    A document that cannot be read gives its error in its place; the others go on.
    """
    documents = [read(request, max_units=tuning.max_units) for request in requests]
    readable = [document if looks_french(document.text) else None for document in documents]
    # each document's block of rows: its profession context, then its units
    texts = [text for document in readable if document is not None for text in _texts(document)]
    vectors = await resources.encoder.embed_queries(texts)
    skills = await resources.skills.ready()
    outcomes: list[ExtractionResult | AppError] = []
    cursor = 0
    for request, document in zip(requests, readable, strict=True):
        if document is None:
            outcomes.append(NotFrench("the text does not look like French"))
            continue
        block = vectors[cursor : cursor + 1 + len(document.embedded_units)]
        cursor += len(block)
        outcomes.append(
            await _extract_one(
                request,
                document,
                block,
                skills=skills,
                resources=resources,
                tuning=tuning,
            )
        )
    return outcomes


async def candidates(
    request: ExtractionRequest, *, resources: Resources, tuning: Tuning
) -> list[skill_finder.Candidate]:
    """Every skill candidate of one document with its features, before scoring (to fit it)."""
    document = read(request, max_units=tuning.max_units)
    block = await resources.encoder.embed_queries(_texts(document))
    skills = await resources.skills.ready()
    _, _, found = await _read(document, block, skills=skills, resources=resources, tuning=tuning)
    return found


def _texts(document: Document) -> list[str]:
    return [document.profession_context, *(unit.text for unit in document.embedded_units)]


async def _read(
    document: Document,
    block: np.ndarray,
    *,
    skills: Skills | None,
    resources: Resources,
    tuning: Tuning,
) -> tuple[list[EvokedMetier], list[EvokedAppellation], list[skill_finder.Candidate]]:
    """Professions and skill candidates from a document and its rows (context, then units)."""
    said = skill_finder.said(document, skills)
    metiers, appellations = await find_professions(
        document.profession_context,
        block[0],
        store=resources.store,
        lexicon=resources.appellations,
        scoring=tuning.professions,
        evidence=skill_finder.metier_evidence(said, skills),
    )
    found = await skill_finder.complete(
        document, block[1:], metiers, found=said, skills=skills, store=resources.store
    )
    return metiers, appellations, found


async def _extract_one(
    request: ExtractionRequest,
    document: Document,
    block: np.ndarray,
    *,
    skills: Skills | None,
    resources: Resources,
    tuning: Tuning,
) -> ExtractionResult:
    metiers, appellations, found = await _read(
        document, block, skills=skills, resources=resources, tuning=tuning
    )
    threshold = next(
        t
        for t in (request.min_score, tuning.threshold, tuning.calibration.threshold)
        if t is not None
    )
    return ExtractionResult(
        skills=skill_finder.ranked(
            document,
            found,
            calibration=tuning.calibration,
            threshold=threshold,
            limit=request.max_skills or tuning.max_skills,
        ),
        metiers=metiers,
        appellations=appellations,
        constraints=_constraints(document),
        sections=document.section_reads(),
    )


def _constraints(document: Document) -> list[Constraint]:
    """What a person states (CV, answers) or an offer imposes; a training's prerequisites are
    not someone's constraints."""
    if document.kind is DocumentKind.training:
        return []
    return [
        constraint
        for part in document.parts
        for constraint in find_constraints(part.text, answer=part.answer)
    ]
