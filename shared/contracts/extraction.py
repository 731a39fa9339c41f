"""Extraction wire types: French text in, ROME skills and professions out."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import BaseModel, Field, model_validator

from shared.contracts.constraints import Constraint
from shared.contracts.rome import SkillType

MAX_TEXT_CHARS = 200_000
MAX_ANSWERS = 100
MAX_BATCH = 100


class DocumentKind(StrEnum):
    offer = "offer"
    cv = "cv"
    answers = "answers"
    training = "training"


class SkillMethod(StrEnum):
    lexical = "lexical"
    semantic = "semantic"
    both = "lexical+semantic"


class QuestionAnswer(BaseModel):
    question: str = Field(
        "", max_length=2_000, description="The question asked.", examples=["Quel métier ?"]
    )
    answer: str = Field(
        max_length=20_000,
        description="The person's answer, as typed or dictated.",
        examples=["j'ai fait serveur pendant cinq ans en brasserie"],
    )


class ExtractionRequest(BaseModel):
    kind: DocumentKind = Field(description="What the text is.", examples=["offer"])
    title: str | None = Field(
        None,
        max_length=500,
        description="Title (offer title, training name, CV headline).",
        examples=["Serveur / Serveuse H/F"],
    )
    text: str | None = Field(
        None,
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        description="The French text; required unless `kind` is `answers` and `answers` is set.",
        examples=["Vous assurez l'accueil des clients, la prise de commande et le service."],
    )
    answers: list[QuestionAnswer] | None = Field(
        None,
        max_length=MAX_ANSWERS,
        description="For `kind=answers`: the questionnaire, question and answer pairs in order. "
        "Evidence offsets then refer to one answer, named by its index.",
    )
    min_score: float | None = Field(
        None,
        ge=0,
        le=1,
        description="Lowest skill score returned (default: the calibrated one).",
        examples=[0.5],
    )
    max_skills: int | None = Field(
        None, ge=1, le=200, description="Most skills returned (default 30).", examples=[30]
    )

    @model_validator(mode="after")
    def _has_content(self) -> Self:
        if self.answers is not None and self.kind is not DocumentKind.answers:
            raise ValueError("`answers` is only for kind=answers")
        if self.text is None and not self.answers:
            raise ValueError("give `text` (or `answers` for kind=answers)")
        return self


class Evidence(BaseModel):
    start: int = Field(
        description="Start offset (characters) in `text`, or in the answer.", examples=[40]
    )
    end: int = Field(description="End offset (exclusive).", examples=[56])
    text: str = Field(description="The evidence span itself.", examples=["prise de commande"])
    answer: int | None = Field(
        None,
        description="Index of the answer the offsets refer to (kind=answers).",
        examples=[None],
    )
    section: str | None = Field(
        None, description="Kind of the section it lies in.", examples=["missions"]
    )


class ExtractedSkill(BaseModel):
    code: str = Field(description="ROME skill code_ogr.", examples=["104324"])
    label: str = Field(description="Official ROME label.", examples=["Prendre une commande client"])
    type: SkillType = Field(
        description="savoir_faire, savoir_etre or savoir.", examples=["savoir_faire"]
    )
    score: float = Field(
        ge=0,
        le=1,
        description="Calibrated confidence in [0, 1]: among skills scored about p on the "
        "development offers, a share of about p was one the recruiter listed.",
        examples=[0.82],
    )
    evidence: list[Evidence] = Field(description="Where the text says it, best first.")
    method: SkillMethod = Field(
        SkillMethod.semantic,
        description="How it was found: by the words of its label (`lexical`), by meaning "
        "(`semantic`), or both.",
        examples=["lexical+semantic"],
    )
    in_metier: bool = Field(
        False,
        description="Whether it is a skill of the first métier the text evokes.",
        examples=[True],
    )


class EvokedMetier(BaseModel):
    code_rome: str = Field(description="ROME 4.0 code.", examples=["G1803"])
    label: str = Field(description="Fiche label.", examples=["Serveur / Serveuse en restauration"])
    score: float = Field(ge=0, le=1, description="Confidence in [0, 1].", examples=[0.91])


class EvokedAppellation(BaseModel):
    code: str = Field(description="Appellation code_ogr.", examples=["12761"])
    label: str = Field(description="Appellation label.", examples=["Commis / Commise de salle"])
    code_rome: str = Field(description="ROME code of its fiche.", examples=["G1803"])
    score: float = Field(ge=0, le=1, description="Confidence in [0, 1].", examples=[0.74])


class SectionRead(BaseModel):
    kind: str = Field(description="What the section holds.", examples=["missions"])
    start: int = Field(
        description="Start offset (characters) in `text`, or in the answer.", examples=[0]
    )
    end: int = Field(description="End offset (exclusive).", examples=[72])
    heading: str | None = Field(
        None, description="Its heading, when the text has one.", examples=["Vos missions"]
    )
    answer: int | None = Field(
        None, description="Index of the answer (kind=answers).", examples=[None]
    )
    skills_taken: bool = Field(
        description="Whether skills are read from this section.", examples=[True]
    )


class ExtractionResult(BaseModel):
    skills: list[ExtractedSkill] = Field(description="Skills found, best first.")
    metiers: list[EvokedMetier] = Field(description="Métiers evoked, best first.")
    appellations: list[EvokedAppellation] = Field(description="Appellations evoked, best first.")
    constraints: list[Constraint] = Field(
        default_factory=list, description="Work constraints stated, in text order."
    )
    sections: list[SectionRead] = Field(
        default_factory=list, description="The sections the text was split into."
    )


class BatchExtractionRequest(BaseModel):
    documents: list[ExtractionRequest] = Field(
        min_length=1, max_length=MAX_BATCH, description="Up to 100 documents."
    )


class BatchItemError(BaseModel):
    code: str = Field(description="Stable machine-readable error code.", examples=["not_french"])
    message: str = Field(
        description="Why this document was not read.",
        examples=["the text is not in French"],
    )


class BatchItem(BaseModel):
    result: ExtractionResult | None = Field(None, description="The extraction, when it worked.")
    error: BatchItemError | None = Field(
        None, description="Why this document alone failed; the others are not affected."
    )


class BatchExtractionResult(BaseModel):
    items: list[BatchItem] = Field(description="One item per document, in order.")


class UploadedDocument(BaseModel):
    format: str = Field(
        description="What the file was read as: pdf, docx, odt or txt.", examples=["pdf"]
    )
    pages: int | None = Field(None, description="Page count, for a PDF.", examples=[2])
    text: str = Field(
        description="The text read from the file: evidence offsets refer to it.",
        examples=["Marie Dupont\nServeuse en brasserie, 2019-2024\nPrise de commande, service"],
    )


class FileExtractionResult(ExtractionResult):
    document: UploadedDocument = Field(description="The text the file was read into.")
