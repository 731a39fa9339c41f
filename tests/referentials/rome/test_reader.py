"""The ROME CSV reader: official layout in, clean rows out, precise errors on bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from referentials.rome.reader import ReferentialFileError, find_rome_dir, read_rome
from tests.builders.rome import default_fixture, write_rome_export


@pytest.fixture
def export(tmp_path: Path) -> Path:
    write_rome_export(tmp_path)
    return find_rome_dir(tmp_path)


class TestReadRome:
    def test_reads_every_fiche_appellation_and_skill(self, export: Path) -> None:
        dataset = read_rome(export)
        fixture = default_fixture()
        assert dataset.version == "460"
        assert len(dataset.metiers) == len(fixture.fiches)
        assert len(dataset.appellations) == sum(len(f.appellations) for f in fixture.fiches)
        assert len(dataset.skills) == len(fixture.competences) + len(fixture.savoirs)

    def test_skill_types_follow_the_official_categories(self, export: Path) -> None:
        types = {s["code"]: s["type"] for s in read_rome(export).skills}
        assert types["100001"] == "savoir_faire"
        assert types["300001"] == "savoir_etre"
        assert types["200001"] == "savoir"

    def test_core_skills_come_from_coeur_metier(self, export: Path) -> None:
        links = {(x["code_rome"], x["skill_code"]): x for x in read_rome(export).metier_skills}
        assert links[("G1803", "100001")]["core"] is True
        assert links[("G1803", "100004")]["core"] is False

    def test_doubled_apostrophes_of_the_texte_file_are_undone(self, export: Path) -> None:
        metiers = {m["code_rome"]: m for m in read_rome(export).metiers}
        assert metiers["G1602"]["definition"] == "Prépare les plats d'un restaurant."

    def test_checksum_is_stable_and_changes_with_content(self, export: Path) -> None:
        first = read_rome(export).checksum
        assert read_rome(export).checksum == first
        path = export / "unix_referentiel_code_rome_v460_utf8.csv"
        path.write_text(path.read_text(encoding="utf-8").replace("Personnel de salle", "Salle"))
        assert read_rome(export).checksum != first

    def test_unknown_rome_code_in_links_is_reported_not_dropped_silently(
        self, export: Path
    ) -> None:
        path = export / "unix_liens_rome_referentiels_v460_utf8.csv"
        with path.open("a", encoding="utf-8") as handle:
            handle.write('"Z9999","5","1","100001"\n')
        assert read_rome(export).unknown_codes == {"link.code_rome": ["Z9999"]}


class TestBadFiles:
    def test_missing_file_is_named(self, export: Path) -> None:
        (export / "unix_referentiel_savoir_v460_utf8.csv").unlink()
        with pytest.raises(ReferentialFileError, match="unix_referentiel_savoir_v460_utf8.csv"):
            read_rome(export)

    def test_truncated_line_names_file_and_line(self, export: Path) -> None:
        path = export / "unix_referentiel_appellation_v460_utf8.csv"
        with path.open("a", encoding="utf-8") as handle:
            handle.write('"99999","Truncated"\n')
        with pytest.raises(ReferentialFileError, match=r"appellation_v460_utf8\.csv, line 14"):
            read_rome(export)

    def test_file_not_in_utf8_is_refused(self, export: Path) -> None:
        path = export / "unix_referentiel_code_rome_v460_utf8.csv"
        path.write_bytes(path.read_text(encoding="utf-8").encode("iso-8859-15"))
        with pytest.raises(ReferentialFileError, match="not UTF-8"):
            read_rome(export)

    def test_missing_column_is_named(self, export: Path) -> None:
        path = export / "unix_referentiel_code_rome_v460_utf8.csv"
        path.write_text(path.read_text(encoding="utf-8").replace("libelle_rome", "label"))
        with pytest.raises(ReferentialFileError, match="libelle_rome"):
            read_rome(export)

    def test_directory_without_export_is_refused(self, tmp_path: Path) -> None:
        with pytest.raises(ReferentialFileError, match="no ROME export"):
            find_rome_dir(tmp_path)


class TestFicheDetails:
    def test_work_contexts_are_linked_through_bloc_6(self, export: Path) -> None:
        dataset = read_rome(export)
        linked = {(c["code_rome"], c["context_code"]) for c in dataset.metier_contexts}
        assert linked == {("G1803", "23374"), ("G1803", "23375"), ("G1602", "23374")}

    def test_mobilites_keep_their_order(self, export: Path) -> None:
        mobilites = read_rome(export).mobilites
        assert {(m["code_rome"], m["target_code_rome"], m["position"]) for m in mobilites} == {
            ("G1803", "G1602", 1),
            ("G1602", "G1803", 1),
        }

    def test_naf_file_in_iso_8859_15_is_read_despite_its_name(self, export: Path) -> None:
        naf = [f for f in read_rome(export).facets if f["kind"] == "naf"]
        assert {f["label"] for f in naf} == {"Restauration et débits de boissons"}

    def test_riasec_profile_lands_on_the_fiche(self, export: Path) -> None:
        metiers = {m["code_rome"]: m for m in read_rome(export).metiers}
        assert (metiers["G1803"]["riasec_major"], metiers["G1803"]["riasec_minor"]) == ("S", "E")
        assert metiers["G1602"]["riasec_minor"] is None

    def test_skills_tree_is_joined_by_label_whatever_the_apostrophe(self, export: Path) -> None:
        skills = {s["code"]: s for s in read_rome(export).skills}
        assert skills["100004"]["enjeu"] == "Vente"  # "d'une" in ROME, "d’une" in the tree
        assert skills["100001"]["domain"] == "Relation client"
        assert skills["100009"]["enjeu"] is None

    def test_unknown_mobilite_target_is_reported(self, export: Path) -> None:
        path = export / "unix_rubrique_mobilite_v460_utf8.csv"
        with path.open("a", encoding="utf-8") as handle:
            handle.write('"G1803","Z0001","2"\n')
        assert read_rome(export).unknown_codes == {"mobilite.code_rome": ["Z0001"]}
