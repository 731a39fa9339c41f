"""The label index: French as people type it, best answer first."""

from __future__ import annotations

import pytest

from shared.french.index import LabelIndex, query_terms, stem
from shared.french.text import fold

LABELS = {
    "38281": "Serveur / Serveuse en restauration",
    "38282": "Serveur / Serveuse",
    "11001": "Agent / Agente de service hospitalier (ASH)",
    "11002": "Aide-soignant / Aide-soignante",
    "11003": "Infirmier / Infirmière en hémodialyse",
    "11004": "Opérateur / Opératrice de production",
    "11005": "Développeur / Développeuse web",
    "11006": "Conducteur / Conductrice d'engins de chantier",
    "11007": "Œnologue",
    "11008": "Serrurier / Serrurière",
}


@pytest.fixture(scope="module")
def index() -> LabelIndex:
    return LabelIndex((code, label, []) for code, label in LABELS.items())


def _top(index: LabelIndex, query: str) -> str:
    return LABELS[index.search(query, limit=1)[0].key]


class TestFold:
    def test_case_accents_ligatures_elision_and_punctuation(self) -> None:
        assert fold("L'Œnologue d’Ardèche-Sud") == "oenologue ardeche sud"


class TestStem:
    @pytest.mark.parametrize(
        ("word", "expected"),
        [("serveuse", "serveur"), ("serveurs", "serveur"), ("conductrice", "conducteur"),
         ("infirmiere", "infirmier"), ("techniciennes", "technicien")],
    )  # fmt: skip
    def test_gender_and_number_forms_meet(self, word: str, expected: str) -> None:
        assert stem(word) == expected


class TestQueryTerms:
    def test_offer_title_noise_is_dropped(self) -> None:
        assert query_terms("Serveur H/F - CDI temps plein") == ["serveur"]

    def test_inclusive_writing_is_read_as_one_word(self) -> None:
        assert query_terms("Opérateur·rice de production") == ["operateur", "production"]

    def test_abbreviations_are_expanded(self) -> None:
        assert query_terms("ASH") == ["agent", "servic", "hospitalier"]


class TestSearch:
    def test_feminine_form_finds_the_official_label(self, index: LabelIndex) -> None:
        assert _top(index, "serveuse") == "Serveur / Serveuse"

    def test_exact_label_ranks_before_longer_ones(self, index: LabelIndex) -> None:
        keys = [m.key for m in index.search("serveur", limit=2)]
        assert keys == ["38282", "38281"]

    def test_last_word_is_a_prefix_for_autocomplete(self, index: LabelIndex) -> None:
        assert _top(index, "aide-soi") == "Aide-soignant / Aide-soignante"

    def test_a_typo_is_forgiven(self, index: LabelIndex) -> None:
        assert _top(index, "infirmeire hemodyalise") == "Infirmier / Infirmière en hémodialyse"

    def test_abbreviation_finds_its_profession(self, index: LabelIndex) -> None:
        assert _top(index, "ash") == "Agent / Agente de service hospitalier (ASH)"

    def test_elision_and_ligatures(self, index: LabelIndex) -> None:
        assert _top(index, "conductrice d'engins") == (
            "Conducteur / Conductrice d'engins de chantier"
        )
        assert _top(index, "oenologue") == "Œnologue"

    def test_offer_title_with_marks_finds_its_label(self, index: LabelIndex) -> None:
        assert _top(index, "Développeur.se web (H/F)") == "Développeur / Développeuse web"

    def test_nothing_meaningful_finds_nothing(self, index: LabelIndex) -> None:
        assert index.search("H/F", limit=5) == []
        assert index.search("zzzzqqq", limit=5) == []
