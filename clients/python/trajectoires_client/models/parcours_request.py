from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_type import ContractType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interests import Interests
    from ..models.question_answer import QuestionAnswer
    from ..models.stated_constraint import StatedConstraint
    from ..models.weighted_skill import WeightedSkill
    from ..models.where import Where


T = TypeVar("T", bound="ParcoursRequest")


@_attrs_define
class ParcoursRequest:
    """
    Attributes:
        skills (list[WeightedSkill] | Unset): Skills the person states or ticked.
        text (None | str | Unset): Free text about the person (CV, presentation): its skills are extracted.
        answers (list[QuestionAnswer] | None | Unset): Questionnaire answers: their skills are extracted.
        excluded_skills (list[str] | Unset): Skill codes the person unticked: never counted, even when found in the
            text.
        constraints (list[StatedConstraint] | Unset): Stated constraints; those found in the text are added.
        interests (Interests | None | Unset): Interests, when the person gave them.
        where (None | Unset | Where): Where the person looks.
        contract_types (list[ContractType] | Unset): Contracts accepted; any if empty.
        metiers (int | Unset): How many métiers to detail. Default: 5.
        offers_per_metier (int | Unset): Offers shown per métier. Default: 3.
        trainings_per_metier (int | Unset): Trainings shown per métier. Default: 3.
    """

    skills: list[WeightedSkill] | Unset = UNSET
    text: None | str | Unset = UNSET
    answers: list[QuestionAnswer] | None | Unset = UNSET
    excluded_skills: list[str] | Unset = UNSET
    constraints: list[StatedConstraint] | Unset = UNSET
    interests: Interests | None | Unset = UNSET
    where: None | Unset | Where = UNSET
    contract_types: list[ContractType] | Unset = UNSET
    metiers: int | Unset = 5
    offers_per_metier: int | Unset = 3
    trainings_per_metier: int | Unset = 3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.interests import Interests  # noqa: PLC0415
        from ..models.where import Where  # noqa: PLC0415

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

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

        excluded_skills: list[str] | Unset = UNSET
        if not isinstance(self.excluded_skills, Unset):
            excluded_skills = self.excluded_skills

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = constraints_item_data.to_dict()
                constraints.append(constraints_item)

        interests: dict[str, Any] | None | Unset
        if isinstance(self.interests, Unset):
            interests = UNSET
        elif isinstance(self.interests, Interests):
            interests = self.interests.to_dict()
        else:
            interests = self.interests

        where: dict[str, Any] | None | Unset
        if isinstance(self.where, Unset):
            where = UNSET
        elif isinstance(self.where, Where):
            where = self.where.to_dict()
        else:
            where = self.where

        contract_types: list[str] | Unset = UNSET
        if not isinstance(self.contract_types, Unset):
            contract_types = []
            for contract_types_item_data in self.contract_types:
                contract_types_item = contract_types_item_data.value
                contract_types.append(contract_types_item)

        metiers = self.metiers

        offers_per_metier = self.offers_per_metier

        trainings_per_metier = self.trainings_per_metier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skills is not UNSET:
            field_dict["skills"] = skills
        if text is not UNSET:
            field_dict["text"] = text
        if answers is not UNSET:
            field_dict["answers"] = answers
        if excluded_skills is not UNSET:
            field_dict["excluded_skills"] = excluded_skills
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if interests is not UNSET:
            field_dict["interests"] = interests
        if where is not UNSET:
            field_dict["where"] = where
        if contract_types is not UNSET:
            field_dict["contract_types"] = contract_types
        if metiers is not UNSET:
            field_dict["metiers"] = metiers
        if offers_per_metier is not UNSET:
            field_dict["offers_per_metier"] = offers_per_metier
        if trainings_per_metier is not UNSET:
            field_dict["trainings_per_metier"] = trainings_per_metier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interests import Interests  # noqa: PLC0415
        from ..models.question_answer import QuestionAnswer  # noqa: PLC0415
        from ..models.stated_constraint import StatedConstraint  # noqa: PLC0415
        from ..models.weighted_skill import WeightedSkill  # noqa: PLC0415
        from ..models.where import Where  # noqa: PLC0415

        d = dict(src_dict)
        _skills = d.pop("skills", UNSET)
        skills: list[WeightedSkill] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = WeightedSkill.from_dict(skills_item_data)

                skills.append(skills_item)

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

        excluded_skills = cast(list[str], d.pop("excluded_skills", UNSET))

        _constraints = d.pop("constraints", UNSET)
        constraints: list[StatedConstraint] | Unset = UNSET
        if _constraints is not UNSET:
            constraints = []
            for constraints_item_data in _constraints:
                constraints_item = StatedConstraint.from_dict(constraints_item_data)

                constraints.append(constraints_item)

        def _parse_interests(data: object) -> Interests | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                interests_type_0 = Interests.from_dict(data)

                return interests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Interests | None | Unset, data)

        interests = _parse_interests(d.pop("interests", UNSET))

        def _parse_where(data: object) -> None | Unset | Where:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                where_type_0 = Where.from_dict(data)

                return where_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Where, data)

        where = _parse_where(d.pop("where", UNSET))

        _contract_types = d.pop("contract_types", UNSET)
        contract_types: list[ContractType] | Unset = UNSET
        if _contract_types is not UNSET:
            contract_types = []
            for contract_types_item_data in _contract_types:
                contract_types_item = ContractType(contract_types_item_data)

                contract_types.append(contract_types_item)

        metiers = d.pop("metiers", UNSET)

        offers_per_metier = d.pop("offers_per_metier", UNSET)

        trainings_per_metier = d.pop("trainings_per_metier", UNSET)

        parcours_request = cls(
            skills=skills,
            text=text,
            answers=answers,
            excluded_skills=excluded_skills,
            constraints=constraints,
            interests=interests,
            where=where,
            contract_types=contract_types,
            metiers=metiers,
            offers_per_metier=offers_per_metier,
            trainings_per_metier=trainings_per_metier,
        )

        parcours_request.additional_properties = d
        return parcours_request

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
