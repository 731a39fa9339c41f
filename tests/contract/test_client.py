"""The generated Python client against the in-process stack: the contract partners consume."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http import HTTPStatus

import pytest
from trajectoires_client import AuthenticatedClient
from trajectoires_client.api.extraction import create_extraction
from trajectoires_client.api.matching import create_metier_match, create_offer_match
from trajectoires_client.api.offers import upsert_offers
from trajectoires_client.api.referentials import get_metier
from trajectoires_client.models import (
    DocumentKind,
    ErrorBody,
    ExtractionRequest,
    ExtractionResult,
    MetierFicheFull,
    MetierMatchRequest,
    MetierMatchResponse,
    OfferMatchRequest,
    OfferMatchResponse,
    OffersUpsert,
    OffersUpsertOffersItem,
    OffersUpsertResult,
)

from tests.contract.inprocess import InProcessStack, StackTransport

pytestmark = pytest.mark.contract

PLUMBING = "Poser et raccorder des canalisations de plomberie. Installer des sanitaires."


def _client(stack: InProcessStack, key: str) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="http://gateway",
        token=key,
        prefix="",
        auth_header_name="X-API-Key",
        httpx_args={"transport": StackTransport(stack)},
        raise_on_unexpected_status=True,
    )


@pytest.fixture
def reader(contract_stack: InProcessStack) -> Iterator[AuthenticatedClient]:
    """A partner whose key may only read."""
    key = contract_stack.key("client-reader", scopes=("read",))
    with _client(contract_stack, key) as client:
        yield client


@pytest.fixture
def publisher(contract_stack: InProcessStack) -> Iterator[AuthenticatedClient]:
    """A partner that publishes its own job offers."""
    key = contract_stack.key("client-publisher", scopes=("read", "ingest"))
    with _client(contract_stack, key) as client:
        yield client


class TestGeneratedClient:
    def test_reads_a_fiche_metier(self, reader: AuthenticatedClient) -> None:
        response = get_metier.sync_detailed("G1803", client=reader)
        assert response.status_code == HTTPStatus.OK
        fiche = response.parsed
        assert isinstance(fiche, MetierFicheFull)
        assert (fiche.code_rome, fiche.label) == ("G1803", "Personnel de salle")
        assert fiche.skills
        assert fiche.appellations

    def test_extracts_from_a_text(self, reader: AuthenticatedClient) -> None:
        body = ExtractionRequest(kind=DocumentKind.OFFER, title="Plombier", text=PLUMBING)
        result = create_extraction.sync(client=reader, body=body)
        assert isinstance(result, ExtractionResult)
        assert result.metiers[0].code_rome == "F1603"
        assert result.skills[0].evidence

    def test_matches_a_profile_to_metiers(self, reader: AuthenticatedClient) -> None:
        body = MetierMatchRequest(text=f"Plombier. {PLUMBING}", limit=3)
        result = create_metier_match.sync(client=reader, body=body)
        assert isinstance(result, MetierMatchResponse)
        assert result.results[0].code_rome == "F1603"
        assert result.results[0].matched_skills

    def test_an_offer_pushed_is_matched_for_its_tenant(
        self, publisher: AuthenticatedClient
    ) -> None:
        offer = OffersUpsertOffersItem.from_dict(
            {
                "id": "client-plombier",
                "title": "Plombier / Plombière",
                "description": PLUMBING,
                "rome_code": "F1603",
                "contract_type": "CDI",
                "place": {"commune": "07019", "latitude": 44.6201, "longitude": 4.3901},
                "created_at": (datetime.now(UTC) - timedelta(days=1)).isoformat(),
            }
        )
        pushed = upsert_offers.sync(client=publisher, body=OffersUpsert(offers=[offer]))
        assert isinstance(pushed, OffersUpsertResult)
        assert (pushed.indexed, pushed.ids, pushed.errors) == (1, ["client-plombier"], [])
        matched = create_offer_match.sync(
            client=publisher, body=OfferMatchRequest(text=f"Plombier. {PLUMBING}")
        )
        assert isinstance(matched, OfferMatchResponse)
        [mine] = [offer for offer in matched.results if offer.id == "client-plombier"]
        assert (mine.shared, mine.place.departement) == (False, "07")

    def test_an_unknown_fiche_is_a_typed_404(self, reader: AuthenticatedClient) -> None:
        response = get_metier.sync_detailed("A9999", client=reader)
        assert response.status_code == HTTPStatus.NOT_FOUND
        assert isinstance(response.parsed, ErrorBody)
        assert response.parsed.error.code == "unknown_rome_code"
        assert response.parsed.error.request_id == response.headers["X-Request-ID"]
