from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_result_status import ImportResultStatus

if TYPE_CHECKING:
    from ..models.import_result_counts import ImportResultCounts
    from ..models.import_result_unknown_codes import ImportResultUnknownCodes


T = TypeVar("T", bound="ImportResult")


@_attrs_define
class ImportResult:
    """
    Attributes:
        name (str): Referential imported.
        version (str): Version label.
        status (ImportResultStatus): `unchanged`: the files match the current version, nothing was written.
        checksum (str): Checksum of the files.
        counts (ImportResultCounts): Rows per table.
        unknown_codes (ImportResultUnknownCodes): Codes a link table cites that the referential does not know, per link.
    """

    name: str
    version: str
    status: ImportResultStatus
    checksum: str
    counts: ImportResultCounts
    unknown_codes: ImportResultUnknownCodes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        status = self.status.value

        checksum = self.checksum

        counts = self.counts.to_dict()

        unknown_codes = self.unknown_codes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "status": status,
                "checksum": checksum,
                "counts": counts,
                "unknown_codes": unknown_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_result_counts import ImportResultCounts  # noqa: PLC0415
        from ..models.import_result_unknown_codes import ImportResultUnknownCodes  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        status = ImportResultStatus(d.pop("status"))

        checksum = d.pop("checksum")

        counts = ImportResultCounts.from_dict(d.pop("counts"))

        unknown_codes = ImportResultUnknownCodes.from_dict(d.pop("unknown_codes"))

        import_result = cls(
            name=name,
            version=version,
            status=status,
            checksum=checksum,
            counts=counts,
            unknown_codes=unknown_codes,
        )

        import_result.additional_properties = d
        return import_result

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
