"""A small ROME 4.0 export in the official CSV format, written by the tests themselves."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Fiche:
    code_rome: str
    label: str
    appellations: list[tuple[str, str]]
    skills: list[tuple[str, bool]]  # (skill code_ogr, core)
    definition: str = ""
    parent: str = ""
    contexts: list[str] = field(default_factory=list)  # work context codes
    mobilites: list[str] = field(default_factory=list)  # target ROME codes, in order
    riasec: tuple[str, str] = ("", "")
    sector: tuple[str, str] | None = None  # (code, label) of its activity sub-sector


@dataclass
class RomeFixture:
    version: str = "460"
    fiches: list[Fiche] = field(default_factory=list)
    competences: list[tuple[str, str, str]] = field(default_factory=list)  # code, label, cat
    savoirs: list[tuple[str, str]] = field(default_factory=list)
    contexts: list[tuple[str, str, str]] = field(default_factory=list)  # code, label, type
    tree: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # skill label → branch


def default_fixture() -> RomeFixture:
    """Five fiches from three domains, labelled the way ROME labels them."""
    competences = [
        ("100001", "Accueillir les clients", "Savoir-faire"),
        ("100002", "Prendre les commandes des clients", "Savoir-faire"),
        ("100003", "Servir les plats et les boissons en salle", "Savoir-faire"),
        ("100004", "Encaisser le montant d'une vente", "Savoir-faire"),
        ("100005", "Dresser les tables et mettre en place la salle", "Savoir-faire"),
        ("100006", "Préparer les entrées, plats et desserts en cuisine", "Savoir-faire"),
        (
            "100007",
            "Appliquer les règles d'hygiène et de sécurité alimentaire HACCP",
            "Savoir-faire",
        ),
        ("100008", "Éplucher et tailler les légumes", "Savoir-faire"),
        ("100009", "Poser et raccorder des canalisations de plomberie", "Savoir-faire"),
        ("100010", "Installer des équipements sanitaires", "Savoir-faire"),
        ("100011", "Diagnostiquer une panne de chauffage", "Savoir-faire"),
        ("100012", "Conduire un chariot élévateur", "Savoir-faire"),
        ("100013", "Préparer les commandes en entrepôt", "Savoir-faire"),
        ("100014", "Réceptionner et contrôler les marchandises", "Savoir-faire"),
        ("100015", "Développer une application web", "Savoir-faire"),
        ("100016", "Tester et corriger un programme informatique", "Savoir-faire"),
        ("300001", "Travailler en équipe", "Savoir-être professionnel"),
        ("300002", "Faire preuve de rigueur et de précision", "Savoir-être professionnel"),
    ]
    savoirs = [
        ("200001", "Techniques de service en salle"),
        ("200002", "Règles d'hygiène et de sécurité alimentaire"),
        ("200003", "Normes de plomberie"),
        ("200004", "Langages de programmation informatique"),
        ("200005", "Gestion des stocks"),
    ]
    fiches = [
        Fiche(
            "G1803",
            "Personnel de salle",
            [
                ("38281", "Serveur / Serveuse en restauration"),
                ("38282", "Chef de rang"),
                ("38283", "Commis / Commise de salle"),
            ],
            [
                ("100001", True),
                ("100002", True),
                ("100003", True),
                ("100004", False),
                ("100005", True),
                ("300001", False),
                ("200001", True),
            ],
            definition="Réalise le service des mets et boissons en salle.",
            contexts=["23374", "23375"],
            mobilites=["G1602"],
            riasec=("S", "E"),
            sector=("201", "Restauration"),
        ),
        Fiche(
            "G1602",
            "Personnel de cuisine",
            [("38001", "Cuisinier / Cuisinière"), ("38002", "Commis / Commise de cuisine")],
            [
                ("100006", True),
                ("100007", True),
                ("100008", True),
                ("300001", False),
                ("200002", True),
            ],
            definition="Prépare les plats d'un restaurant.",
            contexts=["23374"],
            mobilites=["G1803"],
            riasec=("R", ""),
            sector=("201", "Restauration"),
        ),
        Fiche(
            "F1603",
            "Installateur / Installatrice d'équipements sanitaires et thermiques",
            [("12001", "Plombier / Plombière"), ("12002", "Chauffagiste")],
            [
                ("100009", True),
                ("100010", True),
                ("100011", True),
                ("300002", False),
                ("200003", True),
            ],
        ),
        Fiche(
            "N1103",
            "Magasinier / Magasinière",
            [
                ("14001", "Magasinier / Magasinière"),
                ("14002", "Cariste"),
                ("14003", "Préparateur / Préparatrice de commandes"),
            ],
            [
                ("100012", True),
                ("100013", True),
                ("100014", True),
                ("300002", False),
                ("200005", True),
            ],
        ),
        Fiche(
            "M1805",
            "Études et développement informatique",
            [
                ("16001", "Développeur / Développeuse web"),
                ("16002", "Développeur / Développeuse informatique"),
            ],
            [("100015", True), ("100016", True), ("300002", False), ("200004", True)],
        ),
    ]
    contexts = [
        ("23374", "Travail le samedi", "Horaires et durée du travail"),
        ("23375", "Travail en soirée", "Horaires et durée du travail"),
    ]
    tree = {
        "Accueillir les clients": ("Relation client", "Accueil", "Accueillir une clientèle"),
        "Encaisser le montant d’une vente": ("Relation client", "Vente", "Encaisser"),
    }
    return RomeFixture(
        fiches=fiches, competences=competences, savoirs=savoirs, contexts=contexts, tree=tree
    )


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_rome_export(directory: Path, fixture: RomeFixture | None = None) -> Path:
    """Write the fixture as a ROME export under ``directory/rome/v<version>``."""
    fixture = fixture or default_fixture()
    v = fixture.version
    out = directory / "rome" / f"v{v}"
    out.mkdir(parents=True, exist_ok=True)
    f = {
        name: out / f"unix_{name}_v{v}_utf8.csv"
        for name in (
            "referentiel_code_rome",
            "referentiel_appellation",
            "referentiel_competence",
            "referentiel_savoir",
            "liens_rome_referentiels",
            "coherence_item",
            "texte",
            "cr_gd_dp",
        )
    }
    _write(
        f["referentiel_code_rome"],
        [
            "code_rome",
            "code_fiche_metier",
            "code_ogr",
            "libelle_rome",
            "transition_eco",
            "transition_num",
            "transition_demo",
            "emploi_reglemente",
            "emploi_cadre",
            "code_rome_parent",
        ],
        [
            [
                x.code_rome,
                str(i),
                str(9000 + i),
                x.label,
                "",
                "",
                "",
                "",
                "",
                x.parent or x.code_rome,
            ]
            for i, x in enumerate(fixture.fiches)
        ],
    )
    _write(
        f["referentiel_appellation"],
        [
            "code_ogr",
            "libelle_appellation_long",
            "libelle_appellation_court",
            "code_rome",
            "transition_eco",
            "transition_num",
            "transition_demo",
            "emploi_reglemente",
            "emploi_cadre",
            "classification",
            "origine",
            "code_rome_parent",
            "peu_usite",
        ],
        [
            [code, label, label, x.code_rome, "", "", "", "", "", "SYNONYME", "", x.code_rome, "N"]
            for x in fixture.fiches
            for code, label in x.appellations
        ],
    )
    _write(
        f["referentiel_competence"],
        [
            "code_ogr",
            "nature",
            "libelle_competence",
            "definition",
            "code_ogr_macro_comp",
            "code_macro_comp",
            "cat_comp",
            "sous_cat_comp",
            "transition_eco",
            "transition_num",
            "libelle_heterogeneite",
            "libelle_origine",
        ],
        [
            [
                code,
                "Compétence" if cat == "Savoir-faire" else "Macro-compétence",
                label,
                "",
                "",
                "",
                cat,
                "",
                "",
                "N",
                "",
                "",
            ]
            for code, label, cat in fixture.competences
        ],
    )
    _write(
        f["referentiel_savoir"],
        [
            "code_ogr_savoir",
            "libelle_savoir",
            "categorie_savoir",
            "sous_categorie_savoir",
            "transition_eco",
            "transition_num",
        ],
        [
            [code, label, "Techniques professionnelles", "", "", "N"]
            for code, label in fixture.savoirs
        ],
    )
    rubrique = {code: "1" if cat == "Savoir-faire" else "2" for code, _, cat in fixture.competences}
    rubrique.update({code: "3" for code, _ in fixture.savoirs})
    _write(
        f["liens_rome_referentiels"],
        ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"],
        [[x.code_rome, "5", rubrique[code], code] for x in fixture.fiches for code, _ in x.skills]
        + [[x.code_rome, "2", "", code] for x in fixture.fiches for code, _ in x.appellations],
    )
    _write(
        f["coherence_item"],
        ["code_rome", "code_ogr", "coeur_metier"],
        [
            [x.code_rome, code, "Principale" if core else ""]
            for x in fixture.fiches
            for code, core in x.skills
        ],
    )
    _write(
        f["texte"],
        ["code_rome", "code_compo_bloc", "libelle_type_texte", "position_phrase", "libelle_texte"],
        [
            [x.code_rome, "3", "definition", "1", x.definition.replace("'", "''")]
            for x in fixture.fiches
            if x.definition
        ],
    )
    _write(
        f["cr_gd_dp"],
        [
            "code_rome",
            "libelle_rome",
            "code_grand_domaine",
            "libelle_grand_domaine",
            "code_domaine_professionel",
            "libelle_domaine_professionel",
        ],
        [
            [x.code_rome, x.label, x.code_rome[0], "Domaine", x.code_rome[:3], "Sous-domaine"]
            for x in fixture.fiches
        ],
    )
    _write_details(out, fixture)
    return out


def _write_details(out: Path, fixture: RomeFixture) -> None:
    """The optional files: work contexts, mobilities, RIASEC, sectors, NAF, skills tree."""
    v = fixture.version
    _write(
        out / f"unix_referentiel_contexte_travail_v{v}_utf8.csv",
        ["code_ogr", "libelle_cont_travail", "code_type_cont_trav", "libelle_type_cont_trav"],
        [[code, label, "2", kind] for code, label, kind in fixture.contexts],
    )
    with (out / f"unix_liens_rome_referentiels_v{v}_utf8.csv").open("a", encoding="utf-8") as f:
        for fiche in fixture.fiches:
            f.writelines(f'"{fiche.code_rome}","6","","{code}"\n' for code in fiche.contexts)
    _write(
        out / f"unix_rubrique_mobilite_v{v}_utf8.csv",
        ["code_rome", "code_rome_cible", "numero_ordre"],
        [
            [x.code_rome, target, str(i + 1)]
            for x in fixture.fiches
            for i, target in enumerate(x.mobilites)
        ],
    )
    _write(
        out / f"unix_referentiel_code_rome_riasec_v{v}_utf8.csv",
        ["code_rome", "riasec_majeur", "riasec_mineur"],
        [[x.code_rome, *x.riasec] for x in fixture.fiches],
    )
    _write(
        out / f"unix_arborescence_secteur_activite_v{v}_utf8.csv",
        [
            "code_sect_activite",
            "libelle_sect_activite",
            "code_ss_sect_activite",
            "libelle_ss_sect_activite",
            "code_ogr_rome",
            "code_rome",
            "libelle_rome",
            "principal",
        ],
        [
            ["200", "Hôtellerie", x.sector[0], x.sector[1], "1", x.code_rome, x.label, "oui"]
            for x in fixture.fiches
            if x.sector
        ],
    )
    # the official NAF file is ISO-8859-15 despite its name: so is ours
    naf = out / f"unix_arborescence_secteur_naf_v{v}_utf8.csv"
    _write(
        naf,
        ["code_secteur_naf", "libelle_secteur_naf", "code_ogr_rome", "code_rome", "libelle_rome"],
        [
            ["56", "Restauration et débits de boissons", "1", x.code_rome, x.label]
            for x in fixture.fiches
            if x.sector
        ],
    )
    naf.write_bytes(naf.read_text(encoding="utf-8").encode("iso-8859-15"))
    tree_dir = out.parent / f"arborescence_competences_v{v}"
    tree_dir.mkdir(exist_ok=True)
    _write(
        tree_dir / f"arborescence_competences_v{v}.csv",
        [
            "0 - Code domaine compétence",
            "1 - Domaine compétence",
            "2 - Enjeu",
            "3 - Objectif",
            "4 - Macro-compétence",
            "5 - Compétence",
            "Catégorie",
            "5 - Compétence (bis)",
        ],
        [
            ["1", *branch, "Macro", label, "Savoir-faire", label]
            for label, branch in fixture.tree.items()
        ],
    )
