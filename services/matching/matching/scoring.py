"""How every match is scored and explained: skill coverage fused with text similarity."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from shared.contracts.constraints import ConstraintKind, Polarity
from shared.contracts.matching import SkillRef
from shared.contracts.profile import Profile

CANDIDATES = 200
MAX_LISTED = 15
TEXT_CHARS = 2000

# What an indexed item imposes, against what a person may refuse: the same words on both sides.
IMPOSABLE = (
    ConstraintKind.night_work,
    ConstraintKind.weekend_work,
    ConstraintKind.sunday_work,
    ConstraintKind.driving_licence,
    ConstraintKind.full_time,
    ConstraintKind.part_time,
)
# Wanting one working time is refusing the other.
_OTHER_TIME = {
    ConstraintKind.part_time: ConstraintKind.full_time,
    ConstraintKind.full_time: ConstraintKind.part_time,
}


@dataclass(frozen=True)
class Scoring:
    """Calibration of the scores, from the service settings."""

    score_floor: float
    coverage_weight: float

    def semantic(self, cosine: float) -> float:
        """e5 cosines are compressed: map [floor, 1] to [0, 1]."""
        return float(np.clip((cosine - self.score_floor) / (1.0 - self.score_floor), 0.0, 1.0))

    def fuse(self, coverage: float, semantic: float, *, has_skills: bool, has_text: bool) -> float:
        """One score in [0, 1] from what the profile gave."""
        if has_skills and has_text:
            return self.coverage_weight * coverage + (1 - self.coverage_weight) * semantic
        return coverage if has_skills else semantic


def skill_ref(skill: Mapping[str, Any]) -> SkillRef:
    return SkillRef(code=skill["code"], label=skill["label"], type=skill["type"])


def refs(skills: Iterable[Mapping[str, Any]], *, limit: int = MAX_LISTED) -> list[SkillRef]:
    return [skill_ref(s) for s in list(skills)[:limit]]


def profile_text(profile: Profile) -> str:
    """The text to embed for a profile: its free text, else its answers."""
    if profile.has_text:
        return (profile.text or "").strip()[:TEXT_CHARS]
    answers = " ".join(a.answer for a in profile.answers or [])
    return answers.strip()[:TEXT_CHARS]


def refused(profile: Profile) -> list[ConstraintKind]:
    """The impositions the person refuses or cannot meet (no licence counts as refusing one)."""
    kinds = {kind for kind in IMPOSABLE if profile.refuses(kind)}
    kinds |= {
        _OTHER_TIME[c.kind]
        for c in profile.constraints
        if c.kind in _OTHER_TIME and c.polarity == Polarity.positive
    }
    return [kind for kind in IMPOSABLE if kind in kinds]


def conflicts(profile: Profile, imposed: Iterable[str]) -> list[ConstraintKind]:
    """Stated constraints an item goes against, in a stable order."""
    imposed = set(imposed)
    return [kind for kind in refused(profile) if kind.value in imposed]
