"""Settings read once, from unprefixed deployment-wide variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.config import Settings as GatewaySettings
from shared.settings import normalise_database_url


class TestDatabaseUrl:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("postgresql://u@h/db", "postgresql+asyncpg://u@h/db"),
            ("postgres://u@h/db", "postgresql+asyncpg://u@h/db"),
            ("sqlite:///x.db", "sqlite+aiosqlite:///x.db"),
            ("postgresql+asyncpg://u@h/db", "postgresql+asyncpg://u@h/db"),
        ],
    )
    def test_plain_urls_get_their_async_driver(self, given: str, expected: str) -> None:
        assert normalise_database_url(given) == expected

    def test_embedded_default_is_sqlite_in_the_state_dir(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        monkeypatch.setenv("TRAJECTOIRES_STATE_DIR", str(tmp_path))
        monkeypatch.delenv("DATABASE_URL", raising=False)
        settings = GatewaySettings()
        assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path / 'trajectoires.db'}"
        assert settings.qdrant_path == tmp_path / "qdrant"

    def test_production_is_configured_by_unprefixed_variables(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("DATABASE_URL", "postgresql://app@db/trajectoires")
        monkeypatch.setenv("QDRANT_URL", "http://qdrant:6333")
        monkeypatch.setenv("ENCODER", "sentence-transformers:/models/x")
        monkeypatch.setenv("GATEWAY_PORT", "9000")
        settings = GatewaySettings()
        assert settings.database_url == "postgresql+asyncpg://app@db/trajectoires"
        assert settings.qdrant_url == "http://qdrant:6333"
        assert settings.encoder == "sentence-transformers:/models/x"
        assert settings.port == 9000
