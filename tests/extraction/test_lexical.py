"""Skill labels found by their words, whatever the grammar of the wording."""

from __future__ import annotations

import pytest

from extraction.extract.lexical import SkillMatcher, tokenize, variants

LABELS = [
    ("1", "Accueillir les clients"),
    ("2", "Procédures d'encaissement"),
    ("3", "Techniques de mise en rayon"),
    ("4", "Système Hazard Analysis Critical Control Point (HACCP)"),
    ("5", "Chariots automoteurs de manutention à conducteur porté (CACES R 389)"),
    ("6", "Entretenir, nettoyer un espace, un lieu, un local"),
    ("7", "Réaliser la traite"),
    ("8", "Comptabilité"),
    ("9", "Préparer les commandes en entrepôt"),
]


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(LABELS)


def codes(matcher: SkillMatcher, text: str) -> list[str]:
    return [m.code for m in matcher.match([tokenize(text)])[0]]


class TestVariants:
    def test_a_savoir_is_also_said_without_its_generic_head(self) -> None:
        assert len(variants("3", "Techniques de mise en rayon")) == 2

    def test_the_acronym_in_parentheses_is_a_variant_said_as_is(self) -> None:
        found = variants("4", "Système Hazard Analysis Critical Control Point (HACCP)")
        assert [v.roots for v in found if v.exact] == [("haccp",)]


class TestSkillMatcher:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("accueil des clients", "1"),
            ("Vous accueillez la clientèle", "1"),
            ("encaissement", "2"),
            ("mise en rayon des produits", "3"),
            ("Respect des normes HACCP", "4"),
            ("CACES R489 catégorie 3 exigé", "5"),
            ("nettoyage des locaux", "6"),
            ("Comptabilité générale", "8"),
            ("préparation de commandes dans notre entrepôt", "9"),
        ],
    )
    def test_finds_the_label_whatever_the_wording(
        self, matcher: SkillMatcher, text: str, code: str
    ) -> None:
        assert code in codes(matcher, text)

    @pytest.mark.parametrize(
        "text",
        [
            "traitement des dossiers",
            "la commande publique",
            "un client",
            "local commercial à louer",
        ],
    )
    def test_a_word_shared_by_chance_is_not_a_match(self, matcher: SkillMatcher, text: str) -> None:
        assert codes(matcher, text) == []

    def test_words_far_apart_do_not_make_a_label(self, matcher: SkillMatcher) -> None:
        text = "accueil du public, puis en fin de journée et après la fermeture, les clients"
        assert "1" not in codes(matcher, text)

    def test_evidence_spans_the_words_said(self, matcher: SkillMatcher) -> None:
        text = "Missions : l'accueil des clients au comptoir"
        [found] = [m for m in matcher.match([tokenize(text)])[0] if m.code == "1"]
        assert text[found.start : found.end] == "accueil des clients"
        assert found.coverage == 1.0

    def test_each_unit_gets_its_own_matches(self, matcher: SkillMatcher) -> None:
        units = [tokenize("accueil des clients"), tokenize("rien à voir"), []]
        assert [[m.code for m in found] for found in matcher.match(units)] == [["1"], [], []]
