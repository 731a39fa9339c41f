"""ESCO tables: French labels of occupations and skills, and the official ESCO ↔ ROME mapping."""

from __future__ import annotations

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from referentials.models.base import Base, version_fk

__all__ = ["EscoOccupation", "EscoRomeMapping", "EscoSkill"]


class EscoOccupation(Base):
    __tablename__ = "esco_occupations"

    version_id: Mapped[int] = version_fk()
    uri: Mapped[str] = mapped_column(String(255), primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    isco_group: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(Text)
    alt_labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str | None] = mapped_column(Text)
    # folded for search (shared.french.text.fold): the label alone, and " label alt labels "
    search_label: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)


class EscoSkill(Base):
    __tablename__ = "esco_skills"

    version_id: Mapped[int] = version_fk()
    uri: Mapped[str] = mapped_column(String(255), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    alt_labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    search_label: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)


class EscoRomeMapping(Base):
    """One row of the ESCO ↔ ROME crosswalk: an ESCO occupation, a ROME appellation code_ogr.

    Labels are the crosswalk's own, so a row stays readable when one side is missing.
    """

    __tablename__ = "esco_rome_mappings"

    version_id: Mapped[int] = version_fk()
    occupation_uri: Mapped[str] = mapped_column(String(255), primary_key=True)
    code_ogr: Mapped[str] = mapped_column(String(16), primary_key=True)
    relation: Mapped[str] = mapped_column(String(16))
    occupation_label: Mapped[str] = mapped_column(Text)
    appellation_label: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_esco_rome_mappings_ogr", "version_id", "code_ogr"),)
