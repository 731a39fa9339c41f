"""Imports from the official download address: a zip served over HTTP on loopback."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from referentials.rome.reader import read_rome
from referentials.versions.download import DownloadError, download
from tests.builders.rome import write_rome_export


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTP server on loopback publishing the ROME fixture as the official zip does."""
    root = tmp_path_factory.mktemp("site")
    export = write_rome_export(tmp_path_factory.mktemp("export"))
    with zipfile.ZipFile(root / "RefRomeCsv.zip", "w") as bundle:
        for path in export.iterdir():
            bundle.write(path, path.name)
    with zipfile.ZipFile(root / "evil.zip", "w") as bundle:
        bundle.writestr("../outside.csv", "x")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", root
    server.shutdown()


class TestDownload:
    def test_official_zip_is_fetched_and_extracted(
        self, served: tuple[str, Path], tmp_path: Path
    ) -> None:
        base, _ = served
        target = download(f"{base}/RefRomeCsv.zip", tmp_path)
        assert len(read_rome(target).metiers) == 5
        assert not (tmp_path / "RefRomeCsv.zip").exists()

    def test_path_outside_the_archive_is_refused(
        self, served: tuple[str, Path], tmp_path: Path
    ) -> None:
        with pytest.raises(DownloadError, match="outside the archive"):
            download(f"{served[0]}/evil.zip", tmp_path)

    def test_download_larger_than_the_cap_is_refused(
        self, served: tuple[str, Path], tmp_path: Path
    ) -> None:
        with pytest.raises(DownloadError, match="larger than"):
            download(f"{served[0]}/RefRomeCsv.zip", tmp_path, max_bytes=100)

    def test_missing_file_is_a_clear_error(self, served: tuple[str, Path], tmp_path: Path) -> None:
        with pytest.raises(DownloadError, match="404"):
            download(f"{served[0]}/nothing.zip", tmp_path)

    def test_import_command_takes_a_url(self, served: tuple[str, Path], tmp_path: Path) -> None:
        env = {**os.environ, "TRAJECTOIRES_STATE_DIR": str(tmp_path)}
        env.pop("DATABASE_URL", None)
        command = [sys.executable, "-m", "referentials.cli"]
        subprocess.run([*command, "migrate"], env=env, check=True, capture_output=True)
        result = subprocess.run(
            [*command, "import-rome", "--url", f"{served[0]}/RefRomeCsv.zip"],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "rome v460: imported" in result.stderr
