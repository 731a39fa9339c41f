"""Job-offer wire types: the neutral format partners send, and the France Travail v2 mapping."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, model_validator

from shared.contracts.constraints import ConstraintKind
from shared.contracts.rome import RomeCode, SkillType
from shared.contracts.tenancy import Visibility
from shared.errors import Unprocessable


class ContractType(StrEnum):
    """Contract kinds, named after the France Travail `typeContrat` codes where one exists."""

    CDI = "CDI"
    CDD = "CDD"
    MIS = "MIS"
    SAI = "SAI"
    LIB = "LIB"
    alternance = "alternance"
    stage = "stage"
    other = "other"


class WorkingTime(StrEnum):
    full_time = "full_time"
    part_time = "part_time"
    unknown = "unknown"


class OfferPlace(BaseModel):
    """Where the job is; every part is optional because some offers name only a region."""

    label: str | None = Field(
        None, description="Place as the partner wrote it.", examples=["07 - AUBENAS"]
    )
    commune: str | None = Field(
        None,
        pattern=r"^(\d{5}|2[AB]\d{3})$",
        description="INSEE commune code (not the postcode).",
        examples=["07019", "2A004"],
    )
    postcode: str | None = Field(
        None, pattern=r"^\d{5}$", description="Postal code.", examples=["07200"]
    )
    departement: str | None = Field(
        None,
        pattern=r"^(\d{2}|2[AB]|9[78]\d)$",
        description="Département code: 2 characters, `2A`/`2B` for Corsica, 3 for overseas.",
        examples=["07", "2A", "971"],
    )
    region: str | None = Field(
        None, pattern=r"^\d{2}$", description="INSEE région code, if known.", examples=["84"]
    )
    latitude: float | None = Field(
        None, ge=-90, le=90, description="WGS84 latitude in degrees.", examples=[44.6201]
    )
    longitude: float | None = Field(
        None, ge=-180, le=180, description="WGS84 longitude in degrees.", examples=[4.3901]
    )

    @model_validator(mode="after")
    def _derive_areas(self) -> OfferPlace:
        """A commune names its département, a département its région: filters need both."""
        if self.departement is None and self.commune is not None:
            self.departement = _departement_of(self.commune)
        if self.region is None and self.departement is not None:
            self.region = _REGION_OF.get(self.departement)
        return self


class OfferIn(BaseModel):
    """One job offer in the neutral format accepted by `POST /v1/offers`."""

    id: str = Field(
        min_length=1,
        max_length=100,
        description="The partner's own offer id.",
        examples=["193FKBM"],
    )
    title: str = Field(
        min_length=1, max_length=500, description="Job title.", examples=["Vendeur / Vendeuse"]
    )
    description: str = Field(
        min_length=1,
        max_length=50_000,
        description="Full offer text, as published.",
        examples=["Au sein du magasin, vous aurez pour missions : accueil, encaissement..."],
    )
    rome_code: RomeCode | None = Field(
        None, description="ROME 4.0 code of the job, if the partner knows it.", examples=["D1214"]
    )
    contract_type: ContractType = Field(
        ContractType.other,
        description="`CDI`, `CDD`, `MIS` (interim), `SAI` (seasonal), `LIB` (self-employed), "
        "`alternance` (apprenticeship or professionalisation), `stage` (internship), `other`.",
        examples=["CDI"],
    )
    working_time: WorkingTime = Field(
        WorkingTime.unknown, description="Full or part time.", examples=["full_time"]
    )
    hours_per_week: float | None = Field(
        None, gt=0, le=100, description="Weekly working hours, if stated.", examples=[35.0]
    )
    night_work: bool | None = Field(
        None, description="Whether the job involves night work; null when not stated."
    )
    weekend_work: bool | None = Field(
        None, description="Whether the job involves weekend work; null when not stated."
    )
    sunday_work: bool | None = Field(
        None, description="Whether the job involves Sunday work; null when not stated."
    )
    place: OfferPlace = Field(default_factory=OfferPlace, description="Where the job is.")
    created_at: datetime = Field(
        description="When the offer was first published.", examples=["2025-05-31T14:14:44Z"]
    )
    expires_at: datetime | None = Field(
        None, description="When the offer stops being valid, if known.", examples=[None]
    )
    url: str | None = Field(
        None,
        max_length=2_000,
        description="Public page of the offer.",
        examples=["https://candidat.francetravail.fr/offres/recherche/detail/193FKBM"],
    )
    employer: str | None = Field(
        None, max_length=300, description="Employer name, when published.", examples=["WAS"]
    )
    skills: list[str] = Field(
        default_factory=list,
        max_length=200,
        description="ROME skill codes (code_ogr) the recruiter listed; the text is read too.",
        examples=[["100341", "102405"]],
    )
    driving_licences: list[str] = Field(
        default_factory=list,
        max_length=10,
        description="Driving licence categories the job requires.",
        examples=[["B"]],
    )


class InvalidFranceTravailOffer(Unprocessable, ValueError):
    """A France Travail offer lacks what every offer needs."""

    code = "invalid_offer"


_FT_REQUIRED = ("id", "intitule", "description", "dateCreation")
# Insertion variants keep their base kind; a CDI intérimaire is worked as interim missions.
_FT_CONTRACTS = {"DDI": ContractType.CDD, "TTI": ContractType.MIS, "DIN": ContractType.MIS}
_HOURS = re.compile(r"(\d{1,2})\s*H\s*(\d{2})?", re.IGNORECASE)
_DEPT_IN_LABEL = re.compile(r"^\s*(9[78]\d|2[AB]|\d{2})\s*-")
_REGION_DEPTS = {
    "84": "01 03 07 15 26 38 42 43 63 69 73 74",
    "27": "21 25 39 58 70 71 89 90",
    "53": "22 29 35 56",
    "24": "18 28 36 37 41 45",
    "94": "2A 2B",
    "44": "08 10 51 52 54 55 57 67 68 88",
    "32": "02 59 60 62 80",
    "11": "75 77 78 91 92 93 94 95",
    "28": "14 27 50 61 76",
    "75": "16 17 19 23 24 33 40 47 64 79 86 87",
    "76": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "52": "44 49 53 72 85",
    "93": "04 05 06 13 83 84",
    "01": "971",
    "02": "972",
    "03": "973",
    "04": "974",
    "06": "976",
}
_REGION_OF = {dept: region for region, depts in _REGION_DEPTS.items() for dept in depts.split()}


def from_france_travail(raw: dict[str, Any]) -> OfferIn:
    """Convert one offer of the France Travail "Offres d'emploi v2" API to the neutral format.

    Args:
        raw: the offer object exactly as the API returns it.

    Returns:
        The offer in the neutral format.

    Raises:
        InvalidFranceTravailOffer: `id`, `intitule`, `description` or `dateCreation` is missing.
        pydantic.ValidationError: a present field holds an impossible value (a bad ROME code).
    """
    missing = [name for name in _FT_REQUIRED if not raw.get(name)]
    if missing:
        raise InvalidFranceTravailOffer(f"France Travail offer lacks {', '.join(missing)}")
    schedule = " | ".join(_schedule_texts(raw)).lower()
    saturday, sunday = "samedi" in schedule, "dimanche" in schedule
    weekend = saturday or sunday or re.search(r"week[\s-]?end", schedule) is not None
    return OfferIn(
        id=str(raw["id"]),
        title=raw["intitule"],
        description=raw["description"],
        rome_code=raw.get("romeCode") or None,
        contract_type=_contract_type(raw),
        working_time=_working_time(raw),
        hours_per_week=_hours(raw.get("dureeTravailLibelle")),
        night_work=True if "nuit" in schedule else None,
        weekend_work=True if weekend else None,
        sunday_work=True if sunday else None,
        place=_place(raw.get("lieuTravail") or {}),
        created_at=raw["dateCreation"],
        url=(raw.get("origineOffre") or {}).get("urlOrigine"),
        employer=(raw.get("entreprise") or {}).get("nom"),
        skills=[str(c["code"]) for c in raw.get("competences") or [] if c.get("code")],
        driving_licences=_required_licences(raw.get("permis") or []),
    )


def _required_licences(permis: list[dict[str, Any]]) -> list[str]:
    """Categories marked required (`E`, exigé); a wished one (`S`, souhaité) is not a condition."""
    return [
        str(p["libelle"]).split(" - ")[0].strip()
        for p in permis
        if p.get("exigence") == "E" and p.get("libelle")
    ]


def _contract_type(raw: dict[str, Any]) -> ContractType:
    """Apprenticeships are flagged apart from the contract code, which is then CDD or CDI."""
    if raw.get("alternance") is True:
        return ContractType.alternance
    code = str(raw.get("typeContrat") or "").upper()
    if code in ContractType.__members__:
        return ContractType(code)
    return _FT_CONTRACTS.get(code, ContractType.other)


def _working_time(raw: dict[str, Any]) -> WorkingTime:
    """Read "Temps plein"/"Temps partiel", falling back on the "temps partiel - 24H" prefix."""
    converted = str(raw.get("dureeTravailLibelleConverti") or "").lower()
    if "plein" in converted:
        return WorkingTime.full_time
    if "partiel" in converted or "partiel" in str(raw.get("dureeTravailLibelle") or "").lower():
        return WorkingTime.part_time
    return WorkingTime.unknown


def _hours(text: str | None) -> float | None:
    """Weekly hours from "35H Travail en journée" or "temps partiel - 7H30 Autre"."""
    match = _HOURS.search(text or "")
    if match is None:
        return None
    hours = int(match[1]) + int(match[2] or 0) / 60
    return round(hours, 2) if hours > 0 else None


def _schedule_texts(raw: dict[str, Any]) -> Iterable[str]:
    """Every free text where France Travail states schedules (night, Saturday, Sunday)."""
    context = raw.get("contexteTravail") or {}
    yield str(raw.get("dureeTravailLibelle") or "")
    yield from (str(text) for text in context.get("horaires") or [])
    yield from (str(text) for text in context.get("conditionsExercice") or [])
    yield str(raw.get("complementExercice") or "")
    yield str(raw.get("conditionExercice") or "")


def _place(lieu: dict[str, Any]) -> OfferPlace:
    """Map `lieuTravail`, deriving the département from the commune code or the label."""
    commune = lieu.get("commune") or None
    label = lieu.get("libelle") or None
    departement = _departement_of(commune) if commune else None
    if departement is None and label and (match := _DEPT_IN_LABEL.match(label)):
        departement = match[1]
    return OfferPlace(
        label=label,
        commune=commune,
        postcode=lieu.get("codePostal") or None,
        departement=departement,
        region=_REGION_OF.get(departement or ""),
        latitude=_float_or_none(lieu.get("latitude")),
        longitude=_float_or_none(lieu.get("longitude")),
    )


def _departement_of(commune: str) -> str:
    """Overseas communes (97x, 98x) carry a 3-character département; 2A/2B stay as they are."""
    return commune[:3] if commune.startswith(("97", "98")) else commune[:2]


def _float_or_none(value: object) -> float | None:
    """The API sends coordinates as strings; an unreadable one counts as absent."""
    try:
        return float(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


class OfferFormat(StrEnum):
    auto = "auto"
    neutral = "neutral"
    france_travail = "france_travail"


class OffersUpsert(BaseModel):
    """Up to 1,000 offers to add or replace, in one format."""

    offers: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=1000,
        description="The offers: neutral format (`OfferIn`) or France Travail v2 JSON as it comes.",
        examples=[
            [
                {
                    "id": "193FKBM",
                    "title": "Serveur / Serveuse H/F",
                    "description": "Vous assurez l'accueil des clients, la prise de commande et "
                    "le service en salle.",
                    "rome_code": "G1803",
                    "contract_type": "CDI",
                    "place": {"commune": "07019", "latitude": 44.6201, "longitude": 4.3901},
                    "created_at": "2025-05-31T14:14:44Z",
                }
            ]
        ],
    )
    format: OfferFormat = Field(
        OfferFormat.auto,
        description="`auto` reads an object with `intitule` as France Travail, else as neutral.",
        examples=["auto"],
    )
    visibility: Visibility = Field(
        Visibility.private,
        description="`private`: only your tenant matches them; `shared`: every tenant does.",
        examples=["private"],
    )


class OfferSkill(BaseModel):
    code: str = Field(description="ROME skill code_ogr.", examples=["100341"])
    label: str | None = Field(None, description="Official label; filled in by matching if absent.")
    type: SkillType | None = Field(None, description="savoir_faire, savoir_etre or savoir.")
    score: float = Field(
        ge=0, le=1, description="1 when the recruiter listed it, else extraction's."
    )


class IndexedOffer(BaseModel):
    """An offer as the matching service indexes it: read once by extraction at ingestion."""

    offer: OfferIn = Field(description="The offer.")
    skills: list[OfferSkill] = Field(description="Its skills: listed by the recruiter or read.")
    rome_code: RomeCode | None = Field(description="Its ROME code: given, else the one read.")
    requirements: list[ConstraintKind] = Field(
        default_factory=list,
        description="What the job imposes (night, weekend, Sunday work, a driving licence...).",
    )
    tenant: str = Field(description="The tenant that owns it.")
    visibility: Visibility = Field(description="Who may see it.")


class OfferIndexRequest(BaseModel):
    offers: list[IndexedOffer] = Field(max_length=1000, description="Offers to index.")


class OfferItemError(BaseModel):
    index: int = Field(description="Position of the offer in the request.", examples=[3])
    id: str | None = Field(None, description="Its id, when it could be read.", examples=["193FKBN"])
    code: str = Field(description="Machine-readable reason.", examples=["invalid_offer"])
    message: str = Field(
        description="Why it was not indexed.",
        examples=["France Travail offer lacks description"],
    )


class OffersUpsertResult(BaseModel):
    indexed: int = Field(description="How many offers were added or replaced.", examples=[1])
    ids: list[str] = Field(description="Their ids, in request order.", examples=[["193FKBM"]])
    errors: list[OfferItemError] = Field(
        default_factory=list, description="The offers refused, each with its reason."
    )


class OffersDeleted(BaseModel):
    deleted: int = Field(description="How many offers were removed.")
