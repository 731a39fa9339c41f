"""A small RNCP / RS release in the official formats, gotchas included, written by the tests."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from tests.builders.rome import RomeFixture
from tests.builders.rome import default_fixture as default_rome_fixture

Pair = tuple[str, str]


@dataclass
class Fiche:
    """One fiche of the 2026 link export and of the 2024 blocs export."""

    number: str
    rome: list[Pair] = field(default_factory=list)  # (ROME v3 code, label)
    formacodes: list[Pair] = field(default_factory=list)
    nsf: list[Pair] = field(default_factory=list)
    certifiers: list[Pair] = field(default_factory=list)  # (SIRET, name)
    ccn: list[Pair] = field(default_factory=list)
    old: str = ""
    new: str = ""
    blocs: list[Pair] = field(default_factory=list)  # (code, label as exported)


@dataclass
class Kit2021Row:
    number: str
    title: str
    level: str = "niveau3"
    abbreviation: str = ""
    abbreviation_label: str = ""
    active: str = "INACTIVE"
    end: str = ""  # M/D/YY


@dataclass
class Kit2023Row:
    number: str
    title: str
    level: str = "Niveau 3"
    abbreviation: str = ""
    end: str = ""  # DD/MM/YYYY
    active: str = "ACTIVE"
    code_diplome: str = "50022137"


@dataclass
class CertificationFixture:
    fiches: list[Fiche] = field(default_factory=list)
    kit_2021: list[Kit2021Row] = field(default_factory=list)
    kit_2023: list[Kit2023Row] = field(default_factory=list)


def rome_fixture() -> RomeFixture:
    """The ROME fixture, where G1803 derives from the ROME v3 code G1801 (not from itself)."""
    fixture = default_rome_fixture()
    fixture.fiches[0].parent = "G1801"
    return fixture


def default_fixture() -> CertificationFixture:
    """Six fiches: diplomas with titles from either kit, and fiches no kit knows."""
    fiches = [
        Fiche(
            "RNCP38381",
            rome=[("C1206", "Gestion de clientèle bancaire")],
            formacodes=[("13254", "Banque")],
            nsf=[("313m", "313m : Finances, banque, assurances")],
            certifiers=[("\t11004401300040", "MINISTERE DE L'EDUCATION NATIONALE")],
        ),
        Fiche(
            "RNCP34567",
            rome=[("G1602", "Personnel de cuisine")],
            formacodes=[("42752", "Cuisine")],
            nsf=[("221t", "221t : Cuisine")],
            certifiers=[("\t11004401300040", "MINISTERE DE L'EDUCATION NATIONALE")],
            ccn=[("1979", "Hôtels, cafés restaurants (HCR)"), ("2264", "Hospitalisation privée")],
            old="RNCP492",
            blocs=[
                ("RNCP34567BC01", "  Organiser la production culinaire  "),
                ("RNCP34567BC02", "Préparer les entrées,\nles plats et les desserts"),
                ("RNCP34567BC03", "U31 : Réalisation d''une production de cuisine"),
            ],
        ),
        Fiche("RNCP34000", rome=[("G1602", "Personnel de cuisine")]),
        Fiche(
            "RNCP35000",
            rome=[("G1801", "Café, bar brasserie")],
            certifiers=[("\t13000548100010", "MINISTERE DU TRAVAIL")],
            new="RNCP36000",
        ),
        Fiche("RNCP36000", nsf=[("334t", "334t : Accueil, hôtellerie")], old="RNCP35000"),
        Fiche(
            "RS5678",
            rome=[("M1805", "Études et développement informatique")],
            formacodes=[("31054", "Informatique")],
            certifiers=[("\t12345678900012", "École du numérique")],
        ),
    ]
    kit_2021 = [
        Kit2021Row("RNCP34567", "Cuisine", "niveau3", "CAP", "CAP", "INACTIVE", "8/31/22"),
        Kit2021Row(
            "RNCP35000",
            "Employé(e) d’étage\rServeur en restauration",
            "niveau3",
            "TP",
            "Titre professionnel",
            "ACTIVE",
            "8/31/26",
        ),
    ]
    kit_2023 = [
        Kit2023Row("RNCP38381", "BANQUE (BTS LYON)", "Niveau 5", "BTS", "31/12/2028", "ACTIVE"),
        Kit2023Row("RNCP38381", "BANQUE (BTS) ", "Niveau 5", "BTS", "31/12/2028", "ACTIVE"),
        Kit2023Row("RNCP34567", "CUISINE (CAP)", "Niveau 3", "CAP", "31/08/2027", "ACTIVE"),
        Kit2023Row("RNCP34000", "AGENT DE CUISINE COLLECTIVE", "Niveau 3"),
        Kit2023Row("NR", "SOUFFLEUR DE VERRE (BMA)", "NR", active="INACTIVE"),
    ]
    return CertificationFixture(fiches=fiches, kit_2021=kit_2021, kit_2023=kit_2023)


def _export_line(values: list[str]) -> str:
    # the 2026 export quotes every non-empty field, doubles apostrophes, ends lines with CRLF
    quoted = ['"' + v.replace("'", "''").replace('"', '""') + '"' if v else "" for v in values]
    return ";".join(quoted) + "\r\n"


def _write_export(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.write_text("".join(_export_line(r) for r in [header, *rows]), encoding="utf-8", newline="")


def _write_links(directory: Path, fiches: list[Fiche], suffix: str) -> None:
    out = directory / f"export_{suffix.lower()}"
    out.mkdir(parents=True, exist_ok=True)

    def write(name: str, header: list[str], rows: list[list[str]]) -> None:
        _write_export(
            out / f"export_fiches_CSV_{name}_{suffix}.csv", ["Numero_Fiche", *header], rows
        )

    def pairs(attribute: str) -> list[list[str]]:
        return [[f.number, a, b] for f in fiches for a, b in getattr(f, attribute)]

    write("Rome", ["Codes_Rome_Code", "Codes_Rome_Libelle"], pairs("rome"))
    write("Formacode", ["Formacode_Code", "Formacode_Libelle"], pairs("formacodes"))
    write("Nsf", ["Nsf_Code", "Nsf_Intitule"], pairs("nsf"))
    write("Certificateurs", ["Siret_Certificateur", "Nom_Certificateur"], pairs("certifiers"))
    ccn_header = [f"Ccn_{i}_{kind}" for i in (1, 2, 3) for kind in ("Numero", "Libelle")]
    ccn_rows = [
        [f.number, *(v for pair in f.ccn for v in pair), *[""] * (6 - 2 * len(f.ccn))]
        for f in fiches
        if f.ccn
    ]
    write("CCN", ccn_header, ccn_rows)
    successions = [[f.number, f.old, f.new] for f in fiches if f.old or f.new]
    write(
        "Ancienne_Nouvelle_Certification",
        ["Ancienne_Certification", "Nouvelle_Certification"],
        successions,
    )


def _write_blocs(directory: Path, fiches: list[Fiche]) -> None:
    out = directory / "export_2024_01_17"
    out.mkdir(parents=True, exist_ok=True)
    with (out / "export_fiches_CSV_Blocs_De_Compétences_2024_01_17.csv").open(
        "w", encoding="utf-8", newline=""
    ) as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["Numero_Fiche", "Bloc_Competences_Code", "Bloc_Competences_Libelle"])
        writer.writerows([f.number, code, label] for f in fiches for code, label in f.blocs)


def _minimal(value: str) -> str:
    # quotes only where needed, a bare CR included (csv.writer would leave that one bare)
    if any(c in value for c in ';"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _write_kit_2021(directory: Path, rows: list[Kit2021Row]) -> None:
    out = directory / "kit_apprentissage_v1.4_2021-01"
    out.mkdir(parents=True, exist_ok=True)
    header = "Numero_Fiche;Intitule;Date_Fin_Enregistrement;Actif;Etat_Fiche;"
    header += "Nomenclature_Europe_Intitule;Abrege_Code;Abrege_Intitule;"
    header += "Ancienne_Certification;Nouvelle_Certification;Type_Enregistrement"
    lines = [header] + [
        ";".join(
            _minimal(v)
            for v in [r.number, r.title, r.end, r.active, "Publiée", r.level, r.abbreviation]
            + [r.abbreviation_label, "", "", "Enregistrement de droit"]
        )
        for r in rows
    ]
    # cp1252, not UTF-8: é is 0xE9 and ’ is 0x92
    (out / "rncp_info.v1.4.csv").write_bytes(
        "".join(f"{line}\n" for line in lines).encode("cp1252")
    )


def _write_kit_2023(directory: Path, rows: list[Kit2023Row]) -> None:
    out = directory / "kit_apprentissage_2023-12-18"
    out.mkdir(parents=True, exist_ok=True)
    header = [
        "Code_Diplome",
        "Intitulé diplôme (DEPP)",
        "Code_RNCP",
        "Niveau fiche RNCP",
        "Abrégé de diplôme (RNCP)",
        "Dernière MaJ",
        "Accès à l'apprentissage de la fiche RNCP (oui/non)",
        "Date d'échéance de la fiche RNCP",
        "Fiche ACTIVE/INACTIVE",
    ]
    path = out / "Kit_apprentissage_20231218.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for r in rows:
            writer.writerow(
                [r.code_diplome, r.title, r.number, r.level, r.abbreviation]
                + ["CI-18122023", "oui", r.end, r.active]
            )


def write_certification_export(
    directory: Path, fixture: CertificationFixture | None = None, *, suffix: str = "2026_02_01"
) -> Path:
    """Write the fixture under ``directory/rncp`` as the official files lie there."""
    fixture = fixture or default_fixture()
    root = directory / "rncp"
    _write_links(root, fixture.fiches, suffix)
    _write_blocs(root, fixture.fiches)
    _write_kit_2021(root, fixture.kit_2021)
    _write_kit_2023(root, fixture.kit_2023)
    return root
