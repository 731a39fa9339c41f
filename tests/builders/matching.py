"""Builders for matching tests: places, offers in each format, a ROME variant with night work."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from referentials.rome.reader import find_rome_dir
from tests.builders.rome import Fiche, RomeFixture, default_fixture, write_rome_export
from tests.builders.stack import build_indexes
from tests.conftest import load_rome

WAITER = ["100001", "100002", "100003", "100005"]  # accueil, commandes, service, mise en place
COOK = ["100006", "100007", "100008"]  # plats, HACCP, légumes
PLUMBER = ["100009", "100010", "100011"]

NIGHT_WORK_CONTEXT = ("300803", "Travail de nuit", "Horaires et durée du travail")
SUNDAY_WORK_CONTEXT = ("300793", "Travail le dimanche", "Horaires et durée du travail")
G1803_TITLES = {"38281", "38282", "38283", "38284"}

AUBENAS: dict[str, Any] = {
    "label": "07 - AUBENAS",
    "commune": "07019",
    "postcode": "07200",
    "departement": "07",
    "region": "84",
    "latitude": 44.62,
    "longitude": 4.39,
}
PRIVAS: dict[str, Any] = {
    "label": "07 - PRIVAS",
    "commune": "07186",
    "postcode": "07000",
    "departement": "07",
    "region": "84",
    "latitude": 44.735,
    "longitude": 4.599,
}
LYON: dict[str, Any] = {
    "label": "69 - LYON",
    "commune": "69123",
    "postcode": "69001",
    "departement": "69",
    "region": "84",
    "latitude": 45.764,
    "longitude": 4.836,
}
MONTPELLIER: dict[str, Any] = {
    "label": "34 - MONTPELLIER",
    "commune": "34172",
    "postcode": "34000",
    "departement": "34",
    "region": "76",
    "latitude": 43.611,
    "longitude": 3.877,
}


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def days_ago(days: float) -> str:
    return iso(datetime.now(UTC) - timedelta(days=days))


def make_skill(code: str, *, score: float = 1.0, **extra: Any) -> dict[str, Any]:
    """An offer skill as extraction hands it to matching; code only unless label/type given."""
    return {"code": code, "score": score, **extra}


def make_indexed_offer(
    *,
    id: str = "o-1",
    title: str = "Serveur / Serveuse en restauration",
    skills: Sequence[str | dict[str, Any]] = tuple(WAITER),
    tenant: str = "alpha",
    visibility: str = "private",
    place: dict[str, Any] | None = None,
    contract_type: str = "CDI",
    working_time: str = "full_time",
    rome_code: str | None = "G1803",
    created_at: str | None = None,
    expires_at: str | None = None,
    requirements: Sequence[str] = (),
    **offer_fields: Any,
) -> dict[str, Any]:
    """One `IndexedOffer` as the gateway sends it to `PUT /v1/offers` of matching."""
    offer = {
        "id": id,
        "title": title,
        "description": f"{title}. Poste à pourvoir rapidement.",
        "rome_code": rome_code,
        "contract_type": contract_type,
        "working_time": working_time,
        "place": AUBENAS if place is None else place,
        "created_at": created_at or days_ago(1),
        "expires_at": expires_at,
        "skills": [],
        **offer_fields,
    }
    return {
        "offer": offer,
        "skills": [make_skill(s) if isinstance(s, str) else s for s in skills],
        "rome_code": rome_code,
        "requirements": list(requirements),
        "tenant": tenant,
        "visibility": visibility,
    }


def make_offer_in(**overrides: Any) -> dict[str, Any]:
    """A valid offer in the neutral format of the public `POST /v1/offers`."""
    payload: dict[str, Any] = {
        "id": "n-1",
        "title": "Serveur / Serveuse en restauration",
        "description": "Accueillir les clients. Servir les plats et les boissons en salle.",
        "rome_code": "G1803",
        "contract_type": "CDI",
        "working_time": "full_time",
        "place": AUBENAS,
        "created_at": days_ago(2),
    }
    payload.update(overrides)
    return payload


def make_ft_offer(**overrides: Any) -> dict[str, Any]:
    """A France Travail v2 offer published yesterday; keyword arguments replace top-level fields."""
    offer: dict[str, Any] = {
        "id": "193FKBM",
        "intitule": "Plombier / Plombière",
        "description": "Poser et raccorder des canalisations de plomberie. "
        "Installer des équipements sanitaires.",
        "dateCreation": days_ago(1),
        "romeCode": "F1603",
        "typeContrat": "CDI",
        "dureeTravailLibelle": "35H Travail en journée",
        "dureeTravailLibelleConverti": "Temps plein",
        "alternance": False,
        "lieuTravail": {
            "libelle": "07 - PRIVAS",
            "latitude": "44.735",
            "longitude": "4.599",
            "codePostal": "07000",
            "commune": "07186",
        },
        "entreprise": {"nom": "Sanitaires du Vivarais"},
        "contexteTravail": {"horaires": ["35H Travail en journée"]},
    }
    offer.update(overrides)
    return offer


def _fiche(fixture: RomeFixture, code_rome: str) -> Fiche:
    return next(f for f in fixture.fiches if f.code_rome == code_rome)


def rome_with_night_work() -> RomeFixture:
    """The default fixture plus what métier tests need and it lacks.

    The warehouse fiche works nights ("Travail de nuit"), the plumbing fiche Sundays ("Travail
    le dimanche", on call); the waiting fiche has a fourth title
    and two official moves, the warehouse listed before the kitchen; a sommellerie fiche shares
    the waiting fiche's domain (G18), so that one move is not a passerelle.
    """
    fixture = default_fixture()
    fixture.contexts.append(NIGHT_WORK_CONTEXT)
    fixture.contexts.append(SUNDAY_WORK_CONTEXT)
    _fiche(fixture, "N1103").contexts.append(NIGHT_WORK_CONTEXT[0])
    _fiche(fixture, "F1603").contexts.append(SUNDAY_WORK_CONTEXT[0])
    salle = _fiche(fixture, "G1803")
    salle.appellations.append(("38284", "Garçon / Fille de salle"))
    salle.mobilites = ["N1103", "G1602"]
    fixture.fiches.append(
        Fiche(
            "G1804",
            "Sommellerie",
            [("38501", "Sommelier / Sommelière")],
            [("100003", True), ("100004", True), ("300001", False), ("200001", False)],
            definition="Conseille les clients sur le choix des vins.",
            riasec=("A", ""),
        )
    )
    return fixture


def copy_state(template: Path, target: Path) -> Path:
    """Copy indexed state: Qdrant Edge shards are sparse files of about 1 GB each if expanded."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cp", "-r", "--sparse=always", str(template), str(target)], check=True)
    return target


def indexed_state(
    root: Path, *, sqlite_template: Path, fixture: RomeFixture | None = None
) -> tuple[str, Path]:
    """A SQLite database holding the fixture's ROME, and a state directory indexed from it."""
    database = root / "rome.db"
    shutil.copy(sqlite_template, database)
    url = f"sqlite+aiosqlite:///{database}"
    write_rome_export(root / "opendata", fixture)
    rome_dir = find_rome_dir(root / "opendata")

    async def build() -> None:
        await load_rome(url, rome_dir)
        await build_indexes(url, root / "state", "fake")

    asyncio.run(build())
    return url, root / "state"
