from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreBreakdown")


@_attrs_define
class ScoreBreakdown:
    """
    Attributes:
        coverage (float): Skill coverage in [0, 1]: profile and fiche sides mixed.
        semantic (float): Similarity of the profile to the item, in [0, 1].
        interests (float | Unset): Fit of the stated interests (RIASEC), in [0, 1]. Default: 0.0.
    """

    coverage: float
    semantic: float
    interests: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coverage = self.coverage

        semantic = self.semantic

        interests = self.interests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coverage": coverage,
                "semantic": semantic,
            }
        )
        if interests is not UNSET:
            field_dict["interests"] = interests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coverage = d.pop("coverage")

        semantic = d.pop("semantic")

        interests = d.pop("interests", UNSET)

        score_breakdown = cls(
            coverage=coverage,
            semantic=semantic,
            interests=interests,
        )

        score_breakdown.additional_properties = d
        return score_breakdown

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
