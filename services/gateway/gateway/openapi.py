"""The public contract: tag descriptions, and the OpenAPI document written to a file."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from shared.logging import REQUEST_ID_HEADER

OPENAPI_TAGS: list[dict[str, Any]] = [
    {
        "name": "extraction",
        "description": "Find ROME skills, métiers, appellations and work constraints in a French "
        "text, a batch of texts, or an uploaded CV. Every skill comes with the span of text "
        "that evokes it.",
    },
    {
        "name": "matching",
        "description": "Match a profile (stated skills, free text, questionnaire answers) to "
        "ROME métiers, job offers and trainings, each result explained by the skills it shares "
        "and those it lacks; career moves from a métier.",
    },
    {
        "name": "offers",
        "description": "Push your job offers (neutral format or France Travail v2 JSON) and "
        "remove them. Private offers are matched for your tenant only. Needs the `ingest` scope.",
    },
    {
        "name": "trainings",
        "description": "Push your training offer (neutral JSON or a Lhéo XML export) and remove "
        "it. Private trainings are matched for your tenant only. Needs the `ingest` scope.",
    },
    {
        "name": "referentials",
        "description": "Read the official referentials: ROME 4.0 fiches, appellations and "
        "skills, RNCP and RS certifications, Formacode, ESCO, and their imported versions.",
    },
    {
        "name": "feedback",
        "description": "Tell whether a suggestion was relevant, and read your tenant's verdicts "
        "back: they measure the quality of the matches.",
    },
    {
        "name": "admin",
        "description": "Administration, for keys with the `admin` scope: referential imports "
        "from the official files on the server.",
    },
    {
        "name": "health",
        "description": "Liveness and readiness probes, outside `/v1` and without a key.",
    },
]

# the request-context middleware sets it on every response, errors included
REQUEST_ID = {
    "description": "Id of the request: yours when you sent a valid `X-Request-ID`, else a new "
    "one. Error bodies repeat it; quote it to support.",
    "required": True,
    "schema": {"type": "string"},
    "example": "6f1c0e5a8b7d4f0e9a3c2b1d0e9f8a7b",
}


def install_openapi(app: FastAPI) -> None:
    """Give the app's OpenAPI document tag descriptions, short operation ids, the request id.

    Call it once every router is included: the operations are renamed when the document is built.
    """
    if getattr(app.state, "openapi_installed", False):
        return
    app.state.openapi_installed = True
    app.openapi_tags = OPENAPI_TAGS
    app.openapi_schema = None  # built lazily and cached: drop a copy made before the tags
    build = app.openapi

    def openapi() -> dict[str, Any]:
        document = build()
        name_operations_after_functions(document)
        document_request_id(document)
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def name_operations_after_functions(document: dict[str, Any]) -> None:
    """`get_metier` rather than `get_metier_v1_rome_metiers__code_rome__get`, in place.

    Generated clients name their functions after operation ids. FastAPI's default id is the
    function's name followed by the path and the method; an id set by hand is left as it is.
    """
    seen: set[str] = set()
    for path, operations in document.get("paths", {}).items():
        for method, operation in operations.items():
            suffix = re.sub(r"\W", "_", path) + f"_{method}"
            operation_id = operation.get("operationId", "")
            if operation_id.endswith(suffix) and len(operation_id) > len(suffix):
                operation_id = operation["operationId"] = operation_id[: -len(suffix)]
            if operation_id in seen:
                raise ValueError(f"two operations are named {operation_id}: rename one function")
            seen.add(operation_id)


def document_request_id(document: dict[str, Any]) -> None:
    """List the request id header on every response of every operation, in place."""
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values():
                response.setdefault("headers", {}).setdefault(REQUEST_ID_HEADER, dict(REQUEST_ID))


def render(document: dict[str, Any]) -> str:
    """The document as stable, diffable JSON text."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def gateway_document() -> dict[str, Any]:
    """The gateway's OpenAPI document, built in-process: no database, no server, no network."""
    # main.py imports this module, so the app factory is imported when the document is wanted
    from gateway.config import Settings
    from gateway.main import create_app

    app = create_app(Settings(database_url="sqlite://"))
    install_openapi(app)
    return app.openapi()


def main(argv: list[str] | None = None) -> None:
    """Write the gateway's OpenAPI document to the path given (`make client`)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit("usage: python -m gateway.openapi PATH")
    Path(args[0]).write_text(render(gateway_document()), encoding="utf-8")


if __name__ == "__main__":
    main()
