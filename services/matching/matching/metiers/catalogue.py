"""What the métiers index knows of every skill: label, type, and how many fiches list it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from matching.metiers.index import METIERS
from shared.vector_store import VectorStore

PAGE = 500


@dataclass
class SkillLabel:
    label: str
    type: str
    fiches: int = 0


@dataclass
class SkillCatalogue:
    """Skill code → label, type and spread; read once from the métiers index."""

    skills: dict[str, SkillLabel] = field(default_factory=dict)
    fiche_count: int = 0

    def get(self, code: str) -> SkillLabel | None:
        return self.skills.get(code)

    def idf(self, code: str) -> float:
        """Rarer skills say more about a métier: "travailler en équipe" says little.

        A skill no fiche lists counts as the rarest.
        """
        listed = self.skills[code].fiches if code in self.skills else 0
        return math.log((1 + self.fiche_count) / (1 + listed)) + 1.0


async def load_catalogue(store: VectorStore) -> SkillCatalogue:
    """Every skill listed by a fiche, with the number of fiches listing it."""
    catalogue = SkillCatalogue()
    if await store.get_collection(METIERS) is None:
        return catalogue
    ids = await store.ids(METIERS)
    catalogue.fiche_count = len(ids)
    for start in range(0, len(ids), PAGE):
        for hit in await store.retrieve(METIERS, ids[start : start + PAGE]):
            for skill in hit.payload["skills"]:
                known = catalogue.skills.setdefault(
                    skill["code"], SkillLabel(skill["label"], skill["type"])
                )
                known.fiches += 1
    return catalogue
