from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyRotate")


@_attrs_define
class KeyRotate:
    """How to retire the key being replaced.

    Attributes:
        grace_minutes (int | Unset): Minutes during which the old key keeps working; 0 revokes it at once. Default: 0.
    """

    grace_minutes: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grace_minutes = self.grace_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grace_minutes is not UNSET:
            field_dict["grace_minutes"] = grace_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grace_minutes = d.pop("grace_minutes", UNSET)

        key_rotate = cls(
            grace_minutes=grace_minutes,
        )

        key_rotate.additional_properties = d
        return key_rotate

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
