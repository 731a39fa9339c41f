from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rome_appellation_match import RomeAppellationMatch


T = TypeVar("T", bound="EscoOccupationRead")


@_attrs_define
class EscoOccupationRead:
    """
    Attributes:
        uri (str): ESCO concept URI; its last segment is accepted as id in paths.
        code (str): ESCO occupation code (ISCO group + suffix).
        label (str): Preferred French label.
        isco_group (str): ISCO-08 unit group.
        alt_labels (list[str]): Alternative French labels.
        description (None | str): Official French description.
        rome_appellations (list[RomeAppellationMatch]): ROME appellations mapped by the official ESCO ↔ ROME crosswalk.
        referential_version (str): ESCO version, e.g. `1.1.1`.
    """

    uri: str
    code: str
    label: str
    isco_group: str
    alt_labels: list[str]
    description: None | str
    rome_appellations: list[RomeAppellationMatch]
    referential_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        code = self.code

        label = self.label

        isco_group = self.isco_group

        alt_labels = self.alt_labels

        description: None | str
        description = self.description

        rome_appellations = []
        for rome_appellations_item_data in self.rome_appellations:
            rome_appellations_item = rome_appellations_item_data.to_dict()
            rome_appellations.append(rome_appellations_item)

        referential_version = self.referential_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
                "code": code,
                "label": label,
                "isco_group": isco_group,
                "alt_labels": alt_labels,
                "description": description,
                "rome_appellations": rome_appellations,
                "referential_version": referential_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rome_appellation_match import RomeAppellationMatch  # noqa: PLC0415

        d = dict(src_dict)
        uri = d.pop("uri")

        code = d.pop("code")

        label = d.pop("label")

        isco_group = d.pop("isco_group")

        alt_labels = cast(list[str], d.pop("alt_labels"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        rome_appellations = []
        _rome_appellations = d.pop("rome_appellations")
        for rome_appellations_item_data in _rome_appellations:
            rome_appellations_item = RomeAppellationMatch.from_dict(rome_appellations_item_data)

            rome_appellations.append(rome_appellations_item)

        referential_version = d.pop("referential_version")

        esco_occupation_read = cls(
            uri=uri,
            code=code,
            label=label,
            isco_group=isco_group,
            alt_labels=alt_labels,
            description=description,
            rome_appellations=rome_appellations,
            referential_version=referential_version,
        )

        esco_occupation_read.additional_properties = d
        return esco_occupation_read

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
