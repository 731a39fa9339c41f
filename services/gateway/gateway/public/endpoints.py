"""The public API: every route partners call, behind an API key."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, UploadFile

from gateway.deps import CallerDep, ExtractionDep, SettingsDep
from shared.contracts.extraction import (
    BatchExtractionRequest,
    BatchExtractionResult,
    DocumentKind,
    ExtractionRequest,
    ExtractionResult,
    FileExtractionResult,
)
from shared.errors import PayloadTooLarge, error_responses

router = APIRouter()

# 400: a body that cannot be read at all (JSON or form that is not UTF-8)
BODY_ERRORS = error_responses(400, 401, 422, 502, 503, 504)


@router.post(
    "/extractions",
    response_model=ExtractionResult,
    tags=["extraction"],
    summary="Find ROME skills, métiers and appellations in a French text",
    responses=BODY_ERRORS,
)
async def create_extraction(
    body: ExtractionRequest, _: CallerDep, extraction: ExtractionDep
) -> ExtractionResult:
    return await extraction.extract(body)


@router.post(
    "/extractions/batch",
    response_model=BatchExtractionResult,
    tags=["extraction"],
    summary="Extract from up to 100 documents in one call (bulk ingestion)",
    description="Each document gets its own item: a result, or the error that stopped it alone.",
    responses=BODY_ERRORS,
)
async def create_batch_extraction(
    body: BatchExtractionRequest, _: CallerDep, extraction: ExtractionDep
) -> BatchExtractionResult:
    return await extraction.extract_batch(body)


@router.post(
    "/extractions/file",
    response_model=FileExtractionResult,
    tags=["extraction"],
    summary="Extract from an uploaded CV: PDF, DOCX, ODT or plain text (10 MB at most)",
    description="Evidence offsets refer to `document.text`, the text read from the file. A "
    "scanned PDF without a text layer is refused with `scanned_pdf`.",
    responses={**BODY_ERRORS, **error_responses(413, 415)},
)
async def create_file_extraction(
    file: Annotated[UploadFile, File(description="The document (PDF, DOCX, ODT, TXT).")],
    _: CallerDep,
    extraction: ExtractionDep,
    settings: SettingsDep,
    kind: Annotated[
        DocumentKind, Form(description="What the document is.", examples=["cv"])
    ] = DocumentKind.cv,
    title: Annotated[
        str | None,
        Form(max_length=500, description="Its title.", examples=["CV Marie Dupont, serveuse"]),
    ] = None,
) -> FileExtractionResult:
    content = await file.read(settings.max_upload_bytes + 1)
    if len(content) > settings.max_upload_bytes:
        raise PayloadTooLarge(
            f"the file is over {settings.max_upload_bytes} bytes", code="file_too_large"
        )
    return await extraction.extract_file(
        content, filename=file.filename, content_type=file.content_type, kind=kind, title=title
    )
