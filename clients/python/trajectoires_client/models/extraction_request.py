from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.question_answer import QuestionAnswer


T = TypeVar("T", bound="ExtractionRequest")


@_attrs_define
class ExtractionRequest:
    """
    Attributes:
        kind (DocumentKind):
        title (None | str | Unset): Title (offer title, training name, CV headline).
        text (None | str | Unset): The French text; required unless `kind` is `answers` and `answers` is set.
        answers (list[QuestionAnswer] | None | Unset): For `kind=answers`: the questionnaire, question and answer pairs
            in order. Evidence offsets then refer to one answer, named by its index.
        min_score (float | None | Unset): Lowest skill score returned (default: the calibrated one).
        max_skills (int | None | Unset): Most skills returned (default 30).
    """

    kind: DocumentKind
    title: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    answers: list[QuestionAnswer] | None | Unset = UNSET
    min_score: float | None | Unset = UNSET
    max_skills: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        answers: list[dict[str, Any]] | None | Unset
        if isinstance(self.answers, Unset):
            answers = UNSET
        elif isinstance(self.answers, list):
            answers = []
            for answers_type_0_item_data in self.answers:
                answers_type_0_item = answers_type_0_item_data.to_dict()
                answers.append(answers_type_0_item)

        else:
            answers = self.answers

        min_score: float | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        max_skills: int | None | Unset
        if isinstance(self.max_skills, Unset):
            max_skills = UNSET
        else:
            max_skills = self.max_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if answers is not UNSET:
            field_dict["answers"] = answers
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if max_skills is not UNSET:
            field_dict["max_skills"] = max_skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_answer import QuestionAnswer  # noqa: PLC0415

        d = dict(src_dict)
        kind = DocumentKind(d.pop("kind"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_answers(data: object) -> list[QuestionAnswer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answers_type_0 = []
                _answers_type_0 = data
                for answers_type_0_item_data in _answers_type_0:
                    answers_type_0_item = QuestionAnswer.from_dict(answers_type_0_item_data)

                    answers_type_0.append(answers_type_0_item)

                return answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuestionAnswer] | None | Unset, data)

        answers = _parse_answers(d.pop("answers", UNSET))

        def _parse_min_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_score = _parse_min_score(d.pop("min_score", UNSET))

        def _parse_max_skills(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_skills = _parse_max_skills(d.pop("max_skills", UNSET))

        extraction_request = cls(
            kind=kind,
            title=title,
            text=text,
            answers=answers,
            min_score=min_score,
            max_skills=max_skills,
        )

        extraction_request.additional_properties = d
        return extraction_request

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
