from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metier_summary import MetierSummary
    from ..models.rome_v3_link import RomeV3Link


T = TypeVar("T", bound="CertificationRome")


@_attrs_define
class CertificationRome:
    """The ROME crosswalk of one certification.

    Attributes:
        number (str): RNCP or RS number.
        rome_codes (list[RomeV3Link]): ROME v3 links, as exported.
        rome_metiers (list[MetierSummary]): The current ROME 4.0 fiches whose `code_rome_parent` is one of them.
    """

    number: str
    rome_codes: list[RomeV3Link]
    rome_metiers: list[MetierSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        rome_codes = []
        for rome_codes_item_data in self.rome_codes:
            rome_codes_item = rome_codes_item_data.to_dict()
            rome_codes.append(rome_codes_item)

        rome_metiers = []
        for rome_metiers_item_data in self.rome_metiers:
            rome_metiers_item = rome_metiers_item_data.to_dict()
            rome_metiers.append(rome_metiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "rome_codes": rome_codes,
                "rome_metiers": rome_metiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metier_summary import MetierSummary  # noqa: PLC0415
        from ..models.rome_v3_link import RomeV3Link  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        rome_codes = []
        _rome_codes = d.pop("rome_codes")
        for rome_codes_item_data in _rome_codes:
            rome_codes_item = RomeV3Link.from_dict(rome_codes_item_data)

            rome_codes.append(rome_codes_item)

        rome_metiers = []
        _rome_metiers = d.pop("rome_metiers")
        for rome_metiers_item_data in _rome_metiers:
            rome_metiers_item = MetierSummary.from_dict(rome_metiers_item_data)

            rome_metiers.append(rome_metiers_item)

        certification_rome = cls(
            number=number,
            rome_codes=rome_codes,
            rome_metiers=rome_metiers,
        )

        certification_rome.additional_properties = d
        return certification_rome

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
