from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.esco_occupation_match import EscoOccupationMatch


T = TypeVar("T", bound="AppellationEscoMatches")


@_attrs_define
class AppellationEscoMatches:
    """
    Attributes:
        code_ogr (str): The ROME appellation asked for.
        items (list[EscoOccupationMatch]): ESCO occupations mapped to it, exact matches first.
    """

    code_ogr: str
    items: list[EscoOccupationMatch]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_ogr = self.code_ogr

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_ogr": code_ogr,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.esco_occupation_match import EscoOccupationMatch  # noqa: PLC0415

        d = dict(src_dict)
        code_ogr = d.pop("code_ogr")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EscoOccupationMatch.from_dict(items_item_data)

            items.append(items_item)

        appellation_esco_matches = cls(
            code_ogr=code_ogr,
            items=items,
        )

        appellation_esco_matches.additional_properties = d
        return appellation_esco_matches

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
