from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_ref import SkillRef


T = TypeVar("T", bound="Proximite")


@_attrs_define
class Proximite:
    """
    Attributes:
        code_rome (str): The métier one can move to.
        label (str): Its label.
        official (bool): Listed in the fiche's official mobilités.
        passerelle (bool): In another professional domain: a change of field.
        similarity (float): Share of skills in common, in [0, 1].
        shared_skills (int): How many skills the two fiches share.
        skills_to_add (list[SkillRef]): Core skills of the target to acquire.
    """

    code_rome: str
    label: str
    official: bool
    passerelle: bool
    similarity: float
    shared_skills: int
    skills_to_add: list[SkillRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome = self.code_rome

        label = self.label

        official = self.official

        passerelle = self.passerelle

        similarity = self.similarity

        shared_skills = self.shared_skills

        skills_to_add = []
        for skills_to_add_item_data in self.skills_to_add:
            skills_to_add_item = skills_to_add_item_data.to_dict()
            skills_to_add.append(skills_to_add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_rome": code_rome,
                "label": label,
                "official": official,
                "passerelle": passerelle,
                "similarity": similarity,
                "shared_skills": shared_skills,
                "skills_to_add": skills_to_add,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_ref import SkillRef  # noqa: PLC0415

        d = dict(src_dict)
        code_rome = d.pop("code_rome")

        label = d.pop("label")

        official = d.pop("official")

        passerelle = d.pop("passerelle")

        similarity = d.pop("similarity")

        shared_skills = d.pop("shared_skills")

        skills_to_add = []
        _skills_to_add = d.pop("skills_to_add")
        for skills_to_add_item_data in _skills_to_add:
            skills_to_add_item = SkillRef.from_dict(skills_to_add_item_data)

            skills_to_add.append(skills_to_add_item)

        proximite = cls(
            code_rome=code_rome,
            label=label,
            official=official,
            passerelle=passerelle,
            similarity=similarity,
            shared_skills=shared_skills,
            skills_to_add=skills_to_add,
        )

        proximite.additional_properties = d
        return proximite

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
