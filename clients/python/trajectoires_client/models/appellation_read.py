from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppellationRead")


@_attrs_define
class AppellationRead:
    """
    Attributes:
        code (str): Appellation code_ogr.
        label (str): Long label.
        code_rome (str): ROME code of its fiche métier.
        label_short (None | str | Unset): Short label.
        peu_usite (bool | Unset): Rarely used, hidden on the public fiche. Default: False.
    """

    code: str
    label: str
    code_rome: str
    label_short: None | str | Unset = UNSET
    peu_usite: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        code_rome = self.code_rome

        label_short: None | str | Unset
        if isinstance(self.label_short, Unset):
            label_short = UNSET
        else:
            label_short = self.label_short

        peu_usite = self.peu_usite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "code_rome": code_rome,
            }
        )
        if label_short is not UNSET:
            field_dict["label_short"] = label_short
        if peu_usite is not UNSET:
            field_dict["peu_usite"] = peu_usite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        code_rome = d.pop("code_rome")

        def _parse_label_short(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_short = _parse_label_short(d.pop("label_short", UNSET))

        peu_usite = d.pop("peu_usite", UNSET)

        appellation_read = cls(
            code=code,
            label=label,
            code_rome=code_rome,
            label_short=label_short,
            peu_usite=peu_usite,
        )

        appellation_read.additional_properties = d
        return appellation_read

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
