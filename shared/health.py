"""Liveness and readiness endpoints; readiness runs each real dependency check."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

ReadyCheck = Callable[[], Awaitable[None]]

CHECK_TIMEOUT_S = 5

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str = Field(description="`ok` when the process is alive.", examples=["ok"])


class Readiness(BaseModel):
    status: str = Field(
        description="`ready` when every dependency answered, else `not_ready`.",
        examples=["ready"],
    )
    checks: dict[str, str] = Field(
        description="Each dependency and `ok` or the failure.",
        examples=[{"database": "ok", "extraction": "ok"}],
    )


@router.get("/healthz", response_model=Health, summary="Liveness")
async def get_health() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="Readiness: every real dependency is reachable",
    responses={503: {"model": Readiness}},
)
async def get_readiness(request: Request) -> JSONResponse:
    checks: dict[str, ReadyCheck] = getattr(request.app.state, "ready_checks", {})
    results: dict[str, str] = {}

    async def run(name: str, check: ReadyCheck) -> None:
        try:
            await asyncio.wait_for(check(), timeout=CHECK_TIMEOUT_S)
            results[name] = "ok"
        except TimeoutError:
            results[name] = f"TimeoutError: no answer within {CHECK_TIMEOUT_S} s"
        except Exception as exc:  # a readiness probe reports every failure, whatever it is
            results[name] = f"{type(exc).__name__}: {exc}"[:300]

    await asyncio.gather(*(run(name, check) for name, check in checks.items()))
    ready = all(value == "ok" for value in results.values())
    body = Readiness(status="ready" if ready else "not_ready", checks=results)
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
