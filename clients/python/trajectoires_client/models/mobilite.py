from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Mobilite")


@_attrs_define
class Mobilite:
    """
    Attributes:
        code_rome (str): Target fiche of the official career move.
        label (str): Its label.
        position (int): Order given by the fiche (1 comes first).
    """

    code_rome: str
    label: str
    position: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome = self.code_rome

        label = self.label

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_rome": code_rome,
                "label": label,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_rome = d.pop("code_rome")

        label = d.pop("label")

        position = d.pop("position")

        mobilite = cls(
            code_rome=code_rome,
            label=label,
            position=position,
        )

        mobilite.additional_properties = d
        return mobilite

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
