"""The rest of a fiche métier: work contexts, mobilities, sectors, interests, RIASEC, skill tree."""

from __future__ import annotations

from pathlib import Path

from referentials.csvfiles import Row, clean, rows, sniff_encoding
from referentials.rome.dataset import RomeDataset
from shared.french.text import fold

# the files that attach a fiche to a classification: (file key, kind, code, label, principal)
FACET_FILES = (
    ("secteurs", "sector", "code_ss_sect_activite", "libelle_ss_sect_activite", "principal"),
    ("naf", "naf", "code_secteur_naf", "libelle_secteur_naf", None),
    ("centres_interet", "interest", "code_centre_interet", "libelle_centre_interet", "principal"),
    ("themes", "theme", "code_theme", "libelle_theme", None),
)


def read_work_contexts(path: Path) -> list[Row]:
    if not path.is_file():
        return []
    required = {"code_ogr", "libelle_cont_travail", "code_type_cont_trav", "libelle_type_cont_trav"}
    return [
        {
            "code": row["code_ogr"],
            "label": clean(row["libelle_cont_travail"]),
            "type_code": row["code_type_cont_trav"],
            "type_label": clean(row["libelle_type_cont_trav"]),
        }
        for row in rows(path, required)
    ]


def read_fiche_details(dataset: RomeDataset, paths: dict[str, Path], *, tree: Path) -> None:
    """Add what the optional files of the export say; a file that is absent adds nothing."""
    codes_rome = {str(m["code_rome"]) for m in dataset.metiers}
    if paths["mobilites"].is_file():
        dataset.mobilites = _read_mobilites(paths["mobilites"], codes_rome, dataset)
    for key, kind, code, label, principal in FACET_FILES:
        if paths[key].is_file():
            dataset.facets += _read_facets(
                paths[key], codes_rome, dataset, kind=kind, columns=(code, label, principal)
            )
    if paths["riasec"].is_file():
        _add_riasec(paths["riasec"], dataset)
    if tree.is_file():
        _add_skill_tree(tree, dataset)


def _read_mobilites(path: Path, codes_rome: set[str], dataset: RomeDataset) -> list[Row]:
    mobilites = []
    for row in rows(path, {"code_rome", "code_rome_cible", "numero_ordre"}):
        source, target = row["code_rome"], row["code_rome_cible"]
        if source not in codes_rome or target not in codes_rome:
            dataset.report_unknown("mobilite.code_rome", target if source in codes_rome else source)
            continue
        position = int(row["numero_ordre"] or 0)
        mobilites.append({"code_rome": source, "target_code_rome": target, "position": position})
    return mobilites


def _read_facets(
    path: Path,
    codes_rome: set[str],
    dataset: RomeDataset,
    *,
    kind: str,
    columns: tuple[str, str, str | None],
) -> list[Row]:
    code_column, label_column, principal_column = columns
    required = {"code_rome", code_column, label_column} | (
        {principal_column} if principal_column else set()
    )
    facets: dict[tuple[str, str], Row] = {}
    for row in rows(path, required, encoding=sniff_encoding(path)):
        if row["code_rome"] not in codes_rome:
            dataset.report_unknown(f"{kind}.code_rome", row["code_rome"])
            continue
        facets[(row["code_rome"], row[code_column])] = {
            "code_rome": row["code_rome"],
            "kind": kind,
            "code": row[code_column],
            "label": clean(row[label_column]),
            "principal": bool(principal_column) and row[principal_column or ""] == "oui",
        }
    return list(facets.values())


def _add_riasec(path: Path, dataset: RomeDataset) -> None:
    profiles = {
        row["code_rome"]: (row["riasec_majeur"] or None, row["riasec_mineur"] or None)
        for row in rows(path, {"code_rome", "riasec_majeur", "riasec_mineur"})
    }
    for metier in dataset.metiers:
        metier["riasec_major"], metier["riasec_minor"] = profiles.get(
            str(metier["code_rome"]), (None, None)
        )


def _tree_key(label: str) -> str:
    # the workbook has no codes: PROVENANCE joins it by label, apostrophes and dashes aside
    return fold(label.replace("’", "'"))


def _add_skill_tree(path: Path, dataset: RomeDataset) -> None:
    """Domain, enjeu and objectif of each savoir-faire, joined by label to the workbook."""
    required = {"1 - Domaine compétence", "2 - Enjeu", "3 - Objectif", "5 - Compétence"}
    branches: dict[str, tuple[str, str, str]] = {}
    for row in rows(path, required | {"4 - Macro-compétence"}):
        branch = (row["1 - Domaine compétence"], row["2 - Enjeu"], row["3 - Objectif"])
        for column in ("5 - Compétence", "4 - Macro-compétence"):
            if row[column]:
                branches.setdefault(_tree_key(row[column]), branch)
    for skill in dataset.skills:
        domain, enjeu, objectif = branches.get(_tree_key(str(skill["label"])), (None, None, None))
        skill.update(domain=domain, enjeu=enjeu, objectif=objectif)
