"""Split French job offers, CVs and training descriptions into typed sections.

Skills are taken only from sections that describe work or qualifications (``SKILL_SECTIONS``);
company presentations, benefits, salary and schedule, contact and legal mentions are kept apart
so that "mutuelle", "RGPD" or "situation de handicap" never become a candidate's skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.extract.section_cues import (
    AMOUNT_RAW,
    BENEFITS_STRONG,
    BENEFITS_WEAK,
    COMPANY,
    COMPANY_GOES_ON,
    CONDITIONS_STRONG,
    CONDITIONS_WEAK,
    CONTACT,
    CONTACT_RAW,
    DATED_ENTRY,
    IDENTITY,
    JOB_INTRO,
    LEGAL,
    NOT_COMPANY,
    PERSON_NAME,
    SALARY_RAW,
    SCHOOLING,
    SKILL_TALK,
)
from extraction.extract.section_headings import (
    DOCUMENT_READINGS,
    HEAD_PATTERNS,
    LEADING_WORDS,
    LOOSE_CUES,
    QUALIFIERS,
    SectionKind,
)
from shared.errors import BadRequest
from shared.french.text import fold

SKILL_SECTIONS: frozenset[SectionKind] = frozenset(
    {
        SectionKind.missions,
        SectionKind.profile,
        SectionKind.skills,
        SectionKind.experience,
        SectionKind.education,
        SectionKind.summary,
        SectionKind.objectives,
        SectionKind.content,
        SectionKind.other,
    }
)
DOCUMENT_KINDS = frozenset({"offer", "cv", "training", "answers"})


class UnknownDocumentKind(BadRequest):
    """Sections are known only for offers, CVs, trainings and answers."""

    code = "unknown_document_kind"


@dataclass(frozen=True)
class Section:
    """``text[start:end]`` is a section of ``kind``, opened by ``heading`` when one was written."""

    kind: SectionKind
    start: int
    end: int
    heading: str | None = None


K = SectionKind
# Field kinds hold short facts: "Salaire : 2000 €" covers its line, not the paragraphs after it;
# "Expérience : 2 ans" is a field too, while "Profil : Vous êtes titulaire..." opens a block.
_FIELD_KINDS = frozenset({K.conditions, K.contact, K.benefits, K.legal, K.company})
_FIELD_WORDS = 8
_BULLET = re.compile(r"^[-–—•·▪●◦*►>➢✓✔]\s")
_DECORATED = re.compile(r"^(?:#+|\*\*|__)|(?:\*\*|__)$|^[^\w\s\"'«(]")
_SENTENCE_END = re.compile(r"[.!?…](?:\s+|(?=[A-ZÀ-Ý]))")


@dataclass(frozen=True)
class _Heading:
    kind: SectionKind
    text: str
    body: int  # offset where the section's content starts (after the heading or its colon)
    field: bool  # covers its own line only


def _phrase(raw: str) -> str:
    return LEADING_WORDS.sub("", fold(raw) + " ").strip()


def _head_kind(phrase: str, *, strict: bool) -> SectionKind | None:
    """The kind of the longest heading head that opens ``phrase``, if the rest may follow it."""
    best: tuple[int, SectionKind] | None = None
    for kind, pattern in HEAD_PATTERNS.items():
        match = pattern.match(phrase)
        if match and (best is None or match.end() > best[0]):
            best = (match.end(), kind)
    if best is None:
        return None
    tail = phrase[best[0] :].split()
    if strict and not all(word in QUALIFIERS for word in tail):
        return None
    return best[1]


def _loose_kind(label: str) -> SectionKind | None:
    """The kind of a label that ends its line with ':', where a longer phrase is allowed."""
    phrase = _phrase(label)
    if len(phrase.split()) <= 8 and (kind := _head_kind(phrase, strict=False)):
        return kind
    return next((kind for kind, cue in LOOSE_CUES.items() if cue.search(fold(label))), None)


def _read(kind: SectionKind | None, doc: str) -> SectionKind | None:
    return None if kind is None else DOCUMENT_READINGS.get(doc, {}).get(kind, kind)


_COLON = re.compile(r"(?<!\d):(?!//)|(?<=\d):(?!\d)")  # neither a time (8:30) nor a URL
_TRIM_LABEL = re.compile(r"^[\W_]+|[\s:*_#\-–—=.]+$")


def _label(raw: str) -> str:
    return _TRIM_LABEL.sub("", raw)


def _heading_at(
    text: str, start: int, end: int, *, doc: str, mid_line: bool = False
) -> _Heading | None:
    """The heading that opens ``text[start:end]`` when it is a label followed by ':'."""
    colon = _COLON.search(text, start, min(end, start + 80))
    if colon is None:
        return None
    label, rest = text[start : colon.start()], text[colon.end() : end].strip(" \t*_#")
    words = len(fold(label).split())
    if rest and (words > 5 or not label.strip()):
        return None
    loose = not rest and not mid_line
    if words > (12 if loose else 5) or re.search(r"[.!?;]\s" if loose else r"[.!?;,]", label):
        return None
    kind = _read(_loose_kind(label) if loose else _head_kind(_phrase(label), strict=True), doc)
    if kind is None:
        return None
    field = bool(rest) and (kind in _FIELD_KINDS or len(rest.split()) <= _FIELD_WORDS)
    return _Heading(kind, _label(label), colon.end() if rest else end, field)


def _line_heading(
    text: str, start: int, end: int, *, doc: str, standalone: bool
) -> _Heading | None:
    """The heading that a whole line is, with or without a colon.

    ``standalone``: the line follows a blank line, a finished sentence or a bullet, so a bare
    one-word line ("Formation") reads as a heading rather than an item of an unbulleted list.
    """
    line = text[start:end]
    stripped = line.strip()
    if not stripped or len(stripped) > 150:
        return None
    lead = start + len(line) - len(line.lstrip())
    found = _heading_at(text, lead, end, doc=doc)
    if found is not None or _COLON.search(stripped[:80]):
        return found
    folded = fold(stripped)
    if _BULLET.match(stripped) or len(folded.split()) > 7 or stripped[-1] in ".,;":
        return None
    # a question reads like a label ending with ':' ("Pourquoi rejoindre Synergie ?")
    asked = stripped.endswith("?")
    kind = _read(
        _loose_kind(stripped) if asked else _head_kind(_phrase(stripped), strict=True), doc
    )
    shouted = stripped.isupper() or bool(_DECORATED.search(stripped))
    if kind is None or not (standalone or shouted or len(folded.split()) >= 2):
        return None
    return _Heading(kind, _label(stripped), end, False)


def _mid_line_headings(text: str, start: int, end: int, *, doc: str) -> list[tuple[int, _Heading]]:
    """Headings written after a sentence on the same line: "... exigeantes. Vos missions : ..."."""
    found = []
    for match in _SENTENCE_END.finditer(text, start, end):
        heading = _heading_at(text, match.end(), end, doc=doc, mid_line=True)
        if heading is not None:
            found.append((match.end(), heading))
    return found


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end without the line break, start of the next line) for every line."""
    spans, cursor = [], 0
    for match in re.finditer(r"\r?\n|\r", text):
        spans.append((cursor, match.start(), match.end()))
        cursor = match.end()
    spans.append((cursor, len(text), len(text)))
    return spans


# A longer sentence is prose, never a conditions or benefits fact.
_MAX_FACT_WORDS = 40
# Blocks that give way to skills when their text turns to the candidate.
_YIELDING = frozenset({K.company, K.benefits, K.conditions})


def _boilerplate(sentence: str, *, within: SectionKind) -> SectionKind | None:
    """The non-skill kind of one sentence, or None when it may carry skills."""
    folded = fold(sentence)
    if LEGAL.search(folded):
        return K.legal
    if SKILL_TALK.search(folded):
        return None
    if CONTACT.search(folded) or CONTACT_RAW.search(sentence):
        return K.contact
    unknown = within is K.other
    if unknown and COMPANY.search(folded) and not NOT_COMPANY.search(folded):
        return K.company
    if len(folded.split()) > _MAX_FACT_WORDS or JOB_INTRO.search(folded):
        return None
    if CONDITIONS_STRONG.search(folded) or SALARY_RAW.search(sentence):
        return K.conditions
    if unknown and (CONDITIONS_WEAK.search(folded) or AMOUNT_RAW.search(sentence)):
        return K.conditions
    if BENEFITS_STRONG.search(folded) or (unknown and BENEFITS_WEAK.search(folded)):
        return K.benefits
    return None


_IDENTITY_LINES = 10


def _is_identity(line: str, *, first: bool) -> bool:
    if CONTACT_RAW.search(line) or IDENTITY.search(fold(line)):
        return True
    return first and bool(PERSON_NAME.match(line.strip()))


def _identity_end(text: str, *, doc: str) -> int:
    """End of a CV's opening block of name, phone, e-mail and address lines (0 when none)."""
    end, seen = 0, 0
    for start, stop, following in _lines(text):
        line = text[start:stop]
        if not line.strip():
            continue
        words = len(line.split())
        heading = _line_heading(text, start, stop, doc=doc, standalone=True)
        if seen >= _IDENTITY_LINES or words > 12 or (heading and heading.kind is not K.contact):
            break
        if _is_identity(line, first=seen < 2):
            end = following
        elif seen:
            break  # a line of content ends the opening block: "Permis B" further down is not it
        seen += 1
    return end


@dataclass(frozen=True)
class _Cut:
    start: int
    kind: SectionKind
    heading: str | None
    body: int  # where the content starts, after the heading


_DATED_KINDS = frozenset({K.experience, K.education})


def _dated_kind(line: str) -> SectionKind | None:
    """A CV line that opens a dated entry: a job, or schooling when it names a diploma."""
    if len(line.split()) > 20 or not DATED_ENTRY.search(line):
        return None
    return K.education if SCHOOLING.search(fold(line)) else K.experience


def _cuts(text: str, *, doc: str) -> list[_Cut]:
    """Where each section starts: at recognised headings, and after one-line fields."""
    opening = K.summary if doc == "cv" else K.other
    skip = _identity_end(text, doc=doc) if doc == "cv" else 0
    cuts = [_Cut(0, K.contact, None, 0), _Cut(skip, opening, None, skip)] if skip else []
    cuts = cuts or [_Cut(0, opening, None, 0)]
    block, by_heading, standalone = opening, False, True
    for start, end, following in _lines(text):
        line = text[start:end]
        if start < skip or not line.strip():
            standalone = standalone or not line.strip()
            continue
        heading = _line_heading(text, start, end, doc=doc, standalone=standalone)
        found = [(start, heading)] if heading else _mid_line_headings(text, start, end, doc=doc)
        for number, (position, mid) in enumerate(found, start=1):
            cuts.append(_Cut(position, mid.kind, mid.text, mid.body))
            if mid.field and number == len(found):
                cuts.append(_Cut(following, block, None, following))
            else:
                block, by_heading = mid.kind, True
        listing = block in (K.summary, K.other) or (block in _DATED_KINDS and not by_heading)
        dated = _dated_kind(line) if doc == "cv" and listing else None
        if not found and dated is not None and dated is not block:
            cuts.append(_Cut(start, dated, None, start))
            block, by_heading = dated, False
        stripped = line.strip()
        standalone = stripped[-1] in ".!?:;" or bool(_BULLET.match(stripped))
    return cuts


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans tiling ``text[start:end]``: lines, and sentences within lines."""
    spans, cursor = [], start
    for match in re.finditer(r"\n+|" + _SENTENCE_END.pattern, text[start:end]):
        spans.append((cursor, start + match.end()))
        cursor = start + match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans


def _refined(cut: _Cut, end: int, text: str) -> list[Section]:
    """A section with its boilerplate sentences given their own kind.

    A company, benefits or conditions block whose text turns to the candidate's skills
    ("Vous possédez une expérience...") is given back to ``other`` from that line on.
    """
    body = min(cut.body, end)
    pieces = [Section(cut.kind, cut.start, body, cut.heading)] if body > cut.start else []
    current = cut.kind
    carried: SectionKind | None = None  # a boilerplate "...:" lends its kind to the list below
    for start, stop in _sentences(text, body, end):
        sentence = text[start:stop]
        line_start = start == 0 or text[start - 1] == "\n"
        if current in _YIELDING and line_start and SKILL_TALK.search(fold(sentence)):
            current = K.other
        own = None
        if current in SKILL_SECTIONS and sentence.strip():
            own = _boilerplate(sentence, within=current)
            if own is None and pieces and pieces[-1].kind is K.company and _goes_on(sentence):
                own = K.company
        listed = carried is not None and _is_list_item(sentence)
        kind = own or (carried if listed else None) or current
        lends = own in _YIELDING and sentence.rstrip().endswith(":")
        carried = kind if lends else (carried if listed else None)
        heading = cut.heading if not pieces else None
        pieces.append(Section(kind, start, stop, heading))
    return pieces


def _goes_on(sentence: str) -> bool:
    """Whether a sentence continues the company presentation it follows in one paragraph."""
    folded = fold(sentence)
    return COMPANY_GOES_ON.search(folded) is not None and not NOT_COMPANY.search(folded)


def _is_list_item(sentence: str) -> bool:
    stripped = sentence.strip()
    return bool(_BULLET.match(stripped)) or 0 < len(stripped.split()) <= 8


def _merged(sections: list[Section], text: str) -> list[Section]:
    """Sections joined to the one before them when blank, or of its kind without a heading.

    Blank text opening the document goes to the first section that says something.
    """
    merged: list[Section] = []
    for section in sections:
        if section.end <= section.start:
            continue
        blank = not text[section.start : section.end].strip()
        continued = merged and merged[-1].kind is section.kind and section.heading is None
        if merged and (continued or blank):
            last = merged[-1]
            merged[-1] = Section(last.kind, last.start, section.end, last.heading)
        elif merged and not text[: merged[-1].end].strip():
            merged[-1] = Section(section.kind, 0, section.end, section.heading)
        else:
            merged.append(section)
    return merged


def split_sections(text: str, *, kind: str) -> list[Section]:
    """Typed sections tiling ``text`` in order, for a document of ``kind``.

    ``kind`` is "offer", "cv", "training" or "answers"; answers stay one ``other`` section,
    their question/answer pairs being read elsewhere. Text without headings is one ``other``
    section, except for the boilerplate sentences recognised in it.
    """
    if kind not in DOCUMENT_KINDS:
        raise UnknownDocumentKind(f"unknown document kind {kind!r}")
    if not text:
        return []
    if kind == "answers":
        return [Section(K.other, 0, len(text))]
    cuts = sorted(_cuts(text, doc=kind), key=lambda cut: cut.start)
    sections: list[Section] = []
    for cut, following in zip(cuts, [*cuts[1:], None], strict=True):
        end = following.start if following else len(text)
        if end > cut.start:
            sections.extend(_refined(cut, end, text))
    return _merged(sections, text)
