"""Files written by a real office suite parse: an ODT we build, converted by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extraction.documents import read_document
from tests.extraction.documents.builders import make_odt

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")

CV_BODY = (
    "<text:h text:outline-level='1'>Marie Dupont — Vendeuse polyvalente</text:h>"
    "<text:p>Expérience professionnelle</text:p>"
    "<table:table table:name='Parcours'><table:table-column table:number-columns-repeated='2'/>"
    "<table:table-row><table:table-cell><text:p>2019-2023</text:p></table:table-cell>"
    "<table:table-cell><text:p>Vendeuse à Carrefour, Lyon</text:p></table:table-cell>"
    "</table:table-row></table:table>"
    "<text:list><text:list-item><text:p>Accueil et conseil de la clientèle</text:p>"
    "</text:list-item><text:list-item><text:p>Mise en rayon et gestion des stocks</text:p>"
    "</text:list-item></text:list>"
    "<text:p>Compétences : CACES 3, Excel, anglais courant</text:p>"
)
EXPECTED_LINES = [
    "Marie Dupont — Vendeuse polyvalente",
    "Expérience professionnelle",
    "2019-2023",
    "Vendeuse à Carrefour, Lyon",
    "Accueil et conseil de la clientèle",
    "Mise en rayon et gestion des stocks",
    "Compétences : CACES 3, Excel, anglais courant",
]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The CV as ODT, and as DOCX and PDF converted by LibreOffice, in one folder."""
    folder = tmp_path_factory.mktemp("libreoffice")
    (folder / "cv.odt").write_bytes(make_odt(CV_BODY))
    profile = (folder / "profile").as_uri()  # a private profile: parallel runs do not collide
    for target in ("docx", "pdf"):
        subprocess.run(
            [
                str(SOFFICE),
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(folder),
                str(folder / "cv.odt"),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return folder


class TestLibreOfficeFiles:
    @pytest.mark.parametrize("name", ["cv.odt", "cv.docx", "cv.pdf"])
    def test_every_line_of_the_cv_is_read(self, converted: Path, name: str) -> None:
        document = read_document((converted / name).read_bytes(), filename=name)
        lines = [line for line in document.text.split("\n") if line]
        for expected in EXPECTED_LINES:
            assert any(expected in line for line in lines), (expected, document.text)
        assert document.format == name.split(".")[1]
