"""A request as one text to read: its parts (the text, or each answer), sections and units."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from extraction.extract.sections import SKILL_SECTIONS, Section, SectionKind, split_sections
from extraction.extract.segments import segment
from shared.contracts.extraction import DocumentKind, Evidence, ExtractionRequest, SectionRead

PART_SEPARATOR = "\n\n"
PROFESSION_CONTEXT_CHARS = 600


@dataclass(frozen=True)
class Part:
    """A stretch of the joined text: the whole text, or one answer of a questionnaire."""

    answer: int | None
    offset: int
    text: str


@dataclass(frozen=True)
class Unit:
    """A short unit of text worth reading for skills, with offsets into the joined text."""

    start: int
    end: int
    text: str
    section: SectionKind


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    title: str | None
    text: str  # the parts joined: offsets below refer to it
    parts: tuple[Part, ...]
    sections: tuple[tuple[Part, Section], ...]
    units: tuple[Unit, ...]  # only those of sections skills are taken from

    @cached_property
    def embedded_units(self) -> tuple[Unit, ...]:
        """The units embedded for meaning: an item of an enumeration read whole is left to the
        words (28 % fewer units to embed in an offer, the encoder's cost)."""
        return tuple(
            unit
            for unit in self.units
            if not any(
                other.start <= unit.start
                and unit.end <= other.end
                and (other.start, other.end) != (unit.start, unit.end)
                for other in self.units
            )
        )

    @property
    def profession_context(self) -> str:
        """What says the profession best: the title, else the opening of the text."""
        return self.title or self.text[:PROFESSION_CONTEXT_CHARS]

    def evidence(self, start: int, end: int, *, section: SectionKind | None) -> Evidence:
        """A span of the joined text, as offsets into the part the caller sent."""
        part = self._part_at(start)
        return Evidence(
            start=start - part.offset,
            end=min(end, part.offset + len(part.text)) - part.offset,
            text=self.text[start:end],
            answer=part.answer,
            section=section.value if section is not None else None,
        )

    def section_reads(self) -> list[SectionRead]:
        return [
            SectionRead(
                kind=section.kind.value,
                start=section.start,
                end=section.end,
                heading=section.heading,
                answer=part.answer,
                skills_taken=section.kind in SKILL_SECTIONS,
            )
            for part, section in self.sections
        ]

    def _part_at(self, start: int) -> Part:
        offsets = [part.offset for part in self.parts]
        return self.parts[max(bisect_right(offsets, start) - 1, 0)]


def read(request: ExtractionRequest, *, max_units: int) -> Document:
    """Join, split into sections and cut into units the text or the answers of a request.

    Units past ``max_units`` (in text order) are not read for skills: embedding bounds the cost.
    """
    parts = _parts(request)
    sections: list[tuple[Part, Section]] = []
    units: list[Unit] = []
    for part in parts:
        for section in split_sections(part.text, kind=request.kind.value):
            sections.append((part, section))
            if section.kind in SKILL_SECTIONS:
                units += _units(part, section)
    text = PART_SEPARATOR.join(part.text for part in parts)
    return Document(
        request.kind, request.title, text, tuple(parts), tuple(sections), tuple(units[:max_units])
    )


def _parts(request: ExtractionRequest) -> list[Part]:
    if not request.answers:
        return [Part(None, 0, request.text or "")]
    parts, offset = [], 0
    for index, pair in enumerate(request.answers):
        parts.append(Part(index, offset, pair.answer))
        offset += len(pair.answer) + len(PART_SEPARATOR)
    return parts


def _units(part: Part, section: Section) -> list[Unit]:
    body = part.text[section.start : section.end]
    base = part.offset + section.start
    return [Unit(base + s.start, base + s.end, s.text, section.kind) for s in segment(body)]
