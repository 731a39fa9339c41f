"""Read the work constraints a French text states or refuses: hours, licence, mobility, contract.

Matching runs on a folded copy of the text (lower case, no accents, one kind of apostrophe, no
inclusive endings) whose characters keep their offset in the original, so evidence slices back.
A target phrase ("travail de nuit", "permis B") takes its polarity from the nearest cue of its
clause ("pas de", "ok pour", "c'est non"); clauses end at sentence punctuation and at "mais",
"par contre", "car"..., and a comma only ends one when what follows says something of its own.
Decisions: "le permis" alone means category B; a licence being prepared ("permis en cours",
"je passe le permis C") is negative with its category; a radius given in minutes is left out;
"3x8" only counts when accepted; back, knee or wrist trouble and vertigo are negative efforts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extraction.extract.constraint_cues import (
    CLAUSE_BREAKS,
    COORDINATORS,
    CUE_RULES,
    FILLER_WORDS,
    LEAD_WORDS,
    PRONOUNS,
    CueRule,
)
from extraction.extract.constraint_folding import Folded, fold, prev_word
from extraction.extract.constraint_phrases import (
    BARE_LICENCE_BEFORE,
    BARE_LICENCE_NOT_AFTER,
    CANONICAL_CATEGORIES,
    LICENCE,
    LICENCE_BARE,
    LICENCE_CATEGORY,
    LICENCE_NAMED,
    PENDING_AFTER,
    PENDING_BEFORE,
    TARGET_RULES,
    UPPER_ONLY_CATEGORIES,
)
from shared.contracts.constraints import Constraint, ConstraintEvidence, Polarity
from shared.contracts.constraints import ConstraintKind as K

POS, NEG = Polarity.positive, Polarity.negative

# ---------------------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    rule: CueRule


def _cues(text: str, cores: list[tuple[int, int]]) -> list[_Cue]:
    """Cue phrases, the longest winning where they overlap, none inside a target phrase."""
    found = [
        _Cue(m.start(), m.end(), rule)
        for rule in CUE_RULES
        for m in rule.pattern.finditer(text)
        if not any(m.start() < end and start < m.end() for start, end in cores)
    ]
    kept: list[_Cue] = []
    for cue in sorted(found, key=lambda c: c.start - c.end):
        if all(cue.end <= k.start or k.end <= cue.start for k in kept):
            kept.append(cue)
    return sorted((c for c in kept if c.rule.polarity is not None), key=lambda c: c.start)


# ------------------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class _Target:
    kind: K
    value: str | None
    start: int
    end: int
    strong: bool = True  # names a work condition by itself; a weak one needs a cue or context
    inverted: bool = False  # states a trouble: "mal au dos" means carrying loads is refused
    fixed: Polarity | None = None  # carries its own polarity ("uniquement en journée")
    only: Polarity | None = None  # kept with this polarity only ("3x8" counts when accepted)
    context: re.Pattern[str] | None = None  # work words that let a weak target stand


def _categories(folded: Folded, text: str, match: re.Match[str]) -> list[str]:
    """Categories listed in ``match``; a lower-case 'à' or 'de' is French, not a category."""
    found = []
    for cat in LICENCE_CATEGORY.finditer(folded.text, *match.span("v")):
        first, last = folded.original(*cat.span())
        if cat.group() in UPPER_ONLY_CATEGORIES and not text[first:last].isupper():
            continue
        found.append(CANONICAL_CATEGORIES.get(cat.group(), cat.group().upper()))
    return found


def _bare_licence(folded: Folded, start: int, end: int) -> bool:
    """'le permis', 'sans permis', 'Permis exigé', never 'm'a permis de' or 'permis de séjour'."""
    before = prev_word(folded.text, start)
    other_permit = BARE_LICENCE_NOT_AFTER.match(folded.text, end)
    return (before == "" or before in BARE_LICENCE_BEFORE) and not other_permit


def _licences(folded: Folded, text: str) -> list[_Target]:
    """Driving licences with their category; one still being prepared is negative."""
    found: list[tuple[int, int, list[str]]] = []
    for m in LICENCE.finditer(folded.text):
        if values := _categories(folded, text, m):
            found.append((m.start(), m.end(), values))
    for pattern, value in LICENCE_NAMED:
        found += [(m.start(), m.end(), [value]) for m in pattern.finditer(folded.text)]
    for m in LICENCE_BARE.finditer(folded.text):
        free = all(m.end() <= start or end <= m.start() for start, end, _ in found)
        if free and _bare_licence(folded, m.start(), m.end()):
            found.append((m.start(), m.end(), ["B"]))
    targets = []
    for start, end, values in found:
        if before := PENDING_BEFORE.search(folded.text, max(0, start - 40), start):
            targets += [
                _Target(K.driving_licence, v, before.start(), end, fixed=NEG) for v in values
            ]
        elif after := PENDING_AFTER.match(folded.text, end):
            # "permis B et C en cours": only the last category is still being prepared
            targets += [_Target(K.driving_licence, v, start, end) for v in values[:-1]]
            targets.append(_Target(K.driving_licence, values[-1], start, after.end(), fixed=NEG))
        else:
            targets += [_Target(K.driving_licence, v, start, end) for v in values]
    return targets


def _targets(folded: Folded, text: str) -> list[_Target]:
    """Every target phrase, less those inside a longer one of the same kind."""
    found = _licences(folded, text)
    for rule in TARGET_RULES:
        groups = rule.pattern.groupindex
        for m in rule.pattern.finditer(folded.text):
            start, end = m.span("t") if "t" in groups else m.span()
            if rule.gate is None or rule.gate(folded, text, start, end):
                value = str(int(m["v"])) if "v" in groups else rule.value
                found.append(
                    _Target(
                        rule.kind,
                        value,
                        start,
                        end,
                        rule.strong,
                        rule.inverted,
                        rule.fixed,
                        rule.only,
                        rule.context,
                    )
                )
    return sorted(
        (t for t in found if not any(_inside(t, other) for other in found)),
        key=lambda t: (t.start, t.end),
    )


def _inside(inner: _Target, outer: _Target) -> bool:
    return (
        (inner.kind, inner.value) == (outer.kind, outer.value)
        and outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )


# ------------------------------------------------------------------------------------- clauses

_COMMA = re.compile(r",")
_WORD = re.compile(r"[a-z0-9]+")


def _split(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for m in pattern.finditer(text, start, end):
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, end))
    return spans


def _clauses(text: str, targets: list[_Target], cues: list[_Cue]) -> list[tuple[int, int]]:
    """Sentences cut at discourse words; a comma piece joins its clause if it only continues it."""
    clauses = []
    for start, end in _split(CLAUSE_BREAKS, text, 0, len(text)):
        pieces = _split(_COMMA, text, start, end)
        merged = [pieces[0]]
        for piece in pieces[1:]:
            if _continues(text, piece, targets, cues):
                merged[-1] = (merged[-1][0], piece[1])
            else:
                merged.append(piece)
        clauses += merged
    return clauses


def _continues(text: str, piece: tuple[int, int], targets: list[_Target], cues: list[_Cue]) -> bool:
    """True for "..., c'est non" (no target) and "..., rester debout" (a target, no cue)."""
    inside = [t for t in targets if piece[0] <= t.start < piece[1]]
    if not inside:
        return True
    if any(piece[0] <= c.start < piece[1] for c in cues):
        return False
    words = [m for m in _WORD.finditer(text, *piece) if m.group() not in LEAD_WORDS]
    if not words or not any(t.start <= words[0].start() < t.end for t in inside):
        return False
    loose = [m for m in words if not any(t.start <= m.start() < t.end for t in inside)]
    return sum(1 for m in loose if m.group() not in FILLER_WORDS) <= 1


# ---------------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Hit:
    target: _Target
    polarity: Polarity
    start: int
    end: int
    rank: int  # 3: a cue says it, 2: listed with such a target, 1: stands alone, 0: work context


@dataclass
class _Scope:
    text: str
    start: int
    end: int
    targets: list[_Target]
    cues: list[_Cue]

    def gap(self, start: int, end: int) -> list[str]:
        """The words between two offsets that belong to no target."""
        return [
            m.group()
            for m in _WORD.finditer(self.text, start, end)
            if not any(t.start <= m.start() < t.end for t in self.targets)
        ]

    def loose(self, words: Iterable[str]) -> int:
        return sum(1 for w in words if w not in FILLER_WORDS and not w.endswith("ment"))


def _forward(scope: _Scope, target: _Target) -> _Cue | None:
    """The nearest cue before the target, if only a few filler words lie between."""
    before = [c for c in scope.cues if c.end <= target.start and c.rule.fwd >= 0]
    if not before:
        return None
    cue = before[-1]
    words = scope.gap(cue.end, target.start)
    if len(words) > cue.rule.fwd or any(w in PRONOUNS for w in words):
        return None
    return cue if scope.loose(words) <= (1 if target.strong else 0) else None


def _backward(scope: _Scope, target: _Target, used: set[_Cue]) -> _Cue | None:
    """The nearest unused cue after the target ("le permis, je l'ai pas")."""
    after = [c for c in scope.cues if c.start >= target.end and c.rule.back >= 0 and c not in used]
    if not after:
        return None
    cue = after[0]
    words = scope.gap(target.end, cue.start)
    listed = any(target.end <= t.start and t.end <= cue.start for t in scope.targets)
    if len(words) > cue.rule.back or (not listed and COORDINATORS.intersection(words)):
        return None
    if cue.rule.closing:
        following = [t.start for t in scope.targets if t.start >= cue.end]
        if scope.loose(scope.gap(cue.end, min(following, default=scope.end))):
            return None
    return cue


def _in_context(scope: _Scope, target: _Target) -> bool:
    """A work word near a weak target: "horaires incluant les week-ends"."""
    if target.context is None:
        return False
    for m in target.context.finditer(scope.text, scope.start, scope.end):
        if m.start() < target.end and target.start < m.end():
            continue
        start, end = (m.end(), target.start) if m.end() <= target.start else (target.end, m.start())
        words = scope.gap(start, end)
        if len(words) <= 4 and not PRONOUNS.intersection(words):
            return True
    return False


def _cue_polarity(scope: _Scope, cue: _Cue) -> Polarity:
    if not cue.rule.exception:
        return cue.rule.polarity or POS
    refused = any(c.start < cue.start and c.rule.polarity is NEG for c in scope.cues)
    return POS if refused else NEG


def _chain(scope: _Scope, target: _Target, hits: dict[_Target, _Hit]) -> _Hit | None:
    """A target listed next to a resolved one shares its stance: "ni la nuit ni le dimanche"."""
    for other, hit in sorted(hits.items(), key=lambda item: abs(item[0].start - target.start)):
        if other.fixed is not None or hit.rank < 2:
            continue
        start, end = (
            (other.end, target.start) if other.end <= target.start else (target.end, other.start)
        )
        words = scope.gap(start, end)
        if start <= end and len(words) <= 3 and LEAD_WORDS.issuperset(words):
            return _Hit(target, hit.polarity, target.start, target.end, min(hit.rank, 2))
    return None


def _cue_hit(scope: _Scope, target: _Target, cue: _Cue) -> _Hit:
    start, end = min(cue.start, target.start), max(cue.end, target.end)
    return _Hit(target, _cue_polarity(scope, cue), start, end, 3)


def _resolve(scope: _Scope) -> list[_Hit]:
    """Each target of a clause with its polarity: from a cue, a neighbour, or standing alone."""
    hits: dict[_Target, _Hit] = {}
    used: set[_Cue] = set()
    for target in scope.targets:
        if target.fixed is not None and target.strong:
            hits[target] = _Hit(target, target.fixed, target.start, target.end, 1)
        elif (cue := _forward(scope, target)) is not None:
            used.add(cue)
            hits[target] = _cue_hit(scope, target, cue)
    for target in scope.targets:
        if target not in hits and (cue := _backward(scope, target, used)) is not None:
            hits[target] = _cue_hit(scope, target, cue)
    _chain_all(scope, hits)
    for target in scope.targets:
        if target not in hits and (target.strong or _in_context(scope, target)):
            hits[target] = _Hit(target, POS, target.start, target.end, int(target.strong))
    _chain_all(scope, hits)
    return [final for hit in hits.values() if (final := _final(hit)) is not None]


def _chain_all(scope: _Scope, hits: dict[_Target, _Hit]) -> None:
    changed = True
    while changed:
        changed = False
        for target in scope.targets:
            if target not in hits and (hit := _chain(scope, target, hits)) is not None:
                hits[target] = hit
                changed = True


def _final(hit: _Hit) -> _Hit | None:
    """Apply what the target itself says: a fixed stance, a trouble, a polarity it needs."""
    target = hit.target
    polarity = target.fixed or hit.polarity
    if target.inverted:
        polarity = NEG if polarity is POS else POS
    if target.only is not None and polarity is not target.only:
        return None
    return _Hit(target, polarity, hit.start, hit.end, hit.rank)


def _strength(hit: _Hit) -> tuple[int, int, int, int]:
    """Sort key, strongest first: said by a cue, a refusal, a longer span, earlier."""
    return (-hit.rank, int(hit.polarity is POS), hit.start - hit.end, hit.start)


def find_constraints(text: str, *, answer: int | None = None) -> list[Constraint]:
    """The constraints ``text`` states or refuses, once per (kind, value), in reading order.

    Evidence offsets point into ``text`` itself; ``answer`` is copied into each evidence.
    """
    folded = fold(text)
    targets = _targets(folded, text)
    cues = _cues(folded.text, [(t.start, t.end) for t in targets])
    hits: list[_Hit] = []
    for start, end in _clauses(folded.text, targets, cues):
        inside = [t for t in targets if start <= t.start < end]
        said = [c for c in cues if start <= c.start < end]
        hits += _resolve(_Scope(folded.text, start, end, inside, said))
    best: dict[tuple[K, str | None], _Hit] = {}
    for hit in sorted(hits, key=_strength):
        best.setdefault((hit.target.kind, hit.target.value), hit)
    return [_constraint(hit, folded, text, answer) for hit in sorted(best.values(), key=_position)]


def _position(hit: _Hit) -> tuple[int, int]:
    return hit.start, hit.end


def _constraint(hit: _Hit, folded: Folded, text: str, answer: int | None) -> Constraint:
    start, end = folded.original(hit.start, hit.end)
    evidence = ConstraintEvidence(start=start, end=end, text=text[start:end], answer=answer)
    return Constraint(
        kind=hit.target.kind, polarity=hit.polarity, value=hit.target.value, evidence=evidence
    )
