from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.version_diff_tables import VersionDiffTables
    from ..models.version_read import VersionRead


T = TypeVar("T", bound="VersionDiff")


@_attrs_define
class VersionDiff:
    """
    Attributes:
        name (str): Referential name.
        base (VersionRead):
        target (VersionRead):
        tables (VersionDiffTables): Differences per kind of item.
    """

    name: str
    base: VersionRead
    target: VersionRead
    tables: VersionDiffTables
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        base = self.base.to_dict()

        target = self.target.to_dict()

        tables = self.tables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "base": base,
                "target": target,
                "tables": tables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.version_diff_tables import VersionDiffTables  # noqa: PLC0415
        from ..models.version_read import VersionRead  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        base = VersionRead.from_dict(d.pop("base"))

        target = VersionRead.from_dict(d.pop("target"))

        tables = VersionDiffTables.from_dict(d.pop("tables"))

        version_diff = cls(
            name=name,
            base=base,
            target=target,
            tables=tables,
        )

        version_diff.additional_properties = d
        return version_diff

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
