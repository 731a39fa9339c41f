"""Points placed in the Ardèche and in Lyon, for the geographic filters of every backend."""

from __future__ import annotations

import numpy as np

from shared.vector_store import CollectionSpec, GeoRadius, SparseVector, VectorPoint

AUBENAS = (44.62, 4.39)
PRIVAS = (44.735, 4.599)  # about 21 km from Aubenas
LYON = (45.764, 4.836)  # about 130 km from Aubenas

PLACES: dict[str, tuple[tuple[float, float] | None, str, str]] = {
    "aubenas": (AUBENAS, "G1803", "offer"),
    "privas": (PRIVAS, "A1101", "training"),
    "lyon": (LYON, "G1803", "training"),
    "nowhere": (None, "G1803", "offer"),
}
"""Name: (lat, lon) or no location, ROME code, kind."""


def place_spec(*, geo_fields: tuple[str, ...] = ("location",)) -> CollectionSpec:
    return CollectionSpec(
        "places", 8, "fake:8", sparse=("skills",), indexed_fields=("rome",), geo_fields=geo_fields
    )


def place_points() -> list[VectorPoint]:
    """One point per place, each sharing sparse dimension 0 so that a sparse query finds all."""
    vectors = np.random.default_rng(5).standard_normal((len(PLACES), 8)).astype(np.float32)
    points = []
    for i, (name, (where, rome, kind)) in enumerate(PLACES.items()):
        payload: dict[str, object] = {"rome": rome, "kind": kind}
        if where is not None:
            payload["location"] = {"lat": where[0], "lon": where[1]}
        sparse = SparseVector(indices=[0], values=[1.0 + i])
        points.append(VectorPoint(name, vectors[i], payload, sparse={"skills": sparse}))
    return points


def around(where: tuple[float, float], radius_km: float) -> GeoRadius:
    """The circle of ``radius_km`` around a place, on the "location" field."""
    return GeoRadius("location", lat=where[0], lon=where[1], radius_km=radius_km)
