from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.proximite import Proximite


T = TypeVar("T", bound="ProximitesResponse")


@_attrs_define
class ProximitesResponse:
    """
    Attributes:
        code_rome (str): The métier one starts from.
        label (str): Its label.
        results (list[Proximite]): Official moves first, then by similarity.
    """

    code_rome: str
    label: str
    results: list[Proximite]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome = self.code_rome

        label = self.label

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_rome": code_rome,
                "label": label,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proximite import Proximite  # noqa: PLC0415

        d = dict(src_dict)
        code_rome = d.pop("code_rome")

        label = d.pop("label")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Proximite.from_dict(results_item_data)

            results.append(results_item)

        proximites_response = cls(
            code_rome=code_rome,
            label=label,
            results=results,
        )

        proximites_response.additional_properties = d
        return proximites_response

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
