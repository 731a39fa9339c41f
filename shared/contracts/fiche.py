"""The full fiche métier: ROME content and what other referentials link to it."""

from __future__ import annotations

from pydantic import Field

from shared.contracts.certifications import CertificationSummary
from shared.contracts.formacode import FormacodeSummary
from shared.contracts.rome import MetierFiche


class MetierFicheFull(MetierFiche):
    formacodes: list[FormacodeSummary] = Field(
        default_factory=list,
        description="Training domains (Formacode) linked to the fiche; empty if not imported.",
    )
    certifications: list[CertificationSummary] = Field(
        default_factory=list,
        description="First certifications (RNCP/RS) leading to the fiche; empty if not imported.",
    )
    certifications_next_cursor: str | None = Field(
        None,
        description="More certifications: pass as `cursor` to "
        "`/v1/rome/metiers/{code_rome}/certifications`.",
        examples=["UkNOUDM4Mzgx"],
    )
