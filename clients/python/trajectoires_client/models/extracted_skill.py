from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_method import SkillMethod
from ..models.skill_type import SkillType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="ExtractedSkill")


@_attrs_define
class ExtractedSkill:
    """
    Attributes:
        code (str): ROME skill code_ogr.
        label (str): Official ROME label.
        type_ (SkillType): The three kinds of ROME 4.0 skill items.
        score (float): Calibrated confidence in [0, 1]: among skills scored about p on the development offers, a share
            of about p was one the recruiter listed.
        evidence (list[Evidence]): Where the text says it, best first.
        method (SkillMethod | Unset):
        in_metier (bool | Unset): Whether it is a skill of the first métier the text evokes. Default: False.
    """

    code: str
    label: str
    type_: SkillType
    score: float
    evidence: list[Evidence]
    method: SkillMethod | Unset = UNSET
    in_metier: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        type_ = self.type_.value

        score = self.score

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        in_metier = self.in_metier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "type": type_,
                "score": score,
                "evidence": evidence,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if in_metier is not UNSET:
            field_dict["in_metier"] = in_metier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence import Evidence  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        type_ = SkillType(d.pop("type"))

        score = d.pop("score")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = Evidence.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        _method = d.pop("method", UNSET)
        method: SkillMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = SkillMethod(_method)

        in_metier = d.pop("in_metier", UNSET)

        extracted_skill = cls(
            code=code,
            label=label,
            type_=type_,
            score=score,
            evidence=evidence,
            method=method,
            in_metier=in_metier,
        )

        extracted_skill.additional_properties = d
        return extracted_skill

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
