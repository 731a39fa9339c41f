from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_ref import SkillRef
    from ..models.training_match import TrainingMatch


T = TypeVar("T", bound="TrainingMatchResponse")


@_attrs_define
class TrainingMatchResponse:
    """
    Attributes:
        target (str): The target ROME code.
        target_label (str): Its label.
        gap (list[SkillRef]): Core skills of the target the profile lacks.
        results (list[TrainingMatch]): Best first.
    """

    target: str
    target_label: str
    gap: list[SkillRef]
    results: list[TrainingMatch]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        target_label = self.target_label

        gap = []
        for gap_item_data in self.gap:
            gap_item = gap_item_data.to_dict()
            gap.append(gap_item)

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "target_label": target_label,
                "gap": gap,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_ref import SkillRef  # noqa: PLC0415
        from ..models.training_match import TrainingMatch  # noqa: PLC0415

        d = dict(src_dict)
        target = d.pop("target")

        target_label = d.pop("target_label")

        gap = []
        _gap = d.pop("gap")
        for gap_item_data in _gap:
            gap_item = SkillRef.from_dict(gap_item_data)

            gap.append(gap_item)

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = TrainingMatch.from_dict(results_item_data)

            results.append(results_item)

        training_match_response = cls(
            target=target,
            target_label=target_label,
            gap=gap,
            results=results,
        )

        training_match_response.additional_properties = d
        return training_match_response

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
