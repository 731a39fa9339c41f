"""Job-offer contract: the neutral format's rules and the France Travail v2 mapping."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from shared.contracts.offers import (
    ContractType,
    InvalidFranceTravailOffer,
    OfferIn,
    WorkingTime,
    from_france_travail,
)
from shared.errors import AppError
from shared.settings import CommonSettings


def make_ft_offer(**overrides: Any) -> dict[str, Any]:
    """A minimal France Travail v2 offer; keyword arguments replace or add top-level fields."""
    offer: dict[str, Any] = {
        "id": "193FKBM",
        "intitule": "Vendeur / Vendeuse en prêt-à-porter",
        "description": "Accueil, conseils clients, encaissement.",
        "dateCreation": "2025-05-31T14:14:44.737Z",
        "romeCode": "D1214",
        "typeContrat": "CDI",
        "dureeTravailLibelle": "35H Travail en journée",
        "dureeTravailLibelleConverti": "Temps plein",
        "alternance": False,
        "lieuTravail": {
            "libelle": "07 - ST DIDIER SOUS AUBENAS",
            "latitude": "44.611641",
            "longitude": "4.414721",
            "codePostal": "07200",
            "commune": "07229",
        },
        "entreprise": {"nom": "WAS"},
        "origineOffre": {"urlOrigine": "https://candidat.francetravail.fr/offres/193FKBM"},
        "contexteTravail": {"horaires": ["35H Travail en journée"]},
    }
    offer.update(overrides)
    return offer


def make_offer_in(**overrides: Any) -> dict[str, Any]:
    """A valid neutral-format payload; keyword arguments replace fields."""
    payload: dict[str, Any] = {
        "id": "p-1",
        "title": "Serveur",
        "description": "Service en salle.",
        "created_at": "2025-05-01T08:00:00Z",
    }
    payload.update(overrides)
    return payload


class TestFromFranceTravail:
    def test_a_complete_offer_maps_every_field(self) -> None:
        offer = from_france_travail(make_ft_offer())
        assert offer.id == "193FKBM"
        assert offer.title.startswith("Vendeur")
        assert offer.rome_code == "D1214"
        assert offer.contract_type is ContractType.CDI
        assert offer.working_time is WorkingTime.full_time
        assert offer.hours_per_week == 35
        assert (offer.night_work, offer.weekend_work, offer.sunday_work) == (None, None, None)
        assert offer.place.commune == "07229"
        assert offer.place.postcode == "07200"
        assert offer.place.departement == "07"
        assert offer.place.region == "84"
        assert offer.place.latitude == pytest.approx(44.611641)
        assert offer.place.longitude == pytest.approx(4.414721)
        assert offer.created_at.year == 2025
        assert offer.employer == "WAS"
        assert offer.url == "https://candidat.francetravail.fr/offres/193FKBM"

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"typeContrat": "CDD"}, ContractType.CDD),
            ({"typeContrat": "MIS"}, ContractType.MIS),
            ({"typeContrat": "SAI"}, ContractType.SAI),
            ({"typeContrat": "LIB"}, ContractType.LIB),
            ({"typeContrat": "DDI"}, ContractType.CDD),
            ({"typeContrat": "FRA"}, ContractType.other),
            ({"typeContrat": None}, ContractType.other),
            ({"typeContrat": "CDD", "alternance": True}, ContractType.alternance),
        ],
    )
    def test_contract_codes_map_to_contract_types(
        self, fields: dict[str, Any], expected: ContractType
    ) -> None:
        assert from_france_travail(make_ft_offer(**fields)).contract_type is expected

    @pytest.mark.parametrize(
        ("libelle", "converti", "working_time", "hours"),
        [
            ("35H Travail en journée", "Temps plein", WorkingTime.full_time, 35.0),
            ("24H Horaires normaux", "Temps partiel", WorkingTime.part_time, 24.0),
            ("temps partiel - 7H30 Autre", None, WorkingTime.part_time, 7.5),
            ("36H45 Autre", "Temps plein", WorkingTime.full_time, 36.75),
            (None, None, WorkingTime.unknown, None),
        ],
    )
    def test_working_time_and_hours_come_from_the_duration_labels(
        self, libelle: str | None, converti: str | None, working_time: WorkingTime, hours: float
    ) -> None:
        offer = from_france_travail(
            make_ft_offer(dureeTravailLibelle=libelle, dureeTravailLibelleConverti=converti)
        )
        assert offer.working_time is working_time
        assert offer.hours_per_week == hours

    @pytest.mark.parametrize(
        ("horaires", "expected"),
        [
            (["Travail de nuit"], (True, None, None)),
            (["Travail le samedi"], (None, True, None)),
            (["Travail le dimanche"], (None, True, True)),
            (["Travail les week-ends"], (None, True, None)),
            (["35H Travail en journée", "Travail de nuit", "Travail le dimanche"], (True,) * 3),
            ([], (None, None, None)),
        ],
    )
    def test_schedules_are_true_when_stated_and_unknown_otherwise(
        self, horaires: list[str], expected: tuple[bool | None, ...]
    ) -> None:
        offer = from_france_travail(make_ft_offer(contexteTravail={"horaires": horaires}))
        assert (offer.night_work, offer.weekend_work, offer.sunday_work) == expected

    def test_night_work_in_the_duration_label_counts(self) -> None:
        offer = from_france_travail(
            make_ft_offer(dureeTravailLibelle="35H Travail de nuit", contexteTravail={})
        )
        assert offer.night_work is True

    def test_weekend_in_the_exercise_condition_counts(self) -> None:
        offer = from_france_travail(make_ft_offer(conditionExercice="1 week end sur 2"))
        assert offer.weekend_work is True
        assert offer.sunday_work is None

    @pytest.mark.parametrize(
        ("lieu", "departement", "region"),
        [
            ({"commune": "07229", "libelle": "07 - AUBENAS"}, "07", "84"),
            ({"commune": "2A004", "libelle": "2A - AJACCIO"}, "2A", "94"),
            ({"commune": "97411", "libelle": "974 - ST DENIS"}, "974", "04"),
            ({"libelle": "971 - POINTE A PITRE"}, "971", "01"),
            ({"libelle": "07 - ST PERAY"}, "07", "84"),
            ({"libelle": "Auvergne-Rhône-Alpes"}, None, None),
            ({}, None, None),
        ],
    )
    def test_departement_comes_from_the_commune_or_else_the_label(
        self, lieu: dict[str, str], departement: str | None, region: str | None
    ) -> None:
        place = from_france_travail(make_ft_offer(lieuTravail=lieu)).place
        assert (place.departement, place.region) == (departement, region)

    def test_unreadable_or_missing_coordinates_become_null(self) -> None:
        lieu = {"commune": "07229", "latitude": "n/a"}
        place = from_france_travail(make_ft_offer(lieuTravail=lieu)).place
        assert (place.latitude, place.longitude) == (None, None)

    @pytest.mark.parametrize("field", ["id", "intitule", "description", "dateCreation"])
    def test_a_missing_required_field_is_refused_by_name(self, field: str) -> None:
        raw = make_ft_offer()
        del raw[field]
        with pytest.raises(InvalidFranceTravailOffer, match=field) as caught:
            from_france_travail(raw)
        assert isinstance(caught.value, ValueError)
        assert isinstance(caught.value, AppError)
        assert caught.value.status_code == 422

    def test_an_empty_description_is_refused(self) -> None:
        with pytest.raises(InvalidFranceTravailOffer, match="description"):
            from_france_travail(make_ft_offer(description=""))


class TestOfferIn:
    def test_a_minimal_offer_defaults_to_unknowns(self) -> None:
        offer = OfferIn.model_validate(make_offer_in())
        assert offer.contract_type is ContractType.other
        assert offer.working_time is WorkingTime.unknown
        assert offer.night_work is None
        assert offer.place.departement is None

    @pytest.mark.parametrize("code", ["Z1234", "D121", "D12345", "1214D"])
    def test_a_bad_rome_code_is_refused(self, code: str) -> None:
        with pytest.raises(ValidationError, match="rome_code"):
            OfferIn.model_validate(make_offer_in(rome_code=code))

    @pytest.mark.parametrize(
        "place",
        [
            {"latitude": 200},
            {"longitude": -181},
            {"departement": "7"},
            {"commune": "7229"},
            {"postcode": "ABCDE"},
        ],
    )
    def test_an_impossible_place_is_refused(self, place: dict[str, Any]) -> None:
        with pytest.raises(ValidationError, match="place"):
            OfferIn.model_validate(make_offer_in(place=place))

    @pytest.mark.parametrize(
        "fields",
        [{"contract_type": "interim"}, {"working_time": "half"}, {"hours_per_week": 0}],
    )
    def test_values_outside_the_enums_and_ranges_are_refused(self, fields: dict[str, Any]) -> None:
        with pytest.raises(ValidationError):
            OfferIn.model_validate(make_offer_in(**fields))

    def test_every_field_is_documented(self) -> None:
        schema = OfferIn.model_json_schema()
        undocumented = [
            f"{model}.{name}"
            for model, definition in [("OfferIn", schema), *schema["$defs"].items()]
            for name, field in definition.get("properties", {}).items()
            if not field.get("description")
        ]
        assert undocumented == []


def _dept07_offers() -> list[dict[str, Any]]:
    """The real département 07 offers, or a skip when the data directory is absent."""
    data_dir = CommonSettings().referential_dir
    path = Path(data_dir or "/nonexistent") / "offers/francetravail_offres_dept07_2025-05_dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class TestFranceTravailRealOffers:
    def test_every_dept07_offer_converts_and_lies_in_ardeche(self) -> None:
        offers = [from_france_travail(raw) for raw in _dept07_offers()]
        assert len(offers) == 150
        assert {offer.place.departement for offer in offers} == {"07"}
        assert all(offer.rome_code for offer in offers)
        assert all(offer.working_time is not WorkingTime.unknown for offer in offers)
        assert all(offer.hours_per_week for offer in offers)
        contracts = Counter(offer.contract_type.value for offer in offers)
        night = sum(bool(offer.night_work) for offer in offers)
        weekend = sum(bool(offer.weekend_work) for offer in offers)
        sunday = sum(bool(offer.sunday_work) for offer in offers)
        print(f"contracts={dict(contracts)} night={night} weekend={weekend} sunday={sunday}")
        assert contracts[ContractType.alternance.value] == 1
