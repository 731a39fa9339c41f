"""Checks the labelled extraction set against the ROME v460 files and the constraint contract.

Usage (from the repository root): `.venv/bin/python bench/data/extraction/check.py [path]`.
The ROME files are read from `TRAJECTOIRES_DATA_DIR` (default `/work/shared/data`, through
`CommonSettings.referential_dir`). Prints every problem found, then counts per kind, per ROME
code and per constraint; exits with status 1 when a problem was found.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shared.contracts.constraints import ConstraintKind, Polarity
from shared.settings import CommonSettings

LABELLED = Path(__file__).with_name("labelled.json")
ROME_DIR = Path("rome") / "v460"
KINDS = ("cv", "answers", "training")
DOC_KEYS = {"id", "kind", "title", "text", "answers", "expected"}
EXPECTED_KEYS = {"rome", "skills", "constraints"}
SKILLS_PER_DOC = (4, 10)
ANSWER_PAIRS = (4, 8)
ROME_PER_DOC = (1, 3)
SKILLS_BLOC = "5"  # liens_rome_referentiels: bloc 5 links a fiche to its skills
LICENCES = {"AM", "A1", "A2", "A", "B1", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"}
CONTRACTS = {"CDI", "CDD", "interim", "alternance", "stage", "saisonnier", "independant"}
EFFORTS = {"port_de_charges", "station_debout", "travail_en_hauteur", "gestes_repetitifs"}
# Kinds whose value carries a detail; every other kind must have a null value.
VALUE_RULES: dict[str, re.Pattern[str] | set[str]] = {
    ConstraintKind.driving_licence: LICENCES,
    ConstraintKind.mobility_radius: re.compile(r"^[1-9]\d*$"),
    ConstraintKind.contract_type: CONTRACTS,
    ConstraintKind.physical_effort: EFFORTS,
}


@dataclass(frozen=True)
class Rome:
    """What the check needs from ROME v460: fiche labels, skill labels, fiche-skill links."""

    fiches: dict[str, str]
    skills: dict[str, str]
    fiche_skills: dict[str, set[str]]


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def load_rome(data_dir: Path) -> Rome:
    """Read fiches, compétences and macro-compétences (savoir-faire, savoir-être) and savoirs."""
    folder = data_dir / ROME_DIR
    fiches = {
        r["code_rome"]: r["libelle_rome"]
        for r in _rows(folder / "unix_referentiel_code_rome_v460_utf8.csv")
    }
    skills = {
        r["code_ogr"]: r["libelle_competence"]
        for r in _rows(folder / "unix_referentiel_competence_v460_utf8.csv")
    }
    skills |= {
        r["code_ogr_savoir"]: r["libelle_savoir"]
        for r in _rows(folder / "unix_referentiel_savoir_v460_utf8.csv")
    }
    fiche_skills: dict[str, set[str]] = {}
    for link in _rows(folder / "unix_liens_rome_referentiels_v460_utf8.csv"):
        if link["code_compo_bloc"] == SKILLS_BLOC:
            fiche_skills.setdefault(link["code_rome"], set()).add(link["code_ogr"])
    return Rome(fiches=fiches, skills=skills, fiche_skills=fiche_skills)


def _in_range(count: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= count <= bounds[1]


def check_shape(doc: dict[str, Any]) -> list[str]:
    """Keys, kind, and which of title / text / answers must be filled for that kind."""
    if set(doc) != DOC_KEYS:
        return [f"keys {sorted(doc)} differ from {sorted(DOC_KEYS)}"]
    problems = []
    kind = doc["kind"]
    if kind not in KINDS:
        return [f"kind {kind!r} is not one of {KINDS}"]
    is_answers = kind == "answers"
    for field in ("title", "text"):
        value = doc[field]
        if not (value is None if is_answers else isinstance(value, str) and value.strip()):
            problems.append(f"{field} must be null for answers and a non-empty string otherwise")
    if is_answers:
        problems += _check_pairs(doc["answers"])
    elif doc["answers"] is not None:
        problems.append("answers must be null for cv and training")
    if not isinstance(doc["expected"], dict) or set(doc["expected"]) != EXPECTED_KEYS:
        problems.append(f"expected must have exactly the keys {sorted(EXPECTED_KEYS)}")
    return problems


def _check_pairs(pairs: Any) -> list[str]:
    if not isinstance(pairs, list) or not _in_range(len(pairs), ANSWER_PAIRS):
        return [f"answers must be a list of {ANSWER_PAIRS[0]} to {ANSWER_PAIRS[1]} pairs"]
    return [
        f"answer {i} must be {{question, answer}} with non-empty strings"
        for i, pair in enumerate(pairs)
        if not (
            isinstance(pair, dict)
            and set(pair) == {"question", "answer"}
            and all(isinstance(v, str) and v.strip() for v in pair.values())
        )
    ]


def check_rome(codes: Any, rome: Rome) -> list[str]:
    """1 to 3 distinct ROME v460 codes."""
    if not isinstance(codes, list) or not _in_range(len(codes), ROME_PER_DOC):
        return [f"rome must list {ROME_PER_DOC[0]} to {ROME_PER_DOC[1]} codes"]
    problems = [f"unknown ROME code {c!r}" for c in codes if c not in rome.fiches]
    if len(set(codes)) != len(codes):
        problems.append("duplicate ROME code")
    return problems


def check_skills(skills: Any, *, sources: list[str], rome: Rome) -> list[str]:
    """4 to 10 distinct ROME skills, exact labels, evidence found verbatim in one source."""
    if not isinstance(skills, list) or not _in_range(len(skills), SKILLS_PER_DOC):
        return [f"skills must list {SKILLS_PER_DOC[0]} to {SKILLS_PER_DOC[1]} items"]
    problems = []
    for skill in skills:
        if not isinstance(skill, dict) or set(skill) != {"code", "label", "evidence"}:
            problems.append(f"skill {skill!r} must have exactly code, label, evidence")
            continue
        code, label, evidence = skill["code"], skill["label"], skill["evidence"]
        if code not in rome.skills:
            problems.append(f"unknown skill code {code!r}")
        elif rome.skills[code] != label:
            problems.append(f"skill {code}: label {label!r} != ROME {rome.skills[code]!r}")
        if not evidence or not any(evidence in source for source in sources):
            problems.append(f"skill {code}: evidence {evidence!r} is not in the document")
    codes = [s.get("code") for s in skills if isinstance(s, dict)]
    if len(set(codes)) != len(codes):
        problems.append("duplicate skill code")
    return problems


def check_constraint(constraint: Any) -> list[str]:
    """Kind and polarity from the contract, value following the contract's conventions."""
    if not isinstance(constraint, dict) or set(constraint) != {"kind", "polarity", "value"}:
        return [f"constraint {constraint!r} must have exactly kind, polarity, value"]
    kind, polarity, value = constraint["kind"], constraint["polarity"], constraint["value"]
    problems = []
    if kind not in set(ConstraintKind):
        problems.append(f"unknown constraint kind {kind!r}")
    if polarity not in set(Polarity):
        problems.append(f"unknown polarity {polarity!r}")
    rule = VALUE_RULES.get(kind)
    if rule is None and value is not None:
        problems.append(f"{kind}: value must be null, got {value!r}")
    elif isinstance(rule, set) and value not in rule:
        problems.append(f"{kind}: value {value!r} not in {sorted(rule)}")
    elif isinstance(rule, re.Pattern) and not (isinstance(value, str) and rule.match(value)):
        problems.append(f"{kind}: value {value!r} must be a number of km in digits")
    return problems


def check_document(doc: dict[str, Any], rome: Rome) -> list[str]:
    """Every problem of one document, each prefixed with its id."""
    problems = check_shape(doc)
    if not problems:
        expected = doc["expected"]
        sources = (
            [pair["answer"] for pair in doc["answers"]]
            if doc["kind"] == "answers"
            else [doc["text"]]
        )
        problems += check_rome(expected["rome"], rome)
        problems += check_skills(expected["skills"], sources=sources, rome=rome)
        constraints = expected["constraints"]
        if not isinstance(constraints, list):
            problems.append("constraints must be a list")
        else:
            if doc["kind"] == "training" and constraints:
                problems.append("a training states no constraint")
            for constraint in constraints:
                problems += check_constraint(constraint)
    return [f"{doc.get('id', '?')}: {problem}" for problem in problems]


def check_all(documents: Any, rome: Rome) -> list[str]:
    """Problems of the whole set: a list of documents with unique ids."""
    if not isinstance(documents, list):
        return ["the file must hold a JSON list of documents"]
    ids = Counter(doc.get("id") for doc in documents if isinstance(doc, dict))
    problems = [f"{i}: duplicate id" for i, n in ids.items() if n > 1]
    for doc in documents:
        problems += check_document(doc, rome) if isinstance(doc, dict) else [f"{doc!r}: not a dict"]
    return problems


def summary(documents: list[dict[str, Any]], rome: Rome) -> list[str]:
    """Counts per kind, per ROME code (all evoked codes) and per constraint kind."""
    kinds = Counter(doc["kind"] for doc in documents)
    skills = Counter(doc["kind"] for doc in documents for _ in doc["expected"]["skills"])
    unconstrained = Counter(doc["kind"] for doc in documents if not doc["expected"]["constraints"])
    lines = [f"{len(documents)} documents"]
    lines += [
        f"  {k:<9} {kinds[k]:>3} documents, {skills[k] / max(kinds[k], 1):.1f} skills each, "
        f"{unconstrained[k]} without constraint"
        for k in KINDS
    ]
    first = Counter(doc["expected"]["rome"][0] for doc in documents)
    evoked = Counter(code for doc in documents for code in doc["expected"]["rome"])
    lines.append(f"{len(evoked)} ROME codes evoked ({len(first)} as first code):")
    lines += [
        f"  {code} {first[code]:>2} first / {n:>2} evoked  {rome.fiches.get(code, '?')}"
        for code, n in sorted(evoked.items())
    ]
    constraints = Counter(
        f"{c['kind']} {c['polarity']}" for doc in documents for c in doc["expected"]["constraints"]
    )
    lines.append(_fiche_share(documents, rome))
    lines.append("constraints:")
    lines += [f"  {name:<26} {n:>3}" for name, n in sorted(constraints.items())]
    return lines


def _fiche_share(documents: list[dict[str, Any]], rome: Rome) -> str:
    """How many gold skills belong to one of the fiches their document evokes."""
    total = linked = 0
    for doc in documents:
        allowed = set().union(*(rome.fiche_skills.get(c, set()) for c in doc["expected"]["rome"]))
        codes = [skill["code"] for skill in doc["expected"]["skills"]]
        total, linked = total + len(codes), linked + sum(code in allowed for code in codes)
    return f"gold skills on an evoked fiche: {linked}/{total} ({linked / max(total, 1):.0%})"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else LABELLED
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR to the folder holding rome/v460")
    rome = load_rome(data_dir)
    documents = json.loads(path.read_text(encoding="utf-8"))
    problems = check_all(documents, rome)
    print("\n".join(problems) if problems else "OK: no problem found")
    if not problems:
        print("\n".join(summary(documents, rome)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
