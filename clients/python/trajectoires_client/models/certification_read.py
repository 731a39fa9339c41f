from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certification_read_kind import CertificationReadKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bloc import Bloc
    from ..models.certifier import Certifier
    from ..models.code_label import CodeLabel
    from ..models.metier_summary import MetierSummary
    from ..models.rome_v3_link import RomeV3Link


T = TypeVar("T", bound="CertificationRead")


@_attrs_define
class CertificationRead:
    """
    Attributes:
        number (str): RNCP or RS number.
        kind (CertificationReadKind): RNCP (répertoire national) or RS.
        rome_codes (list[RomeV3Link]): ROME v3 links, as exported.
        rome_metiers (list[MetierSummary]): The current ROME 4.0 fiches derived from those v3 codes.
        formacodes (list[CodeLabel]): Formacode codes.
        nsf (list[CodeLabel]): NSF (training specialities) codes.
        certifiers (list[Certifier]): Certifying bodies.
        ccn (list[CodeLabel]): Collective agreements (CCN) it is attached to.
        replaces (list[str]): Older certifications this one replaces.
        replaced_by (list[str]): Newer certifications replacing this one.
        blocs (list[Bloc]): Blocs de compétences (2024-01-17 export).
        referential_version (str): Export date of the link tables.
        title (None | str | Unset): Title, from the 2021 and 2023 kit files; null for the many fiches they lack.
        level (int | None | Unset): European level (3 = CAP … 8 = doctorate), when known.
        abbreviation (None | str | Unset): Kind of diploma (BTS, CAP, TP…), when known.
        active (bool | None | Unset): ACTIVE in the newest kit file that lists it (see `status_as_of`).
        status_as_of (datetime.date | None | Unset): Date of the file giving `active`.
        end_date (datetime.date | None | Unset): End of registration, when known.
    """

    number: str
    kind: CertificationReadKind
    rome_codes: list[RomeV3Link]
    rome_metiers: list[MetierSummary]
    formacodes: list[CodeLabel]
    nsf: list[CodeLabel]
    certifiers: list[Certifier]
    ccn: list[CodeLabel]
    replaces: list[str]
    replaced_by: list[str]
    blocs: list[Bloc]
    referential_version: str
    title: None | str | Unset = UNSET
    level: int | None | Unset = UNSET
    abbreviation: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    status_as_of: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        kind = self.kind.value

        rome_codes = []
        for rome_codes_item_data in self.rome_codes:
            rome_codes_item = rome_codes_item_data.to_dict()
            rome_codes.append(rome_codes_item)

        rome_metiers = []
        for rome_metiers_item_data in self.rome_metiers:
            rome_metiers_item = rome_metiers_item_data.to_dict()
            rome_metiers.append(rome_metiers_item)

        formacodes = []
        for formacodes_item_data in self.formacodes:
            formacodes_item = formacodes_item_data.to_dict()
            formacodes.append(formacodes_item)

        nsf = []
        for nsf_item_data in self.nsf:
            nsf_item = nsf_item_data.to_dict()
            nsf.append(nsf_item)

        certifiers = []
        for certifiers_item_data in self.certifiers:
            certifiers_item = certifiers_item_data.to_dict()
            certifiers.append(certifiers_item)

        ccn = []
        for ccn_item_data in self.ccn:
            ccn_item = ccn_item_data.to_dict()
            ccn.append(ccn_item)

        replaces = self.replaces

        replaced_by = self.replaced_by

        blocs = []
        for blocs_item_data in self.blocs:
            blocs_item = blocs_item_data.to_dict()
            blocs.append(blocs_item)

        referential_version = self.referential_version

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        level: int | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        abbreviation: None | str | Unset
        if isinstance(self.abbreviation, Unset):
            abbreviation = UNSET
        else:
            abbreviation = self.abbreviation

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        status_as_of: None | str | Unset
        if isinstance(self.status_as_of, Unset):
            status_as_of = UNSET
        elif isinstance(self.status_as_of, datetime.date):
            status_as_of = self.status_as_of.isoformat()
        else:
            status_as_of = self.status_as_of

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "kind": kind,
                "rome_codes": rome_codes,
                "rome_metiers": rome_metiers,
                "formacodes": formacodes,
                "nsf": nsf,
                "certifiers": certifiers,
                "ccn": ccn,
                "replaces": replaces,
                "replaced_by": replaced_by,
                "blocs": blocs,
                "referential_version": referential_version,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if level is not UNSET:
            field_dict["level"] = level
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if active is not UNSET:
            field_dict["active"] = active
        if status_as_of is not UNSET:
            field_dict["status_as_of"] = status_as_of
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bloc import Bloc  # noqa: PLC0415
        from ..models.certifier import Certifier  # noqa: PLC0415
        from ..models.code_label import CodeLabel  # noqa: PLC0415
        from ..models.metier_summary import MetierSummary  # noqa: PLC0415
        from ..models.rome_v3_link import RomeV3Link  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        kind = CertificationReadKind(d.pop("kind"))

        rome_codes = []
        _rome_codes = d.pop("rome_codes")
        for rome_codes_item_data in _rome_codes:
            rome_codes_item = RomeV3Link.from_dict(rome_codes_item_data)

            rome_codes.append(rome_codes_item)

        rome_metiers = []
        _rome_metiers = d.pop("rome_metiers")
        for rome_metiers_item_data in _rome_metiers:
            rome_metiers_item = MetierSummary.from_dict(rome_metiers_item_data)

            rome_metiers.append(rome_metiers_item)

        formacodes = []
        _formacodes = d.pop("formacodes")
        for formacodes_item_data in _formacodes:
            formacodes_item = CodeLabel.from_dict(formacodes_item_data)

            formacodes.append(formacodes_item)

        nsf = []
        _nsf = d.pop("nsf")
        for nsf_item_data in _nsf:
            nsf_item = CodeLabel.from_dict(nsf_item_data)

            nsf.append(nsf_item)

        certifiers = []
        _certifiers = d.pop("certifiers")
        for certifiers_item_data in _certifiers:
            certifiers_item = Certifier.from_dict(certifiers_item_data)

            certifiers.append(certifiers_item)

        ccn = []
        _ccn = d.pop("ccn")
        for ccn_item_data in _ccn:
            ccn_item = CodeLabel.from_dict(ccn_item_data)

            ccn.append(ccn_item)

        replaces = cast(list[str], d.pop("replaces"))

        replaced_by = cast(list[str], d.pop("replaced_by"))

        blocs = []
        _blocs = d.pop("blocs")
        for blocs_item_data in _blocs:
            blocs_item = Bloc.from_dict(blocs_item_data)

            blocs.append(blocs_item)

        referential_version = d.pop("referential_version")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_abbreviation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abbreviation = _parse_abbreviation(d.pop("abbreviation", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_status_as_of(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_as_of_type_0 = datetime.date.fromisoformat(data)

                return status_as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        status_as_of = _parse_status_as_of(d.pop("status_as_of", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        certification_read = cls(
            number=number,
            kind=kind,
            rome_codes=rome_codes,
            rome_metiers=rome_metiers,
            formacodes=formacodes,
            nsf=nsf,
            certifiers=certifiers,
            ccn=ccn,
            replaces=replaces,
            replaced_by=replaced_by,
            blocs=blocs,
            referential_version=referential_version,
            title=title,
            level=level,
            abbreviation=abbreviation,
            active=active,
            status_as_of=status_as_of,
            end_date=end_date,
        )

        certification_read.additional_properties = d
        return certification_read

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
