"""Every route of the matching service, under /v1."""

from fastapi import APIRouter

from matching.metiers.endpoints import router as metiers_router

router = APIRouter(prefix="/v1")
router.include_router(metiers_router)
