"""Word search in SQL over folded text columns: every word starts a word; exact, prefix first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, literal
from sqlalchemy.orm import InstrumentedAttribute


def word_search(
    statement: Select[Any],
    *,
    words: list[str],
    search_text: InstrumentedAttribute[str],
    search_label: InstrumentedAttribute[str],
    label: InstrumentedAttribute[str],
    key: InstrumentedAttribute[str],
    limit: int,
) -> Select[Any]:
    """Narrow ``statement`` to rows whose ``search_text`` has every word as a word start.

    ``words`` are folded (shared.french.text.tokens), so they hold only [0-9a-z]; the
    folded label equal to the query ranks first, then labels starting with it, then labels
    containing it, then the rest, shorter labels first.
    """
    phrase = " ".join(words)
    for word in words:
        statement = statement.where(search_text.contains(f" {word}"))
    rank = case(
        (search_label == phrase, 0),
        (search_label.startswith(phrase), 1),
        (literal(" ").concat(search_label).contains(f" {phrase}"), 2),
        else_=3,
    )
    return statement.order_by(rank, func.length(label), key).limit(limit)
