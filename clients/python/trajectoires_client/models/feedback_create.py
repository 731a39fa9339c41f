from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion_kind import SuggestionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback_create_profile_type_0 import FeedbackCreateProfileType0


T = TypeVar("T", bound="FeedbackCreate")


@_attrs_define
class FeedbackCreate:
    """One verdict on one suggestion, as a front end reports it.

    Attributes:
        kind (SuggestionKind): What was suggested; it says which referential `target_id` belongs to.
        target_id (str): Id of the suggested item: ROME code, appellation code, skill `code_ogr`, offer id or training
            id.
        relevant (bool): Whether the person found the suggestion relevant.
        rank (int | None | Unset): 1-based position at which it was shown.
        score (float | None | Unset): Score shown with it, if any.
        context_id (None | str | Unset): Request id or front-end session id: groups the verdicts on one list of
            suggestions.
        profile (FeedbackCreateProfileType0 | None | Unset): The profile that was matched, as free JSON (20000 bytes at
            most once serialised).
        comment (None | str | Unset): What the person said about it, if anything.
    """

    kind: SuggestionKind
    target_id: str
    relevant: bool
    rank: int | None | Unset = UNSET
    score: float | None | Unset = UNSET
    context_id: None | str | Unset = UNSET
    profile: FeedbackCreateProfileType0 | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.feedback_create_profile_type_0 import FeedbackCreateProfileType0  # noqa: PLC0415

        kind = self.kind.value

        target_id = self.target_id

        relevant = self.relevant

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        context_id: None | str | Unset
        if isinstance(self.context_id, Unset):
            context_id = UNSET
        else:
            context_id = self.context_id

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, FeedbackCreateProfileType0):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "target_id": target_id,
                "relevant": relevant,
            }
        )
        if rank is not UNSET:
            field_dict["rank"] = rank
        if score is not UNSET:
            field_dict["score"] = score
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if profile is not UNSET:
            field_dict["profile"] = profile
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_create_profile_type_0 import FeedbackCreateProfileType0  # noqa: PLC0415

        d = dict(src_dict)
        kind = SuggestionKind(d.pop("kind"))

        target_id = d.pop("target_id")

        relevant = d.pop("relevant")

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_context_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context_id = _parse_context_id(d.pop("context_id", UNSET))

        def _parse_profile(data: object) -> FeedbackCreateProfileType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = FeedbackCreateProfileType0.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackCreateProfileType0 | None | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        feedback_create = cls(
            kind=kind,
            target_id=target_id,
            relevant=relevant,
            rank=rank,
            score=score,
            context_id=context_id,
            profile=profile,
            comment=comment,
        )

        feedback_create.additional_properties = d
        return feedback_create

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
