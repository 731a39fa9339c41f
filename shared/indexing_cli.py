"""The `index` command every vector-backed service has: resources, progress, rebuild."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated, Protocol

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TimeRemainingColumn

from shared.clients import ReferentialsClient
from shared.encoder import Encoder, build_encoder
from shared.errors import AppError
from shared.indexes import Progress as ProgressFn
from shared.settings import CommonSettings
from shared.vector_store import VectorStore, build_vector_store

console = Console(stderr=True, soft_wrap=True)


class BuildIndexes(Protocol):
    def __call__(
        self,
        store: VectorStore,
        encoder: Encoder,
        referentials: ReferentialsClient,
        progress: ProgressFn,
        *,
        batch_size: int,
    ) -> Awaitable[dict[str, int]]: ...


async def _drop(store: VectorStore, names: Sequence[str]) -> None:
    for name in names:
        if await store.get_collection(name) is not None:
            await store.drop_collection(name)


async def run_indexing(
    settings: CommonSettings, build: BuildIndexes, *, batch_size: int, drop: Sequence[str] = ()
) -> dict[str, int]:
    """Open the encoder, the vector store and the referentials client, build, close them."""
    encoder = build_encoder(settings.encoder, cache_dir=settings.encoder_cache_dir)
    api_key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
    store = build_vector_store(url=settings.qdrant_url, path=settings.qdrant_path, api_key=api_key)
    referentials = ReferentialsClient(settings.referentials_url, timeout=settings.http_timeout_s)
    tasks: dict[str, TaskID] = {}
    columns = (BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        await _drop(store, drop)
        with Progress(*Progress.get_default_columns()[:1], *columns, console=console) as bar:

            def progress(name: str, done: int, total: int) -> None:
                if name not in tasks:
                    tasks[name] = bar.add_task(f"indexing {name}", total=total)
                bar.update(tasks[name], completed=done)

            return await build(store, encoder, referentials, progress, batch_size=batch_size)
    finally:
        await referentials.aclose()
        await store.close()
        encoder.close()


def index_app(
    service: str,
    get_settings: Callable[[], CommonSettings],
    build: BuildIndexes,
    indexes: Sequence[str],
) -> typer.Typer:
    """A command line with one `index` command for ``service``."""
    app = typer.Typer(help=f"Trajectoires {service}.", no_args_is_help=True)

    @app.callback()
    def _root() -> None:
        """Vector indexes of the service."""

    @app.command()
    def index(
        rebuild: Annotated[bool, typer.Option(help="Drop and re-embed every index.")] = False,
    ) -> None:
        """Embed what the indexes lack (resumable, idempotent); --rebuild starts over."""
        settings = get_settings()
        batch_size = getattr(settings, "index_batch_size", 64)
        started = time.perf_counter()
        try:
            embedded = asyncio.run(
                run_indexing(
                    settings, build, batch_size=batch_size, drop=indexes if rebuild else ()
                )
            )
        except AppError as exc:
            console.print(f"[red]indexing failed: {exc.message}")
            raise typer.Exit(1) from exc
        seconds = time.perf_counter() - started
        console.print(f"{service} indexes ready in {seconds:.1f}s, newly embedded: {embedded}")

    return app
