"""Matching wire types: a profile in; métiers, offers, trainings and career moves out, explained."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from shared.contracts.constraints import ConstraintKind
from shared.contracts.offers import ContractType, OfferPlace, WorkingTime
from shared.contracts.profile import Profile, Where
from shared.contracts.rome import RomeCode, SkillType


class MetierMatchRequest(Profile):
    appellations: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="Appellation codes the person names, or that their text evokes.",
        examples=[["38281"]],
    )
    limit: int = Field(10, ge=1, le=50, description="How many métiers to return.")


class SkillRef(BaseModel):
    code: str = Field(description="ROME skill code_ogr.", examples=["100001"])
    label: str = Field(description="Official label.")
    type: SkillType = Field(description="savoir_faire, savoir_etre or savoir.")


class AppellationRef(BaseModel):
    code: str = Field(description="Appellation code_ogr.", examples=["38281"])
    label: str = Field(description="Job title.", examples=["Serveur / Serveuse en restaurant"])


class ScoreBreakdown(BaseModel):
    coverage: float = Field(description="Skill coverage in [0, 1]: profile and fiche sides mixed.")
    semantic: float = Field(description="Similarity of the profile to the item, in [0, 1].")
    interests: float = Field(0.0, description="Fit of the stated interests (RIASEC), in [0, 1].")


class MetierMatch(BaseModel):
    code_rome: str = Field(description="ROME 4.0 code.", examples=["G1803"])
    label: str = Field(description="Fiche label.")
    score: float = Field(ge=0, le=100, description="Match in [0, 100], for display.")
    breakdown: ScoreBreakdown = Field(description="What the score is made of.")
    matched_skills: list[SkillRef] = Field(description="Profile skills the métier uses.")
    missing_skills: list[SkillRef] = Field(
        description="Core skills of the métier not in the profile: the gap."
    )
    appellations: list[AppellationRef] = Field(
        default_factory=list, description="The job titles of this fiche that fit best."
    )
    conflicts: list[ConstraintKind] = Field(
        default_factory=list,
        description="Stated constraints the métier's usual work contexts go against "
        "(e.g. `night_work` for a person refusing night work in a métier that works nights).",
    )


class MetierMatchResponse(BaseModel):
    results: list[MetierMatch] = Field(description="Best métiers first.")


class ConstraintMode(StrEnum):
    exclude = "exclude"
    flag = "flag"


class OfferMatchRequest(Profile):
    where: Where | None = Field(None, description="Where the person looks; anywhere if absent.")
    contract_types: list[ContractType] = Field(
        default_factory=list, description="Contracts accepted; any if empty.", examples=[["CDI"]]
    )
    rome_codes: list[RomeCode] = Field(
        default_factory=list, max_length=20, description="Only offers of these métiers."
    )
    constraint_mode: ConstraintMode = Field(
        ConstraintMode.exclude,
        description="`exclude`: offers against a stated constraint are left out; `flag`: they "
        "are returned after every other offer, with their `conflicts`.",
    )
    limit: int = Field(20, ge=1, le=100, description="How many offers to return.")


class OfferMatch(BaseModel):
    id: str = Field(description="The offer's id.", examples=["193FKBM"])
    title: str = Field(description="Job title.")
    employer: str | None = Field(None, description="Employer, when published.")
    rome_code: str | None = Field(None, description="ROME code of the job.")
    contract_type: ContractType = Field(description="Contract.")
    working_time: WorkingTime = Field(description="Full or part time.")
    place: OfferPlace = Field(description="Where the job is.")
    distance_km: float | None = Field(
        None, description="Distance from the person's point, when both are known."
    )
    url: str | None = Field(None, description="Public page of the offer.")
    created_at: datetime = Field(description="When it was published.")
    score: float = Field(ge=0, le=100, description="Match in [0, 100], for display.")
    breakdown: ScoreBreakdown = Field(description="What the score is made of.")
    matched_skills: list[SkillRef] = Field(description="Offer skills the profile has.")
    missing_skills: list[SkillRef] = Field(description="Offer skills the profile lacks.")
    conflicts: list[ConstraintKind] = Field(
        default_factory=list, description="Stated constraints the offer goes against."
    )
    shared: bool = Field(description="Whether another tenant published it for all.")


class OfferMatchResponse(BaseModel):
    results: list[OfferMatch] = Field(description="Best offers first; conflicting ones last.")


class TrainingMatchRequest(Profile):
    target: RomeCode = Field(description="The métier the person aims at.", examples=["G1803"])
    where: Where | None = Field(None, description="Where the person can train; anywhere if absent.")
    include_certifications: bool = Field(
        True, description="Also list the RNCP and RS certifications that lead to the métier."
    )
    limit: int = Field(10, ge=1, le=50, description="How many trainings to return.")


class TrainingKind(StrEnum):
    training = "training"
    certification = "certification"


class SessionRef(BaseModel):
    start: date | None = Field(None, description="First day, when known.")
    end: date | None = Field(None, description="Last day, when known.")
    place: OfferPlace = Field(description="Where it takes place.")
    distance_km: float | None = Field(None, description="Distance from the person's point.")


class TrainingMatch(BaseModel):
    id: str = Field(description="Training id, or the RNCP/RS number of a certification.")
    kind: TrainingKind = Field(description="A training session offer, or a certification.")
    title: str = Field(description="Its title.")
    provider: str | None = Field(None, description="Training body, or certifier.")
    rncp: list[str] = Field(default_factory=list, description="RNCP numbers it leads to.")
    formacodes: list[str] = Field(default_factory=list, description="Formacode descriptors.")
    level: str | None = Field(None, description="Level reached, when known.")
    url: str | None = Field(None, description="Where to read more.")
    sessions: list[SessionRef] = Field(
        default_factory=list, description="Its sessions, nearest first."
    )
    score: float = Field(ge=0, le=100, description="How well it closes the gap, in [0, 100].")
    gap_covered: list[SkillRef] = Field(description="Gap skills it teaches.")
    leads_to_target: bool = Field(description="Whether it is linked to the target métier.")


class TrainingMatchResponse(BaseModel):
    target: str = Field(description="The target ROME code.")
    target_label: str = Field(description="Its label.")
    gap: list[SkillRef] = Field(description="Core skills of the target the profile lacks.")
    results: list[TrainingMatch] = Field(description="Best first.")


class ParcoursRequest(Profile):
    where: Where | None = Field(None, description="Where the person looks.")
    contract_types: list[ContractType] = Field(
        default_factory=list, description="Contracts accepted; any if empty."
    )
    metiers: int = Field(5, ge=1, le=10, description="How many métiers to detail.")
    offers_per_metier: int = Field(3, ge=0, le=10, description="Offers shown per métier.")
    trainings_per_metier: int = Field(3, ge=0, le=10, description="Trainings shown per métier.")


class ParcoursStep(BaseModel):
    metier: MetierMatch = Field(description="The métier, its score and gap.")
    offers: list[OfferMatch] = Field(description="Offers of this métier near the person.")
    trainings: list[TrainingMatch] = Field(description="Trainings that close its gap.")


class ParcoursResponse(BaseModel):
    steps: list[ParcoursStep] = Field(description="Best métier first.")


class Proximite(BaseModel):
    code_rome: str = Field(description="The métier one can move to.", examples=["G1802"])
    label: str = Field(description="Its label.")
    official: bool = Field(description="Listed in the fiche's official mobilités.")
    passerelle: bool = Field(description="In another professional domain: a change of field.")
    similarity: float = Field(ge=0, le=1, description="Share of skills in common, in [0, 1].")
    shared_skills: int = Field(description="How many skills the two fiches share.")
    skills_to_add: list[SkillRef] = Field(description="Core skills of the target to acquire.")


class ProximitesResponse(BaseModel):
    code_rome: str = Field(description="The métier one starts from.")
    label: str = Field(description="Its label.")
    results: list[Proximite] = Field(description="Official moves first, then by similarity.")
