"""Reading DOCX and ODT: one line per paragraph, list item and table cell, nothing hidden."""

from __future__ import annotations

import pytest

from extraction.documents.errors import CorruptFile, TextTooLong
from extraction.documents.limits import DocumentLimits
from extraction.documents.office import read_docx, read_odt
from tests.extraction.documents.builders import docx_paragraphs, make_docx, make_odt, make_zip

LIMITS = DocumentLimits()


def _docx_text(body: str) -> str:
    return read_docx(make_docx(body), limits=LIMITS)


def _odt_text(body: str) -> str:
    return read_odt(make_odt(body), limits=LIMITS)


def _cell(*lines: str) -> str:
    return f"<w:tc>{docx_paragraphs(*lines)}</w:tc>"


class TestReadDocx:
    def test_paragraphs_become_lines(self) -> None:
        assert _docx_text(docx_paragraphs("Vendeuse", "", "Formation")) == "Vendeuse\n\nFormation"

    def test_runs_of_a_paragraph_are_joined(self) -> None:
        body = "<w:p><w:r><w:t>Vend</w:t></w:r><w:r><w:t xml:space='preserve'>euse à </w:t>"
        body += "</w:r><w:hyperlink><w:r><w:t>Lyon</w:t></w:r></w:hyperlink></w:p>"
        assert _docx_text(body) == "Vendeuse à Lyon"

    def test_tabs_and_breaks_in_runs_are_kept_but_tab_stops_are_not_text(self) -> None:
        body = (
            "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='2000'/></w:tabs></w:pPr>"
            "<w:r><w:t>2019</w:t><w:tab/><w:t>Vendeuse</w:t><w:br/><w:t>Caissière</w:t>"
            "<w:noBreakHyphen/><w:t>hôtesse</w:t></w:r></w:p>"
        )
        assert _docx_text(body) == "2019\tVendeuse\nCaissière-hôtesse"

    def test_list_items_stay_one_per_line(self) -> None:
        item = "<w:p><w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr></w:pPr>"
        body = "".join(
            f"{item}<w:r><w:t>{text}</w:t></w:r></w:p>" for text in ("Accueil", "Caisse")
        )
        assert _docx_text(body) == "Accueil\nCaisse"

    def test_table_cells_become_separate_lines_in_reading_order(self) -> None:
        rows = [("2019-2023", "Vendeuse, Carrefour"), ("2017-2019", "Caissière, Lidl")]
        table = "".join(f"<w:tr>{_cell(date)}{_cell(job)}</w:tr>" for date, job in rows)
        assert _docx_text(f"<w:tbl>{table}</w:tbl>") == (
            "2019-2023\nVendeuse, Carrefour\n2017-2019\nCaissière, Lidl"
        )

    def test_a_cell_of_several_paragraphs_keeps_them_apart(self) -> None:
        table = f"<w:tbl><w:tr>{_cell('Compétences', '', 'Excel')}</w:tr></w:tbl>"
        assert _docx_text(table) == "Compétences\nExcel"

    def test_a_text_box_is_read_once_though_word_stores_it_twice(self) -> None:
        box = "<w:txbxContent>" + docx_paragraphs("Permis B") + "</w:txbxContent>"
        body = (
            "<w:p><w:r><mc:AlternateContent>"
            "<mc:Choice Requires='wps'>"
            f"<w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r><w:r><w:t>Contact</w:t></w:r></w:p>"
        )
        assert _docx_text(body) == "Permis B\nContact"

    def test_deleted_text_and_field_codes_are_not_text(self) -> None:
        body = (
            "<w:p><w:del><w:r><w:delText>Boucher</w:delText></w:r></w:del>"
            "<w:r><w:instrText>HYPERLINK mailto:x</w:instrText></w:r>"
            "<w:ins><w:r><w:t>Boulanger</w:t></w:r></w:ins></w:p>"
        )
        assert _docx_text(body) == "Boulanger"

    def test_strict_ooxml_is_read(self) -> None:
        strict = make_docx(docx_paragraphs("Vendeuse")).replace(
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        )
        assert read_docx(strict, limits=LIMITS) == "Vendeuse"

    def test_text_longer_than_the_limit_is_refused_while_reading(self) -> None:
        body = docx_paragraphs(*["Accueil des clients"] * 50)
        with pytest.raises(TextTooLong):
            read_docx(make_docx(body), limits=DocumentLimits(max_chars=100))

    def test_malformed_xml_is_a_corrupt_file(self) -> None:
        with pytest.raises(CorruptFile):
            _docx_text("<w:p><w:r><w:t>Vendeuse</w:r></w:p>")

    def test_a_docx_without_its_document_part_is_a_corrupt_file(self) -> None:
        with pytest.raises(CorruptFile):
            read_docx(make_zip({"[Content_Types].xml": "<Types/>"}), limits=LIMITS)


class TestReadOdt:
    def test_paragraphs_headings_and_list_items_become_lines(self) -> None:
        body = (
            "<text:h text:outline-level='1'>Expérience</text:h>"
            "<text:p>Vendeuse <text:span>chez</text:span> Carrefour</text:p>"
            "<text:list><text:list-item><text:p>Accueil</text:p></text:list-item>"
            "<text:list-item><text:p>Caisse</text:p></text:list-item></text:list>"
        )
        assert _odt_text(body) == "Expérience\nVendeuse chez Carrefour\nAccueil\nCaisse"

    def test_spaces_tabs_and_line_breaks_are_kept(self) -> None:
        body = (
            "<text:p>2019<text:tab/>Vendeuse<text:line-break/>Caisse<text:s text:c='3'/>x</text:p>"
        )
        assert _odt_text(body) == "2019\tVendeuse\nCaisse   x"

    def test_xml_newlines_inside_a_paragraph_are_spaces(self) -> None:
        assert _odt_text("<text:p>Mise en\n  rayon</text:p>") == "Mise en   rayon"

    def test_table_cells_become_lines(self) -> None:
        body = (
            "<table:table><table:table-row>"
            "<table:table-cell><text:p>2019</text:p></table:table-cell>"
            "<table:table-cell><text:p>Vendeuse</text:p><text:p>Carrefour</text:p></table:table-cell>"
            "</table:table-row></table:table>"
        )
        assert _odt_text(body) == "2019\nVendeuse\nCarrefour"

    def test_text_boxes_are_read_and_comments_and_alt_text_are_not(self) -> None:
        body = (
            "<text:p><draw:frame><svg:title>Photo</svg:title><draw:text-box>"
            "<text:p>Permis B</text:p></draw:text-box></draw:frame>Contact"
            "<office:annotation><dc:creator>RH</dc:creator><text:p>à revoir</text:p>"
            "</office:annotation></text:p>"
        )
        assert _odt_text(body) == "Permis B\nContact"

    def test_tracked_deletions_are_not_text(self) -> None:
        body = (
            "<text:tracked-changes><text:changed-region><text:deletion><text:p>Boucher</text:p>"
            "</text:deletion></text:changed-region></text:tracked-changes><text:p>Boulanger</text:p>"
        )
        assert _odt_text(body) == "Boulanger"
