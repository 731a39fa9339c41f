from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.constraint import Constraint
    from ..models.evoked_appellation import EvokedAppellation
    from ..models.evoked_metier import EvokedMetier
    from ..models.extracted_skill import ExtractedSkill
    from ..models.section_read import SectionRead
    from ..models.uploaded_document import UploadedDocument


T = TypeVar("T", bound="FileExtractionResult")


@_attrs_define
class FileExtractionResult:
    """
    Attributes:
        skills (list[ExtractedSkill]): Skills found, best first.
        metiers (list[EvokedMetier]): Métiers evoked, best first.
        appellations (list[EvokedAppellation]): Appellations evoked, best first.
        document (UploadedDocument):
        constraints (list[Constraint] | Unset): Work constraints stated, in text order.
        sections (list[SectionRead] | Unset): The sections the text was split into.
    """

    skills: list[ExtractedSkill]
    metiers: list[EvokedMetier]
    appellations: list[EvokedAppellation]
    document: UploadedDocument
    constraints: list[Constraint] | Unset = UNSET
    sections: list[SectionRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        metiers = []
        for metiers_item_data in self.metiers:
            metiers_item = metiers_item_data.to_dict()
            metiers.append(metiers_item)

        appellations = []
        for appellations_item_data in self.appellations:
            appellations_item = appellations_item_data.to_dict()
            appellations.append(appellations_item)

        document = self.document.to_dict()

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = constraints_item_data.to_dict()
                constraints.append(constraints_item)

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skills": skills,
                "metiers": metiers,
                "appellations": appellations,
                "document": document,
            }
        )
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.constraint import Constraint  # noqa: PLC0415
        from ..models.evoked_appellation import EvokedAppellation  # noqa: PLC0415
        from ..models.evoked_metier import EvokedMetier  # noqa: PLC0415
        from ..models.extracted_skill import ExtractedSkill  # noqa: PLC0415
        from ..models.section_read import SectionRead  # noqa: PLC0415
        from ..models.uploaded_document import UploadedDocument  # noqa: PLC0415

        d = dict(src_dict)
        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = ExtractedSkill.from_dict(skills_item_data)

            skills.append(skills_item)

        metiers = []
        _metiers = d.pop("metiers")
        for metiers_item_data in _metiers:
            metiers_item = EvokedMetier.from_dict(metiers_item_data)

            metiers.append(metiers_item)

        appellations = []
        _appellations = d.pop("appellations")
        for appellations_item_data in _appellations:
            appellations_item = EvokedAppellation.from_dict(appellations_item_data)

            appellations.append(appellations_item)

        document = UploadedDocument.from_dict(d.pop("document"))

        _constraints = d.pop("constraints", UNSET)
        constraints: list[Constraint] | Unset = UNSET
        if _constraints is not UNSET:
            constraints = []
            for constraints_item_data in _constraints:
                constraints_item = Constraint.from_dict(constraints_item_data)

                constraints.append(constraints_item)

        _sections = d.pop("sections", UNSET)
        sections: list[SectionRead] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = SectionRead.from_dict(sections_item_data)

                sections.append(sections_item)

        file_extraction_result = cls(
            skills=skills,
            metiers=metiers,
            appellations=appellations,
            document=document,
            constraints=constraints,
            sections=sections,
        )

        file_extraction_result.additional_properties = d
        return file_extraction_result

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
