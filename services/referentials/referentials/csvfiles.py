"""Reading official CSV files: strict decoding, and errors that name the file and the line."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shared.errors import Unprocessable

Row = dict[str, Any]


class ReferentialFileError(Unprocessable):
    """An official file is missing, truncated or malformed; nothing was imported."""

    code = "referential_file_invalid"


def sniff_encoding(path: Path) -> str:
    """UTF-8 when the bytes are UTF-8, else ISO-8859-15 (one official file lies in its name)."""
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return "iso-8859-15"
    return "utf-8"


def rows(path: Path, required: set[str], *, encoding: str = "utf-8") -> Iterator[dict[str, str]]:
    """Rows of one file; errors name the file and the line."""
    if not path.is_file():
        raise ReferentialFileError(f"missing file {path.name} in {path.parent}")
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            missing = required - set(reader.fieldnames or ())
            if missing:
                raise ReferentialFileError(f"{path.name}: missing columns {sorted(missing)}")
            for row in reader:
                if None in row or any(value is None for value in row.values()):
                    raise ReferentialFileError(
                        f"{path.name}, line {reader.line_num}: wrong number of fields "
                        "(truncated or malformed file)"
                    )
                yield row
        except UnicodeDecodeError as exc:
            raise ReferentialFileError(
                f"{path.name}, near line {reader.line_num + 1}: not UTF-8 ({exc.reason})"
            ) from exc
        except csv.Error as exc:
            raise ReferentialFileError(f"{path.name}, line {reader.line_num}: {exc}") from exc


def clean(text: str) -> str:
    # the texte file doubles apostrophes inside values (l''entretien)
    return text.replace("''", "'").strip()
