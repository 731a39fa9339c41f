from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """One administrative action: who did what to what, when, and how it ended.

    Attributes:
        id (int): Id of the entry; pages are ordered by it.
        at (datetime.datetime): When it happened (UTC).
        actor_tenant (str): Tenant of the key that acted, or `cli` for the command line.
        actor_key_prefix (None | str): Prefix of the key that acted; null for the command line.
        action (str): What was done: `tenant.create`, `tenant.update`, `key.issue`, `key.rotate`, `key.revoke` or
            `referential.import`.
        target (str): What it was done to: a tenant name, a key prefix or a referential.
        outcome (str): `ok` and its details, or `error:` and the error code.
        request_id (None | str): Id of the HTTP request that acted; null for the command line.
    """

    id: int
    at: datetime.datetime
    actor_tenant: str
    actor_key_prefix: None | str
    action: str
    target: str
    outcome: str
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        at = self.at.isoformat()

        actor_tenant = self.actor_tenant

        actor_key_prefix: None | str
        actor_key_prefix = self.actor_key_prefix

        action = self.action

        target = self.target

        outcome = self.outcome

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "actor_tenant": actor_tenant,
                "actor_key_prefix": actor_key_prefix,
                "action": action,
                "target": target,
                "outcome": outcome,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor_tenant = d.pop("actor_tenant")

        def _parse_actor_key_prefix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_key_prefix = _parse_actor_key_prefix(d.pop("actor_key_prefix"))

        action = d.pop("action")

        target = d.pop("target")

        outcome = d.pop("outcome")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        audit_entry_read = cls(
            id=id,
            at=at,
            actor_tenant=actor_tenant,
            actor_key_prefix=actor_key_prefix,
            action=action,
            target=target,
            outcome=outcome,
            request_id=request_id,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
