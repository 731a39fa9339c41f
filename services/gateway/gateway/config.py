"""Settings of the gateway."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import CommonSettings


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", env_file=".env", extra="ignore")

    host: str = Field("127.0.0.1", description="Interface to listen on.")
    port: int = Field(8000, description="Port to listen on.")
    cache_max_age_s: int = Field(
        300, ge=0, description="Cache-Control max-age of read responses (they carry an ETag)."
    )
    max_upload_bytes: int = Field(10_000_000, ge=1, description="Largest uploaded file.")


@lru_cache
def get_settings() -> Settings:
    return Settings()
