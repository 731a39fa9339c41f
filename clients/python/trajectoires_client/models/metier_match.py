from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_kind import ConstraintKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appellation_ref import AppellationRef
    from ..models.score_breakdown import ScoreBreakdown
    from ..models.skill_ref import SkillRef


T = TypeVar("T", bound="MetierMatch")


@_attrs_define
class MetierMatch:
    """
    Attributes:
        code_rome (str): ROME 4.0 code.
        label (str): Fiche label.
        score (float): Match in [0, 100], for display.
        breakdown (ScoreBreakdown):
        matched_skills (list[SkillRef]): Profile skills the métier uses.
        missing_skills (list[SkillRef]): Core skills of the métier not in the profile: the gap.
        appellations (list[AppellationRef] | Unset): The job titles of this fiche that fit best.
        conflicts (list[ConstraintKind] | Unset): Stated constraints the métier's usual work contexts go against (e.g.
            `night_work` for a person refusing night work in a métier that works nights).
    """

    code_rome: str
    label: str
    score: float
    breakdown: ScoreBreakdown
    matched_skills: list[SkillRef]
    missing_skills: list[SkillRef]
    appellations: list[AppellationRef] | Unset = UNSET
    conflicts: list[ConstraintKind] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome = self.code_rome

        label = self.label

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

        appellations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appellations, Unset):
            appellations = []
            for appellations_item_data in self.appellations:
                appellations_item = appellations_item_data.to_dict()
                appellations.append(appellations_item)

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
                "code_rome": code_rome,
                "label": label,
                "score": score,
                "breakdown": breakdown,
                "matched_skills": matched_skills,
                "missing_skills": missing_skills,
            }
        )
        if appellations is not UNSET:
            field_dict["appellations"] = appellations
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appellation_ref import AppellationRef  # noqa: PLC0415
        from ..models.score_breakdown import ScoreBreakdown  # noqa: PLC0415
        from ..models.skill_ref import SkillRef  # noqa: PLC0415

        d = dict(src_dict)
        code_rome = d.pop("code_rome")

        label = d.pop("label")

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

        _appellations = d.pop("appellations", UNSET)
        appellations: list[AppellationRef] | Unset = UNSET
        if _appellations is not UNSET:
            appellations = []
            for appellations_item_data in _appellations:
                appellations_item = AppellationRef.from_dict(appellations_item_data)

                appellations.append(appellations_item)

        _conflicts = d.pop("conflicts", UNSET)
        conflicts: list[ConstraintKind] | Unset = UNSET
        if _conflicts is not UNSET:
            conflicts = []
            for conflicts_item_data in _conflicts:
                conflicts_item = ConstraintKind(conflicts_item_data)

                conflicts.append(conflicts_item)

        metier_match = cls(
            code_rome=code_rome,
            label=label,
            score=score,
            breakdown=breakdown,
            matched_skills=matched_skills,
            missing_skills=missing_skills,
            appellations=appellations,
            conflicts=conflicts,
        )

        metier_match.additional_properties = d
        return metier_match

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
