"""Formacode command line."""

from __future__ import annotations

from functools import partial

import typer

from referentials.formacode.reader import find_v13_file
from referentials.formacode.service import import_formacode_v13, import_formacode_v14
from referentials.versions.commands import (
    DirectoryOption,
    UrlOption,
    console,
    data_root,
    run_import,
)


def register(app: typer.Typer) -> None:
    """Add this referential's import command to the referentials command line."""

    @app.command("import-formacode")
    def import_formacode(
        directory: DirectoryOption = None,
        url: UrlOption = None,
    ) -> None:
        """Import Formacode V14, then V13 when FCod.csv is there (each no-op when unchanged)."""
        root = data_root(directory, url)
        run_import(partial(import_formacode_v14, directory=root, progress=console.print))
        if find_v13_file(root) is None:
            console.print("[yellow]no formacode/v13/FCod.csv: V13 (ROME v3 links) not imported")
            return
        run_import(partial(import_formacode_v13, directory=root, progress=console.print))
