"""Matching wire types: a profile in, ranked and explained métiers out."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator

from shared.contracts.extraction import MAX_TEXT_CHARS
from shared.contracts.rome import SkillType


class WeightedSkill(BaseModel):
    code: str = Field(pattern=r"^\d{1,9}$", description="ROME skill code_ogr.", examples=["125910"])
    weight: float = Field(1.0, ge=0, le=10, description="Importance for the person (0 to 10).")


class MetierMatchRequest(BaseModel):
    skills: list[WeightedSkill] = Field(
        default_factory=list, max_length=500, description="The person's skills."
    )
    text: str | None = Field(
        None, max_length=MAX_TEXT_CHARS, description="Free text about the person (CV, answers)."
    )
    limit: int = Field(10, ge=1, le=50, description="How many métiers to return.")

    @model_validator(mode="after")
    def _needs_a_profile(self) -> MetierMatchRequest:
        if not self.skills and not (self.text and self.text.strip()):
            raise ValueError("give `skills`, `text`, or both")
        return self


class SkillRef(BaseModel):
    code: str = Field(description="ROME skill code_ogr.")
    label: str = Field(description="Official label.")
    type: SkillType = Field(description="savoir_faire, savoir_etre or savoir.")


class ScoreBreakdown(BaseModel):
    coverage: float = Field(description="Weighted share of the profile's skills the métier uses.")
    semantic: float = Field(description="Similarity of the profile text to the métier, in [0, 1].")


class MetierMatch(BaseModel):
    code_rome: str = Field(description="ROME 4.0 code.", examples=["G1803"])
    label: str = Field(description="Fiche label.")
    score: float = Field(ge=0, le=100, description="Match in [0, 100], for display.")
    breakdown: ScoreBreakdown = Field(description="What the score is made of.")
    matched_skills: list[SkillRef] = Field(description="Profile skills the métier uses.")
    missing_skills: list[SkillRef] = Field(
        description="Core skills of the métier not in the profile."
    )


class MetierMatchResponse(BaseModel):
    results: list[MetierMatch] = Field(description="Best métiers first.")
