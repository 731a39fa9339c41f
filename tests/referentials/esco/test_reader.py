"""Reading the French ESCO files and the ESCO ↔ ROME crosswalk."""

from __future__ import annotations

from pathlib import Path

import pytest

from referentials.esco.reader import ReferentialFileError, find_esco_files, read_esco
from tests.builders.esco import OCCUPATION, SKILL, EscoFixture, Occupation, write_esco

SERVEUR = OCCUPATION + "0a1b2c3d-0000-4000-8000-000000000001"


class TestReadEsco:
    def test_alt_labels_are_newline_separated_in_the_official_export(self, esco_dir: Path) -> None:
        occupations = {o["uri"]: o for o in read_esco(find_esco_files(esco_dir)).occupations}
        serveur = occupations[SERVEUR]
        assert serveur["alt_labels"] == ["serveuse", "serveur en restauration", "garçon de café"]
        assert (serveur["code"], serveur["isco_group"]) == ("5131.1", "5131")

    def test_skills_come_from_the_labels_file_and_the_collections(self, esco_dir: Path) -> None:
        skills = {s["uri"]: s for s in read_esco(find_esco_files(esco_dir)).skills}
        assert skills[SKILL + "s-0001"]["alt_labels"] == ["recevoir les clients"]
        assert skills[SKILL + "s-0003"]["alt_labels"] == ["coopérer", "collaborer"]
        assert len(skills) == 3

    def test_crosswalk_is_read_after_its_metadata_lines(self, esco_dir: Path) -> None:
        mappings = read_esco(find_esco_files(esco_dir)).mappings
        serveur = {m["code_ogr"]: m["relation"] for m in mappings if m["occupation_uri"] == SERVEUR}
        assert serveur == {"38281": "exactMatch", "38282": "broadMatch"}

    def test_crosswalk_occupation_missing_from_esco_is_kept_and_reported(
        self, esco_dir: Path
    ) -> None:
        dataset = read_esco(find_esco_files(esco_dir))
        orphan = OCCUPATION + "ffffffff-0000-4000-8000-00000000dead"
        assert dataset.unknown_codes == {"crosswalk.occupation_uri": [orphan]}
        assert orphan in {m["occupation_uri"] for m in dataset.mappings}

    def test_unknown_relation_names_file_and_line(self, tmp_path: Path) -> None:
        fixture = EscoFixture(occupations=[Occupation(rome=[("38281", "Serveur", "skos:related")])])
        write_esco(tmp_path, fixture)
        with pytest.raises(ReferentialFileError, match=r"mapping_esco_rome.csv, line 17:"):
            read_esco(find_esco_files(tmp_path))

    def test_truncated_occupations_file_names_its_line(self, tmp_path: Path) -> None:
        write_esco(tmp_path)
        path = tmp_path / "esco" / "v1.1.1_fr_official" / "occupations_fr.csv"
        path.write_text(path.read_text(encoding="utf-8") + "Occupation,http://data.europa.eu/")
        with pytest.raises(ReferentialFileError, match="occupations_fr.csv, line 1[0-9]: wrong"):
            read_esco(find_esco_files(tmp_path))

    def test_missing_crosswalk_is_an_error(self, tmp_path: Path) -> None:
        write_esco(tmp_path)
        (tmp_path / "esco" / "crosswalk_esco_rome" / "FR_20230607_mapping_esco_rome.csv").unlink()
        with pytest.raises(ReferentialFileError, match="no ESCO ↔ ROME crosswalk"):
            find_esco_files(tmp_path)
