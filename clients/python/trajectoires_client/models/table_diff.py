from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_ref import ItemRef
    from ..models.relabelled import Relabelled


T = TypeVar("T", bound="TableDiff")


@_attrs_define
class TableDiff:
    """
    Attributes:
        added (list[ItemRef]): Items only in the newer version.
        removed (list[ItemRef]): Items only in the older version.
        relabelled (list[Relabelled]): Items whose label changed.
    """

    added: list[ItemRef]
    removed: list[ItemRef]
    relabelled: list[Relabelled]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added = []
        for added_item_data in self.added:
            added_item = added_item_data.to_dict()
            added.append(added_item)

        removed = []
        for removed_item_data in self.removed:
            removed_item = removed_item_data.to_dict()
            removed.append(removed_item)

        relabelled = []
        for relabelled_item_data in self.relabelled:
            relabelled_item = relabelled_item_data.to_dict()
            relabelled.append(relabelled_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "removed": removed,
                "relabelled": relabelled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_ref import ItemRef  # noqa: PLC0415
        from ..models.relabelled import Relabelled  # noqa: PLC0415

        d = dict(src_dict)
        added = []
        _added = d.pop("added")
        for added_item_data in _added:
            added_item = ItemRef.from_dict(added_item_data)

            added.append(added_item)

        removed = []
        _removed = d.pop("removed")
        for removed_item_data in _removed:
            removed_item = ItemRef.from_dict(removed_item_data)

            removed.append(removed_item)

        relabelled = []
        _relabelled = d.pop("relabelled")
        for relabelled_item_data in _relabelled:
            relabelled_item = Relabelled.from_dict(relabelled_item_data)

            relabelled.append(relabelled_item)

        table_diff = cls(
            added=added,
            removed=removed,
            relabelled=relabelled,
        )

        table_diff.additional_properties = d
        return table_diff

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
