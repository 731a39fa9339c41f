"""Read the Formacode V14 descriptor file and the V13 ``FCod.csv`` into plain rows."""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from referentials.csvfiles import ReferentialFileError, Row
from shared.french.text import fold

__all__ = ["FormacodeDataset", "ReferentialFileError", "find_v13_file", "find_v14_file"]

V14_GLOB = "Descripteur_Formacode_des_Champs_Semantiques_*.csv"
V13_NAME = "FCod.csv"
V14_COLUMNS = [
    "Code du Terme",
    "Descripteur en majuscules",
    "Descripteur en typo riche",
    "Champ sémantique",
    "Synonymes",
    "Synonymes métier",
    "TG (Terme Générique)",
    "TS (Termes Spécifiques)",
    "TA (Termes Associés)",
    "NE (Note d’Explication)",
    "NA (Note d’Application)",
    "Note de version",
    "ex-synonyme V-1",
    "Code arborescence",
]
V13_WIDTH = 20
CODE = re.compile(r"^\d{5}$")
V14_TERM = re.compile(r"^(?P<label>.+?) - (?P<code>\d{5})$")
V13_TERM = re.compile(r"^(?P<code>\d{5}) (?P<label>.+)$")
V13_ROME = re.compile(r"^(?P<code>[A-N]\d{4}) (?P<label>.+)$")
SEMANTIC_FIELD = re.compile(r"^(?P<code>\d{3}) (?P<label>.+)$")
# FCod.csv went through a cp1252 → latin-1 mix-up: ’ (0x92 in cp1252) became U+0092, and so on
C1_CONTROL = re.compile(r"[\x80-\x9f]")


@dataclass
class FormacodeDataset:
    version: str
    checksum: str
    descriptors: list[Row] = field(default_factory=list)
    rome_links: list[Row] = field(default_factory=list)
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)

    def report_unknown(self, key: str, code: str) -> None:
        self.unknown_codes.setdefault(key, []).append(code)


def find_v14_file(root: Path) -> Path:
    """The newest V14 descriptor file under ``root`` (``formacode/v14/`` or ``root`` itself)."""
    found = sorted([*root.glob(V14_GLOB), *root.glob(f"formacode/v14/{V14_GLOB}")])
    if not found:
        raise ReferentialFileError(f"no Formacode V14 file ({V14_GLOB}) in {root}")
    return found[-1]


def find_v13_file(root: Path) -> Path | None:
    """``FCod.csv`` under ``root``, if present (V13 is reference data, it may be absent)."""
    for path in (root / "formacode" / "v13" / V13_NAME, root / V13_NAME):
        if path.is_file():
            return path
    return None


def file_checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def records(path: Path, *, width: int, skip: int = 0) -> Iterator[tuple[int, list[str]]]:
    """Rows of ``width`` fields after ``skip`` lines, with their line; errors name both."""
    with path.open(encoding="utf-8", newline="") as handle:
        for _ in range(skip):
            handle.readline()
        reader = csv.reader(handle, strict=True)
        try:
            for record in reader:
                if len(record) != width:
                    raise ReferentialFileError(
                        f"{path.name}, line {reader.line_num + skip}: {len(record)} fields, "
                        f"expected {width} (truncated or malformed file)"
                    )
                yield reader.line_num + skip, record
        except UnicodeDecodeError as exc:
            raise ReferentialFileError(
                f"{path.name}, near line {reader.line_num + skip + 1}: not UTF-8 ({exc.reason})"
            ) from exc
        except csv.Error as exc:
            raise ReferentialFileError(
                f"{path.name}, line {reader.line_num + skip}: {exc}"
            ) from exc


def _split(value: str, separator: str) -> list[str]:
    return [item.strip() for item in value.split(separator) if item.strip()]


def _terms(items: list[str], pattern: re.Pattern[str], where: str) -> list[Row]:
    terms = []
    for item in items:
        match = pattern.match(item)
        if match is None:
            raise ReferentialFileError(f"{where}: related term {item!r} has no code")
        terms.append({"code": match["code"], "label": match["label"].strip()})
    return terms


def _semantic_field(value: str) -> tuple[str | None, str | None]:
    match = SEMANTIC_FIELD.match(value.strip())
    return (match["code"], match["label"]) if match else (None, value.strip() or None)


def _search_columns(label: str, synonyms: list[str]) -> Row:
    return {
        "search_label": fold(label),
        "search_text": " " + " ".join(fold(text) for text in [label, *synonyms]) + " ",
    }


def _check(path: Path, line: int, code: str) -> None:
    if not CODE.match(code):
        raise ReferentialFileError(f"{path.name}, line {line}: {code!r} is not a Formacode code")


def read_v14(path: Path) -> FormacodeDataset:
    """Parse the V14 descriptor workbook, exported as CSV with its header line."""
    dataset = FormacodeDataset(version="14", checksum=file_checksum(path))
    lines = records(path, width=len(V14_COLUMNS))
    first = next(lines, None)
    if first is None or [c.strip() for c in first[1]] != V14_COLUMNS:
        raise ReferentialFileError(f"{path.name}, line 1: not the V14 header {V14_COLUMNS}")
    for line, record in lines:
        value = dict(zip(V14_COLUMNS, (v.strip() for v in record), strict=True))
        code = value["Code du Terme"]
        _check(path, line, code)
        where = f"{path.name}, line {line}"
        generic = value["TG (Terme Générique)"]
        field_code, field_label = _semantic_field(value["Champ sémantique"])
        synonyms = _split(value["Synonymes"], "###")
        job_synonyms = _split(value["Synonymes métier"], "###")
        label = value["Descripteur en typo riche"]
        dataset.descriptors.append(
            {
                "code": code,
                "label": label,
                "semantic_field_code": field_code,
                "semantic_field_label": field_label,
                "synonyms": synonyms,
                "job_synonyms": job_synonyms,
                # the 65 heads of a semantic field have their domain, without code, as generic term
                "generic_term": _v14_generic(generic, where),
                "specific_terms": _terms(
                    _split(value["TS (Termes Spécifiques)"], "###"), V14_TERM, where
                ),
                "related_terms": _terms(
                    _split(value["TA (Termes Associés)"], "###"), V14_TERM, where
                ),
                "explanation_note": value["NE (Note d’Explication)"] or None,
                "application_note": value["NA (Note d’Application)"] or None,
                "tree_code": value["Code arborescence"],
                **_search_columns(label, [*synonyms, *job_synonyms]),
            }
        )
    _report_unknown_terms(dataset)
    return dataset


def _v14_generic(value: str, where: str) -> Row | None:
    if not value:
        return None
    if V14_TERM.match(value):
        return _terms([value], V14_TERM, where)[0]
    return {"code": None, "label": value}


def _report_unknown_terms(dataset: FormacodeDataset) -> None:
    codes = {str(d["code"]) for d in dataset.descriptors}
    for descriptor in dataset.descriptors:
        generic = descriptor["generic_term"]
        terms = [*([generic] if generic else []), *descriptor["specific_terms"]]
        for term in [*terms, *descriptor["related_terms"]]:
            if term["code"] is not None and term["code"] not in codes:
                dataset.report_unknown("descriptor.related_code", term["code"])


def _repair(text: str) -> str:
    return C1_CONTROL.sub(lambda m: m.group().encode("latin-1").decode("cp1252", "ignore"), text)


def read_v13(path: Path) -> FormacodeDataset:
    """Parse ``FCod.csv``: no header, 20 columns, `$`-separated lists, a ROME v3 column."""
    dataset = FormacodeDataset(version="13", checksum=file_checksum(path))
    for line, raw in records(path, width=V13_WIDTH):
        record = [_repair(v).strip() for v in raw]
        code = record[0]
        _check(path, line, code)
        where = f"{path.name}, line {line}"
        field_code, field_label = _semantic_field(record[6])
        synonyms, job_synonyms = _split(record[7], "$"), _split(record[8], "$")
        generic = _terms(_split(record[9], "$"), V13_TERM, where)
        dataset.descriptors.append(
            {
                "code": code,
                "label": record[2],
                "semantic_field_code": field_code,
                "semantic_field_label": field_label,
                "synonyms": synonyms,
                "job_synonyms": job_synonyms,
                "generic_term": generic[0] if generic else None,
                "specific_terms": _terms(_split(record[10], "$"), V13_TERM, where),
                "related_terms": _terms(_split(record[11], "$"), V13_TERM, where),
                "explanation_note": record[12] or None,
                "application_note": record[13] or None,
                "tree_code": record[19],
                **_search_columns(record[2], [*synonyms, *job_synonyms]),
            }
        )
        dataset.rome_links.extend(_rome_links(code, record[16], where))
    _report_unknown_terms(dataset)
    return dataset


def _rome_links(code: str, value: str, where: str) -> list[Row]:
    links: dict[str, Row] = {}
    for item in _split(value, "$"):
        match = V13_ROME.match(item)
        if match is None:
            raise ReferentialFileError(f"{where}: {item!r} is not a ROME code and label")
        links[match["code"]] = {
            "code": code,
            "code_rome": match["code"],
            "rome_label": match["label"],
        }
    return list(links.values())
