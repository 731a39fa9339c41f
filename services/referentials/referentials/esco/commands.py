"""ESCO command line."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from referentials.esco.service import import_esco
from referentials.versions.commands import console, data_root, run_import


def register(app: typer.Typer) -> None:
    """Add this referential's import command to the referentials command line."""

    @app.command("import-esco")
    def import_esco_command(
        directory: Annotated[
            Path | None,
            typer.Option(help="Open-data directory (default: TRAJECTOIRES_DATA_DIR)."),
        ] = None,
    ) -> None:
        """Import French ESCO labels and the ESCO ↔ ROME crosswalk (no-op when unchanged)."""
        run_import(partial(import_esco, directory=data_root(directory), progress=console.print))
