from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mapping_relation import MappingRelation

T = TypeVar("T", bound="EscoOccupationMatch")


@_attrs_define
class EscoOccupationMatch:
    """
    Attributes:
        uri (str): ESCO occupation URI.
        label (str): Preferred French label (the crosswalk's when ESCO lacks it).
        relation (MappingRelation): SKOS relation of the ESCO occupation to the ROME appellation, read ESCO → ROME.
    """

    uri: str
    label: str
    relation: MappingRelation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        label = self.label

        relation = self.relation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
                "label": label,
                "relation": relation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri")

        label = d.pop("label")

        relation = MappingRelation(d.pop("relation"))

        esco_occupation_match = cls(
            uri=uri,
            label=label,
            relation=relation,
        )

        esco_occupation_match.additional_properties = d
        return esco_occupation_match

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
