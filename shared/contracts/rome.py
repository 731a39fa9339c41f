"""ROME 4.0 wire types: fiches métiers, appellations, skills."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

RomeCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Na-n]\d{4}$", to_upper=True, strip_whitespace=True)
]
OgrCode = Annotated[str, StringConstraints(pattern=r"^\d{1,9}$", strip_whitespace=True)]

# examples shown in the OpenAPI document
CURSOR_EXAMPLE = "RzE4MDM="
CHECKSUM_EXAMPLE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
COUNTS_EXAMPLE = {"metiers": 1584, "appellations": 13120, "skills": 18317}


class SkillType(StrEnum):
    """The three kinds of ROME 4.0 skill items."""

    savoir_faire = "savoir_faire"
    savoir_etre = "savoir_etre"
    savoir = "savoir"


class _Read(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class AppellationRead(_Read):
    code: str = Field(description="Appellation code_ogr.", examples=["19430"])
    label: str = Field(description="Long label.", examples=["Serveur / Serveuse en restauration"])
    label_short: str | None = Field(
        None, description="Short label.", examples=["Serveur / Serveuse en restauration"]
    )
    code_rome: str = Field(description="ROME code of its fiche métier.", examples=["G1803"])
    peu_usite: bool = Field(
        False, description="Rarely used, hidden on the public fiche.", examples=[False]
    )


class SkillRead(_Read):
    code: str = Field(description="Skill code_ogr.", examples=["104324"])
    label: str = Field(description="Official label.", examples=["Prendre une commande client"])
    type: SkillType = Field(
        description="savoir_faire, savoir_etre or savoir.", examples=["savoir_faire"]
    )


class FicheSkill(SkillRead):
    core: bool = Field(
        description="Core skill of the métier (`coeur_metier` = Principale).", examples=[True]
    )
    emerging: bool = Field(
        False, description="Emerging skill (`coeur_metier` = Émergente).", examples=[False]
    )
    domain: str | None = Field(
        None,
        description="Skills tree, level 1: domaine de compétences.",
        examples=["Développement économique"],
    )
    enjeu: str | None = Field(
        None, description="Skills tree, level 2: enjeu.", examples=["Relation client"]
    )
    objectif: str | None = Field(
        None,
        description="Skills tree, level 3: objectif.",
        examples=["Gérer la relation client, recueillir et analyser les besoins client"],
    )


class WorkContext(_Read):
    code: str = Field(description="Work context code_ogr.", examples=["23374"])
    label: str = Field(description="Label.", examples=["Travail le samedi"])
    type_label: str = Field(
        description="Kind of context.", examples=["Horaires et durée du travail"]
    )


class Mobilite(BaseModel):
    code_rome: str = Field(
        description="Target fiche of the official career move.", examples=["G1502"]
    )
    label: str = Field(description="Its label.", examples=["Employé / Employée d'hôtel"])
    position: int = Field(description="Order given by the fiche (1 comes first).", examples=[1])


class Facet(BaseModel):
    code: str = Field(description="Code in its classification.", examples=["141"])
    label: str = Field(description="Label.", examples=["Restauration"])
    principal: bool = Field(
        description="Main entry of the fiche in this classification.", examples=[False]
    )


class Riasec(BaseModel):
    # client generators name classes after titles: keep apart from the letters, profile.Riasec
    model_config = ConfigDict(title="RiasecProfile")

    major: str | None = Field(None, description="Main Holland (RIASEC) type.", examples=["R"])
    minor: str | None = Field(None, description="Secondary type.", examples=["S"])


class MetierSummary(_Read):
    code_rome: str = Field(description="ROME 4.0 code.", examples=["G1803"])
    label: str = Field(description="Fiche label.", examples=["Serveur / Serveuse en restauration"])
    code_rome_parent: str | None = Field(
        None, description="The ROME v3 fiche it derives from.", examples=["G1803"]
    )


class MetierFiche(MetierSummary):
    definition: str | None = Field(
        None,
        description="Official definition of the métier.",
        examples=["Réalise le service des mets et des boissons, dresse et dessert les tables."],
    )
    access: str | None = Field(
        None,
        description="How one enters the métier.",
        examples=["Ce métier est accessible avec un CAP/BEP en restauration."],
    )
    domain_code: str | None = Field(None, description="Professional domain code.", examples=["G18"])
    domain_label: str | None = Field(
        None, description="Professional domain label.", examples=["Service"]
    )
    appellations: list[AppellationRead] = Field(description="Job titles of this fiche.")
    skills: list[FicheSkill] = Field(
        description="Savoir-faire, savoir-être and savoirs: core first, each with its place in "
        "the skills tree."
    )
    work_contexts: list[WorkContext] = Field(
        default_factory=list, description="Schedules, places, conditions."
    )
    mobilites: list[Mobilite] = Field(
        default_factory=list, description="Official career moves, in order."
    )
    sectors: list[Facet] = Field(default_factory=list, description="Activity sub-sectors.")
    naf_sectors: list[Facet] = Field(default_factory=list, description="NAF sectors.")
    interests: list[Facet] = Field(default_factory=list, description="Centres d'intérêt.")
    themes: list[Facet] = Field(default_factory=list, description="Themes.")
    riasec: Riasec = Field(default_factory=Riasec, description="Holland (RIASEC) profile.")
    referential_version: str = Field(
        description="ROME version this fiche comes from.", examples=["460"]
    )


class MetierPage(BaseModel):
    items: list[MetierSummary] = Field(description="Fiches: best matches first, else by code.")
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page.", examples=[CURSOR_EXAMPLE]
    )


class AppellationPage(BaseModel):
    items: list[AppellationRead] = Field(
        description="Appellations: best matches first, else by code."
    )
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page.", examples=[CURSOR_EXAMPLE]
    )


class SkillPage(BaseModel):
    items: list[SkillRead] = Field(description="Skills: best matches first, else by code.")
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page.", examples=[CURSOR_EXAMPLE]
    )


class SkillFiche(BaseModel):
    code_rome: str = Field(description="A fiche métier listing the skill.", examples=["G1803"])
    label: str = Field(description="Its label.", examples=["Serveur / Serveuse en restauration"])
    core: bool = Field(description="Core skill of that fiche.", examples=[True])


class SkillDetail(SkillRead):
    category: str | None = Field(
        None, description="Official category or nature.", examples=["Savoir-faire"]
    )
    macro_code: str | None = Field(
        None, description="Its macro-compétence code_ogr.", examples=["300363"]
    )
    domain: str | None = Field(
        None, description="Skills tree, level 1.", examples=["Développement économique"]
    )
    enjeu: str | None = Field(
        None, description="Skills tree, level 2.", examples=["Relation client"]
    )
    objectif: str | None = Field(
        None,
        description="Skills tree, level 3.",
        examples=["Gérer la relation client, recueillir et analyser les besoins client"],
    )
    metiers: list[SkillFiche] = Field(description="Fiches métiers listing it, core first.")
    referential_version: str = Field(description="ROME version.", examples=["460"])


class RomeV3Mapping(BaseModel):
    code_rome_v3: str = Field(description="The ROME v3 code asked for.", examples=["M1607"])
    metiers: list[MetierSummary] = Field(description="ROME 4.0 fiches derived from it.")


class MetierSkillLink(BaseModel):
    code_rome: str
    code: str
    core: bool


class MetierSkillPage(BaseModel):
    """Bulk export of the métier → skill links, for indexers."""

    items: list[MetierSkillLink]
    next_cursor: str | None = None


class ReferentialVersion(BaseModel):
    name: str = Field(description="Referential name, e.g. `rome`.", examples=["rome"])
    version: str = Field(description="Version label, e.g. `460`.", examples=["460"])
    checksum: str = Field(
        description="Checksum of the imported files.", examples=[CHECKSUM_EXAMPLE]
    )
    imported_at: str = Field(
        description="ISO timestamp of the import.", examples=["2025-09-18T09:30:00+00:00"]
    )
    counts: dict[str, int] = Field(
        description="Rows imported per table.", examples=[COUNTS_EXAMPLE]
    )


class VersionRead(BaseModel):
    id: int = Field(description="Id of this import in the version registry.", examples=[1])
    name: str = Field(description="Referential name, e.g. `rome`.", examples=["rome"])
    version: str = Field(description="Version label, e.g. `460`.", examples=["460"])
    checksum: str = Field(
        description="Checksum of the imported files.", examples=[CHECKSUM_EXAMPLE]
    )
    imported_at: str = Field(
        description="ISO timestamp of the import.", examples=["2025-09-18T09:30:00+00:00"]
    )
    is_current: bool = Field(
        description="Whether this version is the one served by default.", examples=[True]
    )
    counts: dict[str, int] = Field(
        description="Rows imported per table.", examples=[COUNTS_EXAMPLE]
    )


class VersionList(BaseModel):
    items: list[VersionRead] = Field(description="Every imported version, by referential.")


class Relabelled(BaseModel):
    code: str = Field(description="Code of the item, stable across versions.", examples=["G1803"])
    before: str = Field(description="Label in the older version.", examples=["Personnel de salle"])
    after: str = Field(
        description="Label in the newer version.", examples=["Serveur / Serveuse en restauration"]
    )


class ItemRef(BaseModel):
    code: str = Field(description="Code of the item.", examples=["G1803"])
    label: str = Field(description="Its label.", examples=["Serveur / Serveuse en restauration"])


class TableDiff(BaseModel):
    added: list[ItemRef] = Field(description="Items only in the newer version.")
    removed: list[ItemRef] = Field(description="Items only in the older version.")
    relabelled: list[Relabelled] = Field(description="Items whose label changed.")


class VersionDiff(BaseModel):
    name: str = Field(description="Referential name.", examples=["rome"])
    base: VersionRead = Field(description="The older version.")
    target: VersionRead = Field(description="The newer version.")
    tables: dict[str, TableDiff] = Field(description="Differences per kind of item.")
