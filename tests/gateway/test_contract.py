"""The gateway's OpenAPI document is the public contract: it covers every public route."""

from __future__ import annotations

from gateway.config import Settings as GatewaySettings
from gateway.main import create_app as create_gateway
from referentials.config import Settings as ReferentialsSettings
from referentials.main import create_app as create_referentials

# read by the indexers of the other services, or exposed under /v1/admin with its scope
INTERNAL = {
    "/v1/rome/metier-skills",
    "/v1/esco/appellation-labels",
    "/v1/rome/certification-links",
    "/v1/referentials/rome/current",
    "/v1/referentials/{name}/imports",
}


def _paths(document: dict) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method in operations
        if path.startswith("/v1/")
    }


class TestGatewayContract:
    def test_every_public_referentials_route_is_exposed_by_the_gateway(self) -> None:
        referentials = create_referentials(ReferentialsSettings(database_url="sqlite://"))
        gateway = create_gateway(GatewaySettings(database_url="sqlite://"))
        served = {p for p in _paths(referentials.openapi()) if p[1] not in INTERNAL}
        assert served - _paths(gateway.openapi()) == set()

    def test_every_gateway_route_documents_the_error_body_and_the_key(self) -> None:
        document = create_gateway(GatewaySettings(database_url="sqlite://")).openapi()
        for path, operations in document["paths"].items():
            if not path.startswith("/v1/"):
                continue
            for method, operation in operations.items():
                assert "401" in operation["responses"], f"{method} {path}"
                assert operation.get("security"), f"{method} {path} has no API key"
