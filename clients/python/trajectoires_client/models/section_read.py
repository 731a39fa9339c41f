from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectionRead")


@_attrs_define
class SectionRead:
    """
    Attributes:
        kind (str): What the section holds.
        start (int): Start offset (characters) in `text`, or in the answer.
        end (int): End offset (exclusive).
        skills_taken (bool): Whether skills are read from this section.
        heading (None | str | Unset): Its heading, when the text has one.
        answer (int | None | Unset): Index of the answer (kind=answers).
    """

    kind: str
    start: int
    end: int
    skills_taken: bool
    heading: None | str | Unset = UNSET
    answer: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        start = self.start

        end = self.end

        skills_taken = self.skills_taken

        heading: None | str | Unset
        if isinstance(self.heading, Unset):
            heading = UNSET
        else:
            heading = self.heading

        answer: int | None | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "start": start,
                "end": end,
                "skills_taken": skills_taken,
            }
        )
        if heading is not UNSET:
            field_dict["heading"] = heading
        if answer is not UNSET:
            field_dict["answer"] = answer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        start = d.pop("start")

        end = d.pop("end")

        skills_taken = d.pop("skills_taken")

        def _parse_heading(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        heading = _parse_heading(d.pop("heading", UNSET))

        def _parse_answer(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        section_read = cls(
            kind=kind,
            start=start,
            end=end,
            skills_taken=skills_taken,
            heading=heading,
            answer=answer,
        )

        section_read.additional_properties = d
        return section_read

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
