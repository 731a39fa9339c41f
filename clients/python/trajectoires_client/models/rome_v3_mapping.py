from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metier_summary import MetierSummary


T = TypeVar("T", bound="RomeV3Mapping")


@_attrs_define
class RomeV3Mapping:
    """
    Attributes:
        code_rome_v3 (str): The ROME v3 code asked for.
        metiers (list[MetierSummary]): ROME 4.0 fiches derived from it.
    """

    code_rome_v3: str
    metiers: list[MetierSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome_v3 = self.code_rome_v3

        metiers = []
        for metiers_item_data in self.metiers:
            metiers_item = metiers_item_data.to_dict()
            metiers.append(metiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_rome_v3": code_rome_v3,
                "metiers": metiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metier_summary import MetierSummary  # noqa: PLC0415

        d = dict(src_dict)
        code_rome_v3 = d.pop("code_rome_v3")

        metiers = []
        _metiers = d.pop("metiers")
        for metiers_item_data in _metiers:
            metiers_item = MetierSummary.from_dict(metiers_item_data)

            metiers.append(metiers_item)

        rome_v3_mapping = cls(
            code_rome_v3=code_rome_v3,
            metiers=metiers,
        )

        rome_v3_mapping.additional_properties = d
        return rome_v3_mapping

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
