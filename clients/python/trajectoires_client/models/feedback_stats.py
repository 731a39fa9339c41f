from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feedback_kind_stats import FeedbackKindStats


T = TypeVar("T", bound="FeedbackStats")


@_attrs_define
class FeedbackStats:
    """Verdicts of one tenant, per kind of suggestion.

    Attributes:
        kinds (list[FeedbackKindStats]): One entry per kind of suggestion, every kind listed.
    """

    kinds: list[FeedbackKindStats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.to_dict()
            kinds.append(kinds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kinds": kinds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_kind_stats import FeedbackKindStats  # noqa: PLC0415

        d = dict(src_dict)
        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in _kinds:
            kinds_item = FeedbackKindStats.from_dict(kinds_item_data)

            kinds.append(kinds_item)

        feedback_stats = cls(
            kinds=kinds,
        )

        feedback_stats.additional_properties = d
        return feedback_stats

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
