"""The declarative base of the referentials tables."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.db import new_metadata


class Base(DeclarativeBase):
    metadata = new_metadata()


def version_fk() -> Mapped[int]:
    """Every referential row belongs to one imported version (part of its primary key)."""
    return mapped_column(ForeignKey("ref_versions.id", ondelete="CASCADE"), primary_key=True)
