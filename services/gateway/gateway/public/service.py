"""What the gateway adds on top of the services: one profile from skills and text."""

from __future__ import annotations

from shared.clients import ExtractionClient, MatchingClient
from shared.contracts.extraction import DocumentKind, ExtractionRequest
from shared.contracts.matching import MetierMatchRequest, MetierMatchResponse, WeightedSkill


async def match_metiers(
    request: MetierMatchRequest, *, extraction: ExtractionClient, matching: MatchingClient
) -> MetierMatchResponse:
    """Send the text through extraction, add the skills found to the stated ones, then match.

    Stated skills keep their weight; a skill found in the text weighs its extraction score.
    """
    skills = list(request.skills)
    if request.text and request.text.strip():
        found = await extraction.extract(ExtractionRequest(kind=DocumentKind.cv, text=request.text))
        stated = {s.code for s in skills}
        skills += [
            WeightedSkill(code=s.code, weight=s.score) for s in found.skills if s.code not in stated
        ]
    profile = request.model_copy(update={"skills": skills})
    return await matching.match_metiers(profile)
