"""certifications command line."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from referentials.certifications.service import import_certifications
from referentials.versions.commands import console, data_root, run_import

DirectoryOption = Annotated[
    Path | None, typer.Option(help="Open-data directory (default: TRAJECTOIRES_DATA_DIR).")
]


def register(app: typer.Typer) -> None:
    """Add this referential's import command to the referentials command line."""

    @app.command("import-certifications")
    def import_certifications_command(directory: DirectoryOption = None) -> None:
        """Import the RNCP / RS files (rncp/ folder) as a new version (no-op when unchanged)."""
        run_import(
            partial(import_certifications, directory=data_root(directory), progress=console.print)
        )
