"""Every public route, under /v1."""

from fastapi import APIRouter

from gateway.admin.endpoints import router as admin_router
from gateway.feedback.endpoints import router as feedback_router
from gateway.offers.endpoints import router as offers_router
from gateway.public.endpoints import router as public_router
from gateway.public.matching import router as matching_router
from gateway.public.referentials import router as referentials_router
from gateway.trainings.endpoints import router as trainings_router
from shared.errors import error_responses

# Any route may be refused before its handler runs: a body that is not UTF-8 (400), too large
# (413), a parameter out of its bounds (422), the tenant's rate (429).
router = APIRouter(prefix="/v1", responses=error_responses(400, 413, 422, 429))
router.include_router(public_router)
router.include_router(matching_router)
router.include_router(offers_router)
router.include_router(trainings_router)
router.include_router(referentials_router)
router.include_router(admin_router)
router.include_router(feedback_router)
