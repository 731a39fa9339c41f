"""The services assembled in-process: real database, real Qdrant Edge, chosen encoder."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx

from extraction.config import Settings as ExtractionSettings
from extraction.indexing import build_indexes as build_extraction_indexes
from extraction.main import create_app as create_extraction
from gateway.config import Settings as GatewaySettings
from gateway.main import create_app as create_gateway
from matching.config import Settings as MatchingSettings
from matching.indexing import build_indexes as build_matching_indexes
from matching.main import create_app as create_matching
from referentials.config import Settings as ReferentialsSettings
from referentials.main import create_app as create_referentials
from shared.clients import ReferentialsClient
from shared.encoder import build_encoder
from shared.vector_store import build_vector_store


def _ignore(_: str, __: int, ___: int) -> None:
    return None


@asynccontextmanager
async def referentials_transport(database_url: str) -> AsyncIterator[httpx.ASGITransport]:
    app = create_referentials(ReferentialsSettings(database_url=database_url))
    async with app.router.lifespan_context(app):
        yield httpx.ASGITransport(app=app)


async def build_indexes(database_url: str, state_dir: Path, encoder_spec: str) -> None:
    """Index the current ROME version the way `trajectoires index` does."""
    encoder = build_encoder(encoder_spec)
    store = build_vector_store(url=None, path=state_dir / "qdrant")
    async with referentials_transport(database_url) as transport:
        referentials = ReferentialsClient("http://referentials", transport=transport)
        await build_extraction_indexes(store, encoder, referentials, _ignore)
        await build_matching_indexes(store, encoder, referentials, _ignore)
        await referentials.aclose()
    await store.close()
    encoder.close()


def service_settings(database_url: str, state_dir: Path, encoder_spec: str) -> dict[str, object]:
    return {"database_url": database_url, "data_dir": state_dir, "encoder": encoder_spec}


@asynccontextmanager
async def running_stack(
    database_url: str, state_dir: Path, encoder_spec: str, *, referential_dir: Path | None = None
) -> AsyncIterator[httpx.AsyncClient]:
    """The gateway in front of the three services, every call in-process."""
    common = {
        **service_settings(database_url, state_dir, encoder_spec),
        "referential_dir": referential_dir,
    }
    referentials = create_referentials(ReferentialsSettings(**common))  # type: ignore[arg-type]
    apps = {
        "referentials": referentials,
        "extraction": create_extraction(
            ExtractionSettings(**common),  # type: ignore[arg-type]
            referentials=httpx.ASGITransport(app=referentials),
        ),
        "matching": create_matching(MatchingSettings(**common)),  # type: ignore[arg-type]
    }
    transports = {name: httpx.ASGITransport(app=app) for name, app in apps.items()}
    gateway = create_gateway(GatewaySettings(**common), transports=transports)  # type: ignore[arg-type]
    async with (
        apps["referentials"].router.lifespan_context(apps["referentials"]),
        apps["extraction"].router.lifespan_context(apps["extraction"]),
        apps["matching"].router.lifespan_context(apps["matching"]),
        gateway.router.lifespan_context(gateway),
    ):
        transport = httpx.ASGITransport(app=gateway)
        async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
            yield client
