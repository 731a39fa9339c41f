"""Referentials command line: migrate the schema, import the official files."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from referentials.config import get_settings
from referentials.migrations import migrate as migrate_schema
from referentials.rome.reader import find_rome_dir
from referentials.rome.service import ImportReport, import_rome
from shared.db import create_engine, create_sessionmaker, unit_of_work
from shared.errors import AppError

app = typer.Typer(help="Trajectoires referentials.", no_args_is_help=True)
console = Console(stderr=True, soft_wrap=True)


@app.command()
def migrate() -> None:
    """Create or upgrade the referentials tables."""
    migrate_schema(get_settings().database_url)
    console.print("referentials schema up to date")


async def _import(directory: Path, database_url: str) -> ImportReport:
    engine = create_engine(database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            return await import_rome(session, directory, progress=console.print)
    finally:
        await engine.dispose()


@app.command("import-rome")
def import_rome_command(
    directory: Annotated[
        Path | None, typer.Option(help="ROME export directory (default: TRAJECTOIRES_DATA_DIR).")
    ] = None,
) -> None:
    """Import the ROME 4.0 CSV export as a new version (no-op when unchanged)."""
    settings = get_settings()
    root = directory or settings.referential_dir
    if root is None:
        console.print("[red]no data directory: set TRAJECTOIRES_DATA_DIR or pass --directory")
        raise typer.Exit(2)
    try:
        report = asyncio.run(_import(find_rome_dir(root), settings.database_url))
    except AppError as exc:
        console.print(f"[red]import failed, nothing changed: {exc.message}")
        raise typer.Exit(1) from exc
    console.print(f"ROME v{report.version}: {report.status} {report.counts}")
    for key, codes in report.unknown_codes.items():
        console.print(f"[yellow]{len(codes)} unknown codes in {key}: {codes[:10]}")


if __name__ == "__main__":
    app()
