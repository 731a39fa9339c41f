"""Every route of the extraction service, under /v1."""

from fastapi import APIRouter

from extraction.extract.endpoints import router as extract_router

router = APIRouter(prefix="/v1")
router.include_router(extract_router)
