from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_type import SkillType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FicheSkill")


@_attrs_define
class FicheSkill:
    """
    Attributes:
        code (str): Skill code_ogr.
        label (str): Official label.
        type_ (SkillType): The three kinds of ROME 4.0 skill items.
        core (bool): Core skill of the métier (`coeur_metier` = Principale).
        emerging (bool | Unset): Emerging skill (`coeur_metier` = Émergente). Default: False.
        domain (None | str | Unset): Skills tree, level 1: domaine de compétences.
        enjeu (None | str | Unset): Skills tree, level 2: enjeu.
        objectif (None | str | Unset): Skills tree, level 3: objectif.
    """

    code: str
    label: str
    type_: SkillType
    core: bool
    emerging: bool | Unset = False
    domain: None | str | Unset = UNSET
    enjeu: None | str | Unset = UNSET
    objectif: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        type_ = self.type_.value

        core = self.core

        emerging = self.emerging

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
                "core": core,
            }
        )
        if emerging is not UNSET:
            field_dict["emerging"] = emerging
        if domain is not UNSET:
            field_dict["domain"] = domain
        if enjeu is not UNSET:
            field_dict["enjeu"] = enjeu
        if objectif is not UNSET:
            field_dict["objectif"] = objectif

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        type_ = SkillType(d.pop("type"))

        core = d.pop("core")

        emerging = d.pop("emerging", UNSET)

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

        fiche_skill = cls(
            code=code,
            label=label,
            type_=type_,
            core=core,
            emerging=emerging,
            domain=domain,
            enjeu=enjeu,
            objectif=objectif,
        )

        fiche_skill.additional_properties = d
        return fiche_skill

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
