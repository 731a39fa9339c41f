"""Skills as sparse vectors: one dimension per ROME skill, indexed by its code_ogr."""

from __future__ import annotations

from shared.vector_store import SparseVector

SKILLS_VECTOR = "skills"


def skill_vector(weights: dict[str, float]) -> SparseVector:
    """A sparse vector over skill code_ogr: the index is the code itself."""
    codes = sorted(weights, key=int)
    return SparseVector(indices=[int(c) for c in codes], values=[weights[c] for c in codes])
