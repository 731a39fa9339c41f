"""ROME 4.0 tables, and the version registry every referential shares."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from referentials.models.base import Base, version_fk


class ReferentialVersion(Base):
    """One import of one referential; exactly one version per name is current."""

    __tablename__ = "ref_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(64))
    checksum: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_ref_versions_name_current", "name", "is_current"),)


class RomeMetier(Base):
    __tablename__ = "rome_metiers"

    version_id: Mapped[int] = version_fk()
    code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    code_ogr: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text)
    code_rome_parent: Mapped[str | None] = mapped_column(String(5))
    domain_code: Mapped[str | None] = mapped_column(String(8))
    domain_label: Mapped[str | None] = mapped_column(Text)
    definition: Mapped[str | None] = mapped_column(Text)
    access: Mapped[str | None] = mapped_column(Text)
    riasec_major: Mapped[str | None] = mapped_column(String(1))
    riasec_minor: Mapped[str | None] = mapped_column(String(1))


class RomeAppellation(Base):
    __tablename__ = "rome_appellations"

    version_id: Mapped[int] = version_fk()
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    label_short: Mapped[str | None] = mapped_column(Text)
    code_rome: Mapped[str] = mapped_column(String(5))
    peu_usite: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_rome_appellations_rome", "version_id", "code_rome"),)


class RomeSkill(Base):
    """A ROME 4.0 skill item: savoir-faire, savoir-être professionnel or savoir."""

    __tablename__ = "rome_skills"

    version_id: Mapped[int] = version_fk()
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(Text)
    macro_code: Mapped[str | None] = mapped_column(String(16))
    domain: Mapped[str | None] = mapped_column(Text)
    enjeu: Mapped[str | None] = mapped_column(Text)
    objectif: Mapped[str | None] = mapped_column(Text)


class RomeMetierSkill(Base):
    """A skill listed on a fiche métier; `core` and `emerging` come from `coeur_metier`."""

    __tablename__ = "rome_metier_skills"

    version_id: Mapped[int] = version_fk()
    code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    skill_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    core: Mapped[bool] = mapped_column(Boolean, default=False)
    emerging: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_rome_metier_skills_skill", "version_id", "skill_code"),)


class RomeWorkContext(Base):
    """A work context: schedules, places, physical conditions (night work, weekends...)."""

    __tablename__ = "rome_work_contexts"

    version_id: Mapped[int] = version_fk()
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    type_code: Mapped[str] = mapped_column(String(8))
    type_label: Mapped[str] = mapped_column(Text)


class RomeMetierContext(Base):
    __tablename__ = "rome_metier_contexts"

    version_id: Mapped[int] = version_fk()
    code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    context_code: Mapped[str] = mapped_column(String(16), primary_key=True)


class RomeMobilite(Base):
    """An official career move from one fiche to another, in the fiche's order."""

    __tablename__ = "rome_mobilites"

    version_id: Mapped[int] = version_fk()
    code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    target_code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class RomeMetierFacet(Base):
    """A fiche's place in a classification: activity sector, NAF, centre d'intérêt, theme."""

    __tablename__ = "rome_metier_facets"

    version_id: Mapped[int] = version_fk()
    code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    principal: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_rome_metier_facets_kind_code", "version_id", "kind", "code"),)
