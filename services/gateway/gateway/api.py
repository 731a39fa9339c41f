"""Every public route, under /v1."""

from fastapi import APIRouter

from gateway.admin.endpoints import router as admin_router
from gateway.public.endpoints import router as public_router
from gateway.public.referentials import router as referentials_router

router = APIRouter(prefix="/v1")
router.include_router(public_router)
router.include_router(referentials_router)
router.include_router(admin_router)
