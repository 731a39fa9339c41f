"""Extraction wire types: French text in, ROME skills and professions out."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from shared.contracts.rome import SkillType

MAX_TEXT_CHARS = 200_000


class DocumentKind(StrEnum):
    offer = "offer"
    cv = "cv"
    answers = "answers"
    training = "training"


class ExtractionRequest(BaseModel):
    kind: DocumentKind = Field(description="What the text is.", examples=["offer"])
    title: str | None = Field(
        None,
        max_length=500,
        description="Title (offer title, training name).",
        examples=["Serveur / Serveuse H/F"],
    )
    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        description="The French text.",
        examples=["Vous assurez l'accueil des clients, la prise de commande et le service."],
    )


class Evidence(BaseModel):
    start: int = Field(description="Start offset (characters) in `text`.")
    end: int = Field(description="End offset (exclusive) in `text`.")
    text: str = Field(description="The evidence span itself.")


class ExtractedSkill(BaseModel):
    code: str = Field(description="ROME skill code_ogr.", examples=["125910"])
    label: str = Field(description="Official ROME label.")
    type: SkillType = Field(description="savoir_faire, savoir_etre or savoir.")
    score: float = Field(ge=0, le=1, description="Confidence in [0, 1].")
    evidence: list[Evidence] = Field(description="Where the text says it.")
    method: str = Field("semantic", description="How it was found: `semantic` or `lexical`.")


class EvokedMetier(BaseModel):
    code_rome: str = Field(description="ROME 4.0 code.", examples=["G1803"])
    label: str = Field(description="Fiche label.")
    score: float = Field(ge=0, le=1, description="Confidence in [0, 1].")


class EvokedAppellation(BaseModel):
    code: str = Field(description="Appellation code_ogr.")
    label: str = Field(description="Appellation label.")
    code_rome: str = Field(description="ROME code of its fiche.")
    score: float = Field(ge=0, le=1, description="Confidence in [0, 1].")


class ExtractionResult(BaseModel):
    skills: list[ExtractedSkill] = Field(description="Skills found, best first.")
    metiers: list[EvokedMetier] = Field(description="Métiers evoked, best first.")
    appellations: list[EvokedAppellation] = Field(description="Appellations evoked, best first.")
