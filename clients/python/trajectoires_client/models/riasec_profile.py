from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiasecProfile")


@_attrs_define
class RiasecProfile:
    """
    Attributes:
        major (None | str | Unset): Main Holland (RIASEC) type.
        minor (None | str | Unset): Secondary type.
    """

    major: None | str | Unset = UNSET
    minor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        major: None | str | Unset
        if isinstance(self.major, Unset):
            major = UNSET
        else:
            major = self.major

        minor: None | str | Unset
        if isinstance(self.minor, Unset):
            minor = UNSET
        else:
            minor = self.minor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if major is not UNSET:
            field_dict["major"] = major
        if minor is not UNSET:
            field_dict["minor"] = minor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_major(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        major = _parse_major(d.pop("major", UNSET))

        def _parse_minor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minor = _parse_minor(d.pop("minor", UNSET))

        riasec_profile = cls(
            major=major,
            minor=minor,
        )

        riasec_profile.additional_properties = d
        return riasec_profile

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
