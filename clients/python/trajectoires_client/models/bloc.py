from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bloc")


@_attrs_define
class Bloc:
    """
    Attributes:
        code (str): Bloc code, prefixed by the fiche number.
        label (str): Bloc title (2024-01-17 export).
        exam_unit (None | str | Unset): Exam unit of a national diploma (`U31`), when the title names one.
    """

    code: str
    label: str
    exam_unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        exam_unit: None | str | Unset
        if isinstance(self.exam_unit, Unset):
            exam_unit = UNSET
        else:
            exam_unit = self.exam_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
            }
        )
        if exam_unit is not UNSET:
            field_dict["exam_unit"] = exam_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        def _parse_exam_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exam_unit = _parse_exam_unit(d.pop("exam_unit", UNSET))

        bloc = cls(
            code=code,
            label=label,
            exam_unit=exam_unit,
        )

        bloc.additional_properties = d
        return bloc

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
