from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferPlace")


@_attrs_define
class OfferPlace:
    """Where the job is; every part is optional because some offers name only a region.

    Attributes:
        label (None | str | Unset): Place as the partner wrote it.
        commune (None | str | Unset): INSEE commune code (not the postcode).
        postcode (None | str | Unset): Postal code.
        departement (None | str | Unset): Département code: 2 characters, `2A`/`2B` for Corsica, 3 for overseas.
        region (None | str | Unset): INSEE région code, if known.
        latitude (float | None | Unset): WGS84 latitude in degrees.
        longitude (float | None | Unset): WGS84 longitude in degrees.
    """

    label: None | str | Unset = UNSET
    commune: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    departement: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        commune: None | str | Unset
        if isinstance(self.commune, Unset):
            commune = UNSET
        else:
            commune = self.commune

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        departement: None | str | Unset
        if isinstance(self.departement, Unset):
            departement = UNSET
        else:
            departement = self.departement

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if commune is not UNSET:
            field_dict["commune"] = commune
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if departement is not UNSET:
            field_dict["departement"] = departement
        if region is not UNSET:
            field_dict["region"] = region
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_commune(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commune = _parse_commune(d.pop("commune", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_departement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        departement = _parse_departement(d.pop("departement", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        offer_place = cls(
            label=label,
            commune=commune,
            postcode=postcode,
            departement=departement,
            region=region,
            latitude=latitude,
            longitude=longitude,
        )

        offer_place.additional_properties = d
        return offer_place

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
