"""The RNCP readers: official layouts and their gotchas in, clean rows out, precise errors."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from referentials.certifications.files import find_certification_files
from referentials.certifications.reader import CertificationDataset, read_certifications
from referentials.rome.reader import ReferentialFileError
from tests.builders.certifications import write_certification_export

LINKS = Path("rncp/export_2026_02_01")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_certification_export(tmp_path)
    return tmp_path


def _read(root: Path) -> CertificationDataset:
    return read_certifications(find_certification_files(root))


def _by_number(root: Path) -> dict[str, dict[str, object]]:
    return {str(c["number"]): c for c in _read(root).certifications}


class TestFindFiles:
    def test_version_is_the_export_date_of_the_link_tables(self, root: Path) -> None:
        assert find_certification_files(root).version == "2026-02-01"

    def test_newest_export_wins(self, root: Path) -> None:
        shutil.copytree(root / LINKS, root / "rncp/export_2026_03_01")
        for path in (root / "rncp/export_2026_03_01").iterdir():
            path.rename(path.with_name(path.name.replace("2026_02_01", "2026_03_01")))
        assert find_certification_files(root).version == "2026-03-01"

    def test_missing_link_file_is_named(self, root: Path) -> None:
        (root / LINKS / "export_fiches_CSV_Nsf_2026_02_01.csv").unlink()
        with pytest.raises(ReferentialFileError, match="export_fiches_CSV_Nsf_2026_02_01.csv"):
            find_certification_files(root)

    def test_no_export_at_all_is_an_error(self, tmp_path: Path) -> None:
        with pytest.raises(ReferentialFileError, match="no RNCP export"):
            find_certification_files(tmp_path)


class TestLinkExport:
    def test_doubled_apostrophes_are_undone(self, root: Path) -> None:
        names = {row["siret"]: row["name"] for row in _read(root).certifiers}
        assert names["11004401300040"] == "MINISTERE DE L'EDUCATION NATIONALE"

    def test_the_tab_before_each_siret_is_stripped(self, root: Path) -> None:
        assert {row["siret"] for row in _read(root).certifiers} == {
            "11004401300040",
            "13000548100010",
            "12345678900012",
        }

    def test_rome_codes_stay_the_v3_codes_given(self, root: Path) -> None:
        links = {(r["number"], r["code_rome"]) for r in _read(root).rome}
        assert ("RNCP35000", "G1801") in links

    def test_the_three_ccn_columns_become_one_link_each(self, root: Path) -> None:
        codes = {(r["number"], r["code"]) for r in _read(root).ccn}
        assert codes == {("RNCP34567", "1979"), ("RNCP34567", "2264")}

    def test_old_and_new_columns_give_one_succession_each(self, root: Path) -> None:
        pairs = {(r["old_number"], r["new_number"]) for r in _read(root).successions}
        assert pairs == {("RNCP492", "RNCP34567"), ("RNCP35000", "RNCP36000")}

    def test_fiches_no_kit_knows_have_no_title(self, root: Path) -> None:
        fiche = _by_number(root)["RS5678"]
        assert (fiche["kind"], fiche["title"], fiche["level"]) == ("RS", None, None)


class TestBlocs:
    def test_labels_are_stripped_and_kept_on_one_line(self, root: Path) -> None:
        labels = {b["code"]: b["label"] for b in _read(root).blocs}
        assert labels["RNCP34567BC01"] == "Organiser la production culinaire"
        assert labels["RNCP34567BC02"] == "Préparer les entrées, les plats et les desserts"

    def test_exam_units_of_national_diplomas_are_noted(self, root: Path) -> None:
        blocs = {b["code"]: b for b in _read(root).blocs}
        assert blocs["RNCP34567BC03"]["exam_unit"] == "U31"
        assert blocs["RNCP34567BC03"]["label"] == "U31 : Réalisation d'une production de cuisine"
        assert blocs["RNCP34567BC01"]["exam_unit"] is None


class TestKits:
    def test_cp1252_multi_line_title_of_the_2021_kit_is_decoded(self, root: Path) -> None:
        fiche = _by_number(root)["RNCP35000"]
        assert fiche["title"] == "Employé(e) d’étage Serveur en restauration"
        assert (fiche["level"], fiche["abbreviation"]) == (3, "TP")
        assert fiche["end_date"] == date(2026, 8, 31)

    def test_bom_of_the_2023_kit_does_not_hide_its_first_column(self, root: Path) -> None:
        fiche = _by_number(root)["RNCP38381"]
        assert (fiche["title"], fiche["level"], fiche["abbreviation"]) == ("BANQUE (BTS)", 5, "BTS")
        assert fiche["end_date"] == date(2028, 12, 31)

    def test_newer_kit_wins_over_the_2021_one(self, root: Path) -> None:
        fiche = _by_number(root)["RNCP34567"]
        assert (fiche["title"], fiche["active"]) == ("CUISINE (CAP)", True)
        assert fiche["status_as_of"] == date(2023, 12, 18)
        assert fiche["end_date"] == date(2027, 8, 31)

    def test_rows_without_an_rncp_number_are_reported(self, root: Path) -> None:
        assert _read(root).unknown_codes == {"kit_2023.code_rncp": ["NR"]}

    def test_kits_are_optional(self, root: Path) -> None:
        shutil.rmtree(root / "rncp/kit_apprentissage_v1.4_2021-01")
        shutil.rmtree(root / "rncp/kit_apprentissage_2023-12-18")
        assert all(c["title"] is None for c in _read(root).certifications)


class TestBadFiles:
    def test_truncated_row_names_file_and_line(self, root: Path) -> None:
        with (root / LINKS / "export_fiches_CSV_Rome_2026_02_01.csv").open("a") as handle:
            handle.write('"RNCP1";"G1602"\r\n')
        with pytest.raises(ReferentialFileError, match=r"Rome_2026_02_01.csv, line 7"):
            _read(root)

    def test_unterminated_quote_names_the_file(self, root: Path) -> None:
        with (root / LINKS / "export_fiches_CSV_Nsf_2026_02_01.csv").open("a") as handle:
            handle.write('"RNCP1";"221t";"221t : Cuis')
        with pytest.raises(ReferentialFileError, match=r"Nsf_2026_02_01.csv, line"):
            _read(root)

    def test_utf8_file_that_is_not_utf8_names_the_file(self, root: Path) -> None:
        with (root / LINKS / "export_fiches_CSV_CCN_2026_02_01.csv").open("ab") as handle:
            handle.write('"RNCP1";"1979";"Hôtels";;;;\r\n'.encode("cp1252"))
        with pytest.raises(ReferentialFileError, match=r"CCN_2026_02_01.csv, line 3"):
            _read(root)

    def test_bad_date_names_file_and_line(self, root: Path) -> None:
        path = root / "rncp/kit_apprentissage_2023-12-18/Kit_apprentissage_20231218.csv"
        path.write_text(path.read_text(encoding="utf-8-sig").replace("31/08/2027", "2027-08-31"))
        with pytest.raises(ReferentialFileError, match=r"Kit_apprentissage_20231218.csv, line 4"):
            _read(root)
