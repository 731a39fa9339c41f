from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trainings_upsert_trainings_item import TrainingsUpsertTrainingsItem


T = TypeVar("T", bound="TrainingsUpsert")


@_attrs_define
class TrainingsUpsert:
    """Up to 1,000 trainings to add or replace, in the neutral JSON format.

    Attributes:
        trainings (list[TrainingsUpsertTrainingsItem]): The trainings (`TrainingIn` objects).
        visibility (Visibility | Unset): `private`: only the owning tenant sees it; `shared`: every tenant does.
    """

    trainings: list[TrainingsUpsertTrainingsItem]
    visibility: Visibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trainings = []
        for trainings_item_data in self.trainings:
            trainings_item = trainings_item_data.to_dict()
            trainings.append(trainings_item)

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trainings": trainings,
            }
        )
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trainings_upsert_trainings_item import TrainingsUpsertTrainingsItem  # noqa: PLC0415

        d = dict(src_dict)
        trainings = []
        _trainings = d.pop("trainings")
        for trainings_item_data in _trainings:
            trainings_item = TrainingsUpsertTrainingsItem.from_dict(trainings_item_data)

            trainings.append(trainings_item)

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)

        trainings_upsert = cls(
            trainings=trainings,
            visibility=visibility,
        )

        trainings_upsert.additional_properties = d
        return trainings_upsert

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
