"""One error hierarchy, rendered once as ``{"error": {"code", "message", "request_id"}}``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class AppError(Exception):
    """Base of every error the API shows to its callers."""

    status_code: int = 500
    code: str = "internal_error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status_code: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status_code is not None:
            self.status_code = status_code
        self.headers = headers or {}


class BadRequest(AppError):
    status_code = 400
    code = "bad_request"


class Unauthorized(AppError):
    status_code = 401
    code = "unauthorized"


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"


class NotFound(AppError):
    status_code = 404
    code = "not_found"


class Conflict(AppError):
    status_code = 409
    code = "conflict"


class PayloadTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"


class Unprocessable(AppError):
    status_code = 422
    code = "validation_error"


class BadGateway(AppError):
    status_code = 502
    code = "bad_gateway"


class ServiceUnavailable(AppError):
    status_code = 503
    code = "service_unavailable"


class GatewayTimeout(AppError):
    status_code = 504
    code = "gateway_timeout"


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable error code.", examples=["not_found"])
    message: str = Field(
        description="Human-readable explanation, in English.",
        examples=["no fiche métier A9999 in ROME 460"],
    )
    request_id: str | None = Field(
        None,
        description="Id of the request, for support and logs.",
        examples=["6f1c0e5a8b7d4f0e9a3c2b1d0e9f8a7b"],
    )


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail = Field(description="What went wrong.")


def error_responses(*status_codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries documenting the error body for these status codes."""
    return {code: {"model": ErrorBody, "description": "Error"} for code in status_codes}
