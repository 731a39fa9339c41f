from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_kind import ConstraintKind
from ..models.polarity import Polarity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.constraint_evidence import ConstraintEvidence


T = TypeVar("T", bound="Constraint")


@_attrs_define
class Constraint:
    """
    Attributes:
        kind (ConstraintKind):
        polarity (Polarity): `positive`: accepted, wanted, held or required; `negative`: refused, impossible, lacking.
        evidence (ConstraintEvidence):
        value (None | str | Unset): Detail: licence category (`B`, `C`, `CE`, `D`...), radius in km, contract type
            (`CDI`, `CDD`, `interim`, `alternance`, `stage`, `saisonnier`, `independant`), effort (`port_de_charges`,
            `station_debout`, `travail_en_hauteur`, `gestes_repetitifs`).
    """

    kind: ConstraintKind
    polarity: Polarity
    evidence: ConstraintEvidence
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        polarity = self.polarity.value

        evidence = self.evidence.to_dict()

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "polarity": polarity,
                "evidence": evidence,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.constraint_evidence import ConstraintEvidence  # noqa: PLC0415

        d = dict(src_dict)
        kind = ConstraintKind(d.pop("kind"))

        polarity = Polarity(d.pop("polarity"))

        evidence = ConstraintEvidence.from_dict(d.pop("evidence"))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        constraint = cls(
            kind=kind,
            polarity=polarity,
            evidence=evidence,
            value=value,
        )

        constraint.additional_properties = d
        return constraint

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
