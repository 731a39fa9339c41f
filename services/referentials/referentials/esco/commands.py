"""ESCO command line."""

from __future__ import annotations

from functools import partial

import typer

from referentials.esco.service import import_esco
from referentials.versions.commands import (
    DirectoryOption,
    UrlOption,
    console,
    data_root,
    run_import,
)


def register(app: typer.Typer) -> None:
    """Add this referential's import command to the referentials command line."""

    @app.command("import-esco")
    def import_esco_command(
        directory: DirectoryOption = None,
        url: UrlOption = None,
    ) -> None:
        """Import French ESCO labels and the ESCO ↔ ROME crosswalk (no-op when unchanged)."""
        run_import(
            partial(import_esco, directory=data_root(directory, url), progress=console.print)
        )
