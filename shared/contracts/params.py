"""Query parameters that a service and the gateway in front of it declare alike."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

Cursor = Annotated[
    str | None,
    Query(description="Cursor from the previous page.", examples=["RzE4MDM="]),
]
PageSize = Annotated[int, Query(ge=1, le=5000, description="Page size.", examples=[100])]
Version = Annotated[
    str | None,
    Query(
        description="Referential version label (e.g. `460`); default: the current one.",
        examples=["460"],
    ),
]
Search = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=200,
        description="French-aware search: accents, case, elision, gender forms, plurals, "
        "abbreviations and typos; the last word is a prefix (autocomplete). Best first.",
        examples=["serveuse"],
    ),
]
