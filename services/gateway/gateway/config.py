"""Settings of the gateway."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr, field_validator, model_validator
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
    max_body_bytes: int = Field(
        12_000_000,
        ge=1,
        description="Largest request body; above the upload limit, for the multipart envelope.",
    )
    requests_per_minute: int = Field(
        600, ge=0, description="Rate limit of a tenant that sets none; 0: unlimited."
    )
    requests_per_day: int = Field(
        100_000,
        ge=0,
        description="Daily quota (UTC days) of a tenant that sets none; 0: unlimited.",
    )
    redis_url: SecretStr | None = Field(
        None,
        description="Redis holding the rate-limit counters, shared by every replica; "
        "empty: counters in this process.",
    )
    redis_key_prefix: str = Field(
        "trajectoires:ratelimit",
        min_length=1,
        description="Prefix of the rate-limit keys, so that deployments can share one Redis.",
    )

    @field_validator("redis_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        # compose passes an unset variable as an empty string
        return value or None

    @model_validator(mode="after")
    def _body_holds_an_upload(self) -> Settings:
        if self.max_body_bytes <= self.max_upload_bytes:
            raise ValueError(
                "GATEWAY_MAX_BODY_BYTES must exceed GATEWAY_MAX_UPLOAD_BYTES: "
                "an upload travels inside a multipart body"
            )
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
