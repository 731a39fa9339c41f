from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_kind import TrainingKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_ref import SessionRef
    from ..models.skill_ref import SkillRef


T = TypeVar("T", bound="TrainingMatch")


@_attrs_define
class TrainingMatch:
    """
    Attributes:
        id (str): Training id, or the RNCP/RS number of a certification.
        kind (TrainingKind):
        title (str): Its title.
        score (float): How well it closes the gap, in [0, 100].
        gap_covered (list[SkillRef]): Gap skills it teaches.
        leads_to_target (bool): Whether it is linked to the target métier.
        provider (None | str | Unset): Training body, or certifier.
        rncp (list[str] | Unset): RNCP numbers it leads to.
        formacodes (list[str] | Unset): Formacode descriptors.
        level (None | str | Unset): Level reached, when known.
        url (None | str | Unset): Where to read more.
        sessions (list[SessionRef] | Unset): Its sessions, nearest first.
    """

    id: str
    kind: TrainingKind
    title: str
    score: float
    gap_covered: list[SkillRef]
    leads_to_target: bool
    provider: None | str | Unset = UNSET
    rncp: list[str] | Unset = UNSET
    formacodes: list[str] | Unset = UNSET
    level: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    sessions: list[SessionRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        title = self.title

        score = self.score

        gap_covered = []
        for gap_covered_item_data in self.gap_covered:
            gap_covered_item = gap_covered_item_data.to_dict()
            gap_covered.append(gap_covered_item)

        leads_to_target = self.leads_to_target

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        rncp: list[str] | Unset = UNSET
        if not isinstance(self.rncp, Unset):
            rncp = self.rncp

        formacodes: list[str] | Unset = UNSET
        if not isinstance(self.formacodes, Unset):
            formacodes = self.formacodes

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "score": score,
                "gap_covered": gap_covered,
                "leads_to_target": leads_to_target,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if rncp is not UNSET:
            field_dict["rncp"] = rncp
        if formacodes is not UNSET:
            field_dict["formacodes"] = formacodes
        if level is not UNSET:
            field_dict["level"] = level
        if url is not UNSET:
            field_dict["url"] = url
        if sessions is not UNSET:
            field_dict["sessions"] = sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_ref import SessionRef  # noqa: PLC0415
        from ..models.skill_ref import SkillRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = TrainingKind(d.pop("kind"))

        title = d.pop("title")

        score = d.pop("score")

        gap_covered = []
        _gap_covered = d.pop("gap_covered")
        for gap_covered_item_data in _gap_covered:
            gap_covered_item = SkillRef.from_dict(gap_covered_item_data)

            gap_covered.append(gap_covered_item)

        leads_to_target = d.pop("leads_to_target")

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        rncp = cast(list[str], d.pop("rncp", UNSET))

        formacodes = cast(list[str], d.pop("formacodes", UNSET))

        def _parse_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _sessions = d.pop("sessions", UNSET)
        sessions: list[SessionRef] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = SessionRef.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        training_match = cls(
            id=id,
            kind=kind,
            title=title,
            score=score,
            gap_covered=gap_covered,
            leads_to_target=leads_to_target,
            provider=provider,
            rncp=rncp,
            formacodes=formacodes,
            level=level,
            url=url,
            sessions=sessions,
        )

        training_match.additional_properties = d
        return training_match

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
