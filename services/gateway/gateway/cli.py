"""Gateway command line: schema, tenants and API keys; every change is audited as `cli`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.admin import service as admin
from gateway.admin.audit import COMMAND_LINE, Auditor, audited
from gateway.config import get_settings
from gateway.migrations import migrate as migrate_schema
from gateway.tenancy.service import UnknownTenant, authenticate
from shared.contracts.tenants import (
    KeyCreate,
    KeyIssued,
    KeyRead,
    KeyRotate,
    TenantCreate,
    TenantRead,
    TenantUpdate,
)
from shared.db import create_engine, create_sessionmaker, unit_of_work
from shared.errors import AppError, Unauthorized
from shared.logging import configure_logging

T = TypeVar("T")

app = typer.Typer(help="Trajectoires gateway.", no_args_is_help=True)
tenants_app = typer.Typer(help="Tenants: create, list, change their limits.", no_args_is_help=True)
keys_app = typer.Typer(help="API keys: issue, list, rotate, revoke.", no_args_is_help=True)
app.add_typer(tenants_app, name="tenants")
app.add_typer(keys_app, name="keys")
# tables and messages go to stderr: stdout carries only a new key, for scripts to capture
console = Console(stderr=True, soft_wrap=True)

ScopesOption = Annotated[str, typer.Option(help="Comma-separated scopes: read, ingest, admin.")]
PerMinute = Annotated[
    int | None, typer.Option("--requests-per-minute", help="Requests allowed per minute.")
]
PerDay = Annotated[int | None, typer.Option("--requests-per-day", help="Requests allowed per day.")]
Origins = Annotated[
    list[str] | None,
    typer.Option("--cors-origin", help="Browser origin scheme://host[:port]; repeat for several."),
]


@asynccontextmanager
async def _session() -> AsyncIterator[AsyncSession]:
    engine = create_engine(get_settings().database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            yield session
    finally:
        await engine.dispose()


async def _audited(action: Callable[[Auditor], Awaitable[T]]) -> T:
    async with _session() as session, audited(session, COMMAND_LINE) as auditor:
        return await action(auditor)


async def _read(query: Callable[[AsyncSession], Awaitable[T]]) -> T:
    async with _session() as session:
        return await query(session)


def _run(work: Coroutine[Any, Any, T]) -> T:
    """Run ``work``; an error the API would answer with is printed, and the command fails."""
    try:
        return asyncio.run(work)
    except AppError as exc:
        console.print(f"[red]error[/red] {exc.code}: {exc.message}")
        raise typer.Exit(1) from None


def _valid(model: Callable[..., T], **fields: object) -> T:
    try:
        return model(**fields)
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            console.print(f"[red]invalid[/red] {where}: {error['msg']}")
        raise typer.Exit(2) from None


def _scopes(text: str) -> list[str]:
    return [scope.strip() for scope in text.split(",") if scope.strip()]


def _limit(value: int | None) -> str:
    """None: the gateway's default applies; 0: no limit at all."""
    if value is None:
        return "default"
    return "unlimited" if value == 0 else str(value)


def _when(moment: object) -> str:
    return "" if moment is None else f"{moment:%Y-%m-%d %H:%M}"


def _table(*headers: str, names: Sequence[str]) -> Table:
    """A table whose first column, holding ``names``, is kept whole on narrow terminals."""
    # fold rather than cut: a truncated prefix or origin is of no use to an operator
    table = Table()
    widest = min(max((len(name) for name in names), default=0), 40)
    table.add_column(headers[0], overflow="fold", min_width=max(widest, len(headers[0])))
    for header in headers[1:]:
        table.add_column(header, overflow="fold")
    return table


def _tenant_table(rows: Sequence[TenantRead]) -> Table:
    names = [row.name for row in rows]
    table = _table("tenant", "created", "per minute", "per day", "CORS origins", names=names)
    for row in rows:
        table.add_row(
            row.name,
            _when(row.created_at),
            _limit(row.requests_per_minute),
            _limit(row.requests_per_day),
            " ".join(row.cors_origins),
        )
    return table


def _key_table(rows: Sequence[KeyRead]) -> Table:
    prefixes = [row.prefix for row in rows]
    table = _table(
        "prefix", "tenant", "scopes", "status", "created", "ends", "last used", names=prefixes
    )
    for row in rows:
        table.add_row(
            row.prefix,
            row.tenant,
            ",".join(row.scopes),
            row.status.value,
            _when(row.created_at),
            _when(row.expires_at or row.revoked_at),
            _when(row.last_used_at),
        )
    return table


def _show_new_key(issued: KeyIssued) -> None:
    console.print(_key_table([issued]))
    console.print("[bold]The key is shown once, now; only its digest is kept.[/bold]")
    print(issued.key)


@app.command()
def migrate() -> None:
    """Create or upgrade the gateway tables."""
    migrate_schema(get_settings().database_url)
    console.print("gateway schema up to date")


@tenants_app.command("create")
def create_tenant(
    name: Annotated[str, typer.Argument(help="Unique name, e.g. normandie.")],
    requests_per_minute: PerMinute = None,
    requests_per_day: PerDay = None,
    cors_origin: Origins = None,
) -> None:
    """Create a tenant (limits left out follow the gateway defaults)."""
    body = _valid(
        TenantCreate,
        name=name,
        requests_per_minute=requests_per_minute,
        requests_per_day=requests_per_day,
        cors_origins=cors_origin or [],
    )
    tenant = _run(_audited(lambda auditor: admin.create_tenant(auditor, body)))
    console.print(_tenant_table([tenant]))


@tenants_app.command("list")
def list_tenants() -> None:
    """List every tenant with its limits and browser origins."""
    console.print(_tenant_table(_run(_read(admin.list_tenants))))


def _changes(
    *,
    requests_per_minute: int | None,
    requests_per_day: int | None,
    cors_origin: list[str] | None,
    default_limits: bool,
    no_cors: bool,
) -> dict[str, object]:
    changes: dict[str, object] = {}
    if default_limits:
        changes.update(requests_per_minute=None, requests_per_day=None)
    if requests_per_minute is not None:
        changes["requests_per_minute"] = requests_per_minute
    if requests_per_day is not None:
        changes["requests_per_day"] = requests_per_day
    if no_cors or cors_origin:
        changes["cors_origins"] = cors_origin or []
    return changes


@tenants_app.command("update")
def update_tenant(
    name: Annotated[str, typer.Argument(help="Tenant to change.")],
    requests_per_minute: PerMinute = None,
    requests_per_day: PerDay = None,
    cors_origin: Origins = None,
    default_limits: Annotated[
        bool, typer.Option(help="Return both limits to the gateway defaults.")
    ] = False,
    no_cors: Annotated[bool, typer.Option(help="Allow no browser origin.")] = False,
) -> None:
    """Change a tenant's limits or browser origins (the origins given replace the old ones)."""
    changes = _changes(
        requests_per_minute=requests_per_minute,
        requests_per_day=requests_per_day,
        cors_origin=cors_origin,
        default_limits=default_limits,
        no_cors=no_cors,
    )
    if not changes:
        console.print(
            "nothing to change: give a limit, --cors-origin, --default-limits or --no-cors"
        )
        raise typer.Exit(2)
    body = _valid(TenantUpdate, **changes)
    tenant = _run(_audited(lambda auditor: admin.update_tenant(auditor, name, body=body)))
    console.print(_tenant_table([tenant]))


@keys_app.command("issue")
def issue_key(
    tenant: Annotated[str, typer.Option(help="Tenant that receives the key.")],
    scopes: ScopesOption = "read",
) -> None:
    """Issue an API key; it is printed once, on stdout, and stored only as a digest."""
    body = _valid(KeyCreate, scopes=_scopes(scopes))
    _show_new_key(_run(_audited(lambda auditor: admin.issue_key(auditor, tenant, body=body))))


@keys_app.command("list")
def list_keys(
    tenant: Annotated[str | None, typer.Option(help="Only this tenant's keys.")] = None,
) -> None:
    """List API keys by prefix: scopes, status, dates; never the keys themselves."""
    console.print(_key_table(_run(_read(lambda session: admin.list_keys(session, tenant)))))


@keys_app.command("rotate")
def rotate_key(
    prefix: Annotated[str, typer.Argument(help="Prefix of the key to replace.")],
    grace_minutes: Annotated[
        int, typer.Option(help="Minutes the old key keeps working; 0 revokes it at once.")
    ] = 0,
) -> None:
    """Replace a key by a new one with the same tenant and scopes; the new key is printed once."""
    body = _valid(KeyRotate, grace_minutes=grace_minutes)
    rotation = _run(_audited(lambda auditor: admin.rotate_key(auditor, prefix, body=body)))
    console.print(_key_table([rotation.previous]))
    _show_new_key(rotation.issued)


@keys_app.command("revoke")
def revoke_key(prefix: Annotated[str, typer.Argument(help="Prefix of the key.")]) -> None:
    """Revoke a key at once."""
    _run(_audited(lambda auditor: admin.revoke_key(auditor, prefix)))
    console.print(f"key {prefix} revoked")


async def _create_key(tenant_name: str, scopes: list[str]) -> str:
    async def action(auditor: Auditor) -> str:
        try:
            await admin.get_tenant(auditor.session, tenant_name)
        except UnknownTenant:
            await admin.create_tenant(auditor, TenantCreate(name=tenant_name))
        body = KeyCreate.model_validate({"scopes": scopes})
        return (await admin.issue_key(auditor, tenant_name, body=body)).key

    return await _audited(action)


async def _is_valid(key: str) -> bool:
    try:
        async with _session() as session:
            await authenticate(session, key)
            return True
    except Unauthorized:
        return False


@app.command("create-key")
def create_key(
    tenant: Annotated[str, typer.Option(help="Tenant name; created if new.")],
    scopes: ScopesOption = "read",
) -> None:
    """Issue an API key, creating the tenant if needed; printed once, stored only as a digest."""
    _valid(TenantCreate, name=tenant)
    _valid(KeyCreate, scopes=_scopes(scopes))
    print(_run(_create_key(tenant, _scopes(scopes))))


@app.command("dev-key")
def dev_key(path: Annotated[Path, typer.Option(help="Where the key is kept.")]) -> None:
    """Print the development key kept in ``path``, issuing a new one if it is absent or invalid."""
    if path.is_file() and asyncio.run(_is_valid(path.read_text().strip())):
        print(path.read_text().strip())
        return
    key = _run(_create_key("dev", ["read", "ingest", "admin"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(key + "\n")
    path.chmod(0o600)
    print(key)


def main() -> None:
    # audit lines go where the services' logs go: JSON on stderr
    configure_logging("gateway-cli", get_settings().log_level)
    app()


if __name__ == "__main__":
    main()
