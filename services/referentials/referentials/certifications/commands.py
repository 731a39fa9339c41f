"""certifications command line."""

from __future__ import annotations

from functools import partial

import typer

from referentials.certifications.service import import_certifications
from referentials.versions.commands import (
    DirectoryOption,
    UrlOption,
    console,
    data_root,
    run_import,
)


def register(app: typer.Typer) -> None:
    """Add this referential's import command to the referentials command line."""

    @app.command("import-certifications")
    def import_certifications_command(
        directory: DirectoryOption = None, url: UrlOption = None
    ) -> None:
        """Import the RNCP / RS files (rncp/ folder) as a new version (no-op when unchanged)."""
        run_import(
            partial(
                import_certifications, directory=data_root(directory, url), progress=console.print
            )
        )
