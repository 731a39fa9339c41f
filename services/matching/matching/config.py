"""Settings of the matching service."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import CommonSettings


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHING_", env_file=".env", extra="ignore")

    host: str = Field("127.0.0.1", description="Interface to listen on.")
    port: int = Field(8002, description="Port to listen on.")
    score_floor: float = Field(
        0.75,
        ge=0,
        lt=1,
        description="Cosine mapped to semantic score 0 (e5 cosines are compressed).",
    )
    coverage_weight: float = Field(
        0.6, ge=0, le=1, description="Share of skill coverage in the score when text is also given."
    )
    offer_ttl_days: int = Field(
        60, ge=1, description="Lifetime of an offer that states no end date, from publication."
    )
    index_batch_size: int = Field(32, ge=1, description="Fiches embedded per batch at index time.")


@lru_cache
def get_settings() -> Settings:
    return Settings()
