"""Referential tables: every row belongs to one imported version of its referential.

One module per referential; importing this package registers every table on ``Base.metadata``.
"""

from referentials.models import certifications, esco, formacode  # noqa: F401
from referentials.models.base import Base, version_fk
from referentials.models.rome import (
    ReferentialVersion,
    RomeAppellation,
    RomeMetier,
    RomeMetierContext,
    RomeMetierFacet,
    RomeMetierSkill,
    RomeMobilite,
    RomeSkill,
    RomeWorkContext,
)

__all__ = [
    "Base",
    "ReferentialVersion",
    "RomeAppellation",
    "RomeMetier",
    "RomeMetierContext",
    "RomeMetierFacet",
    "RomeMetierSkill",
    "RomeMobilite",
    "RomeSkill",
    "RomeWorkContext",
    "version_fk",
]
