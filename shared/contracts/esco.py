"""ESCO wire types: French labels of European occupations and their ROME appellations."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class MappingRelation(StrEnum):
    """SKOS relation of the ESCO occupation to the ROME appellation, read ESCO → ROME."""

    exact_match = "exactMatch"
    close_match = "closeMatch"
    broad_match = "broadMatch"
    narrow_match = "narrowMatch"


class EscoOccupationSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    uri: str = Field(
        description="ESCO concept URI; its last segment is accepted as id in paths.",
        examples=["http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"],
    )
    code: str = Field(
        description="ESCO occupation code (ISCO group + suffix).", examples=["2654.1.7"]
    )
    label: str = Field(
        description="Preferred French label.", examples=["directeur technique/directrice technique"]
    )


class RomeAppellationMatch(BaseModel):
    code_ogr: str = Field(description="ROME appellation code_ogr.", examples=["15244"])
    label: str = Field(
        description="Appellation label, as in the crosswalk.", examples=["Gemmologue"]
    )
    code_rome: str | None = Field(
        description="ROME 4.0 fiche of the appellation in the current ROME; null when ROME is "
        "not imported or no longer lists this appellation.",
        examples=["B1607"],
    )
    relation: MappingRelation = Field(
        description="How the ESCO occupation relates to it.", examples=["exactMatch"]
    )


class EscoOccupationRead(EscoOccupationSummary):
    isco_group: str = Field(description="ISCO-08 unit group.", examples=["2654"])
    alt_labels: list[str] = Field(
        description="Alternative French labels.", examples=[["directrice technique de théâtre"]]
    )
    description: str | None = Field(
        description="Official French description.",
        examples=["Les directeurs techniques réalisent la vision artistique du créateur."],
    )
    rome_appellations: list[RomeAppellationMatch] = Field(
        description="ROME appellations mapped by the official ESCO ↔ ROME crosswalk."
    )
    referential_version: str = Field(description="ESCO version, e.g. `1.1.1`.", examples=["1.1.1"])


class EscoOccupationPage(BaseModel):
    items: list[EscoOccupationSummary] = Field(
        description="Occupations: best matches first, else by URI."
    )
    next_cursor: str | None = Field(
        None,
        description="Pass as `cursor` for the next page; searches return one page only.",
        examples=["MDAwMzBkMDk="],
    )


class EscoOccupationMatch(BaseModel):
    uri: str = Field(
        description="ESCO occupation URI.",
        examples=["http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"],
    )
    label: str = Field(
        description="Preferred French label (the crosswalk's when ESCO lacks it).",
        examples=["directeur technique/directrice technique"],
    )
    relation: MappingRelation = Field(
        description="How the ESCO occupation relates to it.", examples=["exactMatch"]
    )


class AppellationEscoMatches(BaseModel):
    code_ogr: str = Field(description="The ROME appellation asked for.", examples=["19430"])
    items: list[EscoOccupationMatch] = Field(
        description="ESCO occupations mapped to it, exact matches first."
    )


class AppellationEscoLabels(BaseModel):
    """One crosswalk row that names a ROME appellation, with its ESCO occupation's labels."""

    code_ogr: str = Field(description="ROME appellation code_ogr.", examples=["19430"])
    occupation_uri: str = Field(description="ESCO occupation URI the labels come from.")
    relation: MappingRelation = Field(
        description="How the ESCO occupation relates to the appellation: exactMatch, "
        "closeMatch or narrowMatch (broader occupations name other appellations too)."
    )
    labels: list[str] = Field(
        description="Preferred then alternative French labels of the ESCO occupation, "
        "deduplicated, gendered forms as ESCO writes them.",
        examples=[["serveur/serveuse", "garçon de café"]],
    )


class AppellationEscoLabelsPage(BaseModel):
    """Bulk export of the ESCO labels naming each ROME appellation, for indexers."""

    items: list[AppellationEscoLabels] = Field(
        description="Crosswalk rows of the current ESCO, by code_ogr then occupation URI."
    )
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page.")
