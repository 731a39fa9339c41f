"""RNCP and RS certification wire types: fiches, their links, the ROME crosswalk."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.contracts.rome import MetierSummary

CertificationNumber = Annotated[
    str,
    StringConstraints(
        pattern=r"^(?:[Rr][Nn][Cc][Pp]|[Rr][Ss])\d{1,6}$", to_upper=True, strip_whitespace=True
    ),
]


class _Read(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class CertificationSummary(_Read):
    number: str = Field(description="RNCP or RS number.", examples=["RNCP38381"])
    kind: Literal["RNCP", "RS"] = Field(
        description="RNCP (répertoire national) or RS.", examples=["RNCP"]
    )
    title: str | None = Field(
        None,
        description="Title, from the 2021 and 2023 kit files; null for the many fiches they lack.",
        examples=["BANQUE (BTS)"],
    )
    level: int | None = Field(
        None, description="European level (3 = CAP … 8 = doctorate), when known.", examples=[5]
    )
    abbreviation: str | None = Field(
        None, description="Kind of diploma (BTS, CAP, TP…), when known.", examples=["BTS"]
    )
    active: bool | None = Field(
        None,
        description="ACTIVE in the newest kit file that lists it (see `status_as_of`).",
        examples=[True],
    )


class CodeLabel(_Read):
    code: str = Field(description="Code in its nomenclature.", examples=["313m"])
    label: str = Field(
        description="Label, as the RNCP export gives it.", examples=["Banque et assurances"]
    )


class RomeV3Link(_Read):
    code_rome: str = Field(
        description="ROME v3 code, as the RNCP export gives it.", examples=["M1607"]
    )
    label: str = Field(description="ROME v3 label.", examples=["Secrétariat"])


class Certifier(_Read):
    siret: str = Field(description="SIRET of the certifying body.", examples=["11000007200014"])
    name: str = Field(
        description="Name of the certifying body.",
        examples=["MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE"],
    )


class Bloc(_Read):
    code: str = Field(
        description="Bloc code, prefixed by the fiche number.", examples=["RNCP38381BC01"]
    )
    label: str = Field(
        description="Bloc title (2024-01-17 export).",
        examples=["Gestion de la relation client"],
    )
    exam_unit: str | None = Field(
        None,
        description="Exam unit of a national diploma (`U31`), when the title names one.",
        examples=["U41"],
    )


class CertificationRead(CertificationSummary):
    status_as_of: date | None = Field(
        None, description="Date of the file giving `active`.", examples=["2023-12-18"]
    )
    end_date: date | None = Field(
        None, description="End of registration, when known.", examples=["2028-08-31"]
    )
    rome_codes: list[RomeV3Link] = Field(description="ROME v3 links, as exported.")
    rome_metiers: list[MetierSummary] = Field(
        description="The current ROME 4.0 fiches derived from those v3 codes."
    )
    formacodes: list[CodeLabel] = Field(description="Formacode codes.")
    nsf: list[CodeLabel] = Field(description="NSF (training specialities) codes.")
    certifiers: list[Certifier] = Field(description="Certifying bodies.")
    ccn: list[CodeLabel] = Field(description="Collective agreements (CCN) it is attached to.")
    replaces: list[str] = Field(
        description="Older certifications this one replaces.", examples=[["RNCP6948"]]
    )
    replaced_by: list[str] = Field(
        description="Newer certifications replacing this one.", examples=[[]]
    )
    blocs: list[Bloc] = Field(description="Blocs de compétences (2024-01-17 export).")
    referential_version: str = Field(
        description="Export date of the link tables.", examples=["2024-01-17"]
    )


class CertificationPage(BaseModel):
    items: list[CertificationSummary] = Field(description="Best matches first, then by number.")
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page.", examples=["UkNOUDM4Mzgx"]
    )


class CertificationRome(BaseModel):
    """The ROME crosswalk of one certification."""

    number: str = Field(description="RNCP or RS number.", examples=["RNCP38381"])
    rome_codes: list[RomeV3Link] = Field(description="ROME v3 links, as exported.")
    rome_metiers: list[MetierSummary] = Field(
        description="The current ROME 4.0 fiches whose `code_rome_parent` is one of them."
    )


class CertificationRomeLink(CertificationSummary):
    """A certification one can prepare and the fiches it leads to (bulk crosswalk, indexing)."""

    rome_metiers: list[str] = Field(
        description="ROME 4.0 codes of the current fiches derived from its ROME v3 links.",
        examples=[["G1803"]],
    )


class CertificationRomeLinkPage(BaseModel):
    items: list[CertificationRomeLink]
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page.")
