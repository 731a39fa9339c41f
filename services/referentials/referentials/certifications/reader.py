"""Read an RNCP / RS release (link export, blocs, kit files) into plain rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from referentials.certifications.files import (
    NUMBER,
    CertificationFiles,
    checksum,
    clean,
    rows,
)
from referentials.certifications.kits import KitInfo, merge, read_kit_2021, read_kit_2023
from shared.french.text import fold

Row = dict[str, Any]

# "U31 : …", "UG3 Education physique", "UNITÉ UG 1 Français", "UF - Epreuve facultative"
EXAM_UNIT = re.compile(r"^(?:UNIT[EÉ]\s+)?(U[A-Z]{0,2}\s?\d{1,3}(?:\.\d)?|UF)(?=\s|:|-|$)")
CODE_LABEL_COLUMNS = {
    "rome": ("Codes_Rome_Code", "Codes_Rome_Libelle", "code_rome"),
    "formacode": ("Formacode_Code", "Formacode_Libelle", "code"),
    "nsf": ("Nsf_Code", "Nsf_Intitule", "code"),
}


@dataclass
class CertificationDataset:
    version: str
    checksum: str
    certifications: list[Row] = field(default_factory=list)
    rome: list[Row] = field(default_factory=list)
    formacodes: list[Row] = field(default_factory=list)
    nsf: list[Row] = field(default_factory=list)
    certifiers: list[Row] = field(default_factory=list)
    ccn: list[Row] = field(default_factory=list)
    successions: list[Row] = field(default_factory=list)
    blocs: list[Row] = field(default_factory=list)
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)


def read_certifications(files: CertificationFiles) -> CertificationDataset:
    """Parse every file of the release; the kits give titles, newer kit first."""
    dataset = CertificationDataset(version=files.version, checksum=checksum(files))
    unknown = dataset.unknown_codes
    dataset.rome = _code_labels(files.links["rome"], "rome", unknown)
    dataset.formacodes = _code_labels(files.links["formacode"], "formacode", unknown)
    dataset.nsf = _code_labels(files.links["nsf"], "nsf", unknown)
    dataset.certifiers = _certifiers(files.links["certifiers"], unknown)
    dataset.ccn = _ccn(files.links["ccn"], unknown)
    dataset.successions = _successions(files.links["successions"], unknown)
    dataset.blocs = _blocs(files.blocs, unknown) if files.blocs else []
    older = read_kit_2021(files.kit_2021, unknown) if files.kit_2021 else {}
    newer = read_kit_2023(files.kit_2023, unknown) if files.kit_2023 else {}
    numbers = {row["number"] for table in _linked(dataset) for row in table}
    numbers |= {row[key] for row in dataset.successions for key in ("old_number", "new_number")}
    numbers |= older.keys() | newer.keys()
    dataset.certifications = [
        _certification(n, merge(older.get(n), newer.get(n))) for n in sorted(numbers)
    ]
    return dataset


def _linked(dataset: CertificationDataset) -> list[list[Row]]:
    return [
        dataset.rome,
        dataset.formacodes,
        dataset.nsf,
        dataset.certifiers,
        dataset.ccn,
        dataset.blocs,
    ]


def _certification(number: str, info: KitInfo) -> Row:
    words = [info.title, info.abbreviation, info.abbreviation_label, number]
    return {
        "number": number,
        "kind": "RS" if number.startswith("RS") else "RNCP",
        "title": info.title,
        "level": info.level,
        "abbreviation": info.abbreviation,
        "active": info.active,
        "status_as_of": info.status_as_of,
        "end_date": info.end_date,
        "title_folded": fold(info.title or ""),
        "search_text": fold(" ".join(word for word in words if word)),
    }


def _number(row: dict[str, str], key: str, unknown: dict[str, list[str]]) -> str | None:
    number = row["Numero_Fiche"].strip().upper()
    if NUMBER.match(number):
        return number
    unknown.setdefault(f"{key}.numero_fiche", []).append(number)
    return None


def _code_labels(path: Path, key: str, unknown: dict[str, list[str]]) -> list[Row]:
    code_column, label_column, name = CODE_LABEL_COLUMNS[key]
    links: dict[tuple[str, str], Row] = {}
    for _, row in rows(path, {"Numero_Fiche", code_column, label_column}):
        number, code = _number(row, key, unknown), row[code_column].strip()
        if number is None or not code:
            continue
        links.setdefault(
            (number, code), {"number": number, name: code, "label": clean(row[label_column])}
        )
    return list(links.values())


def _certifiers(path: Path, unknown: dict[str, list[str]]) -> list[Row]:
    links: dict[tuple[str, str], Row] = {}
    for _, row in rows(path, {"Numero_Fiche", "Siret_Certificateur", "Nom_Certificateur"}):
        number = _number(row, "certifiers", unknown)
        siret = row["Siret_Certificateur"].strip()  # every value starts with a TAB
        if number is None or not siret:
            continue
        name = clean(row["Nom_Certificateur"])
        links.setdefault((number, siret), {"number": number, "siret": siret, "name": name})
    return list(links.values())


def _ccn(path: Path, unknown: dict[str, list[str]]) -> list[Row]:
    columns = [(f"Ccn_{i}_Numero", f"Ccn_{i}_Libelle") for i in (1, 2, 3)]
    links: dict[tuple[str, str], Row] = {}
    for _, row in rows(path, {"Numero_Fiche", *(name for pair in columns for name in pair)}):
        number = _number(row, "ccn", unknown)
        for code_column, label_column in columns:
            code = row[code_column].strip()
            if number is not None and code:
                label = clean(row[label_column])
                links.setdefault((number, code), {"number": number, "code": code, "label": label})
    return list(links.values())


def _successions(path: Path, unknown: dict[str, list[str]]) -> list[Row]:
    pairs: set[tuple[str, str]] = set()
    required = {"Numero_Fiche", "Ancienne_Certification", "Nouvelle_Certification"}
    for _, row in rows(path, required):
        number = _number(row, "successions", unknown)
        old = _other(row["Ancienne_Certification"], unknown)
        new = _other(row["Nouvelle_Certification"], unknown)
        if number is not None and old:
            pairs.add((old, number))
        if number is not None and new:
            pairs.add((number, new))
    return [{"old_number": old, "new_number": new} for old, new in sorted(pairs)]


def _other(text: str, unknown: dict[str, list[str]]) -> str | None:
    number = text.strip().upper()
    if number and not NUMBER.match(number):
        unknown.setdefault("successions.certification", []).append(number)
        return None
    return number or None


def _blocs(path: Path, unknown: dict[str, list[str]]) -> list[Row]:
    blocs: dict[str, Row] = {}
    required = {"Numero_Fiche", "Bloc_Competences_Code", "Bloc_Competences_Libelle"}
    for _, row in rows(path, required):
        number, code = _number(row, "blocs", unknown), row["Bloc_Competences_Code"].strip()
        if number is None or not code:
            continue
        label = clean(row["Bloc_Competences_Libelle"])
        unit = EXAM_UNIT.match(label)
        blocs.setdefault(
            code,
            {"code": code, "number": number, "label": label, "exam_unit": _unit(unit)},
        )
    return list(blocs.values())


def _unit(match: re.Match[str] | None) -> str | None:
    return match.group(1).replace(" ", "") if match else None
