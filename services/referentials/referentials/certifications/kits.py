"""Titles, levels and status of certifications, from the 2021 and 2023 kit files."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

from referentials.certifications.files import NUMBER, clean, parse_date, rows

LEVEL = re.compile(r"(\d)")
KIT_2023_COLUMNS = {
    "number": "Code_RNCP",
    "title": "Intitulé diplôme (DEPP)",
    "level": "Niveau fiche RNCP",
    "abbreviation": "Abrégé de diplôme (RNCP)",
    "end_date": "Date d'échéance de la fiche RNCP",
    "active": "Fiche ACTIVE/INACTIVE",
}


@dataclass(frozen=True)
class KitInfo:
    """What one kit file says of one fiche; None where it says nothing."""

    title: str | None = None
    level: int | None = None
    abbreviation: str | None = None
    abbreviation_label: str | None = None
    active: bool | None = None
    status_as_of: date | None = None
    end_date: date | None = None


def merge(older: KitInfo | None, newer: KitInfo | None) -> KitInfo:
    """Each field from the newer file when it has one, else from the older."""
    if older is None or newer is None:
        return newer or older or KitInfo()
    values = {f.name: getattr(newer, f.name) for f in fields(KitInfo)}
    return replace(older, **{name: value for name, value in values.items() if value is not None})


def _level(text: str) -> int | None:
    match = LEVEL.search(text)
    return int(match.group(1)) if match else None


def _active(text: str) -> bool | None:
    return {"ACTIVE": True, "INACTIVE": False}.get(text.strip().upper())


def _file_date(text: str) -> date | None:
    """The date in a kit's file or folder name: ``20231218`` or ``2021-01``."""
    match = re.search(r"(\d{4})-?(\d{2})-?(\d{2})?(?!\d)", text)
    if not match:
        return None
    year, month, day = match.groups()
    return date(int(year), int(month), int(day or 1))


def read_kit_2021(path: Path, unknown: dict[str, list[str]]) -> dict[str, KitInfo]:
    """``rncp_info.v1.4.csv``: cp1252, M/D/YY dates, multi-line titles, duplicate fiches."""
    as_of = _file_date(path.parent.name)
    required = {"Numero_Fiche", "Intitule", "Date_Fin_Enregistrement", "Actif"}
    required |= {"Nomenclature_Europe_Intitule", "Abrege_Code", "Abrege_Intitule"}
    infos: dict[str, KitInfo] = {}
    for line, row in rows(path, required, encoding="cp1252"):
        number = row["Numero_Fiche"].strip().upper()
        if not NUMBER.match(number):
            unknown.setdefault("kit_2021.numero_fiche", []).append(number)
            continue
        if number in infos:  # the file repeats some fiches, once per successor
            continue
        infos[number] = KitInfo(
            title=clean(row["Intitule"]) or None,
            level=_level(row["Nomenclature_Europe_Intitule"]),
            abbreviation=clean(row["Abrege_Code"]) or None,
            abbreviation_label=clean(row["Abrege_Intitule"]) or None,
            active=_active(row["Actif"]),
            status_as_of=as_of,
            end_date=parse_date(row["Date_Fin_Enregistrement"], "%m/%d/%y", path=path, line=line),
        )
    return infos


def read_kit_2023(path: Path, unknown: dict[str, list[str]]) -> dict[str, KitInfo]:
    """``Kit_apprentissage_*.csv``: UTF-8 with BOM, one row per diploma code of a fiche."""
    as_of = _file_date(path.name)
    candidates: dict[str, list[KitInfo]] = {}
    for line, row in rows(path, set(KIT_2023_COLUMNS.values()), encoding="utf-8-sig"):
        column = {key: row[name] for key, name in KIT_2023_COLUMNS.items()}
        number = column["number"].strip().upper()
        if not NUMBER.match(number):
            unknown.setdefault("kit_2023.code_rncp", []).append(number)
            continue
        end_date = parse_date(column["end_date"], "%d/%m/%Y", path=path, line=line)
        candidates.setdefault(number, []).append(
            KitInfo(
                title=clean(column["title"]) or None,
                level=_level(column["level"]),
                abbreviation=clean(column["abbreviation"]) or None,
                active=_active(column["active"]),
                status_as_of=as_of,
                end_date=end_date,
            )
        )
    return {number: min(infos, key=_preference) for number, infos in candidates.items()}


def _preference(info: KitInfo) -> tuple[bool, int]:
    # a fiche has one row per university ("... (LP ORLEANS)"): the active, shortest title is
    # the generic one ("... (LP)")
    return (info.active is not True, len(info.title or ""))
