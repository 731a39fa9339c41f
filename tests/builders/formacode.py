"""Small Formacode V14 and V13 files in their published formats, written by the tests."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from referentials.formacode.reader import V14_COLUMNS

V14_NAME = "Descripteur_Formacode_des_Champs_Semantiques_20241212.csv"
SCIENCES_HUMAINES = "Sciences humaines, langues, pédagogie, information communication"


@dataclass(kw_only=True)
class Descriptor:
    """One descriptor; keyword defaults make the ones a test does not care about."""

    code: str = "15061"
    label: str = "Accompagnement vers emploi"
    semantic_field: str = "150 DEVELOPPEMENT PROFESSIONNEL ET PERSONNEL"
    synonyms: list[str] = field(default_factory=list)
    job_synonyms: list[str] = field(default_factory=list)
    generic: tuple[str, str] | None = None  # (label, code); no code for the head of a field
    specific: list[tuple[str, str]] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)
    explanation: str = ""
    application: str = ""
    tree: str = "A0A0"
    rome_v3: list[tuple[str, str]] = field(default_factory=list)  # V13 only


def default_descriptors() -> list[Descriptor]:
    """A semantic-field head, its children, and labels that test folding (Éducation, l')."""
    return [
        Descriptor(
            code="15054",
            label="Développement professionnel et personnel",
            generic=(SCIENCES_HUMAINES, ""),
            specific=[("Accompagnement vers emploi", "15061")],
            application="Employer si possible un descripteur plus précis.",
        ),
        Descriptor(
            synonyms=["insertion professionnelle", "réinsertion professionnelle"],
            generic=("Développement professionnel et personnel", "15054"),
            related=[("Public jeune", "70001")],
            explanation="Soutien à la recherche d’emploi ;\nvoir [[TECHNIQUE RECHERCHE EMPLOI]].",
            tree="A0A0A0",
            rome_v3=[("K1801", "Conseil en emploi et insertion socioprofessionnelle")],
        ),
        Descriptor(
            code="44050",
            label="Éducation",
            semantic_field="445 INGENIERIE FORMATION PEDAGOGIE",
            specific=[("Éducation spécialisée", "44051")],
            tree="B0A0",
        ),
        Descriptor(
            code="44051",
            label="Éducation spécialisée",
            semantic_field="445 INGENIERIE FORMATION PEDAGOGIE",
            job_synonyms=["éducateur spécialisé", "éducatrice spécialisée"],
            generic=("Éducation", "44050"),
            tree="B0A0A0",
        ),
        Descriptor(
            code="44052",
            label="Sciences de l'éducation",
            semantic_field="445 INGENIERIE FORMATION PEDAGOGIE",
            tree="B0A1",
        ),
        Descriptor(
            code="44053",
            label="Rééducation fonctionnelle",
            semantic_field="445 INGENIERIE FORMATION PEDAGOGIE",
            tree="B0A2",
        ),
        Descriptor(
            code="31054",
            label="Langage programmation",
            semantic_field="310 INFORMATIQUE - SYSTEMES D'INFORMATION ET NUMERIQUE",
            synonyms=["langage informatique"],
            job_synonyms=["développeur"],
            tree="C0A0",
            # FCod.csv carries cp1252 apostrophes read as latin-1: U+0092, not ’
            rome_v3=[
                ("M1805", "Études et développement informatique"),
                ("M1810", "Production et exploitation de systèmes d\x92information"),
            ],
        ),
    ]


def _v14_row(d: Descriptor) -> list[str]:
    def terms(items: list[tuple[str, str]]) -> str:
        return "###".join(f"{label} - {code}" for label, code in items)

    generic = (
        ""
        if d.generic is None
        else (f"{d.generic[0]} - {d.generic[1]}" if d.generic[1] else d.generic[0])
    )
    return [
        d.code, d.label.upper(), d.label, d.semantic_field, "###".join(d.synonyms),
        "###".join(d.job_synonyms), generic, terms(d.specific), terms(d.related), d.explanation,
        d.application, "", "", d.tree,
    ]  # fmt: skip


def write_formacode_v14(directory: Path, descriptors: list[Descriptor] | None = None) -> Path:
    """The V14 workbook as exported: UTF-8, `,`, every field quoted, CRLF, `###` lists."""
    path = directory / "formacode" / "v14" / V14_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(V14_COLUMNS)
        writer.writerows(_v14_row(d) for d in descriptors or default_descriptors())
    return path


def _v13_row(d: Descriptor) -> list[str]:
    def terms(items: list[tuple[str, str]]) -> str:
        return "$".join(f"{code} {label.upper()}" for label, code in items)

    generic = f"{d.generic[1]} {d.generic[0].upper()}" if d.generic and d.generic[1] else ""
    rome = "$".join(f"{code} {label}" for code, label in d.rome_v3)
    return [
        d.code, d.label.upper(), d.label.lower(), "", "", "DOM", d.semantic_field,
        "$".join(d.synonyms), "$".join(d.job_synonyms), generic, terms(d.specific),
        terms(d.related), d.explanation, d.application, "", "", rome,
        f"{d.code} {d.label.upper()}", "", d.tree,
    ]  # fmt: skip


def write_formacode_v13(directory: Path, descriptors: list[Descriptor] | None = None) -> Path:
    """``FCod.csv`` as found: no header, 20 columns, `,`, quotes only where needed, LF."""
    path = directory / "formacode" / "v13" / "FCod.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerows(_v13_row(d) for d in descriptors or default_descriptors())
    return path


def write_formacode(directory: Path) -> Path:
    """Both files under ``directory/formacode``; returns ``directory``."""
    write_formacode_v14(directory)
    write_formacode_v13(directory)
    return directory
