from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantUpdate")


@_attrs_define
class TenantUpdate:
    """Changes to a tenant; a field left out keeps its value, a null limit restores the default.

    Attributes:
        requests_per_minute (int | None | Unset): Requests allowed per minute; null: the gateway default; 0: unlimited.
        requests_per_day (int | None | Unset): Requests allowed per UTC day; null: the gateway default; 0: unlimited.
        cors_origins (list[str] | None | Unset): The new list of allowed browser origins, replacing the old one; null or
            `[]` allows none.
    """

    requests_per_minute: int | None | Unset = UNSET
    requests_per_day: int | None | Unset = UNSET
    cors_origins: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        cors_origins: list[str] | None | Unset
        if isinstance(self.cors_origins, Unset):
            cors_origins = UNSET
        elif isinstance(self.cors_origins, list):
            cors_origins = self.cors_origins

        else:
            cors_origins = self.cors_origins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        def _parse_cors_origins(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cors_origins_type_0 = cast(list[str], data)

                return cors_origins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cors_origins = _parse_cors_origins(d.pop("cors_origins", UNSET))

        tenant_update = cls(
            requests_per_minute=requests_per_minute,
            requests_per_day=requests_per_day,
            cors_origins=cors_origins,
        )

        tenant_update.additional_properties = d
        return tenant_update

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
