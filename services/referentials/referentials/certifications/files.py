"""Where the RNCP files lie and how to read one: `;` CSV, errors naming the file and line."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from referentials.rome.reader import ReferentialFileError

NUMBER = re.compile(r"^(RNCP|RS)\d{1,6}$")
LINK_FILES = {
    "rome": "Rome",
    "formacode": "Formacode",
    "nsf": "Nsf",
    "certifiers": "Certificateurs",
    "ccn": "CCN",
    "successions": "Ancienne_Nouvelle_Certification",
}


@dataclass(frozen=True)
class CertificationFiles:
    """The files of one certifications release; only the link export is required."""

    version: str
    links: dict[str, Path]
    blocs: Path | None
    kit_2021: Path | None
    kit_2023: Path | None

    def all(self) -> list[Path]:
        optional = [self.blocs, self.kit_2021, self.kit_2023]
        return [*self.links.values(), *(path for path in optional if path is not None)]


def find_certification_files(root: Path) -> CertificationFiles:
    """The newest RNCP export under ``root/rncp`` (or ``root``), with blocs and kit files."""
    base = root / "rncp" if (root / "rncp").is_dir() else root
    exports = sorted(base.glob("**/export_fiches_CSV_Rome_*.csv"), key=lambda p: p.name)
    if not exports:
        raise ReferentialFileError(f"no RNCP export (export_fiches_CSV_Rome_*.csv) in {root}")
    match = re.search(r"_(\d{4})_(\d{2})_(\d{2})\.csv$", exports[-1].name)
    if not match:
        raise ReferentialFileError(f"cannot tell the export date of {exports[-1].name}")
    suffix = "_".join(match.groups())
    directory = exports[-1].parent
    links = {
        key: directory / f"export_fiches_CSV_{name}_{suffix}.csv"
        for key, name in LINK_FILES.items()
    }
    for path in links.values():
        if not path.is_file():
            raise ReferentialFileError(f"missing file {path.name} in {directory}")
    return CertificationFiles(
        version="-".join(match.groups()),
        links=links,
        blocs=_newest(base, "export_fiches_CSV_Blocs_De_Comp*tences_*.csv"),
        kit_2021=_newest(base, "rncp_info*.csv"),
        kit_2023=_newest(base, "Kit_apprentissage_*.csv"),
    )


def _newest(base: Path, pattern: str) -> Path | None:
    found = sorted(base.glob(f"**/{pattern}"), key=lambda p: p.name)
    return found[-1] if found else None


def checksum(files: CertificationFiles) -> str:
    digest = hashlib.sha256()
    for path in files.all():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def rows(
    path: Path, required: set[str], *, encoding: str = "utf-8"
) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` of one `;` file; a short, long or unterminated row names its line."""
    reader = csv.DictReader(
        io.StringIO(_decode(path, encoding), newline=""), delimiter=";", strict=True
    )
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
            yield reader.line_num, row
    except csv.Error as exc:
        raise ReferentialFileError(f"{path.name}, line {reader.line_num}: {exc}") from exc


def _decode(path: Path, encoding: str) -> str:
    # decoded whole (files are a few MiB) so that a bad byte is reported on its own line
    data = path.read_bytes()
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReferentialFileError(
            f"{path.name}, line {line}: not {encoding} ({exc.reason})"
        ) from exc


def clean(text: str) -> str:
    """Undo doubled apostrophes (``d''air``) and fold runs of whitespace, newlines included."""
    return " ".join(text.replace("''", "'").split())


def parse_date(text: str, pattern: str, *, path: Path, line: int) -> date | None:
    if not text.strip():
        return None
    try:
        return datetime.strptime(text.strip(), pattern).date()
    except ValueError as exc:
        raise ReferentialFileError(f"{path.name}, line {line}: bad date {text!r}") from exc
