"""Great-circle distances."""

from __future__ import annotations

import math

import pytest

from shared.geo import haversine_km

PARIS = (48.8566, 2.3522)
LYON = (45.764, 4.8357)
AUBENAS = (44.62, 4.39)
PRIVAS = (44.735, 4.599)


class TestHaversineKm:
    def test_paris_to_lyon_is_about_392_km(self) -> None:
        assert haversine_km(*PARIS, *LYON) == pytest.approx(392, abs=1)

    def test_aubenas_to_privas_is_about_21_km(self) -> None:
        assert haversine_km(*AUBENAS, *PRIVAS) == pytest.approx(21, abs=1)

    def test_same_point_is_zero_km(self) -> None:
        assert haversine_km(*AUBENAS, *AUBENAS) == 0.0

    def test_distance_is_symmetric(self) -> None:
        assert haversine_km(*PARIS, *AUBENAS) == pytest.approx(haversine_km(*AUBENAS, *PARIS))

    def test_antipodes_are_half_the_circumference_apart(self) -> None:
        assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)

    def test_one_degree_of_longitude_shrinks_away_from_the_equator(self) -> None:
        assert haversine_km(60, 0, 60, 1) == pytest.approx(haversine_km(0, 0, 0, 1) / 2, rel=1e-3)
