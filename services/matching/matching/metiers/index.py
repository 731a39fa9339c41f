"""The métiers index: one point per ROME fiche, dense (titles, definition), sparse (skills)."""

from __future__ import annotations

from typing import Any

import anyio

from matching.sparse import SKILLS_VECTOR, skill_vector
from shared.clients import ReferentialsClient
from shared.contracts.constraints import ConstraintKind
from shared.contracts.rome import MetierFiche
from shared.indexes import IndexDocument

METIERS = "rome_metiers"
CORE_WEIGHT, OTHER_WEIGHT, EMERGING_WEIGHT = 1.0, 0.5, 0.3
APPELLATIONS_IN_TEXT = 25
DEFINITION_CHARS = 600
CONCURRENT_FICHES = 8

# Work contexts ("Horaires et durée du travail") that impose what a person may refuse.
# Sunday work is weekend work too, as for offers.
_CONTEXT_IMPOSES: dict[str, tuple[ConstraintKind, ...]] = {
    "travail de nuit": (ConstraintKind.night_work,),
    "travail le samedi": (ConstraintKind.weekend_work,),
    "travail les week-ends et jours fériés": (ConstraintKind.weekend_work,),
    "travail le dimanche": (ConstraintKind.sunday_work, ConstraintKind.weekend_work),
}


def skill_weight(core: bool, emerging: bool) -> float:
    """Core skills weigh most, emerging ones least: they are not yet what the métier asks."""
    if core:
        return CORE_WEIGHT
    return EMERGING_WEIGHT if emerging else OTHER_WEIGHT


def imposes(fiche: MetierFiche) -> list[str]:
    kinds = {
        kind
        for context in fiche.work_contexts
        for kind in _CONTEXT_IMPOSES.get(context.label.strip().lower(), ())
    }
    return sorted(kind.value for kind in kinds)


def fiche_document(fiche: MetierFiche) -> IndexDocument:
    """The point of one fiche: what is embedded, what is matched, what explains a match."""
    titles = [a for a in fiche.appellations if not a.peu_usite] or fiche.appellations
    skills = [
        {"code": s.code, "label": s.label, "type": s.type.value, "core": s.core}
        for s in fiche.skills
    ]
    weights = {s.code: skill_weight(s.core, s.emerging) for s in fiche.skills}
    names = ", ".join(a.label for a in titles[:APPELLATIONS_IN_TEXT])
    definition = (fiche.definition or "")[:DEFINITION_CHARS]
    payload: dict[str, Any] = {
        "code_rome": fiche.code_rome,
        "label": fiche.label,
        "domain": fiche.domain_code,
        "skills": skills,
        "appellations": [{"code": a.code, "label": a.label} for a in titles],
        "riasec": [r for r in (fiche.riasec.major, fiche.riasec.minor) if r],
        "centres": [i.code for i in fiche.interests],
        "imposes": imposes(fiche),
        "mobilites": [m.code_rome for m in sorted(fiche.mobilites, key=lambda m: m.position)],
    }
    return IndexDocument(
        id=fiche.code_rome,
        text=f"{fiche.label}. {names}. {definition}".strip(" ."),
        payload=payload,
        sparse={SKILLS_VECTOR: skill_vector(weights)},
    )


async def fiche_documents(referentials: ReferentialsClient) -> list[IndexDocument]:
    """One document per fiche of the current ROME version, fetched a few at a time."""
    codes = [m.code_rome async for m in referentials.iter_metiers()]
    documents: dict[str, IndexDocument] = {}
    limiter = anyio.CapacityLimiter(CONCURRENT_FICHES)

    async def fetch(code: str) -> None:
        async with limiter:
            documents[code] = fiche_document(await referentials.get_metier(code))

    async with anyio.create_task_group() as group:
        for code in codes:
            group.start_soon(fetch, code)
    return [documents[code] for code in codes]
