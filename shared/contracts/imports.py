"""What an administrator gets back from a referential import."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ReferentialName = Literal["rome", "certifications", "formacode", "esco"]


class UnknownCodes(BaseModel):
    count: int = Field(description="How many distinct codes were unknown.")
    sample: list[str] = Field(description="The first of them, sorted.")


class ImportResult(BaseModel):
    name: str = Field(description="Referential imported.", examples=["rome"])
    version: str = Field(description="Version label.", examples=["460"])
    status: Literal["imported", "unchanged"] = Field(
        description="`unchanged`: the files match the current version, nothing was written."
    )
    checksum: str = Field(description="Checksum of the files.")
    counts: dict[str, int] = Field(description="Rows per table.")
    unknown_codes: dict[str, UnknownCodes] = Field(
        description="Codes a link table cites that the referential does not know, per link."
    )


class ImportResponse(BaseModel):
    results: list[ImportResult] = Field(description="One result per release imported.")
