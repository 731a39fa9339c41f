from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_item_error import TrainingItemError


T = TypeVar("T", bound="TrainingsUpsertResult")


@_attrs_define
class TrainingsUpsertResult:
    """
    Attributes:
        indexed (int): How many trainings were added or replaced.
        ids (list[str]): Their ids, in document order.
        errors (list[TrainingItemError] | Unset): The trainings refused, each with its reason.
    """

    indexed: int
    ids: list[str]
    errors: list[TrainingItemError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexed = self.indexed

        ids = self.ids

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexed": indexed,
                "ids": ids,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_item_error import TrainingItemError  # noqa: PLC0415

        d = dict(src_dict)
        indexed = d.pop("indexed")

        ids = cast(list[str], d.pop("ids"))

        _errors = d.pop("errors", UNSET)
        errors: list[TrainingItemError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = TrainingItemError.from_dict(errors_item_data)

                errors.append(errors_item)

        trainings_upsert_result = cls(
            indexed=indexed,
            ids=ids,
            errors=errors,
        )

        trainings_upsert_result.additional_properties = d
        return trainings_upsert_result

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
