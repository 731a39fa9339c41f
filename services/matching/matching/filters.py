"""Payload filters shared by the offers and trainings indexes: who may see, where, until when."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.contracts.profile import Where
from shared.contracts.tenancy import Visibility
from shared.vector_store import Condition, Filter, GeoRadius, MatchValue, Range

DEFAULT_RADIUS_KM = 30.0
EXPIRES = "expires_ts"
"""Payload field: when an offer or a training stops being matched (a timestamp)."""


def visible_to(tenant: str) -> Filter:
    """Shared items, and the tenant's own private ones."""
    return Filter(
        should=[MatchValue("visibility", Visibility.shared.value), MatchValue("tenant", tenant)]
    )


def not_expired(now: datetime | None = None) -> Range:
    return Range(EXPIRES, gte=(now or datetime.now(UTC)).timestamp())


def where_condition(
    where: Where, *, prefix: str = "place", location: str = "location"
) -> Condition | None:
    """The narrowest place given: a point and radius, a commune, a département, a région."""
    if (point := where.point) is not None:
        radius = where.radius_km or DEFAULT_RADIUS_KM
        return GeoRadius(location, lat=point[0], lon=point[1], radius_km=radius)
    if where.commune:
        return MatchValue(f"{prefix}.commune", where.commune)
    if where.departement:
        return MatchValue(f"{prefix}.departement", where.departement)
    if where.region:
        return MatchValue(f"{prefix}.region", where.region)
    return None
