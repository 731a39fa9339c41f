"""Search indexes built once per referential version and kept for the life of the process."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from shared.french.index import LabelIndex

Build = Callable[[], Awaitable[LabelIndex]]


class IndexCache:
    """One LabelIndex per (index name, version id); a new version builds a new index."""

    def __init__(self) -> None:
        self._indexes: dict[tuple[str, int], LabelIndex] = {}
        self._lock = asyncio.Lock()

    async def get(self, name: str, version_id: int, build: Build) -> LabelIndex:
        key = (name, version_id)
        if key not in self._indexes:
            async with self._lock:
                if key not in self._indexes:
                    stale = [k for k in self._indexes if k[0] == name]
                    index = await build()
                    for old in stale:
                        del self._indexes[old]
                    self._indexes[key] = index
        return self._indexes[key]
