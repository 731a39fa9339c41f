"""An in-memory index of official labels that answers as people type: French-aware and forgiving.

Matching folds case, accents, ligatures and elision; reduces gender and plural forms
("serveuse", "serveurs" → "serveur"); expands common abbreviations ("ash", "vrp"); treats the
last query word as a prefix (autocomplete); and forgives one or two typos in longer words.
Ranking puts exact labels first, then labels starting with the query, then the best coverage.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from shared.french.abbreviations import ABBREVIATIONS
from shared.french.text import fold

STOPWORDS = frozenset(
    "a au aux d de des du en et l la le les pour sur un une avec par dans ou h f hf fh cdi cdd "
    "temps plein partiel".split()
)
# inclusive writing: "opérateur·rice", "employé.e", "salarié(e)s"; H/F marks
_INCLUSIVE = re.compile(r"(?<=\w)[·•.∙]\w{1,5}\b|\(\w{1,5}\)|\b[hf]\s*/\s*[hf]\b", re.IGNORECASE)
_SUFFIXES = (
    ("euses", "eur"), ("euse", "eur"), ("trices", "teur"), ("trice", "teur"),
    ("ieres", "ier"), ("iere", "ier"), ("eres", "er"), ("ere", "er"), ("iennes", "ien"),
    ("ienne", "ien"), ("ennes", "en"), ("enne", "en"), ("ives", "if"), ("ive", "if"),
    ("ettes", "et"), ("ette", "et"), ("eaux", "eau"),
)  # fmt: skip
EXACT, PREFIX, TYPO = 1.0, 0.85, 0.7


def stem(token: str) -> str:
    """One form for the gender and number variants of a folded French word."""
    for suffix, replacement in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)] + replacement
    # plural and feminine endings may stack ("agentes", "commise"): peel until none is left
    while True:
        if len(token) > 3 and token[-1] in "sx":
            token = token[:-1]
        elif len(token) > 4 and token[-1] == "e":
            token = token[:-1]
        else:
            return token


def query_terms(text: str) -> list[str]:
    """The stemmed, meaningful words of a query, abbreviations expanded."""
    words = fold(_INCLUSIVE.sub(" ", text)).split()
    expanded = [w for word in words for w in ABBREVIATIONS.get(word, word).split()]
    # a lone number in an offer title counts posts or floors, not the profession
    return [stem(w) for w in expanded if w not in STOPWORDS and not w.isdigit()]


@dataclass(frozen=True)
class Entry:
    key: str
    words: tuple[str, ...]  # the label's terms in order, each once: gender forms fold together
    terms: frozenset[str]  # every term it matches, extra texts included


@dataclass(frozen=True)
class Match:
    key: str
    score: float


class LabelIndex:
    """Search over (key, label, extra texts) entries; extra texts match but rank lower."""

    def __init__(self, entries: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        self._entries: list[Entry] = []
        self._postings: dict[str, set[int]] = defaultdict(set)
        for key, label, extra in entries:
            words = tuple(dict.fromkeys(query_terms(label)))
            terms = frozenset(words).union(*(query_terms(text) for text in extra))
            position = len(self._entries)
            self._entries.append(Entry(key, words, terms))
            for term in terms:
                self._postings[term].add(position)
        self._vocabulary = sorted(self._postings)
        self._idf = {
            term: math.log(1 + len(self._entries) / len(ids))
            for term, ids in self._postings.items()
        }

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, *, limit: int = 10) -> list[Match]:
        terms = query_terms(query)
        if not terms:
            return []
        scores: dict[int, float] = defaultdict(float)
        total = 0.0
        for position, term in enumerate(terms):
            expansions = self._expand(term, prefix=position == len(terms) - 1)
            weight = max((self._idf[t] for t, _ in expansions), default=1.0)
            total += weight
            for item, quality in self._best_per_item(expansions).items():
                scores[item] += weight * quality
        words = tuple(dict.fromkeys(terms))
        ranked = sorted(
            ((self._rank(item, score / total, words), item) for item, score in scores.items()),
            reverse=True,
        )
        return [Match(self._entries[item].key, round(rank, 4)) for rank, item in ranked[:limit]]

    def _expand(self, term: str, *, prefix: bool) -> list[tuple[str, float]]:
        """Vocabulary terms that ``term`` may mean, each with the quality of the match."""
        found: list[tuple[str, float]] = [(term, EXACT)] if term in self._postings else []
        if prefix and len(term) >= 2:
            start = bisect_left(self._vocabulary, term)
            for candidate in self._vocabulary[start : start + 200]:
                if not candidate.startswith(term):
                    break
                if candidate != term:
                    found.append((candidate, PREFIX))
        if not found and len(term) >= 5:
            allowed = 1 if len(term) < 8 else 2
            found = [
                (candidate, TYPO)
                for candidate in self._vocabulary
                if abs(len(candidate) - len(term)) <= allowed
                and Levenshtein.distance(term, candidate, score_cutoff=allowed) <= allowed
            ]
        return found

    def _best_per_item(self, expansions: list[tuple[str, float]]) -> dict[int, float]:
        best: dict[int, float] = {}
        for candidate, quality in expansions:
            for item in self._postings[candidate]:
                if quality > best.get(item, 0.0):
                    best[item] = quality
        return best

    def _rank(self, item: int, coverage: float, query_words: tuple[str, ...]) -> float:
        """Coverage, plus a bonus when the label is the query or starts with it."""
        words = self._entries[item].words
        if words == query_words:
            bonus = 1.0
        elif words[: len(query_words)] == query_words:
            bonus = 0.5
        else:
            bonus = 0.0
        # among equal matches, the label with fewest other words says it most directly
        return coverage + bonus + 0.1 / (1 + len(words))
