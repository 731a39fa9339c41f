"""Cursor pages over the gateway's own tables (feedback, audit log), and times read from them."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime

from shared.errors import BadRequest


class InvalidCursor(BadRequest):
    code = "invalid_cursor"


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(str(last_id).encode()).decode()


def decode_cursor(cursor: str | None) -> int | None:
    """The id a page ends at, or None for the first page."""
    if not cursor:
        return None
    try:
        return int(base64.b64decode(cursor.encode(), altchars=b"-_", validate=True).decode())
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidCursor("`cursor` is not a cursor this API returned") from exc


def as_utc(moment: datetime) -> datetime:
    # SQLite keeps no zone: every stored time is UTC, and a naive one is read as UTC
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
