"""Cleaning extracted text: one kind of space, no ligature, PDF line-end cuts undone."""

from __future__ import annotations

from extraction.documents.cleanup import clean_text


class TestCleanText:
    def test_ligatures_become_letters(self) -> None:
        assert clean_text("ﬁnance, ﬂux, eﬀectif, aﬃchage") == "finance, flux, effectif, affichage"

    def test_odd_spaces_become_one_space(self) -> None:
        assert clean_text("Permis\u00a0B\u202f:  10\u2009000\t€") == "Permis B : 10 000 €"

    def test_line_breaks_are_kept_and_blank_runs_shrink_to_one(self) -> None:
        text = "Vendeuse  \r\n  Caissière\r\n\r\n\r\n\n  Formation\rBTS"
        assert clean_text(text) == "Vendeuse\nCaissière\n\nFormation\nBTS"

    def test_control_and_icon_font_characters_are_dropped(self) -> None:
        assert clean_text("\uf095 06 12\x00 34\u200b56") == "06 12 3456"

    def test_decomposed_accents_are_composed(self) -> None:
        assert clean_text("Expe\u0301rience") == "Expérience"

    def test_soft_hyphens_disappear(self) -> None:
        assert clean_text("compé\u00adtences") == "compétences"


class TestCleanPdfText:
    def test_a_word_cut_at_a_line_end_is_joined(self) -> None:
        assert clean_text("des compé-\ntences clés", from_pdf=True) == "des compétences clés"

    def test_a_soft_hyphen_cut_is_joined(self) -> None:
        assert clean_text("manuten\u00ad\ntion", from_pdf=True) == "manutention"

    def test_a_compound_cut_at_its_hyphen_keeps_it(self) -> None:
        text = "rez-de-\nchaussée, sous-\ntraitance, peut-\nêtre"
        assert clean_text(text, from_pdf=True) == "rez-de-chaussée, sous-traitance, peut-être"

    def test_a_hyphen_before_a_capital_is_left_alone(self) -> None:
        assert clean_text("Saint-\nÉtienne", from_pdf=True) == "Saint-\nÉtienne"

    def test_letter_spaced_headings_are_closed_up(self) -> None:
        text = "C O M P É T E N C E S\nà y a la"
        assert clean_text(text, from_pdf=True) == "COMPÉTENCES\nà y a la"

    def test_other_texts_keep_line_end_hyphens(self) -> None:
        assert clean_text("compé-\ntences") == "compé-\ntences"
