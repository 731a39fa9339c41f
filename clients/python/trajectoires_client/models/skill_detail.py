from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_type import SkillType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_fiche import SkillFiche


T = TypeVar("T", bound="SkillDetail")


@_attrs_define
class SkillDetail:
    """
    Attributes:
        code (str): Skill code_ogr.
        label (str): Official label.
        type_ (SkillType): The three kinds of ROME 4.0 skill items.
        metiers (list[SkillFiche]): Fiches métiers listing it, core first.
        referential_version (str): ROME version.
        category (None | str | Unset): Official category or nature.
        macro_code (None | str | Unset): Its macro-compétence code_ogr.
        domain (None | str | Unset): Skills tree, level 1.
        enjeu (None | str | Unset): Skills tree, level 2.
        objectif (None | str | Unset): Skills tree, level 3.
    """

    code: str
    label: str
    type_: SkillType
    metiers: list[SkillFiche]
    referential_version: str
    category: None | str | Unset = UNSET
    macro_code: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    enjeu: None | str | Unset = UNSET
    objectif: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        type_ = self.type_.value

        metiers = []
        for metiers_item_data in self.metiers:
            metiers_item = metiers_item_data.to_dict()
            metiers.append(metiers_item)

        referential_version = self.referential_version

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        macro_code: None | str | Unset
        if isinstance(self.macro_code, Unset):
            macro_code = UNSET
        else:
            macro_code = self.macro_code

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        enjeu: None | str | Unset
        if isinstance(self.enjeu, Unset):
            enjeu = UNSET
        else:
            enjeu = self.enjeu

        objectif: None | str | Unset
        if isinstance(self.objectif, Unset):
            objectif = UNSET
        else:
            objectif = self.objectif

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "type": type_,
                "metiers": metiers,
                "referential_version": referential_version,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if macro_code is not UNSET:
            field_dict["macro_code"] = macro_code
        if domain is not UNSET:
            field_dict["domain"] = domain
        if enjeu is not UNSET:
            field_dict["enjeu"] = enjeu
        if objectif is not UNSET:
            field_dict["objectif"] = objectif

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_fiche import SkillFiche  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        type_ = SkillType(d.pop("type"))

        metiers = []
        _metiers = d.pop("metiers")
        for metiers_item_data in _metiers:
            metiers_item = SkillFiche.from_dict(metiers_item_data)

            metiers.append(metiers_item)

        referential_version = d.pop("referential_version")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_macro_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        macro_code = _parse_macro_code(d.pop("macro_code", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_enjeu(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enjeu = _parse_enjeu(d.pop("enjeu", UNSET))

        def _parse_objectif(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objectif = _parse_objectif(d.pop("objectif", UNSET))

        skill_detail = cls(
            code=code,
            label=label,
            type_=type_,
            metiers=metiers,
            referential_version=referential_version,
            category=category,
            macro_code=macro_code,
            domain=domain,
            enjeu=enjeu,
            objectif=objectif,
        )

        skill_detail.additional_properties = d
        return skill_detail

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
