"""What every import command shares: one transaction, a report, a clear failure."""

from __future__ import annotations

import asyncio
import atexit
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.config import get_settings
from referentials.versions.download import DownloadError, download
from referentials.versions.service import ImportReport
from shared.db import create_engine, create_sessionmaker, unit_of_work
from shared.errors import AppError

console = Console(stderr=True, soft_wrap=True)

Importer = Callable[[AsyncSession], Awaitable[ImportReport]]


DirectoryOption = Annotated[
    Path | None, typer.Option(help="Open-data directory (default: TRAJECTOIRES_DATA_DIR).")
]
UrlOption = Annotated[
    str | None,
    typer.Option(help="Official download address (a zip or a file), instead of a directory."),
]


def data_root(directory: Path | None, url: str | None = None) -> Path:
    """The files to import: downloaded from ``url``, else ``directory``, else
    TRAJECTOIRES_DATA_DIR; exits when there are none."""
    if url:
        target = Path(tempfile.mkdtemp(prefix="trajectoires-download-"))
        atexit.register(shutil.rmtree, target, ignore_errors=True)
        console.print(f"downloading {url}")
        try:
            return download(url, target)
        except DownloadError as exc:
            console.print(f"[red]{exc.message}")
            raise typer.Exit(1) from exc
    root = directory or get_settings().referential_dir
    if root is None:
        console.print("[red]no data directory: set TRAJECTOIRES_DATA_DIR or pass --directory")
        raise typer.Exit(2)
    return root


async def _run(importer: Importer) -> ImportReport:
    engine = create_engine(get_settings().database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            return await importer(session)
    finally:
        await engine.dispose()


def run_import(importer: Importer) -> ImportReport:
    """Run one import in its own transaction and print what it did; exit 1 on failure."""
    try:
        report = asyncio.run(_run(importer))
    except AppError as exc:
        console.print(f"[red]import failed, nothing changed: {exc.message}")
        raise typer.Exit(1) from exc
    console.print(f"{report.name} v{report.version}: {report.status} {report.counts}")
    for key, codes in report.unknown_codes.items():
        console.print(f"[yellow]{len(codes)} unknown codes in {key}: {codes[:10]}")
    return report
