"""esco command line."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this referential's import command to the referentials command line."""
