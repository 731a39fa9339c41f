from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.riasec import Riasec
from ..types import UNSET, Unset

T = TypeVar("T", bound="Interests")


@_attrs_define
class Interests:
    """
    Attributes:
        riasec (list[Riasec] | Unset): Holland types, strongest first (R realistic, I investigative, A artistic, S
            social, E enterprising, C conventional).
        centres (list[str] | Unset): ROME centres d'intérêt codes, as fiches list them in `interests`.
    """

    riasec: list[Riasec] | Unset = UNSET
    centres: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        riasec: list[str] | Unset = UNSET
        if not isinstance(self.riasec, Unset):
            riasec = []
            for riasec_item_data in self.riasec:
                riasec_item = riasec_item_data.value
                riasec.append(riasec_item)

        centres: list[str] | Unset = UNSET
        if not isinstance(self.centres, Unset):
            centres = self.centres

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if riasec is not UNSET:
            field_dict["riasec"] = riasec
        if centres is not UNSET:
            field_dict["centres"] = centres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _riasec = d.pop("riasec", UNSET)
        riasec: list[Riasec] | Unset = UNSET
        if _riasec is not UNSET:
            riasec = []
            for riasec_item_data in _riasec:
                riasec_item = Riasec(riasec_item_data)

                riasec.append(riasec_item)

        centres = cast(list[str], d.pop("centres", UNSET))

        interests = cls(
            riasec=riasec,
            centres=centres,
        )

        interests.additional_properties = d
        return interests

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
