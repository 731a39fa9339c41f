"""Every route of the matching service, under /v1."""

from fastapi import APIRouter

from matching.metiers.endpoints import router as metiers_router
from matching.offers.endpoints import router as offers_router
from matching.parcours.endpoints import router as parcours_router
from matching.trainings.endpoints import router as trainings_router

router = APIRouter(prefix="/v1")
router.include_router(metiers_router)
router.include_router(offers_router)
router.include_router(trainings_router)
router.include_router(parcours_router)
