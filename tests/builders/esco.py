"""Small French ESCO files and an ESCO ↔ ROME crosswalk in their published formats."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

OCCUPATION = "http://data.europa.eu/esco/occupation/"
SKILL = "http://data.europa.eu/esco/skill/"
OCCUPATION_COLUMNS = [
    "conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels",
    "status", "modifiedDate", "regulatedProfessionNote", "scopeNote", "definition", "inScheme",
    "description", "code",
]  # fmt: skip
COLLECTION_COLUMNS = [
    "conceptType", "conceptUri", "preferredLabel", "status", "skillType", "reuseLevel",
    "altLabels", "description", "broaderConceptUri", "broaderConceptPT",
]  # fmt: skip
CROSSWALK_METADATA = [
    ("Mapping project name", "ESCO - ROME"),
    ("Mapping project author", "Pôle emploi - France"),
    ("Mapping project version", "V1.4"),
    ("Mapping project version date", "07/06/2022"),
    ("Classification 1 Name", "ESCO"),
    ("Classification 1 Concept type", "occupation"),
    ("Classification 1 Version", "1.0.9"),
    ("Classification 1 Language", "fr"),
    (
        "Classification 1 Landing page",
        "https://esco.ec.europa.eu/fr/classification/occupation_main",
    ),
    ("Classification 2 Name", "ROME "),
    ("Classification 2 Concept type", "occupation"),
    ("Classification 2 Version", "V3.0"),
    ("Classification 2 Language", "fr"),
    ("Classification 2 Landing page", "https://www.pole-emploi.fr/"),
]


@dataclass(kw_only=True)
class Occupation:
    """One occupation with its crosswalk rows; keyword defaults for what a test ignores."""

    id: str = "0a1b2c3d-0000-4000-8000-000000000001"
    label: str = "serveur/serveuse"
    alt_labels: list[str] = field(default_factory=list)
    code: str = "5131.1"
    description: str = "Les serveurs/serveuses servent les plats et les boissons."
    rome: list[tuple[str, str, str]] = field(default_factory=list)  # (code_ogr, label, relation)

    @property
    def uri(self) -> str:
        return OCCUPATION + self.id


def default_occupations() -> list[Occupation]:
    """Occupations mapped to appellations of the ROME fixture, and one mapped to none."""
    return [
        Occupation(
            alt_labels=["serveuse", "serveur en restauration", "garçon de café"],
            rome=[
                ("38281", "Serveur / Serveuse en restauration", "skos:exactMatch"),
                ("38282", "Chef de rang", "skos:broadMatch"),
            ],
        ),
        Occupation(
            id="0a1b2c3d-0000-4000-8000-000000000002",
            label="développeur web/développeuse web",
            alt_labels=["développeuse web", "intégrateur web"],
            code="2513.4",
            description="Les développeurs web/développeuses web développent des applications.",
            rome=[
                ("16001", "Développeur / Développeuse web", "skos:closeMatch"),
                ("16002", "Développeur / Développeuse informatique", "skos:narrowMatch"),
            ],
        ),
        Occupation(
            id="0a1b2c3d-0000-4000-8000-000000000003",
            label="éducateur spécialisé/éducatrice spécialisée",
            code="2635.2",
            rome=[("99999", "Éducateur spécialisé / Éducatrice spécialisée", "skos:exactMatch")],
        ),
        Occupation(id="0a1b2c3d-0000-4000-8000-000000000004", label="astronaute", code="3153.9"),
    ]


@dataclass(kw_only=True)
class EscoFixture:
    occupations: list[Occupation] = field(default_factory=default_occupations)
    skills: list[tuple[str, str, list[str]]] = field(
        default_factory=lambda: [
            ("s-0001", "accueillir les clients", ["recevoir les clients"]),
            ("s-0002", "développer une application web", []),
        ]
    )
    collection_skills: list[tuple[str, str, list[str]]] = field(
        default_factory=lambda: [("s-0003", "travailler en équipe", ["coopérer", "collaborer"])]
    )
    # crosswalk rows whose ESCO occupation is not in the occupations file
    orphan_mappings: list[tuple[str, str, str]] = field(
        default_factory=lambda: [("ffffffff-0000-4000-8000-00000000dead", "38283", "closeMatch")]
    )


def _write(path: Path, header: list[str], rows: list[list[str]], *, metadata: int = 0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if metadata:
            writer.writerows(CROSSWALK_METADATA[:metadata])
            handle.write("\n")
        writer.writerow(header)
        writer.writerows(rows)


def _occupation_row(o: Occupation) -> list[str]:
    return [
        "Occupation", o.uri, o.code.split(".")[0], o.label, "\n".join(o.alt_labels), "",
        "released", "2022-06-17T10:17:01.324Z",
        "http://data.europa.eu/esco/regulated-professions/unregulated", "", "",
        "http://data.europa.eu/esco/concept-scheme/occupations,\n"
        "http://data.europa.eu/esco/concept-scheme/member-occupations",
        o.description, o.code,
    ]  # fmt: skip


def write_esco(directory: Path, fixture: EscoFixture | None = None) -> Path:
    """Write the fixture under ``directory/esco`` as the files of ../shared/data; returns it."""
    fixture = fixture or EscoFixture()
    base = directory / "esco"
    official = base / "v1.1.1_fr_official"
    _write(
        official / "occupations_fr.csv",
        OCCUPATION_COLUMNS,
        [_occupation_row(o) for o in fixture.occupations],
    )
    _write(
        base / "fr_labels_api_2026-08" / "skills_fr.csv",
        ["conceptUri", "preferredLabel", "altLabels"],
        [[SKILL + id_, label, "|".join(alt)] for id_, label, alt in fixture.skills],
    )
    _write(
        official / "transversalSkillsCollection_fr.csv",
        COLLECTION_COLUMNS,
        [
            ["KnowledgeSkillCompetence", SKILL + id_, label, "released", "skill/competence",
             "transversal", "\n".join(alt), "", "", ""]
            for id_, label, alt in fixture.collection_skills
        ],
    )  # fmt: skip
    mappings = [
        [o.uri, o.label, code_ogr, label, relation]
        for o in fixture.occupations
        for code_ogr, label, relation in o.rome
    ]
    mappings += [
        [
            OCCUPATION + id_,
            "occupation retirée",
            code_ogr,
            "Commis / Commise de salle",
            f"skos:{rel}",
        ]
        for id_, code_ogr, rel in fixture.orphan_mappings
    ]
    _write(
        base / "crosswalk_esco_rome" / "FR_20230607_mapping_esco_rome.csv",
        [
            "classification 1 ID",
            "classification 1 prefered label",
            "classification 2 ID",
            "classification 2 prefered label",
            "mapping relation",
        ],
        mappings,
        metadata=len(CROSSWALK_METADATA),
    )
    return directory
