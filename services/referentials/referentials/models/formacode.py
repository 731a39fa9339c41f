"""Formacode tables: descriptors of one thesaurus release, and V13's links to ROME v3 fiches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from referentials.models.base import Base, version_fk

__all__ = ["FormacodeDescriptor", "FormacodeRomeLink"]


class FormacodeDescriptor(Base):
    """One descriptor; related terms are kept as ``{"code", "label"}`` items, as published."""

    __tablename__ = "formacode_descriptors"

    version_id: Mapped[int] = version_fk()
    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    semantic_field_code: Mapped[str | None] = mapped_column(String(3))
    semantic_field_label: Mapped[str | None] = mapped_column(Text)
    synonyms: Mapped[list[str]] = mapped_column(JSON, default=list)
    job_synonyms: Mapped[list[str]] = mapped_column(JSON, default=list)
    generic_term: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    specific_terms: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    related_terms: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    explanation_note: Mapped[str | None] = mapped_column(Text)
    application_note: Mapped[str | None] = mapped_column(Text)
    tree_code: Mapped[str] = mapped_column(String(32))
    # folded for search (shared.french.text.fold): the label alone, and " label synonyms "
    search_label: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)


class FormacodeRomeLink(Base):
    """A ROME v3 fiche listed on a Formacode V13 descriptor (its `ROME` column)."""

    __tablename__ = "formacode_rome_links"

    version_id: Mapped[int] = version_fk()
    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    rome_label: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_formacode_rome_links_rome", "version_id", "code_rome"),)
