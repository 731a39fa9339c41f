"""Administrative actions, each recorded in the audit log: who, what, when, with what outcome."""

from __future__ import annotations

from gateway.tenancy.service import Caller
from shared.clients import ReferentialsClient
from shared.contracts.imports import ImportResponse
from shared.errors import AppError
from shared.logging import get_logger

audit = get_logger("audit")


async def import_referential(
    caller: Caller, name: str, *, referentials: ReferentialsClient
) -> ImportResponse:
    action = {"tenant": caller.tenant, "action": "referential.import", "target": name}
    try:
        response = await referentials.request(
            "POST", f"/v1/referentials/{name}/imports", ImportResponse
        )
    except AppError as exc:
        audit.warning("audit", extra={**action, "outcome": exc.code})
        raise
    statuses = ",".join(f"{r.name}:{r.version}:{r.status}" for r in response.results)
    audit.info("audit", extra={**action, "outcome": statuses})
    return response
