from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvokedAppellation")


@_attrs_define
class EvokedAppellation:
    """
    Attributes:
        code (str): Appellation code_ogr.
        label (str): Appellation label.
        code_rome (str): ROME code of its fiche.
        score (float): Confidence in [0, 1].
    """

    code: str
    label: str
    code_rome: str
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        code_rome = self.code_rome

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "code_rome": code_rome,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        code_rome = d.pop("code_rome")

        score = d.pop("score")

        evoked_appellation = cls(
            code=code,
            label=label,
            code_rome=code_rome,
            score=score,
        )

        evoked_appellation.additional_properties = d
        return evoked_appellation

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
