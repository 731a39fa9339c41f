"""Find ROME skill labels in French text by their words, whatever the wording's grammar.

Every label becomes one or more variants: its meaningful words reduced to roots (so that
"Accueillir les clients" meets "accueil des clients"), the acronym it carries in parentheses
("HACCP", "CACES R 389"), and, for a savoir named after a generic head ("Techniques de mise en
rayon"), the same label without that head. An inverted index from root to variants finds, for a
unit of text, every variant whose words it says; a variant matches when the unit covers most of
its weight (rare words weigh more) and the covered words sit close together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from shared.french import fold
from shared.french.roots import root

# words that carry no skill of their own in a ROME label, once folded
FUNCTION_WORDS = frozenset(
    "a au aux avec ce ces d de des du dans en et l la le les leur leurs ou par pour sa se ses "
    "son sur un une y selon afin tout tous toute toutes autre autres ainsi que qui dont etc "
    "exemple notamment j m n s t c qu jusqu lorsqu puisqu".split()
)
LIGHT_WORDS = frozenset(
    "realiser assurer effectuer participer proceder mettre oeuvre utiliser utilisation "
    "techniques technique connaissance connaissances caracteristiques procedures procedure "
    "methodes methode regles principes notions bases modalites elements types differents".split()
)
GENERIC_HEADS = re.compile(
    r"^(?:techniques?|utilisation|connaissances?|caract[ée]ristiques|proc[ée]dures?|"
    r"m[ée]thodes?|r[èe]gles|principes|notions|modalit[ée]s)\s+(?:d['’]|de\s+la\s+|de\s+l['’]|"
    r"des\s+|du\s+|de\s+)",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\(([^()]{2,40})\)")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,}\b")
_WORD = re.compile(r"[^\W_]+")  # "l'accueil" is two words: the elided article goes
# letters glued to digits ("R489", "B2") read as two words
_GLUED = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
# CACES recommendations renamed in 2020; ROME 4.0 labels still say the old ones
CACES_RENAMED = {"489": "389", "482": "372", "483": "383", "484": "318", "485": "389",
                 "486": "386", "487": "377", "490": "390"}  # fmt: skip

MIN_COVERAGE = 0.75
# "Entretenir, nettoyer un espace, un lieu, un local" is said by one verb and one place
MIN_COVERAGE_ENUMERATION = 0.3
MAX_GAP = 6  # words allowed between two matched words of a variant


@dataclass(frozen=True)
class Token:
    root: str
    form: str  # folded, singular: single-word labels must be said in this very form
    start: int
    end: int


@dataclass(frozen=True)
class Variant:
    code: str
    roots: tuple[str, ...]  # each root once, in label order
    form: str | None  # the one word of a single-word variant, as said
    exact: bool  # an acronym: said as is, it settles the match
    enumeration: bool


@dataclass(frozen=True)
class LexicalMatch:
    code: str
    coverage: float  # share of the variant's weight the text says, in [0, 1]
    words: int  # distinct words of the variant said
    exact: bool
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The meaningful words of ``text`` as roots, with their character offsets."""
    found: list[Token] = []
    for match in _WORD.finditer(text):
        for piece in _GLUED.sub(" ", fold(match.group())).split():
            if piece not in FUNCTION_WORDS:
                form = piece[:-1] if len(piece) > 4 and piece[-1] in "sx" else piece
                found.append(Token(_canonical(piece), form, match.start(), match.end()))
    return found


def _canonical(word: str) -> str:
    return CACES_RENAMED.get(word, root(word))


_LIGHT_ROOTS = frozenset(_canonical(word) for word in LIGHT_WORDS)


def _variant(code: str, text: str, *, exact: bool, enumeration: bool) -> Variant | None:
    tokens = [t for t in tokenize(text) if t.root not in _LIGHT_ROOTS]
    roots = tuple(dict.fromkeys(t.root for t in tokens))
    if not roots:
        return None
    form = tokens[0].form if len(roots) == 1 else None
    return Variant(code, roots, form, exact=exact, enumeration=enumeration)


def variants(code: str, label: str) -> list[Variant]:
    """The wordings under which a label may be said."""
    enumeration = "," in label
    texts = [(label, False)]
    bare = GENERIC_HEADS.sub("", label)
    if bare != label:
        texts.append((bare, False))
    texts += [
        (inner, True)
        for inner in _PARENTHESES.findall(label)
        if _ACRONYM.search(inner) and len(inner.split()) <= 4
    ]
    found = (_variant(code, text, exact=exact, enumeration=enumeration) for text, exact in texts)
    return [v for v in found if v is not None]


class SkillMatcher:
    """Every ROME skill label, searchable by the roots of its words.

    Variants and units of text are sparse rows over the vocabulary of roots, so one sparse
    product gives, for every unit, the weight of each variant it says.
    """

    def __init__(self, labels: Iterable[tuple[str, str]]) -> None:
        self._variants = [v for code, label in labels for v in variants(code, label)]
        vocabulary: dict[str, int] = {}
        rows, columns = [], []
        for row, variant in enumerate(self._variants):
            for word in variant.roots:
                rows.append(row)
                columns.append(vocabulary.setdefault(word, len(vocabulary)))
        self._vocabulary = vocabulary
        shape = (len(self._variants), max(len(vocabulary), 1))
        said = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, columns)), shape=shape)
        idf = np.log1p(shape[0] / np.maximum(said.sum(axis=0).A1, 1)).astype(np.float32)
        self._weights = idf
        self._weighted = (said @ sparse.diags(idf)).T.tocsr()  # roots × variants
        self._counts = said.T.tocsr()
        self._totals = np.maximum(self._weighted.sum(axis=0).A1, 1e-6)
        self._needed = np.array([_needed_coverage(v) for v in self._variants], np.float32)
        self._needed_words = np.array([min(2, len(v.roots)) for v in self._variants])

    def __len__(self) -> int:
        return len(self._variants)

    def match(self, units: Sequence[Sequence[Token]]) -> list[list[LexicalMatch]]:
        """For each unit of text, the skills whose label it says, best coverage per skill."""
        if not units or not self._variants:
            return [[] for _ in units]
        said = self._units_matrix(units)
        coverage = (said @ self._weighted).toarray() / self._totals
        counts = (said @ self._counts).toarray()
        found: list[list[LexicalMatch]] = []
        for index, tokens in enumerate(units):
            hits = np.flatnonzero(
                (coverage[index] >= self._needed) & (counts[index] >= self._needed_words)
            )
            found.append(self._confirmed(tokens, hits, coverage[index]))
        return found

    def _units_matrix(self, units: Sequence[Sequence[Token]]) -> sparse.csr_matrix:
        rows, columns = [], []
        for row, tokens in enumerate(units):
            for column in {self._vocabulary.get(t.root) for t in tokens} - {None}:
                rows.append(row)
                columns.append(column)
        shape = (len(units), len(self._vocabulary))
        return sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, columns)), shape=shape)

    def _confirmed(
        self, tokens: Sequence[Token], hits: np.ndarray, coverage: np.ndarray
    ) -> list[LexicalMatch]:
        """Keep the hits whose words sit close together, single words said in their form."""
        first_at: dict[str, int] = {}
        forms = {t.form for t in tokens}
        for position, token in enumerate(tokens):
            first_at.setdefault(token.root, position)
        best: dict[str, LexicalMatch] = {}
        for item in hits:
            variant = self._variants[item]
            if variant.form is not None and not variant.exact and variant.form not in forms:
                continue
            at = sorted(first_at[word] for word in variant.roots if word in first_at)
            if any(b - a > MAX_GAP for a, b in zip(at, at[1:], strict=False)):
                continue
            found = LexicalMatch(
                variant.code,
                round(float(coverage[item]), 4),
                len(at),
                variant.exact,
                tokens[at[0]].start,
                tokens[at[-1]].end,
            )
            if found.coverage > getattr(best.get(found.code), "coverage", 0.0):
                best[found.code] = found
        return sorted(best.values(), key=lambda m: (-m.coverage, m.start))


def _needed_coverage(variant: Variant) -> float:
    if len(variant.roots) == 1:
        # a lone short word ("lire", "vent") says too little unless it is an acronym
        return 1.0 if variant.exact or len(variant.roots[0]) >= 5 else 2.0
    return MIN_COVERAGE_ENUMERATION if variant.enumeration else MIN_COVERAGE
