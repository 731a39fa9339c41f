"""Official files fetched from their download address: size-capped, archives opened safely."""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

import httpx

from shared.errors import Unprocessable

MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024
MAX_EXTRACTED_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 10_000


class DownloadError(Unprocessable):
    code = "referential_download_failed"


def download(url: str, target: Path, *, max_bytes: int = MAX_DOWNLOAD_BYTES) -> Path:
    """Save ``url`` under ``target``; a zip archive is extracted there. Returns ``target``."""
    name = PurePosixPath(httpx.URL(url).path).name or "download"
    path = target / name
    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=60) as response:
            response.raise_for_status()
            written = 0
            with path.open("wb") as handle:
                for chunk in response.iter_bytes():
                    written += len(chunk)
                    if written > max_bytes:
                        raise DownloadError(f"{url} is larger than {max_bytes} bytes")
                    handle.write(chunk)
    except httpx.HTTPError as exc:
        raise DownloadError(f"could not download {url}: {exc}") from exc
    if zipfile.is_zipfile(path):
        extract(path, target)
        path.unlink()
    return target


def extract(archive: Path, target: Path) -> None:
    """Extract a zip archive, refusing paths outside ``target`` and archive bombs."""
    with zipfile.ZipFile(archive) as bundle:
        members = bundle.infolist()
        if len(members) > MAX_MEMBERS:
            raise DownloadError(f"{archive.name} holds more than {MAX_MEMBERS} files")
        if sum(member.file_size for member in members) > MAX_EXTRACTED_BYTES:
            raise DownloadError(f"{archive.name} would extract to more than 2 GiB")
        root = target.resolve()
        for member in members:
            destination = (target / member.filename).resolve()
            if not destination.is_relative_to(root):
                raise DownloadError(f"{archive.name} has a path outside the archive: {member}")
        bundle.extractall(target)
