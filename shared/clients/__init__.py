"""Typed HTTP clients between services: timeouts, request-id propagation, error mapping."""

from shared.clients.base import ServiceClient
from shared.clients.extraction import ExtractionClient
from shared.clients.matching import MatchingClient
from shared.clients.referentials import ReferentialsClient

__all__ = ["ExtractionClient", "MatchingClient", "ReferentialsClient", "ServiceClient"]
