from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metier_match import MetierMatch
    from ..models.offer_match import OfferMatch
    from ..models.training_match import TrainingMatch


T = TypeVar("T", bound="ParcoursStep")


@_attrs_define
class ParcoursStep:
    """
    Attributes:
        metier (MetierMatch):
        offers (list[OfferMatch]): Offers of this métier near the person.
        trainings (list[TrainingMatch]): Trainings that close its gap.
    """

    metier: MetierMatch
    offers: list[OfferMatch]
    trainings: list[TrainingMatch]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metier = self.metier.to_dict()

        offers = []
        for offers_item_data in self.offers:
            offers_item = offers_item_data.to_dict()
            offers.append(offers_item)

        trainings = []
        for trainings_item_data in self.trainings:
            trainings_item = trainings_item_data.to_dict()
            trainings.append(trainings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metier": metier,
                "offers": offers,
                "trainings": trainings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metier_match import MetierMatch  # noqa: PLC0415
        from ..models.offer_match import OfferMatch  # noqa: PLC0415
        from ..models.training_match import TrainingMatch  # noqa: PLC0415

        d = dict(src_dict)
        metier = MetierMatch.from_dict(d.pop("metier"))

        offers = []
        _offers = d.pop("offers")
        for offers_item_data in _offers:
            offers_item = OfferMatch.from_dict(offers_item_data)

            offers.append(offers_item)

        trainings = []
        _trainings = d.pop("trainings")
        for trainings_item_data in _trainings:
            trainings_item = TrainingMatch.from_dict(trainings_item_data)

            trainings.append(trainings_item)

        parcours_step = cls(
            metier=metier,
            offers=offers,
            trainings=trainings,
        )

        parcours_step.additional_properties = d
        return parcours_step

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
