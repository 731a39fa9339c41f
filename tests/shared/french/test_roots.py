"""Roots bring a French verb, its nouns and their gender and number forms together."""

from __future__ import annotations

import pytest

from shared.french import fold
from shared.french.roots import root


def _root(word: str) -> str:
    return root(fold(word))


class TestRoot:
    @pytest.mark.parametrize(
        ("verb", "noun"),
        [
            ("encaisser", "encaissement"),
            ("préparer", "préparations"),
            ("nettoyer", "nettoyage"),
            ("vérifier", "vérification"),
            ("gérer", "gestion"),
            ("accueillir", "accueil"),
            ("livrer", "livraison"),
            ("coordonner", "coordination"),
            ("planifier", "planification"),
            ("souder", "soudure"),
        ],
    )
    def test_a_verb_and_its_noun_share_a_root(self, verb: str, noun: str) -> None:
        assert _root(verb) == _root(noun)

    @pytest.mark.parametrize(
        ("one", "other"),
        [
            ("caissière", "caisse"),
            ("vendeuses", "vente"),
            ("métiers", "métier"),
            ("travaux", "travail"),
        ],
    )
    def test_gender_and_number_forms_share_a_root(self, one: str, other: str) -> None:
        assert _root(one) == _root(other)

    @pytest.mark.parametrize(("one", "other"), [("client", "commande"), ("salle", "salaire")])
    def test_different_words_keep_different_roots(self, one: str, other: str) -> None:
        assert _root(one) != _root(other)

    def test_short_words_are_left_whole(self) -> None:
        assert _root("bus") == "bus"
