from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.formacode_rome_v3_link import FormacodeRomeV3Link
    from ..models.formacode_term import FormacodeTerm


T = TypeVar("T", bound="FormacodeRead")


@_attrs_define
class FormacodeRead:
    """
    Attributes:
        code (str): Formacode code (5 digits).
        label (str): Descriptor label.
        semantic_field_code (None | str): Semantic field (champ sémantique) code: the first 3 digits of the code.
        semantic_field_label (None | str): Semantic field label, upper case as published.
        synonyms (list[str]): Synonyms (non-preferred terms) of the descriptor.
        job_synonyms (list[str]): Job titles that lead to this descriptor.
        generic_term (FormacodeTerm | None): TG: the broader descriptor.
        specific_terms (list[FormacodeTerm]): TS: narrower descriptors.
        related_terms (list[FormacodeTerm]): TA: associated descriptors.
        explanation_note (None | str): NE: what the descriptor means. `[[TERM]] 12345` cites another descriptor.
        application_note (None | str): NA: when to index a training with it. `[[TERM]] 12345` cites another one.
        tree_code (str): Position in the semantic-field tree; two characters per level.
        rome_v3 (list[FormacodeRomeV3Link]): ROME v3 fiches linked to the same code in Formacode V13 (V14 has no ROME
            links); empty when V13 has none or was not imported.
        referential_version (str): Formacode version, e.g. `14`.
    """

    code: str
    label: str
    semantic_field_code: None | str
    semantic_field_label: None | str
    synonyms: list[str]
    job_synonyms: list[str]
    generic_term: FormacodeTerm | None
    specific_terms: list[FormacodeTerm]
    related_terms: list[FormacodeTerm]
    explanation_note: None | str
    application_note: None | str
    tree_code: str
    rome_v3: list[FormacodeRomeV3Link]
    referential_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.formacode_term import FormacodeTerm  # noqa: PLC0415

        code = self.code

        label = self.label

        semantic_field_code: None | str
        semantic_field_code = self.semantic_field_code

        semantic_field_label: None | str
        semantic_field_label = self.semantic_field_label

        synonyms = self.synonyms

        job_synonyms = self.job_synonyms

        generic_term: dict[str, Any] | None
        if isinstance(self.generic_term, FormacodeTerm):
            generic_term = self.generic_term.to_dict()
        else:
            generic_term = self.generic_term

        specific_terms = []
        for specific_terms_item_data in self.specific_terms:
            specific_terms_item = specific_terms_item_data.to_dict()
            specific_terms.append(specific_terms_item)

        related_terms = []
        for related_terms_item_data in self.related_terms:
            related_terms_item = related_terms_item_data.to_dict()
            related_terms.append(related_terms_item)

        explanation_note: None | str
        explanation_note = self.explanation_note

        application_note: None | str
        application_note = self.application_note

        tree_code = self.tree_code

        rome_v3 = []
        for rome_v3_item_data in self.rome_v3:
            rome_v3_item = rome_v3_item_data.to_dict()
            rome_v3.append(rome_v3_item)

        referential_version = self.referential_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "semantic_field_code": semantic_field_code,
                "semantic_field_label": semantic_field_label,
                "synonyms": synonyms,
                "job_synonyms": job_synonyms,
                "generic_term": generic_term,
                "specific_terms": specific_terms,
                "related_terms": related_terms,
                "explanation_note": explanation_note,
                "application_note": application_note,
                "tree_code": tree_code,
                "rome_v3": rome_v3,
                "referential_version": referential_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formacode_rome_v3_link import FormacodeRomeV3Link  # noqa: PLC0415
        from ..models.formacode_term import FormacodeTerm  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        def _parse_semantic_field_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        semantic_field_code = _parse_semantic_field_code(d.pop("semantic_field_code"))

        def _parse_semantic_field_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        semantic_field_label = _parse_semantic_field_label(d.pop("semantic_field_label"))

        synonyms = cast(list[str], d.pop("synonyms"))

        job_synonyms = cast(list[str], d.pop("job_synonyms"))

        def _parse_generic_term(data: object) -> FormacodeTerm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generic_term_type_0 = FormacodeTerm.from_dict(data)

                return generic_term_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FormacodeTerm | None, data)

        generic_term = _parse_generic_term(d.pop("generic_term"))

        specific_terms = []
        _specific_terms = d.pop("specific_terms")
        for specific_terms_item_data in _specific_terms:
            specific_terms_item = FormacodeTerm.from_dict(specific_terms_item_data)

            specific_terms.append(specific_terms_item)

        related_terms = []
        _related_terms = d.pop("related_terms")
        for related_terms_item_data in _related_terms:
            related_terms_item = FormacodeTerm.from_dict(related_terms_item_data)

            related_terms.append(related_terms_item)

        def _parse_explanation_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explanation_note = _parse_explanation_note(d.pop("explanation_note"))

        def _parse_application_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_note = _parse_application_note(d.pop("application_note"))

        tree_code = d.pop("tree_code")

        rome_v3 = []
        _rome_v3 = d.pop("rome_v3")
        for rome_v3_item_data in _rome_v3:
            rome_v3_item = FormacodeRomeV3Link.from_dict(rome_v3_item_data)

            rome_v3.append(rome_v3_item)

        referential_version = d.pop("referential_version")

        formacode_read = cls(
            code=code,
            label=label,
            semantic_field_code=semantic_field_code,
            semantic_field_label=semantic_field_label,
            synonyms=synonyms,
            job_synonyms=job_synonyms,
            generic_term=generic_term,
            specific_terms=specific_terms,
            related_terms=related_terms,
            explanation_note=explanation_note,
            application_note=application_note,
            tree_code=tree_code,
            rome_v3=rome_v3,
            referential_version=referential_version,
        )

        formacode_read.additional_properties = d
        return formacode_read

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
