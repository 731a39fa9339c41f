from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certification_summary_kind import CertificationSummaryKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificationSummary")


@_attrs_define
class CertificationSummary:
    """
    Attributes:
        number (str): RNCP or RS number.
        kind (CertificationSummaryKind): RNCP (répertoire national) or RS.
        title (None | str | Unset): Title, from the 2021 and 2023 kit files; null for the many fiches they lack.
        level (int | None | Unset): European level (3 = CAP … 8 = doctorate), when known.
        abbreviation (None | str | Unset): Kind of diploma (BTS, CAP, TP…), when known.
        active (bool | None | Unset): ACTIVE in the newest kit file that lists it (see `status_as_of`).
    """

    number: str
    kind: CertificationSummaryKind
    title: None | str | Unset = UNSET
    level: int | None | Unset = UNSET
    abbreviation: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        kind = self.kind.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        level: int | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        abbreviation: None | str | Unset
        if isinstance(self.abbreviation, Unset):
            abbreviation = UNSET
        else:
            abbreviation = self.abbreviation

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "kind": kind,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if level is not UNSET:
            field_dict["level"] = level
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        kind = CertificationSummaryKind(d.pop("kind"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_abbreviation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abbreviation = _parse_abbreviation(d.pop("abbreviation", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        certification_summary = cls(
            number=number,
            kind=kind,
            title=title,
            level=level,
            abbreviation=abbreviation,
            active=active,
        )

        certification_summary.additional_properties = d
        return certification_summary

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
