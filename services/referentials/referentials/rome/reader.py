"""Read the official ROME 4.0 CSV export (RefRomeCsv) into plain rows, validating as we go."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from referentials.csvfiles import ReferentialFileError, Row, clean, rows
from referentials.rome.dataset import RomeDataset
from referentials.rome.details import read_fiche_details, read_work_contexts

__all__ = ["ReferentialFileError", "RomeDataset", "find_rome_dir", "read_rome"]

SKILL_RUBRIQUES = {"1": "savoir_faire", "2": "savoir_etre", "3": "savoir"}
SKILL_BLOC = "5"
CONTEXT_BLOC = "6"


FILES = {
    "metiers": "unix_referentiel_code_rome_v{v}_utf8.csv",
    "appellations": "unix_referentiel_appellation_v{v}_utf8.csv",
    "competences": "unix_referentiel_competence_v{v}_utf8.csv",
    "savoirs": "unix_referentiel_savoir_v{v}_utf8.csv",
    "liens": "unix_liens_rome_referentiels_v{v}_utf8.csv",
    "coherence": "unix_coherence_item_v{v}_utf8.csv",
    "textes": "unix_texte_v{v}_utf8.csv",
    "domaines": "unix_cr_gd_dp_v{v}_utf8.csv",
    "contextes": "unix_referentiel_contexte_travail_v{v}_utf8.csv",
    "mobilites": "unix_rubrique_mobilite_v{v}_utf8.csv",
    "riasec": "unix_referentiel_code_rome_riasec_v{v}_utf8.csv",
    "secteurs": "unix_arborescence_secteur_activite_v{v}_utf8.csv",
    "naf": "unix_arborescence_secteur_naf_v{v}_utf8.csv",
    "centres_interet": "unix_arborescence_centre_interet_v{v}_utf8.csv",
    "themes": "unix_arborescence_thematique_v{v}_utf8.csv",
}
# the skills tree is published apart, as a workbook whose sheets are exported beside the export
TREE_FILE = "arborescence_competences_v{v}/arborescence_competences_v{v}.csv"


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


def checksum(directory: Path, version: str) -> str:
    digest = hashlib.sha256()
    paths = [directory / FILES[key].format(v=version) for key in sorted(FILES)]
    for path in [*paths, directory.parent / TREE_FILE.format(v=version)]:
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
    dataset.work_contexts = read_work_contexts(path["contextes"])
    _read_links(path["liens"], codes_rome, core, dataset)
    read_fiche_details(dataset, path, tree=directory.parent / TREE_FILE.format(v=version))
    return dataset


def _read_texts(path: Path) -> dict[tuple[str, str], str]:
    parts: dict[tuple[str, str], list[tuple[int, str]]] = {}
    required = {"code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"}
    for row in rows(path, required):
        key = (row["code_rome"], row["libelle_type_texte"])
        position = int(row["position_phrase"] or 0)
        parts.setdefault(key, []).append((position, clean(row["libelle_texte"])))
    return {key: " ".join(text for _, text in sorted(items)) for key, items in parts.items()}


def _read_domains(path: Path) -> dict[str, tuple[str, str]]:
    required = {"code_rome", "code_domaine_professionel", "libelle_domaine_professionel"}
    return {
        row["code_rome"]: (row["code_domaine_professionel"], row["libelle_domaine_professionel"])
        for row in rows(path, required)
    }


def _read_metiers(
    path: Path, texts: dict[tuple[str, str], str], domains: dict[str, tuple[str, str]]
) -> list[Row]:
    required = {"code_rome", "code_ogr", "libelle_rome", "code_rome_parent"}
    metiers = []
    for row in rows(path, required):
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
    for row in rows(path, required):
        if row["code_rome"] not in codes_rome:
            dataset.report_unknown("appellation.code_rome", row["code_rome"])
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
    for row in rows(path, required):
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
        for row in rows(path, required)
    ]


def _read_coherence(path: Path) -> dict[tuple[str, str], str]:
    required = {"code_rome", "code_ogr", "coeur_metier"}
    return {
        (row["code_rome"], row["code_ogr"]): row["coeur_metier"] for row in rows(path, required)
    }


def _read_links(
    path: Path, codes_rome: set[str], core: dict[tuple[str, str], str], dataset: RomeDataset
) -> None:
    """The fiche → skill links (bloc 5) and fiche → work context links (bloc 6)."""
    skill_codes = {str(s["code"]) for s in dataset.skills}
    context_codes = {str(c["code"]) for c in dataset.work_contexts}
    skills: dict[tuple[str, str], Row] = {}
    contexts: dict[tuple[str, str], Row] = {}
    for row in rows(path, {"code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"}):
        bloc, code_rome, code = row["code_compo_bloc"], row["code_rome"], row["code_ogr"]
        is_skill = bloc == SKILL_BLOC and row["code_rubrique"] in SKILL_RUBRIQUES
        is_context = bloc == CONTEXT_BLOC and bool(dataset.work_contexts)
        if not (is_skill or is_context):
            continue
        if code_rome not in codes_rome:
            dataset.report_unknown("link.code_rome", code_rome)
        elif is_skill and code in skill_codes:
            flag = core.get((code_rome, code), "")
            skills[(code_rome, code)] = {
                "code_rome": code_rome,
                "skill_code": code,
                "core": flag == "Principale",
                "emerging": flag.startswith(("Émergente", "Emergente")),
            }
        elif is_context and code in context_codes:
            contexts[(code_rome, code)] = {"code_rome": code_rome, "context_code": code}
        else:
            dataset.report_unknown("link.skill_code" if is_skill else "link.context_code", code)
    dataset.metier_skills = list(skills.values())
    dataset.metier_contexts = list(contexts.values())
