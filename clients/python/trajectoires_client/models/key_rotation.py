from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.key_issued import KeyIssued
    from ..models.key_read import KeyRead


T = TypeVar("T", bound="KeyRotation")


@_attrs_define
class KeyRotation:
    """The key that replaces another, and the replaced key as it now stands.

    Attributes:
        issued (KeyIssued): A key just issued: the clear key is shown here once and never again.
        previous (KeyRead): An API key as stored: its prefix in clear, never the key itself.
    """

    issued: KeyIssued
    previous: KeyRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issued = self.issued.to_dict()

        previous = self.previous.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issued": issued,
                "previous": previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_issued import KeyIssued  # noqa: PLC0415
        from ..models.key_read import KeyRead  # noqa: PLC0415

        d = dict(src_dict)
        issued = KeyIssued.from_dict(d.pop("issued"))

        previous = KeyRead.from_dict(d.pop("previous"))

        key_rotation = cls(
            issued=issued,
            previous=previous,
        )

        key_rotation.additional_properties = d
        return key_rotation

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
