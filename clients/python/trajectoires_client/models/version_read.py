from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.version_read_counts import VersionReadCounts


T = TypeVar("T", bound="VersionRead")


@_attrs_define
class VersionRead:
    """
    Attributes:
        id (int): Id of this import in the version registry.
        name (str): Referential name, e.g. `rome`.
        version (str): Version label, e.g. `460`.
        checksum (str): Checksum of the imported files.
        imported_at (str): ISO timestamp of the import.
        is_current (bool): Whether this version is the one served by default.
        counts (VersionReadCounts): Rows imported per table.
    """

    id: int
    name: str
    version: str
    checksum: str
    imported_at: str
    is_current: bool
    counts: VersionReadCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        version = self.version

        checksum = self.checksum

        imported_at = self.imported_at

        is_current = self.is_current

        counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "version": version,
                "checksum": checksum,
                "imported_at": imported_at,
                "is_current": is_current,
                "counts": counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.version_read_counts import VersionReadCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        version = d.pop("version")

        checksum = d.pop("checksum")

        imported_at = d.pop("imported_at")

        is_current = d.pop("is_current")

        counts = VersionReadCounts.from_dict(d.pop("counts"))

        version_read = cls(
            id=id,
            name=name,
            version=version,
            checksum=checksum,
            imported_at=imported_at,
            is_current=is_current,
            counts=counts,
        )

        version_read.additional_properties = d
        return version_read

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
