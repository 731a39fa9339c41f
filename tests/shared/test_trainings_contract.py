"""Training contract: the neutral format's normalisation rules and its JSON reader."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from shared.contracts.trainings import (
    InvalidTrainingsJson,
    TrainingIn,
    TrainingModality,
    TrainingSession,
    read_trainings_json,
)


def make_training(**overrides: Any) -> dict[str, Any]:
    """A valid neutral-format training payload; keyword arguments replace fields."""
    payload: dict[str, Any] = {"id": "T1", "title": "CAP Cuisine"}
    payload.update(overrides)
    return payload


class TestTrainingIn:
    def test_a_minimal_training_has_empty_lists(self) -> None:
        training = TrainingIn.model_validate(make_training())
        assert training.description == ""
        assert (training.formacodes, training.rncp, training.sessions) == ([], [], [])

    @pytest.mark.parametrize("number", ["12345", "RNCP12345", "RNCP 12345", "rncp12345", " 12345 "])
    def test_rncp_numbers_are_normalised(self, number: str) -> None:
        training = TrainingIn.model_validate(make_training(rncp=[number]))
        assert training.rncp == ["RNCP12345"]

    @pytest.mark.parametrize("number", ["5678", "RS 5678", "rs5678"])
    def test_rs_numbers_are_normalised(self, number: str) -> None:
        assert TrainingIn.model_validate(make_training(rs=[number])).rs == ["RS5678"]

    @pytest.mark.parametrize("number", ["RNCPX", "RS12", "1234567"])
    def test_an_unreadable_rncp_number_is_refused(self, number: str) -> None:
        with pytest.raises(ValidationError):
            TrainingIn.model_validate(make_training(rncp=[number]))

    def test_equivalent_rncp_numbers_are_deduplicated(self) -> None:
        training = TrainingIn.model_validate(make_training(rncp=["474", "RNCP 474", "RNCP38368"]))
        assert training.rncp == ["RNCP474", "RNCP38368"]

    def test_codes_are_stripped_and_deduplicated_in_order(self) -> None:
        training = TrainingIn.model_validate(
            make_training(formacodes=[" 34582", "34076", "34582 ", ""])
        )
        assert training.formacodes == ["34582", "34076"]

    def test_rome_codes_are_upper_cased_before_deduplication(self) -> None:
        training = TrainingIn.model_validate(make_training(rome_codes=["d1402", "D1402 ", "D1403"]))
        assert training.rome_codes == ["D1402", "D1403"]

    @pytest.mark.parametrize("code", ["3458", "3458A", "345821"])
    def test_a_formacode_is_five_digits(self, code: str) -> None:
        with pytest.raises(ValidationError):
            TrainingIn.model_validate(make_training(formacodes=[code]))

    def test_modalities_are_deduplicated(self) -> None:
        training = TrainingIn.model_validate(make_training(modalities=["distance", "distance"]))
        assert training.modalities == [TrainingModality.distance]

    def test_every_field_is_documented_with_an_example(self) -> None:
        schema = TrainingIn.model_json_schema()
        undocumented = [
            f"{model}.{name}"
            for model, definition in [("TrainingIn", schema), *schema["$defs"].items()]
            for name, field in definition.get("properties", {}).items()
            if not field.get("description") or "examples" not in field
        ]
        assert undocumented == []


class TestTrainingSession:
    def test_a_session_ending_before_it_starts_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="before it starts"):
            TrainingSession(start="2026-06-30", end="2025-09-01")

    def test_dates_may_be_unknown(self) -> None:
        session = TrainingSession(start=None, end="2026-06-30")
        assert session.start is None


class TestReadTrainingsJson:
    def test_a_list_of_trainings_is_read(self) -> None:
        data = json.dumps([make_training(id="T1"), make_training(id="T2")]).encode()
        read = read_trainings_json(data)
        assert [training.id for training in read.trainings] == ["T1", "T2"]
        assert read.errors == []

    def test_an_invalid_item_is_an_error_while_its_siblings_are_read(self) -> None:
        items = [make_training(id="T1"), make_training(id="T2", title=""), make_training(id="T3")]
        read = read_trainings_json(json.dumps(items).encode())
        assert [training.id for training in read.trainings] == ["T1", "T3"]
        [error] = read.errors
        assert (error.item, error.position) == ("T2", 2)
        assert error.message.startswith("title:")

    def test_an_item_without_id_is_named_by_its_position(self) -> None:
        read = read_trainings_json(json.dumps([make_training(), {"title": "x"}, 3]).encode())
        assert [(error.item, error.position) for error in read.errors] == [("#2", 2), ("#3", 3)]

    @pytest.mark.parametrize("data", [b"", b"{not json", b"\xff\xfe", b'{"id": "T1"}', b"null"])
    def test_a_document_that_is_not_a_json_list_is_refused(self, data: bytes) -> None:
        with pytest.raises(InvalidTrainingsJson) as caught:
            read_trainings_json(data)
        assert (caught.value.code, caught.value.status_code) == ("invalid_trainings_json", 422)
