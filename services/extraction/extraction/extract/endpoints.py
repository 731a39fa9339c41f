"""Extraction routes: one document, a batch, or an uploaded CV file."""

from __future__ import annotations

from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, File, Form, UploadFile

from extraction.deps import ResourcesDep, SettingsDep, TuningDep
from extraction.documents import DocumentLimits, read_document
from extraction.extract import service
from shared.contracts.extraction import (
    BatchExtractionRequest,
    BatchExtractionResult,
    BatchItem,
    BatchItemError,
    DocumentKind,
    ExtractionRequest,
    ExtractionResult,
    FileExtractionResult,
    UploadedDocument,
)
from shared.errors import AppError, error_responses

router = APIRouter(tags=["extraction"])


@router.post(
    "/extractions",
    response_model=ExtractionResult,
    summary="Find ROME skills, professions and constraints in a French text",
    responses=error_responses(422, 503),
)
async def create_extraction(
    body: ExtractionRequest, resources: ResourcesDep, tuning: TuningDep
) -> ExtractionResult:
    return await service.extract(body, resources=resources, tuning=tuning)


@router.post(
    "/extractions/batch",
    response_model=BatchExtractionResult,
    summary="Extract from up to 100 documents in one call (bulk ingestion)",
    responses=error_responses(422, 503),
)
async def create_batch_extraction(
    body: BatchExtractionRequest, resources: ResourcesDep, tuning: TuningDep
) -> BatchExtractionResult:
    outcomes = await service.extract_many(body.documents, resources=resources, tuning=tuning)
    return BatchExtractionResult(
        items=[
            BatchItem(error=BatchItemError(code=o.code, message=o.message))
            if isinstance(o, AppError)
            else BatchItem(result=o)
            for o in outcomes
        ]
    )


@router.post(
    "/extractions/file",
    response_model=FileExtractionResult,
    summary="Extract from an uploaded CV: PDF, DOCX, ODT or plain text",
    responses=error_responses(413, 415, 422, 503),
)
async def create_file_extraction(
    file: Annotated[UploadFile, File(description="The document (PDF, DOCX, ODT, TXT).")],
    resources: ResourcesDep,
    tuning: TuningDep,
    settings: SettingsDep,
    kind: Annotated[DocumentKind, Form(description="What the document is.")] = DocumentKind.cv,
    title: Annotated[str | None, Form(max_length=500, description="Its title.")] = None,
) -> FileExtractionResult:
    limits = DocumentLimits(max_bytes=settings.max_file_bytes)
    data = await file.read(limits.max_bytes + 1)  # one byte more tells read_document it is over
    document = await anyio.to_thread.run_sync(
        # the language is judged by the extraction itself, as for any text
        lambda: read_document(
            data,
            filename=file.filename,
            content_type=file.content_type,
            limits=limits,
            require_french=False,
        )
    )
    request = ExtractionRequest(kind=kind, title=title, text=document.text)
    result = await service.extract(request, resources=resources, tuning=tuning)
    return FileExtractionResult(
        **result.model_dump(),
        document=UploadedDocument(format=document.format, pages=document.pages, text=document.text),
    )
