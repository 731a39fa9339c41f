"""Read the official ROME 4.0 CSV export (RefRomeCsv) into plain rows, validating as we go."""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shared.errors import Unprocessable

Row = dict[str, Any]

SKILL_RUBRIQUES = {"1": "savoir_faire", "2": "savoir_etre", "3": "savoir"}
SKILL_BLOC = "5"


class ReferentialFileError(Unprocessable):
    """An official file is missing, truncated or malformed; nothing was imported."""

    code = "referential_file_invalid"


@dataclass
class RomeDataset:
    version: str
    checksum: str
    metiers: list[Row] = field(default_factory=list)
    appellations: list[Row] = field(default_factory=list)
    skills: list[Row] = field(default_factory=list)
    metier_skills: list[Row] = field(default_factory=list)
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)


FILES = {
    "metiers": "unix_referentiel_code_rome_v{v}_utf8.csv",
    "appellations": "unix_referentiel_appellation_v{v}_utf8.csv",
    "competences": "unix_referentiel_competence_v{v}_utf8.csv",
    "savoirs": "unix_referentiel_savoir_v{v}_utf8.csv",
    "liens": "unix_liens_rome_referentiels_v{v}_utf8.csv",
    "coherence": "unix_coherence_item_v{v}_utf8.csv",
    "textes": "unix_texte_v{v}_utf8.csv",
    "domaines": "unix_cr_gd_dp_v{v}_utf8.csv",
}
REQUIRED = {"metiers", "appellations", "competences", "savoirs", "liens"}


def find_rome_dir(root: Path) -> Path:
    """The directory holding the newest ROME export under ``root`` (or ``root`` itself)."""
    candidates = [root, *sorted(root.glob("rome/v4*")), *sorted(root.glob("v4*"))]
    found = [c for c in candidates if any(c.glob("unix_referentiel_code_rome_v*_utf8.csv"))]
    if not found:
        raise ReferentialFileError(f"no ROME export (unix_referentiel_code_rome_v*.csv) in {root}")
    return found[-1]


def detect_version(directory: Path) -> str:
    names = [p.name for p in directory.glob("unix_referentiel_code_rome_v*_utf8.csv")]
    match = re.search(r"_v(\d+)_utf8", names[0]) if names else None
    if not match:
        raise ReferentialFileError(f"cannot tell the ROME version of {directory}")
    return match.group(1)


def _rows(path: Path, required: set[str]) -> Iterator[dict[str, str]]:
    """Rows of one file; errors name the file and the line."""
    if not path.is_file():
        raise ReferentialFileError(f"missing file {path.name} in {path.parent}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            missing = required - set(reader.fieldnames or ())
            if missing:
                raise ReferentialFileError(f"{path.name}: missing columns {sorted(missing)}")
            for row in reader:
                if None in row or any(value is None for value in row.values()):
                    raise ReferentialFileError(
                        f"{path.name}, line {reader.line_num}: wrong number of fields "
                        "(truncated or malformed file)"
                    )
                yield row
        except UnicodeDecodeError as exc:
            raise ReferentialFileError(
                f"{path.name}, near line {reader.line_num + 1}: not UTF-8 ({exc.reason})"
            ) from exc
        except csv.Error as exc:
            raise ReferentialFileError(f"{path.name}, line {reader.line_num}: {exc}") from exc


def _clean(text: str) -> str:
    # the texte file doubles apostrophes inside values (l''entretien)
    return text.replace("''", "'").strip()


def checksum(directory: Path, version: str) -> str:
    digest = hashlib.sha256()
    for key in sorted(FILES):
        path = directory / FILES[key].format(v=version)
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def read_rome(directory: Path) -> RomeDataset:
    """Parse the métiers, appellations, skills and their links from one ROME export."""
    version = detect_version(directory)
    path = {key: directory / name.format(v=version) for key, name in FILES.items()}
    dataset = RomeDataset(version=version, checksum=checksum(directory, version))
    texts = _read_texts(path["textes"]) if path["textes"].is_file() else {}
    domains = _read_domains(path["domaines"]) if path["domaines"].is_file() else {}
    dataset.metiers = _read_metiers(path["metiers"], texts, domains)
    codes_rome = {str(m["code_rome"]) for m in dataset.metiers}
    dataset.appellations = _read_appellations(path["appellations"], codes_rome, dataset)
    dataset.skills = _read_competences(path["competences"]) + _read_savoirs(path["savoirs"])
    core = _read_coherence(path["coherence"]) if path["coherence"].is_file() else {}
    dataset.metier_skills = _read_links(path["liens"], codes_rome, core, dataset)
    return dataset


def _read_texts(path: Path) -> dict[tuple[str, str], str]:
    parts: dict[tuple[str, str], list[tuple[int, str]]] = {}
    required = {"code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"}
    for row in _rows(path, required):
        key = (row["code_rome"], row["libelle_type_texte"])
        position = int(row["position_phrase"] or 0)
        parts.setdefault(key, []).append((position, _clean(row["libelle_texte"])))
    return {key: " ".join(text for _, text in sorted(items)) for key, items in parts.items()}


def _read_domains(path: Path) -> dict[str, tuple[str, str]]:
    required = {"code_rome", "code_domaine_professionel", "libelle_domaine_professionel"}
    return {
        row["code_rome"]: (row["code_domaine_professionel"], row["libelle_domaine_professionel"])
        for row in _rows(path, required)
    }


def _read_metiers(
    path: Path, texts: dict[tuple[str, str], str], domains: dict[str, tuple[str, str]]
) -> list[Row]:
    required = {"code_rome", "code_ogr", "libelle_rome", "code_rome_parent"}
    metiers = []
    for row in _rows(path, required):
        code = row["code_rome"]
        domain_code, domain_label = domains.get(code, (None, None))
        metiers.append(
            {
                "code_rome": code,
                "code_ogr": row["code_ogr"],
                "label": row["libelle_rome"].strip(),
                "code_rome_parent": row["code_rome_parent"] or None,
                "domain_code": domain_code,
                "domain_label": domain_label,
                "definition": texts.get((code, "definition")),
                "access": texts.get((code, "acces_metier")),
            }
        )
    return metiers


def _read_appellations(path: Path, codes_rome: set[str], dataset: RomeDataset) -> list[Row]:
    required = {"code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome"}
    appellations = []
    for row in _rows(path, required):
        if row["code_rome"] not in codes_rome:
            dataset.unknown_codes.setdefault("appellation.code_rome", []).append(row["code_rome"])
            continue
        appellations.append(
            {
                "code": row["code_ogr"],
                "label": row["libelle_appellation_long"].strip(),
                "label_short": row["libelle_appellation_court"].strip() or None,
                "code_rome": row["code_rome"],
                "peu_usite": row.get("peu_usite") == "O",
            }
        )
    return appellations


def _read_competences(path: Path) -> list[Row]:
    required = {"code_ogr", "nature", "libelle_competence", "cat_comp", "code_ogr_macro_comp"}
    skills = []
    for row in _rows(path, required):
        is_savoir_etre = row["cat_comp"].startswith("Savoir-être")
        skills.append(
            {
                "code": row["code_ogr"],
                "label": row["libelle_competence"].strip(),
                "type": "savoir_etre" if is_savoir_etre else "savoir_faire",
                "category": row["nature"],
                "macro_code": row["code_ogr_macro_comp"] or None,
            }
        )
    return skills


def _read_savoirs(path: Path) -> list[Row]:
    required = {"code_ogr_savoir", "libelle_savoir", "categorie_savoir"}
    return [
        {
            "code": row["code_ogr_savoir"],
            "label": row["libelle_savoir"].strip(),
            "type": "savoir",
            "category": row["categorie_savoir"] or None,
            "macro_code": None,
        }
        for row in _rows(path, required)
    ]


def _read_coherence(path: Path) -> dict[tuple[str, str], str]:
    required = {"code_rome", "code_ogr", "coeur_metier"}
    return {
        (row["code_rome"], row["code_ogr"]): row["coeur_metier"] for row in _rows(path, required)
    }


def _read_links(
    path: Path,
    codes_rome: set[str],
    core: dict[tuple[str, str], str],
    dataset: RomeDataset,
) -> list[Row]:
    skill_codes = {str(s["code"]) for s in dataset.skills}
    links: dict[tuple[str, str], Row] = {}
    for row in _rows(path, {"code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"}):
        if row["code_compo_bloc"] != SKILL_BLOC or row["code_rubrique"] not in SKILL_RUBRIQUES:
            continue
        code_rome, code = row["code_rome"], row["code_ogr"]
        if code_rome not in codes_rome or code not in skill_codes:
            key = "link.code_rome" if code_rome not in codes_rome else "link.skill_code"
            dataset.unknown_codes.setdefault(key, []).append(
                code_rome if key == "link.code_rome" else code
            )
            continue
        flag = core.get((code_rome, code), "")
        links[(code_rome, code)] = {
            "code_rome": code_rome,
            "skill_code": code,
            "core": flag == "Principale",
            "emerging": flag.startswith("Émergente") or flag.startswith("Emergente"),
        }
    return list(links.values())
