"""Read the French ESCO files and the official ESCO ↔ ROME crosswalk into plain rows.

Occupations come from the official v1.1.1 export (codes, descriptions); skills from the
labels file of every v1.1.1 skill (no official ``skills_fr.csv`` here), completed by the
official skill collections.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from referentials.csvfiles import ReferentialFileError, Row
from shared.french.text import fold

__all__ = ["EscoDataset", "ReferentialFileError", "find_esco_files", "read_esco"]

VERSION = "1.1.1"
OCCUPATIONS = "v1.1.1_fr_official/occupations_fr.csv"
SKILL_LABELS = "fr_labels_api_2026-08/skills_fr.csv"
SKILL_COLLECTIONS = "v1.1.1_fr_official/*SkillsCollection_fr.csv"
CROSSWALK = "crosswalk_esco_rome/FR_*_mapping_esco_rome.csv"
CROSSWALK_HEADER = [
    "classification 1 ID",
    "classification 1 prefered label",
    "classification 2 ID",
    "classification 2 prefered label",
    "mapping relation",
]
RELATIONS = {"skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch"}


@dataclass
class EscoFiles:
    occupations: Path
    skill_labels: Path
    skill_collections: list[Path]
    crosswalk: Path

    def all(self) -> list[Path]:
        return [self.occupations, self.skill_labels, *self.skill_collections, self.crosswalk]


@dataclass
class EscoDataset:
    checksum: str
    version: str = VERSION
    occupations: list[Row] = field(default_factory=list)
    skills: list[Row] = field(default_factory=list)
    mappings: list[Row] = field(default_factory=list)
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)

    def report_unknown(self, key: str, code: str) -> None:
        self.unknown_codes.setdefault(key, []).append(code)


def find_esco_files(root: Path) -> EscoFiles:
    """The ESCO files under ``root/esco`` (or ``root`` itself); all but collections required."""
    base = root / "esco" if (root / "esco").is_dir() else root
    crosswalks = sorted(base.glob(CROSSWALK))
    if not crosswalks:
        raise ReferentialFileError(f"no ESCO ↔ ROME crosswalk ({CROSSWALK}) in {base}")
    files = EscoFiles(
        occupations=base / OCCUPATIONS,
        skill_labels=base / SKILL_LABELS,
        skill_collections=sorted(base.glob(SKILL_COLLECTIONS)),
        crosswalk=crosswalks[-1],
    )
    for path in (files.occupations, files.skill_labels):
        if not path.is_file():
            raise ReferentialFileError(f"missing file {path.name} in {path.parent}")
    return files


def checksum(files: EscoFiles) -> str:
    digest = hashlib.sha256()
    for path in files.all():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def records(path: Path, required: list[str], *, skip: int = 0) -> Iterator[tuple[int, Row]]:
    """Rows after ``skip`` lines, keyed by the header, with their line; errors name both."""
    with path.open(encoding="utf-8", newline="") as handle:
        for _ in range(skip):
            handle.readline()
        reader = csv.DictReader(handle, strict=True)
        try:
            missing = set(required) - set(reader.fieldnames or ())
            if missing:
                raise ReferentialFileError(f"{path.name}: missing columns {sorted(missing)}")
            for row in reader:
                if None in row or any(value is None for value in row.values()):
                    raise ReferentialFileError(
                        f"{path.name}, line {reader.line_num + skip}: wrong number of fields "
                        "(truncated or malformed file)"
                    )
                yield reader.line_num + skip, row
        except UnicodeDecodeError as exc:
            raise ReferentialFileError(
                f"{path.name}, near line {reader.line_num + skip + 1}: not UTF-8 ({exc.reason})"
            ) from exc
        except csv.Error as exc:
            raise ReferentialFileError(
                f"{path.name}, line {reader.line_num + skip}: {exc}"
            ) from exc


def _labels(value: str, separator: str, preferred: str) -> list[str]:
    labels = dict.fromkeys(item.strip() for item in value.split(separator))
    return [label for label in labels if label and label != preferred]


def _search_columns(label: str, alt_labels: list[str]) -> Row:
    return {
        "search_label": fold(label),
        "search_text": " " + " ".join(fold(text) for text in [label, *alt_labels]) + " ",
    }


def _check_uri(path: Path, line: int, uri: str, kind: str) -> None:
    if not uri.startswith(f"http://data.europa.eu/esco/{kind}/"):
        raise ReferentialFileError(f"{path.name}, line {line}: {uri!r} is not an ESCO {kind} URI")


def read_occupations(path: Path) -> list[Row]:
    """Official export: ``altLabels`` are newline-separated inside one quoted field."""
    required = ["conceptUri", "code", "iscoGroup", "preferredLabel", "altLabels", "description"]
    occupations = []
    for line, row in records(path, required):
        _check_uri(path, line, row["conceptUri"], "occupation")
        label = row["preferredLabel"].strip()
        alt_labels = _labels(row["altLabels"], "\n", label)
        occupations.append(
            {
                "uri": row["conceptUri"],
                "code": row["code"].strip(),
                "isco_group": row["iscoGroup"].strip(),
                "label": label,
                "alt_labels": alt_labels,
                "description": row["description"].strip() or None,
                **_search_columns(label, alt_labels),
            }
        )
    return occupations


def read_skills(labels: Path, collections: list[Path]) -> list[Row]:
    """Every skill of the labels file (`|` lists), plus collection skills it lacks (newlines)."""
    skills: dict[str, Row] = {}
    sources = [(labels, "|"), *((path, "\n") for path in collections)]
    for path, separator in sources:
        for line, row in records(path, ["conceptUri", "preferredLabel", "altLabels"]):
            if row["conceptUri"] in skills:
                continue
            _check_uri(path, line, row["conceptUri"], "skill")
            label = row["preferredLabel"].strip()
            alt_labels = _labels(row["altLabels"], separator, label)
            skills[row["conceptUri"]] = {
                "uri": row["conceptUri"],
                "label": label,
                "alt_labels": alt_labels,
                **_search_columns(label, alt_labels),
            }
    return list(skills.values())


def _header_line(path: Path) -> int:
    """The crosswalk opens with metadata lines ("Mapping project name,ESCO - ROME" …)."""
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle):
            if line.startswith(CROSSWALK_HEADER[0]):
                return number
    raise ReferentialFileError(f"{path.name}: no header line {','.join(CROSSWALK_HEADER)}")


def read_crosswalk(path: Path, occupation_uris: set[str], dataset: EscoDataset) -> list[Row]:
    """Mapping rows, kept even when the ESCO side is unknown (then reported)."""
    mappings: dict[tuple[str, str], Row] = {}
    for line, row in records(path, CROSSWALK_HEADER, skip=_header_line(path)):
        uri, code_ogr, relation = (row[key].strip() for key in CROSSWALK_HEADER[::2])
        _check_uri(path, line, uri, "occupation")
        if not code_ogr.isdigit() or relation not in RELATIONS:
            raise ReferentialFileError(
                f"{path.name}, line {line}: expected a code_ogr and a SKOS relation, "
                f"got {code_ogr!r} and {relation!r}"
            )
        if uri not in occupation_uris:
            dataset.report_unknown("crosswalk.occupation_uri", uri)
        mappings[(uri, code_ogr)] = {
            "occupation_uri": uri,
            "code_ogr": code_ogr,
            "relation": relation.removeprefix("skos:"),
            "occupation_label": row[CROSSWALK_HEADER[1]].strip(),
            "appellation_label": row[CROSSWALK_HEADER[3]].strip(),
        }
    return list(mappings.values())


def read_esco(files: EscoFiles) -> EscoDataset:
    """Parse occupations, skills and the crosswalk of one ESCO release."""
    dataset = EscoDataset(checksum=checksum(files))
    dataset.occupations = read_occupations(files.occupations)
    dataset.skills = read_skills(files.skill_labels, files.skill_collections)
    uris = {str(o["uri"]) for o in dataset.occupations}
    dataset.mappings = read_crosswalk(files.crosswalk, uris, dataset)
    return dataset
