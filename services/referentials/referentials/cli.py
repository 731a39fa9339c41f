"""Referentials command line: migrate the schema, import the official files."""

from __future__ import annotations

from functools import partial

import typer

from referentials.certifications import commands as certifications_commands
from referentials.config import get_settings
from referentials.esco import commands as esco_commands
from referentials.formacode import commands as formacode_commands
from referentials.migrations import migrate as migrate_schema
from referentials.rome.service import import_rome
from referentials.versions.commands import (
    DirectoryOption,
    UrlOption,
    console,
    data_root,
    run_import,
)

app = typer.Typer(help="Trajectoires referentials.", no_args_is_help=True)


@app.command()
def migrate() -> None:
    """Create or upgrade the referentials tables."""
    migrate_schema(get_settings().database_url)
    console.print("referentials schema up to date")


@app.command("import-rome")
def import_rome_command(directory: DirectoryOption = None, url: UrlOption = None) -> None:
    """Import the ROME 4.0 CSV export as a new version (no-op when unchanged)."""
    root = data_root(directory, url)
    run_import(partial(import_rome, directory=root, progress=console.print))


for domain in (formacode_commands, certifications_commands, esco_commands):
    domain.register(app)

if __name__ == "__main__":
    app()
