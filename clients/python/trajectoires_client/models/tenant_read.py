from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TenantRead")


@_attrs_define
class TenantRead:
    """A tenant, its limits and its browser origins.

    Attributes:
        name (str): Unique name of the tenant.
        created_at (datetime.datetime): When it was created (UTC).
        requests_per_minute (int | None): Requests allowed per minute; null: the gateway default.
        requests_per_day (int | None): Requests allowed per day; null: the gateway default.
        cors_origins (list[str]): Browser origins allowed to call the API with its keys.
    """

    name: str
    created_at: datetime.datetime
    requests_per_minute: int | None
    requests_per_day: int | None
    cors_origins: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at.isoformat()

        requests_per_minute: int | None
        requests_per_minute = self.requests_per_minute

        requests_per_day: int | None
        requests_per_day = self.requests_per_day

        cors_origins = self.cors_origins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "created_at": created_at,
                "requests_per_minute": requests_per_minute,
                "requests_per_day": requests_per_day,
                "cors_origins": cors_origins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_requests_per_minute(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        requests_per_minute = _parse_requests_per_minute(d.pop("requests_per_minute"))

        def _parse_requests_per_day(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        requests_per_day = _parse_requests_per_day(d.pop("requests_per_day"))

        cors_origins = cast(list[str], d.pop("cors_origins"))

        tenant_read = cls(
            name=name,
            created_at=created_at,
            requests_per_minute=requests_per_minute,
            requests_per_day=requests_per_day,
            cors_origins=cors_origins,
        )

        tenant_read.additional_properties = d
        return tenant_read

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
