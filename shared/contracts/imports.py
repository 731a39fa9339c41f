"""What an administrator gets back from a referential import."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ReferentialName = Literal["rome", "certifications", "formacode", "esco"]


class UnknownCodes(BaseModel):
    count: int = Field(description="How many distinct codes were unknown.", examples=[2])
    sample: list[str] = Field(
        description="The first of them, sorted.", examples=[["A1234", "K9999"]]
    )


class ImportResult(BaseModel):
    name: str = Field(description="Referential imported.", examples=["rome"])
    version: str = Field(description="Version label.", examples=["460"])
    status: Literal["imported", "unchanged"] = Field(
        description="`unchanged`: the files match the current version, nothing was written.",
        examples=["imported"],
    )
    checksum: str = Field(
        description="Checksum of the files.",
        examples=["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    )
    counts: dict[str, int] = Field(
        description="Rows per table.", examples=[{"metiers": 1584, "appellations": 13120}]
    )
    unknown_codes: dict[str, UnknownCodes] = Field(
        description="Codes a link table cites that the referential does not know, per link."
    )


class ImportResponse(BaseModel):
    results: list[ImportResult] = Field(description="One result per release imported.")
