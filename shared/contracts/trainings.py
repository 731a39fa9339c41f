"""Training-offer wire types: the neutral format partners send, and its JSON reader."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from shared.contracts.formacode import FormacodeCode
from shared.contracts.offers import OfferPlace
from shared.contracts.rome import RomeCode, SkillType
from shared.contracts.tenancy import Visibility
from shared.errors import Unprocessable

RncpNumber = Annotated[str, StringConstraints(pattern=r"^RNCP\d{1,6}$")]
RsNumber = Annotated[str, StringConstraints(pattern=r"^RS\d{1,6}$")]

_PREFIXED = {
    "RNCP": re.compile(r"^(?:RNCP)?\s*(\d{1,6})$"),
    "RS": re.compile(r"^(?:RS)?\s*(\d{1,6})$"),
}


class TrainingModality(StrEnum):
    """How a training is taught; a session may combine several."""

    presentiel = "presentiel"
    distance = "distance"
    mixed = "mixed"
    alternance = "alternance"


class TrainingSession(BaseModel):
    """One run of a training: when, where and how it is taught."""

    id: str | None = Field(
        None, max_length=100, description="The partner's own session id.", examples=["9436_18706"]
    )
    start: date | None = Field(
        None, description="First day of the session; null when unknown.", examples=["2025-09-01"]
    )
    end: date | None = Field(
        None, description="Last day of the session; null when unknown.", examples=["2027-06-30"]
    )
    place: OfferPlace = Field(
        default_factory=OfferPlace,
        description="Where the session is taught; empty for a session given only at a distance.",
        examples=[{"label": "29300 QUIMPERLÉ", "commune": "29233", "departement": "29"}],
    )
    modalities: list[TrainingModality] = Field(
        default_factory=list,
        description="`presentiel` (on site), `distance`, `mixed` (both), `alternance` "
        "(work-study: apprenticeship or professionalisation contract).",
        examples=[["presentiel", "alternance"]],
    )
    registration_url: str | None = Field(
        None,
        max_length=2_000,
        description="Where to register for the session, as the partner gave it.",
        examples=["https://www.lycee-kerneuzec.fr/inscriptions"],
    )

    @field_validator("modalities", mode="after")
    @classmethod
    def _dedupe_modalities(cls, modalities: list[TrainingModality]) -> list[TrainingModality]:
        return list(dict.fromkeys(modalities))

    @model_validator(mode="after")
    def _end_not_before_start(self) -> TrainingSession:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"session ends ({self.end}) before it starts ({self.start})")
        return self


class TrainingIn(BaseModel):
    """One training offer in the neutral format, as a JSON list item or read from Lhéo XML."""

    id: str = Field(
        min_length=1,
        max_length=100,
        description="The partner's own training id.",
        examples=["9436_18706"],
    )
    title: str = Field(
        min_length=1,
        max_length=500,
        description="Training title.",
        examples=["BTS négociation et relation client"],
    )
    description: str = Field(
        "",
        max_length=50_000,
        description="Objectives, content and expected results as one plain text; paragraphs "
        "separated by line breaks.",
        examples=["Ce BTS forme des managers de la vente..."],
    )
    provider: str | None = Field(
        None,
        max_length=300,
        description="Name of the training organisation.",
        examples=["Lycée Kerneuzec"],
    )
    formacodes: list[FormacodeCode] = Field(
        default_factory=list,
        description="Formacode codes (5 digits); the first is the principal one.",
        examples=[["34582", "34076"]],
    )
    rncp: list[RncpNumber] = Field(
        default_factory=list,
        description="RNCP numbers of the certifications prepared; `12345` and `RNCP 12345` are "
        "read as `RNCP12345`.",
        examples=[["RNCP38368"]],
    )
    rs: list[RsNumber] = Field(
        default_factory=list,
        description="Répertoire spécifique numbers; `5678` and `RS 5678` are read as `RS5678`.",
        examples=[["RS5678"]],
    )
    rome_codes: list[RomeCode] = Field(
        default_factory=list,
        description="ROME codes of the jobs the training leads to.",
        examples=[["D1402", "D1403"]],
    )
    level: str | None = Field(
        None,
        max_length=50,
        description="Level reached: the European level `1` to `8` where known, else as given.",
        examples=["5"],
    )
    duration_hours: float | None = Field(
        None, gt=0, le=99_999, description="Total length in hours, if stated.", examples=[1350.0]
    )
    modalities: list[TrainingModality] = Field(
        default_factory=list,
        description="Modalities of the training as a whole (every session's, when read from "
        "Lhéo); a training without sessions is found everywhere only when it includes `distance`.",
        examples=[["presentiel"]],
    )
    sessions: list[TrainingSession] = Field(
        default_factory=list,
        description="Sessions with their dates and places; may be empty.",
        examples=[
            [
                {
                    "id": "9436_18706",
                    "start": "2025-09-01",
                    "end": "2027-06-30",
                    "place": {"commune": "29233", "latitude": 47.8821, "longitude": -3.5527},
                    "modalities": ["presentiel"],
                }
            ]
        ],
    )
    url: str | None = Field(
        None,
        max_length=2_000,
        description="Public page of the training, as the partner gave it.",
        examples=["https://www.onisep.fr/http/redirection/formation/slug/FOR.9436"],
    )
    updated_at: datetime | None = Field(
        None,
        description="When the partner last changed the training.",
        examples=["2025-05-31T14:14:44Z"],
    )

    @field_validator("formacodes", "rome_codes", mode="before")
    @classmethod
    def _strip_and_dedupe(cls, codes: Any) -> Any:
        return _cleaned(codes, normalise=lambda code: code.upper())

    @field_validator("rncp", mode="before")
    @classmethod
    def _normalise_rncp(cls, numbers: Any) -> Any:
        return _cleaned(numbers, normalise=lambda number: _prefixed("RNCP", number))

    @field_validator("rs", mode="before")
    @classmethod
    def _normalise_rs(cls, numbers: Any) -> Any:
        return _cleaned(numbers, normalise=lambda number: _prefixed("RS", number))

    @field_validator("modalities", mode="after")
    @classmethod
    def _dedupe_modalities(cls, modalities: list[TrainingModality]) -> list[TrainingModality]:
        return list(dict.fromkeys(modalities))


def _cleaned(codes: Any, *, normalise: Callable[[str], str]) -> Any:
    """Strip, drop blanks, dedupe in order; anything but a list of strings is left to pydantic."""
    if not isinstance(codes, list | tuple) or not all(isinstance(code, str) for code in codes):
        return codes
    stripped = (normalise(code.strip()) for code in codes)
    return list(dict.fromkeys(code for code in stripped if code))


def _prefixed(prefix: str, number: str) -> str:
    """`12345`, `RNCP 12345`, `rncp12345` -> `RNCP12345`; unreadable ones are kept as given."""
    match = _PREFIXED[prefix].match(number.upper())
    return f"{prefix}{match[1]}" if match else number


class TrainingItemError(BaseModel):
    """Why one training of an imported document was left out."""

    item: str = Field(
        description="The training's id in the document (Lhéo `numero`, JSON `id`), or `#n` "
        "when it has none.",
        examples=["9436_18706", "#3"],
    )
    position: int = Field(ge=1, description="1-based position in the document.", examples=[3])
    message: str = Field(description="What is wrong with it.", examples=["title: Field required"])


class TrainingsRead(BaseModel):
    """The trainings read from one document, and the items that could not be read."""

    trainings: list[TrainingIn] = Field(description="Trainings read, in document order.")
    errors: list[TrainingItemError] = Field(
        default_factory=list, description="Items left out, in document order."
    )


class InvalidTrainingsJson(Unprocessable):
    """A training document is not a JSON list of objects."""

    code = "invalid_trainings_json"


def read_trainings_json(data: bytes) -> TrainingsRead:
    """Read a JSON list of neutral-format trainings, keeping each invalid item as an error.

    Args:
        data: the document, UTF-8 encoded JSON holding a list of `TrainingIn` objects.

    Returns:
        The valid trainings and one error per invalid item.

    Raises:
        InvalidTrainingsJson: the document is not JSON, or not a list.
    """
    try:
        items = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidTrainingsJson(f"training document is not JSON: {exc}") from exc
    if not isinstance(items, list):
        raise InvalidTrainingsJson("training document must be a JSON list of trainings")
    read = TrainingsRead(trainings=[])
    for position, item in enumerate(items, start=1):
        try:
            read.trainings.append(TrainingIn.model_validate(item))
        except ValidationError as exc:
            raw_id = item.get("id") if isinstance(item, dict) else None
            label = (
                str(raw_id) if isinstance(raw_id, str | int) and raw_id != "" else f"#{position}"
            )
            read.errors.append(
                TrainingItemError(item=label, position=position, message=describe_errors(exc))
            )
    return read


def describe_errors(exc: ValidationError) -> str:
    """One line per failed field, `path: message`, for an import report."""
    lines = []
    for error in exc.errors(include_url=False):
        path = ".".join(str(part) for part in error["loc"])
        lines.append(f"{path}: {error['msg']}" if path else error["msg"])
    return "; ".join(lines)


class TrainingSkill(BaseModel):
    code: str = Field(description="ROME skill code_ogr.", examples=["100341"])
    label: str = Field(description="Official label.")
    type: SkillType = Field(description="savoir_faire, savoir_etre or savoir.")
    score: float = Field(ge=0, le=1, description="Confidence that the training teaches it.")


class IndexedTraining(BaseModel):
    """A training as the matching service indexes it: its skills read once by extraction."""

    training: TrainingIn = Field(description="The training.")
    skills: list[TrainingSkill] = Field(description="The skills it teaches.")
    tenant: str = Field(description="The tenant that owns it.")
    visibility: Visibility = Field(description="Who may see it.")


class TrainingIndexRequest(BaseModel):
    trainings: list[IndexedTraining] = Field(max_length=1000, description="Trainings to index.")


class TrainingsUpsertResult(BaseModel):
    indexed: int = Field(description="How many trainings were added or replaced.", examples=[1])
    ids: list[str] = Field(description="Their ids, in document order.", examples=[["9436_18706"]])
    errors: list[TrainingItemError] = Field(
        default_factory=list, description="The trainings refused, each with its reason."
    )


class TrainingsUpsert(BaseModel):
    """Up to 1,000 trainings to add or replace, in the neutral JSON format."""

    trainings: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=1000,
        description="The trainings (`TrainingIn` objects).",
        examples=[
            [
                {
                    "id": "9436_18706",
                    "title": "BTS négociation et relation client",
                    "description": "Ce BTS forme des managers de la vente et de la relation "
                    "client.",
                    "provider": "Lycée Kerneuzec",
                    "rncp": ["RNCP38368"],
                    "rome_codes": ["D1402"],
                    "sessions": [{"start": "2025-09-01", "place": {"commune": "29233"}}],
                }
            ]
        ],
    )
    visibility: Visibility = Field(
        Visibility.private,
        description="`private`: only your tenant matches them; `shared`: every tenant does.",
        examples=["private"],
    )

    def read(self) -> TrainingsRead:
        """Each training validated on its own: a bad one is reported, the others kept."""
        trainings, errors = [], []
        for position, raw in enumerate(self.trainings, start=1):
            try:
                trainings.append(TrainingIn.model_validate(raw))
            except ValidationError as exc:
                item = str(raw.get("id") or f"#{position}")
                errors.append(
                    TrainingItemError(item=item, position=position, message=describe_errors(exc))
                )
        return TrainingsRead(trainings=trainings, errors=errors)
