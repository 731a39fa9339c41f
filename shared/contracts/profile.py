"""A person's profile as every match endpoint takes it, and where they look for work."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, model_validator

from shared.contracts.constraints import ConstraintKind, Polarity
from shared.contracts.extraction import MAX_TEXT_CHARS, QuestionAnswer

SKILL_CODE = r"^\d{1,9}$"
MAX_SKILLS = 500
MAX_CONSTRAINTS = 30


class WeightedSkill(BaseModel):
    code: str = Field(pattern=SKILL_CODE, description="ROME skill code_ogr.", examples=["104324"])
    weight: float = Field(
        1.0,
        ge=0,
        le=10,
        description="Importance for the person, 0 to 10 (1 is normal; 0 counts as unticked).",
        examples=[1.0],
    )


class StatedConstraint(BaseModel):
    """A constraint the person states, without evidence (a ticked box on a form)."""

    kind: ConstraintKind = Field(
        description="What the constraint is about.", examples=["night_work"]
    )
    polarity: Polarity = Field(
        description="`negative`: refused or lacking (no night work, no licence); `positive`: "
        "accepted, wanted or held.",
        examples=["negative"],
    )
    value: str | None = Field(
        None,
        max_length=50,
        description="Detail: licence category, radius in km, contract type.",
        examples=[None],
    )


class Riasec(StrEnum):
    R = "R"
    I = "I"  # noqa: E741 (Holland's letter for "investigative")
    A = "A"
    S = "S"
    E = "E"
    C = "C"


class Interests(BaseModel):
    riasec: list[Riasec] = Field(
        default_factory=list,
        max_length=6,
        description="Holland types, strongest first (R realistic, I investigative, A artistic, "
        "S social, E enterprising, C conventional).",
        examples=[["S", "E"]],
    )
    centres: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="ROME centres d'intérêt codes, as fiches list them in `interests`.",
        examples=[["1"]],
    )


class Profile(BaseModel):
    """Who the person is: stated skills, free text or answers, and what they refuse."""

    skills: list[WeightedSkill] = Field(
        default_factory=list,
        max_length=MAX_SKILLS,
        description="Skills the person states or ticked.",
    )
    text: str | None = Field(
        None,
        max_length=MAX_TEXT_CHARS,
        description="Free text about the person (CV, presentation): its skills are extracted.",
        examples=[
            "Serveuse depuis 5 ans, prise de commandes, encaissement, pas de travail de nuit."
        ],
    )
    answers: list[QuestionAnswer] | None = Field(
        None, max_length=50, description="Questionnaire answers: their skills are extracted."
    )
    excluded_skills: list[str] = Field(
        default_factory=list,
        max_length=500,
        description="Skill codes the person unticked: never counted, even when found in the text.",
        examples=[["104263"]],
    )
    constraints: list[StatedConstraint] = Field(
        default_factory=list,
        max_length=MAX_CONSTRAINTS,
        description="Stated constraints; those found in the text are added.",
    )
    interests: Interests | None = Field(None, description="Interests, when the person gave them.")

    @model_validator(mode="after")
    def _needs_something(self) -> Profile:
        if not self.skills and not self.has_text and not self.answers:
            raise ValueError("give `skills`, `text` or `answers`")
        return self

    @property
    def has_text(self) -> bool:
        return bool(self.text and self.text.strip())

    def refuses(self, kind: ConstraintKind) -> bool:
        """Whether the person states they refuse (or lack) this."""
        return any(c.kind == kind and c.polarity == Polarity.negative for c in self.constraints)

    def weights(self) -> dict[str, float]:
        """Skill code → weight, unticked and zero-weight skills left out."""
        excluded = set(self.excluded_skills)
        return {s.code: s.weight for s in self.skills if s.weight > 0 and s.code not in excluded}


class Where(BaseModel):
    """Where the person looks: one of commune, département, région, or a point and a radius."""

    commune: str | None = Field(
        None, pattern=r"^(\d{5}|2[AB]\d{3})$", description="INSEE commune code.", examples=[None]
    )
    departement: str | None = Field(
        None, pattern=r"^(\d{2}|2[AB]|9[78]\d)$", description="Département code.", examples=["07"]
    )
    region: str | None = Field(
        None, pattern=r"^\d{2}$", description="INSEE région code.", examples=[None]
    )
    latitude: float | None = Field(
        None, ge=-90, le=90, description="WGS84 latitude.", examples=[44.6201]
    )
    longitude: float | None = Field(
        None, ge=-180, le=180, description="WGS84 longitude.", examples=[4.3901]
    )
    radius_km: float | None = Field(
        None,
        gt=0,
        le=500,
        description="Radius around the point, in km (default 30).",
        examples=[30],
    )

    @model_validator(mode="after")
    def _point_is_whole(self) -> Where:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("give both `latitude` and `longitude`, or neither")
        if self.radius_km is not None and self.latitude is None:
            raise ValueError("`radius_km` needs `latitude` and `longitude`")
        return self

    @property
    def point(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return self.latitude, self.longitude
