from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantCreate")


@_attrs_define
class TenantCreate:
    """A new tenant: a region, a Carif-Oref, a partner portal.

    Attributes:
        name (str): Unique name: lower-case letters, digits, `.`, `_` or `-`.
        requests_per_minute (int | None | Unset): Requests allowed per minute for all its keys; null: the gateway
            default; 0: unlimited.
        requests_per_day (int | None | Unset): Requests allowed per UTC day for all its keys; null: the gateway default;
            0: unlimited.
        cors_origins (list[str] | Unset): Browser origins allowed to call the API with its keys, as
            `scheme://host[:port]`.
    """

    name: str
    requests_per_minute: int | None | Unset = UNSET
    requests_per_day: int | None | Unset = UNSET
    cors_origins: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        requests_per_minute: int | None | Unset
        if isinstance(self.requests_per_minute, Unset):
            requests_per_minute = UNSET
        else:
            requests_per_minute = self.requests_per_minute

        requests_per_day: int | None | Unset
        if isinstance(self.requests_per_day, Unset):
            requests_per_day = UNSET
        else:
            requests_per_day = self.requests_per_day

        cors_origins: list[str] | Unset = UNSET
        if not isinstance(self.cors_origins, Unset):
            cors_origins = self.cors_origins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if requests_per_minute is not UNSET:
            field_dict["requests_per_minute"] = requests_per_minute
        if requests_per_day is not UNSET:
            field_dict["requests_per_day"] = requests_per_day
        if cors_origins is not UNSET:
            field_dict["cors_origins"] = cors_origins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_requests_per_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        requests_per_minute = _parse_requests_per_minute(d.pop("requests_per_minute", UNSET))

        def _parse_requests_per_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        requests_per_day = _parse_requests_per_day(d.pop("requests_per_day", UNSET))

        cors_origins = cast(list[str], d.pop("cors_origins", UNSET))

        tenant_create = cls(
            name=name,
            requests_per_minute=requests_per_minute,
            requests_per_day=requests_per_day,
            cors_origins=cors_origins,
        )

        tenant_create.additional_properties = d
        return tenant_create

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
