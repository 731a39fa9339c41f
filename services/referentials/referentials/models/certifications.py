"""RNCP and RS certification tables: fiches, their links, their blocs de compétences."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from referentials.models.base import Base, version_fk

__all__ = [
    "Certification",
    "CertificationBloc",
    "CertificationCcn",
    "CertificationCertifier",
    "CertificationFormacode",
    "CertificationNsf",
    "CertificationRome",
    "CertificationSuccession",
]


class Certification(Base):
    """One RNCP or RS fiche; title, level and status only where a kit file gives them."""

    __tablename__ = "certifications"

    version_id: Mapped[int] = version_fk()
    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))
    title: Mapped[str | None] = mapped_column(Text)
    level: Mapped[int | None] = mapped_column(Integer)
    abbreviation: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool | None] = mapped_column(Boolean)
    status_as_of: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    title_folded: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_certifications_level", "version_id", "level"),)


class CertificationRome(Base):
    """A link to a ROME v3 code, as the RNCP export gives it (resolved to 4.0 when read)."""

    __tablename__ = "certification_rome"

    version_id: Mapped[int] = version_fk()
    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    code_rome: Mapped[str] = mapped_column(String(5), primary_key=True)
    label: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_certification_rome_code", "version_id", "code_rome"),)


class CertificationFormacode(Base):
    __tablename__ = "certification_formacodes"

    version_id: Mapped[int] = version_fk()
    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    label: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_certification_formacodes_code", "version_id", "code"),)


class CertificationNsf(Base):
    __tablename__ = "certification_nsf"

    version_id: Mapped[int] = version_fk()
    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    label: Mapped[str] = mapped_column(Text)


class CertificationCertifier(Base):
    __tablename__ = "certification_certifiers"

    version_id: Mapped[int] = version_fk()
    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    siret: Mapped[str] = mapped_column(String(14), primary_key=True)
    name: Mapped[str] = mapped_column(Text)


class CertificationCcn(Base):
    """A collective agreement (convention collective nationale) the fiche is attached to."""

    __tablename__ = "certification_ccn"

    version_id: Mapped[int] = version_fk()
    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    label: Mapped[str] = mapped_column(Text)


class CertificationSuccession(Base):
    """``old_number`` was replaced by ``new_number``."""

    __tablename__ = "certification_successions"

    version_id: Mapped[int] = version_fk()
    old_number: Mapped[str] = mapped_column(String(16), primary_key=True)
    new_number: Mapped[str] = mapped_column(String(16), primary_key=True)

    __table_args__ = (Index("ix_certification_successions_new", "version_id", "new_number"),)


class CertificationBloc(Base):
    """A bloc de compétences; national diplomas name exam units (``U31``) instead."""

    __tablename__ = "certification_blocs"

    version_id: Mapped[int] = version_fk()
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text)
    exam_unit: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (Index("ix_certification_blocs_number", "version_id", "number"),)
