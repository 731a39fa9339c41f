"""ROME 4.0 wire types: fiches métiers, appellations, skills."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

RomeCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Na-n]\d{4}$", to_upper=True, strip_whitespace=True)
]
OgrCode = Annotated[str, StringConstraints(pattern=r"^\d{1,9}$", strip_whitespace=True)]


class SkillType(StrEnum):
    """The three kinds of ROME 4.0 skill items."""

    savoir_faire = "savoir_faire"
    savoir_etre = "savoir_etre"
    savoir = "savoir"


class _Read(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class AppellationRead(_Read):
    code: str = Field(description="Appellation code_ogr.", examples=["38281"])
    label: str = Field(description="Long label.", examples=["Serveur / Serveuse en restauration"])
    label_short: str | None = Field(None, description="Short label.")
    code_rome: str = Field(description="ROME code of its fiche métier.", examples=["G1803"])
    peu_usite: bool = Field(False, description="Rarely used, hidden on the public fiche.")


class SkillRead(_Read):
    code: str = Field(description="Skill code_ogr.", examples=["125910"])
    label: str = Field(description="Official label.")
    type: SkillType = Field(description="savoir_faire, savoir_etre or savoir.")


class FicheSkill(SkillRead):
    core: bool = Field(description="Core skill of the métier (`coeur_metier` = Principale).")
    emerging: bool = Field(False, description="Emerging skill (`coeur_metier` = Émergente).")
    domain: str | None = Field(None, description="Skills tree, level 1: domaine de compétences.")
    enjeu: str | None = Field(None, description="Skills tree, level 2: enjeu.")
    objectif: str | None = Field(None, description="Skills tree, level 3: objectif.")


class WorkContext(_Read):
    code: str = Field(description="Work context code_ogr.", examples=["23374"])
    label: str = Field(description="Label.", examples=["Travail le samedi"])
    type_label: str = Field(
        description="Kind of context.", examples=["Horaires et durée du travail"]
    )


class Mobilite(BaseModel):
    code_rome: str = Field(description="Target fiche of the official career move.")
    label: str = Field(description="Its label.")
    position: int = Field(description="Order given by the fiche (1 comes first).")


class Facet(BaseModel):
    code: str = Field(description="Code in its classification.")
    label: str = Field(description="Label.")
    principal: bool = Field(description="Main entry of the fiche in this classification.")


class Riasec(BaseModel):
    major: str | None = Field(None, description="Main Holland (RIASEC) type.", examples=["R"])
    minor: str | None = Field(None, description="Secondary type.", examples=["S"])


class MetierSummary(_Read):
    code_rome: str = Field(description="ROME 4.0 code.", examples=["G1803"])
    label: str = Field(description="Fiche label.", examples=["Personnel de salle"])
    code_rome_parent: str | None = Field(None, description="The ROME v3 fiche it derives from.")


class MetierFiche(MetierSummary):
    definition: str | None = Field(None, description="Official definition of the métier.")
    access: str | None = Field(None, description="How one enters the métier.")
    domain_code: str | None = Field(None, description="Professional domain code.")
    domain_label: str | None = Field(None, description="Professional domain label.")
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
    referential_version: str = Field(description="ROME version this fiche comes from.")


class MetierPage(BaseModel):
    items: list[MetierSummary]
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page.")


class AppellationPage(BaseModel):
    items: list[AppellationRead]
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page.")


class SkillPage(BaseModel):
    items: list[SkillRead]
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page.")


class SkillFiche(BaseModel):
    code_rome: str = Field(description="A fiche métier listing the skill.")
    label: str = Field(description="Its label.")
    core: bool = Field(description="Core skill of that fiche.")


class SkillDetail(SkillRead):
    category: str | None = Field(None, description="Official category or nature.")
    macro_code: str | None = Field(None, description="Its macro-compétence code_ogr.")
    domain: str | None = Field(None, description="Skills tree, level 1.")
    enjeu: str | None = Field(None, description="Skills tree, level 2.")
    objectif: str | None = Field(None, description="Skills tree, level 3.")
    metiers: list[SkillFiche] = Field(description="Fiches métiers listing it, core first.")
    referential_version: str = Field(description="ROME version.")


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
    name: str = Field(description="Referential name, e.g. `rome`.")
    version: str = Field(description="Version label, e.g. `460`.")
    checksum: str = Field(description="Checksum of the imported files.")
    imported_at: str = Field(description="ISO timestamp of the import.")
    counts: dict[str, int] = Field(description="Rows imported per table.")


class VersionRead(BaseModel):
    id: int = Field(description="Id of this import in the version registry.")
    name: str = Field(description="Referential name, e.g. `rome`.")
    version: str = Field(description="Version label, e.g. `460`.")
    checksum: str = Field(description="Checksum of the imported files.")
    imported_at: str = Field(description="ISO timestamp of the import.")
    is_current: bool = Field(description="Whether this version is the one served by default.")
    counts: dict[str, int] = Field(description="Rows imported per table.")


class VersionList(BaseModel):
    items: list[VersionRead]


class Relabelled(BaseModel):
    code: str = Field(description="Code of the item, stable across versions.")
    before: str = Field(description="Label in the older version.")
    after: str = Field(description="Label in the newer version.")


class ItemRef(BaseModel):
    code: str = Field(description="Code of the item.")
    label: str = Field(description="Its label.")


class TableDiff(BaseModel):
    added: list[ItemRef] = Field(description="Items only in the newer version.")
    removed: list[ItemRef] = Field(description="Items only in the older version.")
    relabelled: list[Relabelled] = Field(description="Items whose label changed.")


class VersionDiff(BaseModel):
    name: str = Field(description="Referential name.")
    base: VersionRead = Field(description="The older version.")
    target: VersionRead = Field(description="The newer version.")
    tables: dict[str, TableDiff] = Field(description="Differences per kind of item.")
