"""Settings shared by every service: data directory, stores, encoder, peer URLs."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


def _default_data_dir() -> Path:
    return REPO_ROOT / ".data"


def _default_referential_dir() -> Path | None:
    candidate = REPO_ROOT.parent / "shared" / "data"
    return candidate if candidate.is_dir() else None


def normalise_database_url(url: str) -> str:
    """Turn a plain ``postgresql://`` or ``sqlite://`` URL into its async-driver form."""
    for plain, driver in (
        ("postgresql://", "postgresql+asyncpg://"),
        ("postgres://", "postgresql+asyncpg://"),
        ("sqlite://", "sqlite+aiosqlite://"),
    ):
        if url.startswith(plain):
            return driver + url[len(plain) :]
    return url


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class CommonSettings(BaseSettings):
    """What every service reads; a service subclasses it with its own ``env_prefix``.

    The fields below are read from unprefixed variables (``DATABASE_URL``, ``QDRANT_URL``,
    ``ENCODER``...) so that one environment configures the whole deployment.
    """

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    environment: Literal["development", "test", "production"] = Field(
        "development", validation_alias=_env("TRAJECTOIRES_ENV", "environment")
    )
    data_dir: Path = Field(
        default_factory=_default_data_dir,
        validation_alias=_env("TRAJECTOIRES_STATE_DIR", "data_dir"),
        description="Where every stateful file lives in embedded mode (SQLite, Qdrant Edge).",
    )
    referential_dir: Path | None = Field(
        default_factory=_default_referential_dir,
        validation_alias=_env("TRAJECTOIRES_DATA_DIR", "referential_dir"),
        description="Directory holding the official open-data files (ROME, RNCP, Formacode...).",
    )
    database_url: str = Field("", validation_alias=_env("DATABASE_URL", "database_url"))
    qdrant_url: str | None = Field(None, validation_alias=_env("QDRANT_URL", "qdrant_url"))
    qdrant_api_key: SecretStr | None = Field(
        None, validation_alias=_env("QDRANT_API_KEY", "qdrant_api_key")
    )
    encoder: str = Field("e5-onnx", validation_alias=_env("ENCODER", "encoder"))
    log_level: str = Field("INFO", validation_alias=_env("LOG_LEVEL", "log_level"))
    http_timeout_s: float = Field(
        30.0, validation_alias=_env("HTTP_TIMEOUT_S", "http_timeout_s"), gt=0
    )
    http_retries: int = Field(
        1,
        ge=0,
        validation_alias=_env("HTTP_RETRIES", "http_retries"),
        description="Extra attempts of a GET that could not connect or timed out.",
    )
    http_retry_backoff_s: float = Field(
        0.1,
        ge=0,
        validation_alias=_env("HTTP_RETRY_BACKOFF_S", "http_retry_backoff_s"),
        description="Pause before the first retry, doubled before each next one (with jitter).",
    )
    breaker_failure_threshold: int = Field(
        5,
        ge=1,
        validation_alias=_env("BREAKER_FAILURE_THRESHOLD", "breaker_failure_threshold"),
        description="Consecutive failed calls to a service that open its circuit breaker.",
    )
    breaker_window_s: float = Field(
        30.0,
        gt=0,
        validation_alias=_env("BREAKER_WINDOW_S", "breaker_window_s"),
        description="Seconds within which those failures must fall.",
    )
    breaker_reset_timeout_s: float = Field(
        10.0,
        gt=0,
        validation_alias=_env("BREAKER_RESET_TIMEOUT_S", "breaker_reset_timeout_s"),
        description="Seconds an open breaker refuses calls before it lets one trial call through.",
    )
    referentials_url: str = Field(
        "http://127.0.0.1:8003", validation_alias=_env("REFERENTIALS_URL", "referentials_url")
    )
    extraction_url: str = Field(
        "http://127.0.0.1:8001", validation_alias=_env("EXTRACTION_URL", "extraction_url")
    )
    matching_url: str = Field(
        "http://127.0.0.1:8002", validation_alias=_env("MATCHING_URL", "matching_url")
    )

    @field_validator("database_url")
    @classmethod
    def _normalise_url(cls, value: str) -> str:
        return normalise_database_url(value)

    @model_validator(mode="after")
    def _default_database(self) -> CommonSettings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir / 'trajectoires.db'}"
        return self

    @property
    def encoder_cache_dir(self) -> Path:
        """Where converted encoder models are kept (e5-onnx converts the bundled weights once)."""
        return self.data_dir / "models" / "e5-onnx"

    @property
    def qdrant_path(self) -> Path:
        """Directory of the embedded Qdrant Edge shards."""
        return self.data_dir / "qdrant"
