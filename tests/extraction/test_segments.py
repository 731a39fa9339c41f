"""Cutting French text into units worth embedding."""

from __future__ import annotations

from extraction.extract.segments import segment


def _texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


class TestSegment:
    def test_offsets_slice_back_to_the_unit(self) -> None:
        text = "Missions :\n- Accueil des clients\n• Mise en rayon; encaissement des achats."
        for unit in segment(text):
            assert text[unit.start : unit.end] == unit.text

    def test_bullets_and_lines_are_units(self) -> None:
        text = "- Accueil des clients\n* Mise en rayon des produits\n• Encaissement des achats"
        assert _texts(text) == [
            "Accueil des clients",
            "Mise en rayon des produits",
            "Encaissement des achats",
        ]

    def test_long_enumerations_are_split_on_commas_and_et(self) -> None:
        text = (
            "Vous assurez l'accueil des clients, la prise de commande, le service en salle "
            "et l'encaissement ainsi que la mise en place de la salle avant le service du midi"
        )
        assert _texts(text) == [
            "Vous assurez l'accueil des clients",
            "la prise de commande",
            "le service en salle",
            "l'encaissement",
            "la mise en place de la salle avant le service du midi",
        ]

    def test_short_enumerations_are_kept_whole_and_split(self) -> None:
        assert _texts("Accueil des clients, encaissement et mise en rayon.") == [
            "Accueil des clients, encaissement et mise en rayon",
            "Accueil des clients",
            "encaissement",
            "mise en rayon",
        ]

    def test_abbreviations_with_dots_do_not_cut(self) -> None:
        assert _texts("Titulaire du CACES R.489 cat. 3 exigé") == [
            "Titulaire du CACES R.489 cat. 3 exigé"
        ]

    def test_fragments_too_short_to_mean_anything_are_dropped(self) -> None:
        assert _texts("H/F\n-\nOK") == []

    def test_inclusive_writing_middle_dots_do_not_cut(self) -> None:
        assert _texts("Nous recrutons un·e serveur·euse motivé·e") == [
            "Nous recrutons un·e serveur·euse motivé·e"
        ]
