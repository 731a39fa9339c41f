from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetierSummary")


@_attrs_define
class MetierSummary:
    """
    Attributes:
        code_rome (str): ROME 4.0 code.
        label (str): Fiche label.
        code_rome_parent (None | str | Unset): The ROME v3 fiche it derives from.
    """

    code_rome: str
    label: str
    code_rome_parent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome = self.code_rome

        label = self.label

        code_rome_parent: None | str | Unset
        if isinstance(self.code_rome_parent, Unset):
            code_rome_parent = UNSET
        else:
            code_rome_parent = self.code_rome_parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_rome": code_rome,
                "label": label,
            }
        )
        if code_rome_parent is not UNSET:
            field_dict["code_rome_parent"] = code_rome_parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_rome = d.pop("code_rome")

        label = d.pop("label")

        def _parse_code_rome_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_rome_parent = _parse_code_rome_parent(d.pop("code_rome_parent", UNSET))

        metier_summary = cls(
            code_rome=code_rome,
            label=label,
            code_rome_parent=code_rome_parent,
        )

        metier_summary.additional_properties = d
        return metier_summary

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
