"""Every route of the referentials service, under /v1."""

from fastapi import APIRouter

from referentials.rome.endpoints import router as rome_router

router = APIRouter(prefix="/v1")
router.include_router(rome_router)
