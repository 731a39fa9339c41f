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
        examples=[["19430"]],
    )
    limit: int = Field(10, ge=1, le=50, description="How many métiers to return.", examples=[10])


class SkillRef(BaseModel):
    code: str = Field(description="ROME skill code_ogr.", examples=["104324"])
    label: str = Field(description="Official label.", examples=["Prendre une commande client"])
    type: SkillType = Field(
        description="savoir_faire, savoir_etre or savoir.", examples=["savoir_faire"]
    )


class AppellationRef(BaseModel):
    code: str = Field(description="Appellation code_ogr.", examples=["19430"])
    label: str = Field(description="Job title.", examples=["Serveur / Serveuse en restauration"])


class ScoreBreakdown(BaseModel):
    coverage: float = Field(
        description="Skill coverage in [0, 1]: profile and fiche sides mixed.", examples=[0.62]
    )
    semantic: float = Field(
        description="Similarity of the profile to the item, in [0, 1].", examples=[0.81]
    )
    interests: float = Field(
        0.0, description="Fit of the stated interests (RIASEC), in [0, 1].", examples=[0.5]
    )


class MetierMatch(BaseModel):
    code_rome: str = Field(description="ROME 4.0 code.", examples=["G1803"])
    label: str = Field(description="Fiche label.", examples=["Serveur / Serveuse en restauration"])
    score: float = Field(
        ge=0, le=100, description="Match in [0, 100], for display.", examples=[72.5]
    )
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
        examples=[["night_work"]],
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
        default_factory=list,
        max_length=20,
        description="Only offers of these métiers.",
        examples=[["G1803", "G1802"]],
    )
    constraint_mode: ConstraintMode = Field(
        ConstraintMode.exclude,
        description="`exclude`: offers against a stated constraint are left out; `flag`: they "
        "are returned after every other offer, with their `conflicts`.",
        examples=["flag"],
    )
    limit: int = Field(20, ge=1, le=100, description="How many offers to return.", examples=[20])


class OfferMatch(BaseModel):
    id: str = Field(description="The offer's id.", examples=["193FKBM"])
    title: str = Field(description="Job title.", examples=["Serveur / Serveuse H/F"])
    employer: str | None = Field(
        None, description="Employer, when published.", examples=["Brasserie du Centre"]
    )
    rome_code: str | None = Field(None, description="ROME code of the job.", examples=["G1803"])
    contract_type: ContractType = Field(description="Contract.", examples=["CDI"])
    working_time: WorkingTime = Field(description="Full or part time.", examples=["full_time"])
    place: OfferPlace = Field(description="Where the job is.")
    distance_km: float | None = Field(
        None, description="Distance from the person's point, when both are known.", examples=[12.4]
    )
    url: str | None = Field(
        None,
        description="Public page of the offer.",
        examples=["https://candidat.francetravail.fr/offres/recherche/detail/193FKBM"],
    )
    created_at: datetime = Field(
        description="When it was published.", examples=["2025-05-31T14:14:44Z"]
    )
    score: float = Field(
        ge=0, le=100, description="Match in [0, 100], for display.", examples=[68.0]
    )
    breakdown: ScoreBreakdown = Field(description="What the score is made of.")
    matched_skills: list[SkillRef] = Field(description="Offer skills the profile has.")
    missing_skills: list[SkillRef] = Field(description="Offer skills the profile lacks.")
    conflicts: list[ConstraintKind] = Field(
        default_factory=list,
        description="Stated constraints the offer goes against.",
        examples=[["sunday_work"]],
    )
    shared: bool = Field(
        description="Whether another tenant published it for all.", examples=[False]
    )


class OfferMatchResponse(BaseModel):
    results: list[OfferMatch] = Field(description="Best offers first; conflicting ones last.")


class TrainingMatchRequest(Profile):
    target: RomeCode = Field(description="The métier the person aims at.", examples=["G1803"])
    where: Where | None = Field(None, description="Where the person can train; anywhere if absent.")
    include_certifications: bool = Field(
        True,
        description="Also list the RNCP and RS certifications that lead to the métier.",
        examples=[True],
    )
    limit: int = Field(10, ge=1, le=50, description="How many trainings to return.", examples=[10])


class TrainingKind(StrEnum):
    training = "training"
    certification = "certification"


class SessionRef(BaseModel):
    start: date | None = Field(None, description="First day, when known.", examples=["2025-09-01"])
    end: date | None = Field(None, description="Last day, when known.", examples=["2026-06-30"])
    place: OfferPlace = Field(description="Where it takes place.")
    distance_km: float | None = Field(
        None, description="Distance from the person's point.", examples=[8.5]
    )


class TrainingMatch(BaseModel):
    id: str = Field(
        description="Training id, or the RNCP/RS number of a certification.",
        examples=["9436_18706"],
    )
    kind: TrainingKind = Field(
        description="A training session offer, or a certification.", examples=["training"]
    )
    title: str = Field(
        description="Its title.", examples=["CAP commercialisation et services en HCR"]
    )
    provider: str | None = Field(
        None, description="Training body, or certifier.", examples=["Lycée hôtelier de Marseille"]
    )
    rncp: list[str] = Field(
        default_factory=list, description="RNCP numbers it leads to.", examples=[["RNCP37859"]]
    )
    formacodes: list[str] = Field(
        default_factory=list, description="Formacode descriptors.", examples=[["42752"]]
    )
    level: str | None = Field(None, description="Level reached, when known.", examples=["3"])
    url: str | None = Field(
        None,
        description="Where to read more.",
        examples=["https://www.francecompetences.fr/recherche/rncp/37859/"],
    )
    sessions: list[SessionRef] = Field(
        default_factory=list, description="Its sessions, nearest first."
    )
    score: float = Field(
        ge=0, le=100, description="How well it closes the gap, in [0, 100].", examples=[64.0]
    )
    gap_covered: list[SkillRef] = Field(description="Gap skills it teaches.")
    leads_to_target: bool = Field(
        description="Whether it is linked to the target métier.", examples=[True]
    )


class TrainingMatchResponse(BaseModel):
    target: str = Field(description="The target ROME code.", examples=["G1803"])
    target_label: str = Field(
        description="Its label.", examples=["Serveur / Serveuse en restauration"]
    )
    gap: list[SkillRef] = Field(description="Core skills of the target the profile lacks.")
    results: list[TrainingMatch] = Field(description="Best first.")


class ParcoursRequest(Profile):
    where: Where | None = Field(None, description="Where the person looks.")
    contract_types: list[ContractType] = Field(
        default_factory=list, description="Contracts accepted; any if empty.", examples=[["CDI"]]
    )
    metiers: int = Field(5, ge=1, le=10, description="How many métiers to detail.", examples=[5])
    offers_per_metier: int = Field(
        3, ge=0, le=10, description="Offers shown per métier.", examples=[3]
    )
    trainings_per_metier: int = Field(
        3, ge=0, le=10, description="Trainings shown per métier.", examples=[3]
    )


class ParcoursStep(BaseModel):
    metier: MetierMatch = Field(description="The métier, its score and gap.")
    offers: list[OfferMatch] = Field(description="Offers of this métier near the person.")
    trainings: list[TrainingMatch] = Field(description="Trainings that close its gap.")


class ParcoursResponse(BaseModel):
    steps: list[ParcoursStep] = Field(description="Best métier first.")


class Proximite(BaseModel):
    code_rome: str = Field(description="The métier one can move to.", examples=["G1502"])
    label: str = Field(description="Its label.", examples=["Employé / Employée d'hôtel"])
    official: bool = Field(description="Listed in the fiche's official mobilités.", examples=[True])
    passerelle: bool = Field(
        description="In another professional domain: a change of field.", examples=[True]
    )
    similarity: float = Field(
        ge=0, le=1, description="Share of skills in common, in [0, 1].", examples=[0.35]
    )
    shared_skills: int = Field(description="How many skills the two fiches share.", examples=[12])
    skills_to_add: list[SkillRef] = Field(description="Core skills of the target to acquire.")


class ProximitesResponse(BaseModel):
    code_rome: str = Field(description="The métier one starts from.", examples=["G1803"])
    label: str = Field(description="Its label.", examples=["Serveur / Serveuse en restauration"])
    results: list[Proximite] = Field(description="Official moves first, then by similarity.")
