"""Every route of the referentials service, under /v1."""

from fastapi import APIRouter

from referentials.certifications.endpoints import router as certifications_router
from referentials.esco.endpoints import router as esco_router
from referentials.fiches.endpoints import router as fiches_router
from referentials.formacode.endpoints import router as formacode_router
from referentials.imports.endpoints import router as imports_router
from referentials.rome.endpoints import router as rome_router
from referentials.versions.endpoints import router as versions_router

router = APIRouter(prefix="/v1")
for domain_router in (
    fiches_router,
    rome_router,
    versions_router,
    formacode_router,
    certifications_router,
    esco_router,
    imports_router,
):
    router.include_router(domain_router)
