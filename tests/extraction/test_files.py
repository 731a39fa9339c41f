"""CV files uploaded to extraction: read into text, then extracted; bad files refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from extraction.config import Settings
from extraction.main import create_app
from tests.builders.stack import build_indexes, referentials_transport, service_settings
from tests.conftest import running
from tests.extraction.documents.builders import docx_paragraphs, make_docx, make_pdf

CV_LINES = (
    "Marie Durand",
    "Expérience professionnelle",
    "2019 - 2024 : Serveuse, Brasserie du Port",
    "Servir les plats et les boissons en salle",
    "Accueillir les clients",
    "Disponible, pas de travail de nuit.",
)
MAX_BYTES = 50_000


@pytest.fixture
async def client(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    settings = Settings(
        **service_settings(rome_database, tmp_path, "fake"),  # type: ignore[arg-type]
        max_file_bytes=MAX_BYTES,
    )
    async with referentials_transport(rome_database) as referentials:
        async with running(create_app(settings, referentials=referentials)) as client:
            yield client


async def _upload(
    client: httpx.AsyncClient, content: bytes, name: str, media_type: str
) -> httpx.Response:
    return await client.post(
        "/v1/extractions/file", files={"file": (name, content, media_type)}, data={"kind": "cv"}
    )


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class TestReadableFiles:
    @pytest.mark.parametrize(
        ("name", "media_type", "build", "read_as"),
        [
            ("cv.docx", DOCX, lambda: make_docx(docx_paragraphs(*CV_LINES)), "docx"),
            ("cv.pdf", "application/pdf", lambda: make_pdf([CV_LINES]), "pdf"),
            ("cv.txt", "text/plain", lambda: "\n".join(CV_LINES).encode("cp1252"), "txt"),
        ],
    )
    async def test_a_cv_file_gives_its_text_skills_and_constraints(
        self, client: httpx.AsyncClient, name: str, media_type: str, build, read_as: str
    ) -> None:
        response = await _upload(client, build(), name, media_type)
        assert response.status_code == 200, response.text
        result = response.json()
        text = result["document"]["text"]
        assert result["document"]["format"] == read_as
        assert "Brasserie du Port" in text
        skill = next(s for s in result["skills"] if s["code"] == "100003")
        for evidence in skill["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
        assert [(c["kind"], c["polarity"]) for c in result["constraints"]] == [
            ("night_work", "negative")
        ]


class TestRefusedFiles:
    async def test_a_file_over_the_limit_is_413(self, client: httpx.AsyncClient) -> None:
        response = await _upload(client, b"a" * (MAX_BYTES + 1), "cv.txt", "text/plain")
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "file_too_large"

    async def test_an_image_is_415(self, client: httpx.AsyncClient) -> None:
        png = b"\x89PNG\r\n\x1a\n" + bytes(200)
        response = await _upload(client, png, "cv.png", "image/png")
        assert response.status_code == 415
        assert response.json()["error"]["code"] == "unsupported_file_type"

    async def test_a_scanned_pdf_says_it_needs_ocr(self, client: httpx.AsyncClient) -> None:
        response = await _upload(client, make_pdf([[]], image=True), "scan.pdf", "application/pdf")
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "scanned_pdf"

    async def test_a_truncated_docx_is_corrupt(self, client: httpx.AsyncClient) -> None:
        broken = make_docx(docx_paragraphs(*CV_LINES))[:300]
        response = await _upload(client, broken, "cv.docx", DOCX)
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "corrupt_file"

    async def test_an_english_cv_is_not_french(self, client: httpx.AsyncClient) -> None:
        text = b"Experienced waiter, I served food and drinks to customers for five years."
        response = await _upload(client, text, "cv.txt", "text/plain")
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "not_french"

    async def test_an_empty_file_is_refused(self, client: httpx.AsyncClient) -> None:
        response = await _upload(client, b"", "cv.txt", "text/plain")
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "empty_document"
