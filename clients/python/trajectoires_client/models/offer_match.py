from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_kind import ConstraintKind
from ..models.contract_type import ContractType
from ..models.working_time import WorkingTime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_place import OfferPlace
    from ..models.score_breakdown import ScoreBreakdown
    from ..models.skill_ref import SkillRef


T = TypeVar("T", bound="OfferMatch")


@_attrs_define
class OfferMatch:
    """
    Attributes:
        id (str): The offer's id.
        title (str): Job title.
        contract_type (ContractType): Contract kinds, named after the France Travail `typeContrat` codes where one
            exists.
        working_time (WorkingTime):
        place (OfferPlace): Where the job is; every part is optional because some offers name only a region.
        created_at (datetime.datetime): When it was published.
        score (float): Match in [0, 100], for display.
        breakdown (ScoreBreakdown):
        matched_skills (list[SkillRef]): Offer skills the profile has.
        missing_skills (list[SkillRef]): Offer skills the profile lacks.
        shared (bool): Whether another tenant published it for all.
        employer (None | str | Unset): Employer, when published.
        rome_code (None | str | Unset): ROME code of the job.
        distance_km (float | None | Unset): Distance from the person's point, when both are known.
        url (None | str | Unset): Public page of the offer.
        conflicts (list[ConstraintKind] | Unset): Stated constraints the offer goes against.
    """

    id: str
    title: str
    contract_type: ContractType
    working_time: WorkingTime
    place: OfferPlace
    created_at: datetime.datetime
    score: float
    breakdown: ScoreBreakdown
    matched_skills: list[SkillRef]
    missing_skills: list[SkillRef]
    shared: bool
    employer: None | str | Unset = UNSET
    rome_code: None | str | Unset = UNSET
    distance_km: float | None | Unset = UNSET
    url: None | str | Unset = UNSET
    conflicts: list[ConstraintKind] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        contract_type = self.contract_type.value

        working_time = self.working_time.value

        place = self.place.to_dict()

        created_at = self.created_at.isoformat()

        score = self.score

        breakdown = self.breakdown.to_dict()

        matched_skills = []
        for matched_skills_item_data in self.matched_skills:
            matched_skills_item = matched_skills_item_data.to_dict()
            matched_skills.append(matched_skills_item)

        missing_skills = []
        for missing_skills_item_data in self.missing_skills:
            missing_skills_item = missing_skills_item_data.to_dict()
            missing_skills.append(missing_skills_item)

        shared = self.shared

        employer: None | str | Unset
        if isinstance(self.employer, Unset):
            employer = UNSET
        else:
            employer = self.employer

        rome_code: None | str | Unset
        if isinstance(self.rome_code, Unset):
            rome_code = UNSET
        else:
            rome_code = self.rome_code

        distance_km: float | None | Unset
        if isinstance(self.distance_km, Unset):
            distance_km = UNSET
        else:
            distance_km = self.distance_km

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        conflicts: list[str] | Unset = UNSET
        if not isinstance(self.conflicts, Unset):
            conflicts = []
            for conflicts_item_data in self.conflicts:
                conflicts_item = conflicts_item_data.value
                conflicts.append(conflicts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "contract_type": contract_type,
                "working_time": working_time,
                "place": place,
                "created_at": created_at,
                "score": score,
                "breakdown": breakdown,
                "matched_skills": matched_skills,
                "missing_skills": missing_skills,
                "shared": shared,
            }
        )
        if employer is not UNSET:
            field_dict["employer"] = employer
        if rome_code is not UNSET:
            field_dict["rome_code"] = rome_code
        if distance_km is not UNSET:
            field_dict["distance_km"] = distance_km
        if url is not UNSET:
            field_dict["url"] = url
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_place import OfferPlace  # noqa: PLC0415
        from ..models.score_breakdown import ScoreBreakdown  # noqa: PLC0415
        from ..models.skill_ref import SkillRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        contract_type = ContractType(d.pop("contract_type"))

        working_time = WorkingTime(d.pop("working_time"))

        place = OfferPlace.from_dict(d.pop("place"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        score = d.pop("score")

        breakdown = ScoreBreakdown.from_dict(d.pop("breakdown"))

        matched_skills = []
        _matched_skills = d.pop("matched_skills")
        for matched_skills_item_data in _matched_skills:
            matched_skills_item = SkillRef.from_dict(matched_skills_item_data)

            matched_skills.append(matched_skills_item)

        missing_skills = []
        _missing_skills = d.pop("missing_skills")
        for missing_skills_item_data in _missing_skills:
            missing_skills_item = SkillRef.from_dict(missing_skills_item_data)

            missing_skills.append(missing_skills_item)

        shared = d.pop("shared")

        def _parse_employer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer = _parse_employer(d.pop("employer", UNSET))

        def _parse_rome_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rome_code = _parse_rome_code(d.pop("rome_code", UNSET))

        def _parse_distance_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        distance_km = _parse_distance_km(d.pop("distance_km", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _conflicts = d.pop("conflicts", UNSET)
        conflicts: list[ConstraintKind] | Unset = UNSET
        if _conflicts is not UNSET:
            conflicts = []
            for conflicts_item_data in _conflicts:
                conflicts_item = ConstraintKind(conflicts_item_data)

                conflicts.append(conflicts_item)

        offer_match = cls(
            id=id,
            title=title,
            contract_type=contract_type,
            working_time=working_time,
            place=place,
            created_at=created_at,
            score=score,
            breakdown=breakdown,
            matched_skills=matched_skills,
            missing_skills=missing_skills,
            shared=shared,
            employer=employer,
            rome_code=rome_code,
            distance_km=distance_km,
            url=url,
            conflicts=conflicts,
        )

        offer_match.additional_properties = d
        return offer_match

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
