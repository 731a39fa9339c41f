"""Label and type of every skill a fiche lists, read once from the métiers index."""

from __future__ import annotations

from dataclasses import dataclass

from matching.metiers.index import METIERS
from shared.vector_store import VectorStore

PAGE = 500


@dataclass(frozen=True)
class SkillLabel:
    label: str
    type: str


async def load_catalogue(store: VectorStore) -> dict[str, SkillLabel]:
    """Skill code → its label and type, for every skill listed by a fiche."""
    if await store.get_collection(METIERS) is None:
        return {}
    ids = await store.ids(METIERS)
    catalogue: dict[str, SkillLabel] = {}
    for start in range(0, len(ids), PAGE):
        for hit in await store.retrieve(METIERS, ids[start : start + PAGE]):
            for skill in hit.payload["skills"]:
                catalogue[skill["code"]] = SkillLabel(skill["label"], skill["type"])
    return catalogue
