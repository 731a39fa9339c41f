"""Reading Formacode V14 and V13 files, with the gotchas of each format."""

from __future__ import annotations

from pathlib import Path

import pytest

from referentials.formacode.reader import ReferentialFileError, read_v13, read_v14
from tests.builders.formacode import Descriptor, write_formacode_v13, write_formacode_v14


def _by_code(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(row["code"]): row for row in rows}


class TestReadV14:
    def test_reads_every_descriptor_with_its_semantic_field(self, formacode_dir: Path) -> None:
        dataset = read_v14(next((formacode_dir / "formacode" / "v14").iterdir()))
        descriptors = _by_code(dataset.descriptors)
        assert (dataset.version, len(descriptors)) == ("14", 7)
        assert descriptors["44051"]["label"] == "Éducation spécialisée"
        assert descriptors["44051"]["semantic_field_code"] == "445"
        assert descriptors["44051"]["semantic_field_label"] == "INGENIERIE FORMATION PEDAGOGIE"

    def test_lists_are_split_on_triple_hash(self, formacode_dir: Path) -> None:
        dataset = read_v14(next((formacode_dir / "formacode" / "v14").iterdir()))
        descriptor = _by_code(dataset.descriptors)["15061"]
        assert descriptor["synonyms"] == [
            "insertion professionnelle",
            "réinsertion professionnelle",
        ]

    def test_related_terms_keep_their_code(self, formacode_dir: Path) -> None:
        descriptor = _by_code(
            read_v14(next((formacode_dir / "formacode" / "v14").iterdir())).descriptors
        )
        assert descriptor["15061"]["generic_term"] == {
            "code": "15054",
            "label": "Développement professionnel et personnel",
        }
        assert descriptor["15054"]["specific_terms"] == [
            {"code": "15061", "label": "Accompagnement vers emploi"}
        ]

    def test_head_of_a_field_has_its_domain_without_code_as_generic_term(
        self, formacode_dir: Path
    ) -> None:
        dataset = read_v14(next((formacode_dir / "formacode" / "v14").iterdir()))
        generic = _by_code(dataset.descriptors)["15054"]["generic_term"]
        assert generic == {
            "code": None,
            "label": "Sciences humaines, langues, pédagogie, information communication",
        }

    def test_multi_line_note_in_a_crlf_file_is_kept_whole(self, formacode_dir: Path) -> None:
        dataset = read_v14(next((formacode_dir / "formacode" / "v14").iterdir()))
        note = _by_code(dataset.descriptors)["15061"]["explanation_note"]
        assert note == "Soutien à la recherche d’emploi ;\nvoir [[TECHNIQUE RECHERCHE EMPLOI]]."

    def test_related_code_absent_from_the_file_is_reported(self, formacode_dir: Path) -> None:
        dataset = read_v14(next((formacode_dir / "formacode" / "v14").iterdir()))
        assert dataset.unknown_codes == {"descriptor.related_code": ["70001"]}

    def test_truncated_file_names_file_and_line(self, tmp_path: Path) -> None:
        path = write_formacode_v14(tmp_path)
        path.write_bytes(path.read_bytes() + b'"15099","SOUDAGE","Soudage"\r\n')
        # physical line: the header, 7 descriptors, one of them on two lines
        with pytest.raises(ReferentialFileError, match=rf"{path.name}, line 10: 3 fields"):
            read_v14(path)

    def test_unclosed_quote_at_the_end_is_an_error(self, tmp_path: Path) -> None:
        path = write_formacode_v14(tmp_path)
        path.write_bytes(path.read_bytes() + b'"15099","SOUDA')
        with pytest.raises(ReferentialFileError, match=path.name):
            read_v14(path)

    def test_another_header_is_refused(self, tmp_path: Path) -> None:
        path = write_formacode_v14(tmp_path)
        path.write_text(path.read_text(encoding="utf-8").replace("Code du Terme", "Code"))
        with pytest.raises(ReferentialFileError, match="line 1: not the V14 header"):
            read_v14(path)


class TestReadV13:
    def test_headerless_rows_are_read_by_position(self, formacode_dir: Path) -> None:
        dataset = read_v13(formacode_dir / "formacode" / "v13" / "FCod.csv")
        descriptors = _by_code(dataset.descriptors)
        assert (dataset.version, len(descriptors)) == ("13", 7)
        assert descriptors["15061"]["synonyms"] == [
            "insertion professionnelle",
            "réinsertion professionnelle",
        ]
        assert descriptors["15061"]["generic_term"] == {
            "code": "15054",
            "label": "DÉVELOPPEMENT PROFESSIONNEL ET PERSONNEL",
        }

    def test_rome_column_becomes_links_to_rome_v3(self, formacode_dir: Path) -> None:
        dataset = read_v13(formacode_dir / "formacode" / "v13" / "FCod.csv")
        links = {(link["code"], link["code_rome"]) for link in dataset.rome_links}
        assert links == {("15061", "K1801"), ("31054", "M1805"), ("31054", "M1810")}

    def test_cp1252_apostrophe_read_as_latin1_is_repaired(self, formacode_dir: Path) -> None:
        dataset = read_v13(formacode_dir / "formacode" / "v13" / "FCod.csv")
        labels = {link["code_rome"]: link["rome_label"] for link in dataset.rome_links}
        assert labels["M1810"] == "Production et exploitation de systèmes d’information"

    def test_row_with_a_missing_column_names_its_line(self, tmp_path: Path) -> None:
        path = write_formacode_v13(tmp_path, [Descriptor(), Descriptor(code="15062")])
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text(lines[0] + lines[1].replace(",A0A0", ""), encoding="utf-8")
        with pytest.raises(ReferentialFileError, match="FCod.csv, line 2: 19 fields, expected 20"):
            read_v13(path)

    def test_rome_item_without_code_is_refused(self, tmp_path: Path) -> None:
        path = write_formacode_v13(tmp_path, [Descriptor(rome_v3=[("Cuisine", "")])])
        with pytest.raises(ReferentialFileError, match="FCod.csv, line 1: 'Cuisine' is not"):
            read_v13(path)
