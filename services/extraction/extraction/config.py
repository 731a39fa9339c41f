"""Settings of the extraction service."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import CommonSettings


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="EXTRACTION_", env_file=".env", extra="ignore")

    host: str = Field("127.0.0.1", description="Interface to listen on.")
    port: int = Field(8001, description="Port to listen on.")
    score_floor: float = Field(
        0.80,
        ge=0,
        lt=1,
        description="Cosine mapped to profession score 0 (e5 cosines are compressed).",
    )
    skill_threshold: float | None = Field(
        None,
        ge=0,
        le=1,
        description="Lowest skill score returned; unset, the calibrated threshold is used.",
    )
    max_skills: int = Field(30, ge=1, description="Most skills returned per document.")
    max_units: int = Field(
        80, ge=1, description="Units of text (lines, sentences) read for skills per document."
    )
    max_file_bytes: int = Field(10_000_000, ge=1, description="Largest uploaded file.")
    index_batch_size: int = Field(128, ge=1, description="Labels embedded per batch at index time.")


@lru_cache
def get_settings() -> Settings:
    return Settings()
