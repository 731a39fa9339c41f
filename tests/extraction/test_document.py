"""A request read as one text: its parts, its sections, its units, and offsets mapped back."""

from __future__ import annotations

from extraction.extract.document import read
from extraction.extract.sections import SectionKind
from shared.contracts.extraction import DocumentKind, ExtractionRequest, QuestionAnswer

OFFER = (
    "Qui sommes-nous ?\nUne brasserie familiale créée en 1985.\n\n"
    "Vos missions :\n- Accueillir les clients\n- Servir les plats en salle\n"
)


def _answers(*answers: str) -> ExtractionRequest:
    pairs = [QuestionAnswer(question=f"Question {i}", answer=a) for i, a in enumerate(answers)]
    return ExtractionRequest(kind=DocumentKind.answers, answers=pairs)


class TestRead:
    def test_units_come_only_from_sections_that_hold_skills(self) -> None:
        document = read(ExtractionRequest(kind=DocumentKind.offer, text=OFFER), max_units=50)
        assert {unit.section for unit in document.units} == {SectionKind.missions}
        assert "Accueillir les clients" in [unit.text for unit in document.units]

    def test_unit_offsets_point_into_the_text(self) -> None:
        document = read(ExtractionRequest(kind=DocumentKind.offer, text=OFFER), max_units=50)
        for unit in document.units:
            assert OFFER[unit.start : unit.end] == unit.text

    def test_units_past_the_cap_are_not_read(self) -> None:
        document = read(ExtractionRequest(kind=DocumentKind.offer, text=OFFER), max_units=1)
        assert len(document.units) == 1

    def test_the_title_says_the_profession_before_the_text(self) -> None:
        request = ExtractionRequest(kind=DocumentKind.offer, title="Serveur H/F", text=OFFER)
        assert read(request, max_units=5).profession_context == "Serveur H/F"
        untitled = ExtractionRequest(kind=DocumentKind.offer, text=OFFER)
        assert read(untitled, max_units=5).profession_context.startswith("Qui sommes-nous")


class TestAnswers:
    def test_each_answer_is_a_part_of_the_joined_text(self) -> None:
        document = read(_answers("serveuse cinq ans", "pas de nuit"), max_units=10)
        assert [(p.answer, p.text) for p in document.parts] == [
            (0, "serveuse cinq ans"),
            (1, "pas de nuit"),
        ]
        assert document.text == "serveuse cinq ans\n\npas de nuit"

    def test_evidence_offsets_refer_to_the_answer(self) -> None:
        document = read(_answers("serveuse cinq ans", "je sais servir en salle"), max_units=10)
        start = document.text.index("servir")
        evidence = document.evidence(start, start + len("servir"), section=SectionKind.other)
        assert (evidence.answer, evidence.start, evidence.end) == (1, 8, 14)
        assert evidence.text == "servir"
        assert evidence.section == "other"

    def test_sections_are_listed_per_answer(self) -> None:
        sections = read(_answers("un", "deux"), max_units=10).section_reads()
        assert [(s.answer, s.kind, s.skills_taken) for s in sections] == [
            (0, "other", True),
            (1, "other", True),
        ]


class TestEmbeddedUnits:
    def test_items_of_an_enumeration_read_whole_are_left_to_the_words(self) -> None:
        text = "Vos missions : accueil des clients, encaissement et mise en rayon des produits."
        document = read(ExtractionRequest(kind=DocumentKind.offer, text=text), max_units=20)
        assert len(document.units) > len(document.embedded_units) >= 1
        [whole] = [u for u in document.embedded_units if "encaissement" in u.text]
        assert "accueil" in whole.text
        assert "mise en rayon" in whole.text
