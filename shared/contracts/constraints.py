"""Work constraints a person states or an offer imposes: schedules, licence, mobility, contract."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class ConstraintKind(StrEnum):
    night_work = "night_work"
    weekend_work = "weekend_work"
    sunday_work = "sunday_work"
    part_time = "part_time"
    full_time = "full_time"
    remote_work = "remote_work"
    driving_licence = "driving_licence"
    vehicle = "vehicle"
    mobility_radius = "mobility_radius"
    contract_type = "contract_type"
    physical_effort = "physical_effort"


class Polarity(StrEnum):
    """`positive`: accepted, wanted, held or required; `negative`: refused, impossible, lacking."""

    positive = "positive"
    negative = "negative"


class ConstraintEvidence(BaseModel):
    start: int = Field(
        description="Start offset (characters) in the text it was read from.", examples=[61]
    )
    end: int = Field(description="End offset (exclusive).", examples=[80])
    text: str = Field(description="The evidence span itself.", examples=["pas de travail de nuit"])
    answer: int | None = Field(
        None,
        description="Index of the questionnaire answer the offsets refer to, if any.",
        examples=[None],
    )


class Constraint(BaseModel):
    kind: ConstraintKind = Field(
        description="What the constraint is about.", examples=["night_work"]
    )
    polarity: Polarity = Field(
        description='`negative` when refused or impossible ("pas de travail de nuit"), '
        "`positive` when accepted, wanted, held or required.",
        examples=["negative"],
    )
    value: str | None = Field(
        None,
        description="Detail: licence category (`B`, `C`, `CE`, `D`...), radius in km, contract "
        "type (`CDI`, `CDD`, `interim`, `alternance`, `stage`, `saisonnier`, `independant`), "
        "effort (`port_de_charges`, `station_debout`, `travail_en_hauteur`, `gestes_repetitifs`).",
        examples=["B"],
    )
    evidence: ConstraintEvidence = Field(description="Where the text says it.")
