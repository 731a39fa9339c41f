from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FormacodeRomeV3Link")


@_attrs_define
class FormacodeRomeV3Link:
    """
    Attributes:
        code_rome (str): ROME v3 code (map to ROME 4.0 via `code_rome_parent`).
        label (str): ROME v3 fiche label.
    """

    code_rome: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome = self.code_rome

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_rome": code_rome,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_rome = d.pop("code_rome")

        label = d.pop("label")

        formacode_rome_v3_link = cls(
            code_rome=code_rome,
            label=label,
        )

        formacode_rome_v3_link.additional_properties = d
        return formacode_rome_v3_link

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
