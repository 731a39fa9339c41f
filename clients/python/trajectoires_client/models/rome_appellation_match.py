from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mapping_relation import MappingRelation

T = TypeVar("T", bound="RomeAppellationMatch")


@_attrs_define
class RomeAppellationMatch:
    """
    Attributes:
        code_ogr (str): ROME appellation code_ogr.
        label (str): Appellation label, as in the crosswalk.
        code_rome (None | str): ROME 4.0 fiche of the appellation in the current ROME; null when ROME is not imported or
            no longer lists this appellation.
        relation (MappingRelation): SKOS relation of the ESCO occupation to the ROME appellation, read ESCO → ROME.
    """

    code_ogr: str
    label: str
    code_rome: None | str
    relation: MappingRelation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_ogr = self.code_ogr

        label = self.label

        code_rome: None | str
        code_rome = self.code_rome

        relation = self.relation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_ogr": code_ogr,
                "label": label,
                "code_rome": code_rome,
                "relation": relation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_ogr = d.pop("code_ogr")

        label = d.pop("label")

        def _parse_code_rome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_rome = _parse_code_rome(d.pop("code_rome"))

        relation = MappingRelation(d.pop("relation"))

        rome_appellation_match = cls(
            code_ogr=code_ogr,
            label=label,
            code_rome=code_rome,
            relation=relation,
        )

        rome_appellation_match.additional_properties = d
        return rome_appellation_match

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
