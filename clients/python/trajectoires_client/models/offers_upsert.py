from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_format import OfferFormat
from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offers_upsert_offers_item import OffersUpsertOffersItem


T = TypeVar("T", bound="OffersUpsert")


@_attrs_define
class OffersUpsert:
    """Up to 1,000 offers to add or replace, in one format.

    Attributes:
        offers (list[OffersUpsertOffersItem]): The offers: neutral format (`OfferIn`) or France Travail v2 JSON as it
            comes.
        format_ (OfferFormat | Unset):
        visibility (Visibility | Unset): `private`: only the owning tenant sees it; `shared`: every tenant does.
    """

    offers: list[OffersUpsertOffersItem]
    format_: OfferFormat | Unset = UNSET
    visibility: Visibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offers = []
        for offers_item_data in self.offers:
            offers_item = offers_item_data.to_dict()
            offers.append(offers_item)

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offers": offers,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offers_upsert_offers_item import OffersUpsertOffersItem  # noqa: PLC0415

        d = dict(src_dict)
        offers = []
        _offers = d.pop("offers")
        for offers_item_data in _offers:
            offers_item = OffersUpsertOffersItem.from_dict(offers_item_data)

            offers.append(offers_item)

        _format_ = d.pop("format", UNSET)
        format_: OfferFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = OfferFormat(_format_)

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)

        offers_upsert = cls(
            offers=offers,
            format_=format_,
            visibility=visibility,
        )

        offers_upsert.additional_properties = d
        return offers_upsert

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
