"""The rows of one ROME release, as read from its files."""

from __future__ import annotations

from dataclasses import dataclass, field

from referentials.csvfiles import Row


@dataclass
class RomeDataset:
    version: str
    checksum: str
    metiers: list[Row] = field(default_factory=list)
    appellations: list[Row] = field(default_factory=list)
    skills: list[Row] = field(default_factory=list)
    metier_skills: list[Row] = field(default_factory=list)
    work_contexts: list[Row] = field(default_factory=list)
    metier_contexts: list[Row] = field(default_factory=list)
    mobilites: list[Row] = field(default_factory=list)
    facets: list[Row] = field(default_factory=list)
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)

    def report_unknown(self, where: str, code: str) -> None:
        self.unknown_codes.setdefault(where, []).append(code)
