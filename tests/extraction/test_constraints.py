"""Reading the work constraints a French text states or refuses, with evidence that slices back."""

from __future__ import annotations

import pytest

from extraction.extract.constraints import find_constraints
from shared.contracts.constraints import ConstraintKind, Polarity

K = ConstraintKind
POS, NEG = Polarity.positive, Polarity.negative

Found = tuple[ConstraintKind, Polarity, str | None, str]


def _found(text: str, *, kind: ConstraintKind | None = None) -> list[Found]:
    """(kind, polarity, value, evidence) in reading order, checking every offset on the way."""
    constraints = find_constraints(text)
    for constraint in constraints:
        evidence = constraint.evidence
        assert text[evidence.start : evidence.end] == evidence.text
    return [
        (c.kind, c.polarity, c.value, c.evidence.text)
        for c in constraints
        if kind is None or c.kind == kind
    ]


class TestNightWork:
    @pytest.mark.parametrize(
        ("text", "polarity", "evidence"),
        [
            ("je veux pas travailler la nuit", NEG, "je veux pas travailler la nuit"),
            ("Je n'ai rien contre le travail de nuit", POS, "rien contre le travail de nuit"),
            (
                "Pas de problème pour travailler de nuit",
                POS,
                "Pas de problème pour travailler de nuit",
            ),
            ("Horaires de nuit", POS, "Horaires de nuit"),
            ("Disponible uniquement en journée", NEG, "uniquement en journée"),
            ("je ne peux travailler qu'en journée", NEG, "qu'en journée"),
            ("Le travail de nuit est exclu", NEG, "travail de nuit est exclu"),
            ("Je préfère éviter le travail de nuit", NEG, "éviter le travail de nuit"),
            ("j'aimerais arrêter les nuits", NEG, "arrêter les nuits"),
            ("je suis dispo pr les nuits", POS, "dispo pr les nuits"),
            ("J'ai travaillé de nuit pendant 5 ans", POS, "travaillé de nuit"),
            ("La nuit, je ne peux pas", NEG, "La nuit, je ne peux pas"),
            ("Travail de nuit : non", NEG, "Travail de nuit : non"),
            ("jpeux pas la nuit", NEG, "jpeux pas la nuit"),
            ("Le travail de nuit ne me gêne pas", POS, "travail de nuit ne me gêne pas"),
            ("Veilleur de nuit de 2015 à 2020", POS, "Veilleur de nuit"),
            ("Opérateur de production en 3x8", POS, "3x8"),
            ("ok pour les 3x8", POS, "ok pour les 3x8"),
        ],
    )
    def test_reads_night_work_with_its_polarity(
        self, text: str, polarity: Polarity, evidence: str
    ) -> None:
        assert _found(text, kind=K.night_work) == [(K.night_work, polarity, None, evidence)]

    @pytest.mark.parametrize("text", ["je refuse les 3x8", "Pas de 3x8"])
    def test_three_shifts_count_only_when_accepted(self, text: str) -> None:
        assert _found(text) == []


class TestWeekendWork:
    @pytest.mark.parametrize(
        ("text", "polarity", "evidence"),
        [
            ("ok pr le we", POS, "ok pr le we"),
            ("Travail le week-end : oui", POS, "Travail le week-end : oui"),
            ("je bosse pas le we", NEG, "je bosse pas le we"),
            ("dispo tous les jours sauf le week-end", NEG, "sauf le week-end"),
            ("Disponible du lundi au samedi", POS, "Disponible du lundi au samedi"),
            ("Disponible du lundi au vendredi uniquement", NEG, "du lundi au vendredi uniquement"),
            ("Je ne suis plus disponible le samedi", NEG, "Je ne suis plus disponible le samedi"),
            ("Horaires variables incluant les week-ends", POS, "week-ends"),
            ("Jours de repos : samedi", NEG, "repos : samedi"),
            ("jsuis dispo la semaine et le samedi", POS, "dispo la semaine et le samedi"),
            ("Je suis prêt·e à travailler le week-end", POS, "prêt·e à travailler le week-end"),
            ("Pas de week-end travaillé.", NEG, "Pas de week-end travaillé"),
        ],
    )
    def test_reads_weekend_work_with_its_polarity(
        self, text: str, polarity: Polarity, evidence: str
    ) -> None:
        assert _found(text, kind=K.weekend_work) == [(K.weekend_work, polarity, None, evidence)]


class TestSundayWork:
    @pytest.mark.parametrize(
        ("text", "polarity", "evidence"),
        [
            ("Travail le dimanche", POS, "Travail le dimanche"),
            (
                "Hors de question de travailler le dimanche",
                NEG,
                "Hors de question de travailler le dimanche",
            ),
            ("dimanche jamais", NEG, "dimanche jamais"),
            ("Pas dispo les jours fériés", NEG, "Pas dispo les jours fériés"),
            (
                "Je ne suis pas contre le travail le dimanche",
                POS,
                "Je ne suis pas contre le travail le dimanche",
            ),
            ("le dimanche je ne travaille pas", NEG, "dimanche je ne travaille pas"),
            ("PAS DE TRAVAIL LE DIMANCHE", NEG, "PAS DE TRAVAIL LE DIMANCHE"),
        ],
    )
    def test_reads_sunday_work_with_its_polarity(
        self, text: str, polarity: Polarity, evidence: str
    ) -> None:
        assert _found(text, kind=K.sunday_work) == [(K.sunday_work, polarity, None, evidence)]

    def test_sundays_and_public_holidays_are_one_constraint(self) -> None:
        text = "Disponible·s les dimanches et jours fériés"
        assert _found(text) == [(K.sunday_work, POS, None, text)]


class TestWorkingTime:
    @pytest.mark.parametrize(
        ("text", "kind", "polarity", "evidence"),
        [
            ("Temps partiel 24h", K.part_time, POS, "Temps partiel"),
            ("24h par semaine", K.part_time, POS, "24h par semaine"),
            (
                "Je souhaite travailler à mi-temps",
                K.part_time,
                POS,
                "Je souhaite travailler à mi-temps",
            ),
            ("Poste à 80 %", K.part_time, POS, "Poste à 80 %"),
            (
                "Je ne cherche pas de temps partiel",
                K.part_time,
                NEG,
                "Je ne cherche pas de temps partiel",
            ),
            ("pas de temps plein pour l'instant", K.full_time, NEG, "pas de temps plein"),
            ("je cherche du temps plein 35h", K.full_time, POS, "je cherche du temps plein 35h"),
            ("Contrat CDI : 35h", K.full_time, POS, "35h"),
            ("Horaires : 39h/semaine", K.full_time, POS, "39h/semaine"),
        ],
    )
    def test_reads_part_and_full_time(
        self, text: str, kind: ConstraintKind, polarity: Polarity, evidence: str
    ) -> None:
        assert _found(text, kind=kind) == [(kind, polarity, None, evidence)]

    def test_clock_times_are_not_weekly_hours(self) -> None:
        assert _found("Ouvert 24h/24, accueil de 9h à 17h") == []


class TestRemoteWork:
    @pytest.mark.parametrize(
        ("text", "polarity", "evidence"),
        [
            ("Télétravail 2 jours par semaine", POS, "Télétravail"),
            ("Pas de télétravail", NEG, "Pas de télétravail"),
            ("télétravail impossible dans mon métier", NEG, "télétravail impossible"),
            ("Full remote", POS, "Full remote"),
            ("Mode hybride, 2 jours sur site", POS, "Mode hybride"),
            ("je veux bosser à distance", POS, "je veux bosser à distance"),
            ("Je préfère un poste 100% en présentiel", NEG, "100% en présentiel"),
        ],
    )
    def test_reads_remote_work(self, text: str, polarity: Polarity, evidence: str) -> None:
        assert _found(text, kind=K.remote_work) == [(K.remote_work, polarity, None, evidence)]


class TestDrivingLicence:
    @pytest.mark.parametrize(
        ("text", "polarity", "value", "evidence"),
        [
            ("Permis B exigé", POS, "B", "Permis B exigé"),
            ("sans permis", NEG, "B", "sans permis"),
            ("j'ai le permis", POS, "B", "permis"),
            ("permis poids lourd", POS, "C", "permis poids lourd"),
            ("permis VL", POS, "B", "permis VL"),
            ("Permis EB", POS, "BE", "Permis EB"),
            ("permis B96", POS, "B", "permis B96"),
            ("Permis D en cours d'obtention", NEG, "D", "Permis D en cours"),
            ("je passe le permis C en juin", NEG, "C", "passe le permis C"),
            ("j'ai passé mon permis l'an dernier", POS, "B", "permis"),
            ("mon permis est suspendu", NEG, "B", "permis est suspendu"),
            ("Permis PL en cours de validité", POS, "C", "Permis PL"),
            ("Titulaire du permis de conduire", POS, "B", "Titulaire du permis de conduire"),
            ("Permis B : oui", POS, "B", "Permis B : oui"),
        ],
    )
    def test_reads_licence_category_and_polarity(
        self, text: str, polarity: Polarity, value: str, evidence: str
    ) -> None:
        assert _found(text, kind=K.driving_licence) == [
            (K.driving_licence, polarity, value, evidence)
        ]

    def test_lists_every_category(self) -> None:
        assert _found("Permis C et CE, FIMO à jour") == [
            (K.driving_licence, POS, "C", "Permis C et CE"),
            (K.driving_licence, POS, "CE", "Permis C et CE"),
        ]

    def test_only_the_last_listed_category_is_pending(self) -> None:
        assert _found("Permis B et C en cours") == [
            (K.driving_licence, POS, "B", "Permis B et C"),
            (K.driving_licence, NEG, "C", "Permis B et C en cours"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Cela m'a permis de progresser",
            "Permis de séjour en cours",
            "CACES R489 catégories 1, 3 et 5",
            "permis cariste",
        ],
    )
    def test_other_permits_and_the_verb_are_no_licence(self, text: str) -> None:
        assert _found(text) == []


class TestVehicle:
    @pytest.mark.parametrize(
        ("text", "polarity", "evidence"),
        [
            ("Je suis véhiculée", POS, "véhiculée"),
            ("non véhiculé", NEG, "non véhiculé"),
            ("j'ai pas de voiture", NEG, "j'ai pas de voiture"),
            ("Je n'ai pas de moyen de locomotion", NEG, "Je n'ai pas de moyen de locomotion"),
            ("Véhicule : non", NEG, "Véhicule : non"),
            ("Permis B + véhicule exigé", POS, "véhicule exigé"),
            ("Véhiculé(e), permis B", POS, "Véhiculé(e)"),
        ],
    )
    def test_reads_having_a_vehicle(self, text: str, polarity: Polarity, evidence: str) -> None:
        assert _found(text, kind=K.vehicle) == [(K.vehicle, polarity, None, evidence)]

    @pytest.mark.parametrize(
        "text",
        [
            "Vente de véhicules d'occasion",
            "Véhicule hybride",
            "Savoir véhiculer une image positive",
        ],
    )
    def test_vehicles_as_a_trade_are_not_the_persons(self, text: str) -> None:
        assert _found(text) == []


class TestMobilityRadius:
    @pytest.mark.parametrize(
        ("text", "polarity", "value", "evidence"),
        [
            ("Mobile dans un rayon de 30 km", POS, "30", "rayon de 30 km"),
            ("jusqu'à 50 kilomètres de chez moi", POS, "50", "50 kilomètres de chez moi"),
            ("30 km max", POS, "30", "30 km max"),
            ("Pas plus de 20 km", POS, "20", "Pas plus de 20 km"),
            ("je peux me déplacer jusqu'à 40 km", POS, "40", "jusqu'à 40 km"),
            ("mobile sur toute la France", POS, "national", "mobile sur toute la France"),
            ("Mobilité nationale", POS, "national", "Mobilité nationale"),
            ("je ne suis pas mobile", NEG, None, "je ne suis pas mobile"),
        ],
    )
    def test_reads_radius_in_km_or_national(
        self, text: str, polarity: Polarity, value: str | None, evidence: str
    ) -> None:
        assert _found(text, kind=K.mobility_radius) == [
            (K.mobility_radius, polarity, value, evidence)
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "pas plus de 20 minutes de chez moi",
            "Poste situé à 15 km de Lyon",
            "Développeur d'applications mobiles",
            "Nous sommes présents partout en France",
        ],
    )
    def test_minutes_places_and_company_reach_are_left_out(self, text: str) -> None:
        assert _found(text) == []


class TestContractType:
    @pytest.mark.parametrize(
        ("text", "polarity", "value", "evidence"),
        [
            ("CDI", POS, "CDI", "CDI"),
            ("contrat à durée indéterminée", POS, "CDI", "contrat à durée indéterminée"),
            ("Je ne veux plus de CDD", NEG, "CDD", "Je ne veux plus de CDD"),
            ("pas d'intérim", NEG, "interim", "pas d'intérim"),
            ("Type de contrat : Intérim", POS, "interim", "Intérim"),
            (
                "je cherche une alternance",
                POS,
                "alternance",
                "je cherche une alternance",
            ),
            (
                "Je suis en recherche d'un contrat d'apprentissage",
                POS,
                "alternance",
                "recherche d'un contrat d'apprentissage",
            ),
            ("Recherche stage de 6 mois", POS, "stage", "Recherche stage"),
            ("Pas de stage", NEG, "stage", "Pas de stage"),
            ("Auto-entrepreneur depuis 2018", POS, "independant", "Auto-entrepreneur"),
            ("je suis freelance", POS, "independant", "freelance"),
            ("Contrat saisonnier", POS, "saisonnier", "Contrat saisonnier"),
        ],
    )
    def test_reads_contract_types(
        self, text: str, polarity: Polarity, value: str, evidence: str
    ) -> None:
        assert _found(text, kind=K.contract_type) == [(K.contract_type, polarity, value, evidence)]

    def test_seasonal_fixed_term_is_both(self) -> None:
        assert _found("CDD saisonnier") == [
            (K.contract_type, POS, "CDD", "CDD"),
            (K.contract_type, POS, "saisonnier", "CDD saisonnier"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Stage de 2 mois chez Renault (2019)",
            "apprentissage de l'anglais",
            "je travaille de manière indépendante",
            "Clientèle étrangère en pleine saison",
            "Supervision des équipes de saisonniers",
        ],
    )
    def test_words_that_only_look_like_contracts_are_ignored(self, text: str) -> None:
        assert _found(text) == []


class TestPhysicalEffort:
    @pytest.mark.parametrize(
        ("text", "polarity", "value", "evidence"),
        [
            (
                "Je ne peux pas porter de charges lourdes",
                NEG,
                "port_de_charges",
                "Je ne peux pas porter de charges lourdes",
            ),
            ("RQTH : pas de port de charges", NEG, "port_de_charges", "pas de port de charges"),
            ("j'ai des problèmes de dos", NEG, "port_de_charges", "problèmes de dos"),
            ("pas de problème de dos", POS, "port_de_charges", "pas de problème de dos"),
            (
                "porter des charges lourdes ne me dérange pas",
                POS,
                "port_de_charges",
                "porter des charges lourdes ne me dérange pas",
            ),
            (
                "Station debout prolongée impossible",
                NEG,
                "station_debout",
                "Station debout prolongée impossible",
            ),
            (
                "Je ne peux pas rester debout longtemps",
                NEG,
                "station_debout",
                "Je ne peux pas rester debout longtemps",
            ),
            ("J'ai le vertige", NEG, "travail_en_hauteur", "vertige"),
            ("je n'ai pas le vertige", POS, "travail_en_hauteur", "je n'ai pas le vertige"),
            ("Travail en hauteur", POS, "travail_en_hauteur", "Travail en hauteur"),
            (
                "Je ne supporte pas les gestes répétitifs",
                NEG,
                "gestes_repetitifs",
                "Je ne supporte pas les gestes répétitifs",
            ),
            ("canal carpien opéré", NEG, "gestes_repetitifs", "canal carpien"),
        ],
    )
    def test_reads_efforts_a_person_can_or_cannot_make(
        self, text: str, polarity: Polarity, value: str, evidence: str
    ) -> None:
        assert _found(text, kind=K.physical_effort) == [
            (K.physical_effort, polarity, value, evidence)
        ]

    @pytest.mark.parametrize(
        "text", ["Savoir prendre de la hauteur", "Prise en charge à hauteur de 50 % des frais"]
    )
    def test_figurative_heights_are_ignored(self, text: str) -> None:
        assert _found(text) == []


class TestPolarityScope:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "je veux pas travailler la nuit ni le dimanche j'ai pas le permis",
                [
                    (K.night_work, NEG, None, "je veux pas travailler la nuit"),
                    (K.sunday_work, NEG, None, "ni le dimanche"),
                    (K.driving_licence, NEG, "B", "j'ai pas le permis"),
                ],
            ),
            (
                "pas de nuit mais ok pour le week-end",
                [
                    (K.night_work, NEG, None, "pas de nuit"),
                    (K.weekend_work, POS, None, "ok pour le week-end"),
                ],
            ),
            (
                "je suis pas dispo le week-end par contre la nuit ça me dérange pas",
                [
                    (K.weekend_work, NEG, None, "je suis pas dispo le week-end"),
                    (K.night_work, POS, None, "la nuit ça me dérange pas"),
                ],
            ),
            (
                "la nuit non le week-end oui",
                [
                    (K.night_work, NEG, None, "la nuit non"),
                    (K.weekend_work, POS, None, "week-end oui"),
                ],
            ),
            (
                "Le week-end, pas possible, la nuit oui",
                [
                    (K.weekend_work, NEG, None, "week-end, pas possible"),
                    (K.night_work, POS, None, "la nuit oui"),
                ],
            ),
            (
                "je veux bien travailler le samedi mais pas le dimanche et pas la nuit non plus",
                [
                    (K.weekend_work, POS, None, "je veux bien travailler le samedi"),
                    (K.sunday_work, NEG, None, "pas le dimanche"),
                    (K.night_work, NEG, None, "pas la nuit"),
                ],
            ),
            (
                "ni nuit ni week-end",
                [(K.night_work, NEG, None, "ni nuit"), (K.weekend_work, NEG, None, "ni week-end")],
            ),
            (
                "Je ne peux pas porter de charges lourdes, rester debout longtemps",
                [
                    (
                        K.physical_effort,
                        NEG,
                        "port_de_charges",
                        "Je ne peux pas porter de charges lourdes",
                    ),
                    (
                        K.physical_effort,
                        NEG,
                        "station_debout",
                        "Je ne peux pas porter de charges lourdes, rester debout longtemps",
                    ),
                ],
            ),
            (
                "Je ne peux pas travailler la nuit, je suis véhiculé",
                [
                    (K.night_work, NEG, None, "Je ne peux pas travailler la nuit"),
                    (K.vehicle, POS, None, "véhiculé"),
                ],
            ),
            (
                "je n'ai pas le permis et je travaille de nuit",
                [
                    (K.driving_licence, NEG, "B", "je n'ai pas le permis"),
                    (K.night_work, POS, None, "travaille de nuit"),
                ],
            ),
            (
                "J'ai le permis B, je ne peux pas me déplacer loin",
                [(K.driving_licence, POS, "B", "permis B")],
            ),
            (
                "je ne suis pas véhiculé mais j'ai le permis",
                [
                    (K.vehicle, NEG, None, "je ne suis pas véhiculé"),
                    (K.driving_licence, POS, "B", "permis"),
                ],
            ),
            (
                "CDI ou CDD, pas d'intérim",
                [
                    (K.contract_type, POS, "CDI", "CDI"),
                    (K.contract_type, POS, "CDD", "CDD"),
                    (K.contract_type, NEG, "interim", "pas d'intérim"),
                ],
            ),
            (
                "Travail en semaine, weekend et jours fériés",
                [
                    (K.weekend_work, POS, None, "weekend"),
                    (K.sunday_work, POS, None, "jours fériés"),
                ],
            ),
            ("j'ai pas mal travaillé de nuit", [(K.night_work, POS, None, "travaillé de nuit")]),
            (
                "Je suis disponible tout le temps, sauf le dimanche",
                [(K.sunday_work, NEG, None, "sauf le dimanche")],
            ),
        ],
    )
    def test_negation_stays_in_its_clause(self, text: str, expected: list[Found]) -> None:
        assert _found(text) == expected

    def test_each_kind_and_value_is_reported_once_with_the_strongest_evidence(self) -> None:
        text = "Pas de travail de nuit. Je ne veux pas travailler la nuit."
        assert _found(text) == [(K.night_work, NEG, None, "Je ne veux pas travailler la nuit")]

    @pytest.mark.parametrize(
        "text",
        [
            "Formation continue le samedi matin",
            "Je fais du foot le dimanche",
            "je ne fais pas de sport le dimanche",
            "Mon fils est né un dimanche",
            "Dimanche Dupont, infirmière",
            "bonne nuit",
            "Nuitée d'hôtel offerte",
            "formation à distance",
            "Passionnée de randonnée le week-end",
        ],
    )
    def test_days_and_nights_outside_work_say_nothing(self, text: str) -> None:
        assert _found(text) == []


class TestOffsets:
    def test_curly_apostrophes_and_accents_keep_original_offsets(self) -> None:
        text = "Je n’ai pas le permis, et les week‑ends c’est non"
        assert _found(text) == [
            (K.driving_licence, NEG, "B", "Je n’ai pas le permis"),
            (K.weekend_work, NEG, None, "week‑ends c’est non"),
        ]

    def test_ligatures_before_a_phrase_do_not_shift_it(self) -> None:
        text = "Cœur de métier : travail de nuit accepté"
        assert _found(text) == [(K.night_work, POS, None, "travail de nuit accepté")]

    def test_decomposed_accents_slice_back(self) -> None:
        text = "Je suis ve\u0301hicule\u0301"
        assert _found(text) == [(K.vehicle, POS, None, "ve\u0301hicule\u0301")]

    def test_inclusive_endings_stay_in_the_evidence(self) -> None:
        text = "Véhiculé·e et disponible le samedi"
        assert _found(text) == [
            (K.vehicle, POS, None, "Véhiculé·e"),
            (K.weekend_work, POS, None, "disponible le samedi"),
        ]

    def test_lines_of_a_cv_point_into_the_whole_text(self) -> None:
        text = (
            "MARTINE DUPONT\nAide-soignante\nPermis B – véhiculée\n\nDISPONIBILITÉS\n"
            "Pas de travail le dimanche. Mobilité : 30 km max.\n"
            "Loisirs : randonnée le week-end, chorale le samedi."
        )
        assert _found(text) == [
            (K.driving_licence, POS, "B", "Permis B"),
            (K.vehicle, POS, None, "véhiculée"),
            (K.sunday_work, NEG, None, "Pas de travail le dimanche"),
            (K.mobility_radius, POS, "30", "30 km max"),
        ]

    def test_answer_index_is_copied_into_every_evidence(self) -> None:
        constraints = find_constraints("Pas de nuit, permis B", answer=4)
        assert [c.evidence.answer for c in constraints] == [4, 4]

    def test_empty_text_has_no_constraint(self) -> None:
        assert find_constraints("") == []
