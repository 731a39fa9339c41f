from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appellation_read import AppellationRead
    from ..models.certification_summary import CertificationSummary
    from ..models.facet import Facet
    from ..models.fiche_skill import FicheSkill
    from ..models.formacode_summary import FormacodeSummary
    from ..models.mobilite import Mobilite
    from ..models.riasec_profile import RiasecProfile
    from ..models.work_context import WorkContext


T = TypeVar("T", bound="MetierFicheFull")


@_attrs_define
class MetierFicheFull:
    """
    Attributes:
        code_rome (str): ROME 4.0 code.
        label (str): Fiche label.
        appellations (list[AppellationRead]): Job titles of this fiche.
        skills (list[FicheSkill]): Savoir-faire, savoir-être and savoirs: core first, each with its place in the skills
            tree.
        referential_version (str): ROME version this fiche comes from.
        code_rome_parent (None | str | Unset): The ROME v3 fiche it derives from.
        definition (None | str | Unset): Official definition of the métier.
        access (None | str | Unset): How one enters the métier.
        domain_code (None | str | Unset): Professional domain code.
        domain_label (None | str | Unset): Professional domain label.
        work_contexts (list[WorkContext] | Unset): Schedules, places, conditions.
        mobilites (list[Mobilite] | Unset): Official career moves, in order.
        sectors (list[Facet] | Unset): Activity sub-sectors.
        naf_sectors (list[Facet] | Unset): NAF sectors.
        interests (list[Facet] | Unset): Centres d'intérêt.
        themes (list[Facet] | Unset): Themes.
        riasec (RiasecProfile | Unset):
        formacodes (list[FormacodeSummary] | Unset): Training domains (Formacode) linked to the fiche; empty if not
            imported.
        certifications (list[CertificationSummary] | Unset): First certifications (RNCP/RS) leading to the fiche; empty
            if not imported.
        certifications_next_cursor (None | str | Unset): More certifications: pass as `cursor` to
            `/v1/rome/metiers/{code_rome}/certifications`.
    """

    code_rome: str
    label: str
    appellations: list[AppellationRead]
    skills: list[FicheSkill]
    referential_version: str
    code_rome_parent: None | str | Unset = UNSET
    definition: None | str | Unset = UNSET
    access: None | str | Unset = UNSET
    domain_code: None | str | Unset = UNSET
    domain_label: None | str | Unset = UNSET
    work_contexts: list[WorkContext] | Unset = UNSET
    mobilites: list[Mobilite] | Unset = UNSET
    sectors: list[Facet] | Unset = UNSET
    naf_sectors: list[Facet] | Unset = UNSET
    interests: list[Facet] | Unset = UNSET
    themes: list[Facet] | Unset = UNSET
    riasec: RiasecProfile | Unset = UNSET
    formacodes: list[FormacodeSummary] | Unset = UNSET
    certifications: list[CertificationSummary] | Unset = UNSET
    certifications_next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_rome = self.code_rome

        label = self.label

        appellations = []
        for appellations_item_data in self.appellations:
            appellations_item = appellations_item_data.to_dict()
            appellations.append(appellations_item)

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        referential_version = self.referential_version

        code_rome_parent: None | str | Unset
        if isinstance(self.code_rome_parent, Unset):
            code_rome_parent = UNSET
        else:
            code_rome_parent = self.code_rome_parent

        definition: None | str | Unset
        if isinstance(self.definition, Unset):
            definition = UNSET
        else:
            definition = self.definition

        access: None | str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        else:
            access = self.access

        domain_code: None | str | Unset
        if isinstance(self.domain_code, Unset):
            domain_code = UNSET
        else:
            domain_code = self.domain_code

        domain_label: None | str | Unset
        if isinstance(self.domain_label, Unset):
            domain_label = UNSET
        else:
            domain_label = self.domain_label

        work_contexts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_contexts, Unset):
            work_contexts = []
            for work_contexts_item_data in self.work_contexts:
                work_contexts_item = work_contexts_item_data.to_dict()
                work_contexts.append(work_contexts_item)

        mobilites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mobilites, Unset):
            mobilites = []
            for mobilites_item_data in self.mobilites:
                mobilites_item = mobilites_item_data.to_dict()
                mobilites.append(mobilites_item)

        sectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = []
            for sectors_item_data in self.sectors:
                sectors_item = sectors_item_data.to_dict()
                sectors.append(sectors_item)

        naf_sectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.naf_sectors, Unset):
            naf_sectors = []
            for naf_sectors_item_data in self.naf_sectors:
                naf_sectors_item = naf_sectors_item_data.to_dict()
                naf_sectors.append(naf_sectors_item)

        interests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interests, Unset):
            interests = []
            for interests_item_data in self.interests:
                interests_item = interests_item_data.to_dict()
                interests.append(interests_item)

        themes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = []
            for themes_item_data in self.themes:
                themes_item = themes_item_data.to_dict()
                themes.append(themes_item)

        riasec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.riasec, Unset):
            riasec = self.riasec.to_dict()

        formacodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formacodes, Unset):
            formacodes = []
            for formacodes_item_data in self.formacodes:
                formacodes_item = formacodes_item_data.to_dict()
                formacodes.append(formacodes_item)

        certifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = []
            for certifications_item_data in self.certifications:
                certifications_item = certifications_item_data.to_dict()
                certifications.append(certifications_item)

        certifications_next_cursor: None | str | Unset
        if isinstance(self.certifications_next_cursor, Unset):
            certifications_next_cursor = UNSET
        else:
            certifications_next_cursor = self.certifications_next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_rome": code_rome,
                "label": label,
                "appellations": appellations,
                "skills": skills,
                "referential_version": referential_version,
            }
        )
        if code_rome_parent is not UNSET:
            field_dict["code_rome_parent"] = code_rome_parent
        if definition is not UNSET:
            field_dict["definition"] = definition
        if access is not UNSET:
            field_dict["access"] = access
        if domain_code is not UNSET:
            field_dict["domain_code"] = domain_code
        if domain_label is not UNSET:
            field_dict["domain_label"] = domain_label
        if work_contexts is not UNSET:
            field_dict["work_contexts"] = work_contexts
        if mobilites is not UNSET:
            field_dict["mobilites"] = mobilites
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if naf_sectors is not UNSET:
            field_dict["naf_sectors"] = naf_sectors
        if interests is not UNSET:
            field_dict["interests"] = interests
        if themes is not UNSET:
            field_dict["themes"] = themes
        if riasec is not UNSET:
            field_dict["riasec"] = riasec
        if formacodes is not UNSET:
            field_dict["formacodes"] = formacodes
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if certifications_next_cursor is not UNSET:
            field_dict["certifications_next_cursor"] = certifications_next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appellation_read import AppellationRead  # noqa: PLC0415
        from ..models.certification_summary import CertificationSummary  # noqa: PLC0415
        from ..models.facet import Facet  # noqa: PLC0415
        from ..models.fiche_skill import FicheSkill  # noqa: PLC0415
        from ..models.formacode_summary import FormacodeSummary  # noqa: PLC0415
        from ..models.mobilite import Mobilite  # noqa: PLC0415
        from ..models.riasec_profile import RiasecProfile  # noqa: PLC0415
        from ..models.work_context import WorkContext  # noqa: PLC0415

        d = dict(src_dict)
        code_rome = d.pop("code_rome")

        label = d.pop("label")

        appellations = []
        _appellations = d.pop("appellations")
        for appellations_item_data in _appellations:
            appellations_item = AppellationRead.from_dict(appellations_item_data)

            appellations.append(appellations_item)

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = FicheSkill.from_dict(skills_item_data)

            skills.append(skills_item)

        referential_version = d.pop("referential_version")

        def _parse_code_rome_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_rome_parent = _parse_code_rome_parent(d.pop("code_rome_parent", UNSET))

        def _parse_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        definition = _parse_definition(d.pop("definition", UNSET))

        def _parse_access(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access = _parse_access(d.pop("access", UNSET))

        def _parse_domain_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_code = _parse_domain_code(d.pop("domain_code", UNSET))

        def _parse_domain_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_label = _parse_domain_label(d.pop("domain_label", UNSET))

        _work_contexts = d.pop("work_contexts", UNSET)
        work_contexts: list[WorkContext] | Unset = UNSET
        if _work_contexts is not UNSET:
            work_contexts = []
            for work_contexts_item_data in _work_contexts:
                work_contexts_item = WorkContext.from_dict(work_contexts_item_data)

                work_contexts.append(work_contexts_item)

        _mobilites = d.pop("mobilites", UNSET)
        mobilites: list[Mobilite] | Unset = UNSET
        if _mobilites is not UNSET:
            mobilites = []
            for mobilites_item_data in _mobilites:
                mobilites_item = Mobilite.from_dict(mobilites_item_data)

                mobilites.append(mobilites_item)

        _sectors = d.pop("sectors", UNSET)
        sectors: list[Facet] | Unset = UNSET
        if _sectors is not UNSET:
            sectors = []
            for sectors_item_data in _sectors:
                sectors_item = Facet.from_dict(sectors_item_data)

                sectors.append(sectors_item)

        _naf_sectors = d.pop("naf_sectors", UNSET)
        naf_sectors: list[Facet] | Unset = UNSET
        if _naf_sectors is not UNSET:
            naf_sectors = []
            for naf_sectors_item_data in _naf_sectors:
                naf_sectors_item = Facet.from_dict(naf_sectors_item_data)

                naf_sectors.append(naf_sectors_item)

        _interests = d.pop("interests", UNSET)
        interests: list[Facet] | Unset = UNSET
        if _interests is not UNSET:
            interests = []
            for interests_item_data in _interests:
                interests_item = Facet.from_dict(interests_item_data)

                interests.append(interests_item)

        _themes = d.pop("themes", UNSET)
        themes: list[Facet] | Unset = UNSET
        if _themes is not UNSET:
            themes = []
            for themes_item_data in _themes:
                themes_item = Facet.from_dict(themes_item_data)

                themes.append(themes_item)

        _riasec = d.pop("riasec", UNSET)
        riasec: RiasecProfile | Unset
        if isinstance(_riasec, Unset):
            riasec = UNSET
        else:
            riasec = RiasecProfile.from_dict(_riasec)

        _formacodes = d.pop("formacodes", UNSET)
        formacodes: list[FormacodeSummary] | Unset = UNSET
        if _formacodes is not UNSET:
            formacodes = []
            for formacodes_item_data in _formacodes:
                formacodes_item = FormacodeSummary.from_dict(formacodes_item_data)

                formacodes.append(formacodes_item)

        _certifications = d.pop("certifications", UNSET)
        certifications: list[CertificationSummary] | Unset = UNSET
        if _certifications is not UNSET:
            certifications = []
            for certifications_item_data in _certifications:
                certifications_item = CertificationSummary.from_dict(certifications_item_data)

                certifications.append(certifications_item)

        def _parse_certifications_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certifications_next_cursor = _parse_certifications_next_cursor(d.pop("certifications_next_cursor", UNSET))

        metier_fiche_full = cls(
            code_rome=code_rome,
            label=label,
            appellations=appellations,
            skills=skills,
            referential_version=referential_version,
            code_rome_parent=code_rome_parent,
            definition=definition,
            access=access,
            domain_code=domain_code,
            domain_label=domain_label,
            work_contexts=work_contexts,
            mobilites=mobilites,
            sectors=sectors,
            naf_sectors=naf_sectors,
            interests=interests,
            themes=themes,
            riasec=riasec,
            formacodes=formacodes,
            certifications=certifications,
            certifications_next_cursor=certifications_next_cursor,
        )

        metier_fiche_full.additional_properties = d
        return metier_fiche_full

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
