"""Gateway command line: schema, tenants and API keys."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from gateway.config import get_settings
from gateway.migrations import migrate as migrate_schema
from gateway.tenancy.service import authenticate, ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from shared.errors import Unauthorized

app = typer.Typer(help="Trajectoires gateway.", no_args_is_help=True)
console = Console(stderr=True, soft_wrap=True)


@app.command()
def migrate() -> None:
    """Create or upgrade the gateway tables."""
    migrate_schema(get_settings().database_url)
    console.print("gateway schema up to date")


async def _create_key(tenant_name: str, scopes: tuple[str, ...]) -> str:
    engine = create_engine(get_settings().database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            tenant = await ensure_tenant(session, tenant_name)
            return await issue_key(session, tenant, scopes=scopes)
    finally:
        await engine.dispose()


async def _is_valid(key: str) -> bool:
    engine = create_engine(get_settings().database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            await authenticate(session, key)
            return True
    except Unauthorized:
        return False
    finally:
        await engine.dispose()


@app.command("create-key")
def create_key(
    tenant: Annotated[str, typer.Option(help="Tenant name; created if new.")],
    scopes: Annotated[str, typer.Option(help="Comma-separated scopes.")] = "read",
) -> None:
    """Issue an API key; it is printed once and stored only as a digest."""
    key = asyncio.run(_create_key(tenant, tuple(s.strip() for s in scopes.split(",") if s.strip())))
    print(key)


@app.command("dev-key")
def dev_key(path: Annotated[Path, typer.Option(help="Where the key is kept.")]) -> None:
    """Print the development key kept in ``path``, issuing a new one if it is absent or invalid."""
    if path.is_file() and asyncio.run(_is_valid(path.read_text().strip())):
        print(path.read_text().strip())
        return
    key = asyncio.run(_create_key("dev", ("read", "ingest", "admin")))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(key + "\n")
    path.chmod(0o600)
    print(key)


if __name__ == "__main__":
    app()
