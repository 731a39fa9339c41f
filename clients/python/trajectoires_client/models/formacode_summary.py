from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FormacodeSummary")


@_attrs_define
class FormacodeSummary:
    """
    Attributes:
        code (str): Formacode code (5 digits).
        label (str): Descriptor label.
        semantic_field_code (None | str): Semantic field (champ sémantique) code: the first 3 digits of the code.
        semantic_field_label (None | str): Semantic field label, upper case as published.
    """

    code: str
    label: str
    semantic_field_code: None | str
    semantic_field_label: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        semantic_field_code: None | str
        semantic_field_code = self.semantic_field_code

        semantic_field_label: None | str
        semantic_field_label = self.semantic_field_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "semantic_field_code": semantic_field_code,
                "semantic_field_label": semantic_field_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        def _parse_semantic_field_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        semantic_field_code = _parse_semantic_field_code(d.pop("semantic_field_code"))

        def _parse_semantic_field_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        semantic_field_label = _parse_semantic_field_label(d.pop("semantic_field_label"))

        formacode_summary = cls(
            code=code,
            label=label,
            semantic_field_code=semantic_field_code,
            semantic_field_label=semantic_field_label,
        )

        formacode_summary.additional_properties = d
        return formacode_summary

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
