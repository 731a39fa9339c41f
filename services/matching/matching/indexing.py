"""Build the métiers index: one point per ROME fiche, dense (labels) and sparse (skills)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from shared.clients import ReferentialsClient
from shared.encoder import Encoder
from shared.indexes import IndexDocument, Progress, collection_spec, index_documents
from shared.vector_store import SparseVector, VectorStore

METIERS = "rome_metiers"
SKILLS_VECTOR = "skills"
INDEXES = (METIERS,)
CORE_WEIGHT, OTHER_WEIGHT = 1.0, 0.5
APPELLATIONS_IN_TEXT = 25


def skill_vector(weights: dict[str, float]) -> SparseVector:
    """A sparse vector over skill code_ogr: the index is the code itself."""
    codes = sorted(weights, key=int)
    return SparseVector(indices=[int(c) for c in codes], values=[weights[c] for c in codes])


async def fiche_documents(referentials: ReferentialsClient) -> list[IndexDocument]:
    """One document per fiche: its labels to embed, its skills as payload and sparse vector."""
    skills = {s.code: s async for s in referentials.iter_skills()}
    titles: dict[str, list[str]] = defaultdict(list)
    async for appellation in referentials.iter_appellations():
        if not appellation.peu_usite:
            titles[appellation.code_rome].append(appellation.label)
    links: dict[str, list[dict[str, Any]]] = defaultdict(list)
    async for link in referentials.iter_metier_skills():
        skill = skills[link.code]
        links[link.code_rome].append(
            {"code": skill.code, "label": skill.label, "type": skill.type.value, "core": link.core}
        )
    documents = []
    async for metier in referentials.iter_metiers():
        fiche_skills = links[metier.code_rome]
        fiche_titles = titles[metier.code_rome][:APPELLATIONS_IN_TEXT]
        weights = {s["code"]: CORE_WEIGHT if s["core"] else OTHER_WEIGHT for s in fiche_skills}
        documents.append(
            IndexDocument(
                id=metier.code_rome,
                text=f"{metier.label}. {', '.join(fiche_titles)}",
                payload={
                    "code_rome": metier.code_rome,
                    "label": metier.label,
                    "skills": fiche_skills,
                },
                sparse={SKILLS_VECTOR: skill_vector(weights)},
            )
        )
    return documents


async def build_indexes(
    store: VectorStore,
    encoder: Encoder,
    referentials: ReferentialsClient,
    progress: Progress,
    *,
    batch_size: int = 32,
) -> dict[str, int]:
    """Index every fiche of the current ROME version; an up-to-date index is left as is."""
    version = await referentials.rome_version()
    spec = collection_spec(
        METIERS, encoder, version.checksum, indexed_fields=("code_rome",), sparse=(SKILLS_VECTOR,)
    )
    documents = await fiche_documents(referentials)
    embedded = await index_documents(
        store, encoder, spec, documents, batch_size=batch_size, progress=progress
    )
    return {METIERS: embedded}
