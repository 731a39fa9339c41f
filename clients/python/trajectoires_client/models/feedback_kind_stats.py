from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion_kind import SuggestionKind

T = TypeVar("T", bound="FeedbackKindStats")


@_attrs_define
class FeedbackKindStats:
    """
    Attributes:
        kind (SuggestionKind): What was suggested; it says which referential `target_id` belongs to.
        count (int): Verdicts received.
        relevant (int): Of them, those saying relevant.
        relevant_share (float | None): `relevant / count`; null when nothing was received.
    """

    kind: SuggestionKind
    count: int
    relevant: int
    relevant_share: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        count = self.count

        relevant = self.relevant

        relevant_share: float | None
        relevant_share = self.relevant_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "count": count,
                "relevant": relevant,
                "relevant_share": relevant_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = SuggestionKind(d.pop("kind"))

        count = d.pop("count")

        relevant = d.pop("relevant")

        def _parse_relevant_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        relevant_share = _parse_relevant_share(d.pop("relevant_share"))

        feedback_kind_stats = cls(
            kind=kind,
            count=count,
            relevant=relevant,
            relevant_share=relevant_share,
        )

        feedback_kind_stats.additional_properties = d
        return feedback_kind_stats

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
