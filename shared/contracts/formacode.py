"""Formacode wire types: descriptors of the training-offer thesaurus (Centre Inffo)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

FormacodeCode = Annotated[str, StringConstraints(pattern=r"^\d{5}$", strip_whitespace=True)]


class FormacodeTerm(BaseModel):
    code: str | None = Field(
        description="Code of the related descriptor; null only for the domain above the head "
        "of a semantic field, which Formacode names without a code.",
        examples=["15054"],
    )
    label: str = Field(
        description="Its label, as written in the file.",
        examples=["Développement professionnel et personnel"],
    )


class RomeV3Link(BaseModel):
    # client generators name classes after titles: keep apart from certifications.RomeV3Link
    model_config = ConfigDict(title="FormacodeRomeV3Link")

    code_rome: str = Field(
        description="ROME v3 code (map to ROME 4.0 via `code_rome_parent`).", examples=["E1103"]
    )
    label: str = Field(description="ROME v3 fiche label.", examples=["Communication"])


class FormacodeSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str = Field(description="Formacode code (5 digits).", examples=["15061"])
    label: str = Field(description="Descriptor label.", examples=["Accompagnement vers emploi"])
    semantic_field_code: str | None = Field(
        description="Semantic field (champ sémantique) code: the first 3 digits of the code.",
        examples=["150"],
    )
    semantic_field_label: str | None = Field(
        description="Semantic field label, upper case as published.",
        examples=["DEVELOPPEMENT PROFESSIONNEL ET PERSONNEL"],
    )


class FormacodeRead(FormacodeSummary):
    synonyms: list[str] = Field(
        description="Synonyms (non-preferred terms) of the descriptor.",
        examples=[["accompagnement emploi", "aide retour emploi"]],
    )
    job_synonyms: list[str] = Field(
        description="Job titles that lead to this descriptor.",
        examples=[["conseiller emploi"]],
    )
    generic_term: FormacodeTerm | None = Field(description="TG: the broader descriptor.")
    specific_terms: list[FormacodeTerm] = Field(description="TS: narrower descriptors.")
    related_terms: list[FormacodeTerm] = Field(description="TA: associated descriptors.")
    explanation_note: str | None = Field(
        description="NE: what the descriptor means. `[[TERM]] 12345` cites another descriptor.",
        examples=["Actions d'aide à la recherche d'un emploi."],
    )
    application_note: str | None = Field(
        description="NA: when to index a training with it. `[[TERM]] 12345` cites another one.",
        examples=[None],
    )
    tree_code: str = Field(
        description="Position in the semantic-field tree; two characters per level.",
        examples=["A0A0A0"],
    )
    rome_v3: list[RomeV3Link] = Field(
        description="ROME v3 fiches linked to the same code in Formacode V13 (V14 has no ROME "
        "links); empty when V13 has none or was not imported."
    )
    referential_version: str = Field(description="Formacode version, e.g. `14`.", examples=["14"])


class FormacodePage(BaseModel):
    items: list[FormacodeSummary] = Field(
        description="Descriptors: best matches first, else by code."
    )
    next_cursor: str | None = Field(
        None,
        description="Pass as `cursor` for the next page; searches return one page only.",
        examples=["MTUwNjE="],
    )
