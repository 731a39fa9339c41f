"""Typed sections of job offers, CVs and training descriptions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction.extract.sections import (
    SKILL_SECTIONS,
    Section,
    SectionKind,
    UnknownDocumentKind,
    split_sections,
)

K = SectionKind
OFFERS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "offers"


def _kinds(text: str, *, kind: str = "offer") -> list[tuple[SectionKind, str]]:
    """Each section's kind and stripped text, in order."""
    return [(s.kind, text[s.start : s.end].strip()) for s in split_sections(text, kind=kind)]


def _kind_of(text: str, fragment: str, *, kind: str = "offer") -> SectionKind:
    """The kind of the section holding ``fragment``."""
    position = text.index(fragment)
    sections = split_sections(text, kind=kind)
    return next(s.kind for s in sections if s.start <= position < s.end)


def _assert_tiles(text: str, sections: list[Section]) -> None:
    assert sections[0].start == 0
    assert sections[-1].end == len(text)
    for before, after in zip(sections, sections[1:], strict=False):
        assert before.end == after.start
        assert before.start < before.end


def make_offer(
    *,
    company: str = "Nous sommes une entreprise familiale créée en 1985, leader du chauffage.",
    missions: str = "- Installer des chaudières\n- Assurer l'entretien des équipements",
    profile: str = "Titulaire d'un CAP plombier, vous êtes rigoureux.",
    benefits: str = "- Mutuelle\n- Tickets restaurant",
) -> str:
    return (
        f"{company}\n\n**Vos missions :**\n{missions}\n\nVOTRE PROFIL\n{profile}\n\n"
        f"Ce que nous offrons\n{benefits}\n"
    )


class TestHeadings:
    def test_markdown_uppercase_and_plain_headings_open_sections(self) -> None:
        sections = split_sections(make_offer(), kind="offer")
        assert [s.kind for s in sections] == [K.company, K.missions, K.profile, K.benefits]
        assert [s.heading for s in sections] == [
            None,
            "Vos missions",
            "VOTRE PROFIL",
            "Ce que nous offrons",
        ]

    def test_heading_line_belongs_to_the_section_it_opens(self) -> None:
        text = make_offer()
        missions = split_sections(text, kind="offer")[1]
        assert text[missions.start :].startswith("**Vos missions :**")

    def test_inline_heading_opens_a_block_with_its_content(self) -> None:
        text = (
            "Profil : Vous êtes titulaire d'un CAP cuisine et maîtrisez les cuissons.\n"
            "Vous savez travailler en équipe.\n"
        )
        assert _kinds(text) == [(K.profile, text.strip())]

    def test_inline_field_covers_its_line_only(self) -> None:
        text = (
            "Missions :\n- Accueil des clients\nSalaire : 1800 € brut mensuel\n"
            "- Mise en rayon des produits\n"
        )
        assert [kind for kind, _ in _kinds(text)] == [K.missions, K.conditions, K.missions]
        assert _kind_of(text, "Mise en rayon") is K.missions

    @pytest.mark.parametrize(
        ("heading", "expected"),
        [
            ("Profil recherché", K.profile),
            ("PROFIL RECHERCHE :", K.profile),
            ("Qui sommes-nous ?", K.company),
            ("L'entreprise", K.company),
            ("Description du poste :", K.missions),
            ("Missions principales", K.missions),
            ("Vos responsabilités :", K.missions),
            ("Vos missions seront les suivantes :", K.missions),
            ("Compétences requises", K.skills),
            ("Savoir-être :", K.skills),
            ("Avantages", K.benefits),
            ("Pourquoi nous rejoindre ?", K.benefits),
            ("Rémunération", K.conditions),
            ("Informations complémentaires", K.conditions),
            ("Horaires :", K.conditions),
            ("Pour postuler", K.contact),
            ("🎯 Vos missions", K.missions),
            ("## Votre profil", K.profile),
            ("- Compétences techniques :", K.skills),
            ("2. Description du poste", K.missions),
            ("Description du profil :", K.profile),
            ("Tes principales missions", K.missions),
            ("Conditions", K.conditions),
            ("Lieu :", K.conditions),
            ("Contact", K.contact),
        ],
    )
    def test_heading_written_in_any_style_is_recognised(
        self, heading: str, expected: SectionKind
    ) -> None:
        text = f"Texte d'introduction.\n\n{heading}\nContenu de la section ici.\n"
        assert _kind_of(text, heading) is expected
        assert _kind_of(text, "Contenu") is expected

    def test_accents_and_case_do_not_matter(self) -> None:
        for heading in ("Compétences", "COMPETENCES", "compétences", "CoMpÉtEnCeS"):
            text = f"Intro.\n\n{heading}\nExcel, Word\n"
            assert _kind_of(text, "Excel") is K.skills

    def test_heading_after_a_sentence_on_the_same_line(self) -> None:
        text = "Rejoignez une équipe engagée. Vos missions : piloter les projets clients."
        assert _kind_of(text, "piloter") is K.missions

    def test_sentence_ending_with_a_colon_is_not_a_heading(self) -> None:
        text = (
            "Vos missions :\n- Gérer les stocks\n"
            "Dans le cadre de responsabilités annexes, vous pourriez être amené à :\n"
            "- Remplacer le chef d'équipe\n"
        )
        assert _kinds(text) == [(K.missions, text.strip())]

    def test_unbulleted_list_item_is_not_taken_for_a_heading(self) -> None:
        text = "Avantages :\nMutuelle\nFormation\nTickets restaurant\n"
        assert _kinds(text) == [(K.benefits, text.strip())]


class TestOffersWithoutHeadings:
    def test_plain_text_is_one_other_section(self) -> None:
        text = "Vous réalisez la pose de carrelage et de faïence.\nVous préparez les supports."
        assert split_sections(text, kind="offer") == [Section(K.other, 0, len(text), None)]

    def test_company_presentation_first_paragraph_is_company(self) -> None:
        text = (
            "Nous sommes une entreprise de menuiserie créée en 1985, leader régional de la "
            "fenêtre bois.\n\nVous fabriquez et posez des menuiseries sur chantier."
        )
        assert [kind for kind, _ in _kinds(text)] == [K.company, K.other]

    def test_handicap_sentence_at_the_end_is_legal(self) -> None:
        text = (
            "Vous assurez l'accueil des patients.\n"
            "Ce poste est ouvert aux personnes en situation de handicap."
        )
        assert _kinds(text) == [
            (K.other, "Vous assurez l'accueil des patients."),
            (K.legal, "Ce poste est ouvert aux personnes en situation de handicap."),
        ]

    def test_caring_for_disabled_people_is_a_skill_not_a_legal_mention(self) -> None:
        text = "Vous accompagnez des personnes en situation de handicap dans leur quotidien."
        assert _kind_of(text, "accompagnez") is K.other

    def test_salary_benefits_and_contact_sentences_are_recognised(self) -> None:
        text = (
            "Vous préparez les commandes des clients.\n"
            "Salaire : 1900 € brut mensuel, CDI à temps plein.\n"
            "Mutuelle et tickets restaurant.\n"
            "Envoyez votre CV à recrutement@exemple.fr"
        )
        assert [kind for kind, _ in _kinds(text)] == [
            K.other,
            K.conditions,
            K.benefits,
            K.contact,
        ]

    def test_boilerplate_inside_a_headed_section_is_split_out(self) -> None:
        text = (
            "Profil recherché :\nVous maîtrisez Excel.\n"
            "Tous nos postes sont ouverts aux personnes en situation de handicap.\n"
        )
        assert [kind for kind, _ in _kinds(text)] == [K.profile, K.legal]

    def test_a_task_naming_schedules_stays_a_task(self) -> None:
        text = "Vos missions :\n- Gérer les plannings et les horaires des équipes\n"
        assert _kinds(text) == [(K.missions, text.strip())]

    def test_benefits_block_that_turns_to_the_profile_is_given_back(self) -> None:
        text = (
            "Pourquoi nous rejoindre ?\nUne équipe soudée.\n\n"
            "Vous possédez une première expérience en production industrielle.\n"
        )
        assert _kind_of(text, "équipe soudée") is K.benefits
        assert _kind_of(text, "Vous possédez") is K.other


class TestCvs:
    CV = (
        "Marie Dupont\n12 rue des Lilas, 69003 Lyon\n06 12 34 56 78 - marie.dupont@mail.fr\n\n"
        "Assistante de direction bilingue, 8 ans d'expérience.\n\n"
        "EXPÉRIENCES PROFESSIONNELLES\n"
        "Mars 2020 – Aujourd'hui : Assistante de direction, Acme SA\n- Gestion d'agendas\n\n"
        "Formation\n2013-2015 BTS Support à l'action managériale\n\n"
        "Compétences\nExcel avancé, SAP\n\n"
        "Centres d'intérêt\nRandonnée, photographie\n"
    )

    def test_cv_sections_in_order(self) -> None:
        assert [s.kind for s in split_sections(self.CV, kind="cv")] == [
            K.contact,
            K.summary,
            K.experience,
            K.education,
            K.skills,
            K.interests,
        ]

    def test_identity_block_holds_name_address_phone_and_email(self) -> None:
        contact = split_sections(self.CV, kind="cv")[0]
        block = self.CV[contact.start : contact.end]
        assert "Marie Dupont" in block
        assert "marie.dupont@mail.fr" in block
        assert "Assistante" not in block

    def test_dated_entries_without_headings_are_experience_or_education(self) -> None:
        text = (
            "Jean Martin\njean.martin@example.com\n\n"
            "depuis 2021 Développeur Python chez DataCorp\nConception d'API REST.\n"
            "2018 - 2021 Développeur PHP, WebAgency\n"
            "2016-2018 Master Informatique, Université de Lille\n"
        )
        assert [kind for kind, _ in _kinds(text, kind="cv")] == [
            K.contact,
            K.experience,
            K.education,
        ]

    @pytest.mark.parametrize(
        ("heading", "expected"),
        [
            ("Expérience(s) professionnelle(s)", K.experience),
            ("Parcours professionnel", K.experience),
            ("Diplômes", K.education),
            ("FORMATIONS", K.education),
            ("Compétences", K.skills),
            ("Loisirs", K.interests),
            ("Centres d'intérêt :", K.interests),
        ],
    )
    def test_cv_headings_are_recognised(self, heading: str, expected: SectionKind) -> None:
        text = f"Paul Durand\npaul@durand.fr\n\n{heading}\nContenu de la rubrique\n"
        assert _kind_of(text, "Contenu", kind="cv") is expected

    def test_profile_heading_opens_a_cv_summary(self) -> None:
        text = "Profil\nDéveloppeur rigoureux.\n\nLoisirs : escalade, échecs\n"
        assert [kind for kind, _ in _kinds(text, kind="cv")] == [K.summary, K.interests]


class TestTrainings:
    TRAINING = (
        "Objectifs de la formation\nMaîtriser le soudage TIG.\n"
        "Contenu\n- Lecture de plans\n- Soudage TIG\n"
        "Public visé : demandeurs d'emploi\nPrérequis : savoir lire et écrire\n"
        "Validation : Titre professionnel Soudeur\nDébouchés : soudeur, tuyauteur\n"
    )

    def test_training_sections_in_order(self) -> None:
        assert [s.kind for s in split_sections(self.TRAINING, kind="training")] == [
            K.objectives,
            K.content,
            K.conditions,
            K.conditions,
            K.education,
            K.outcomes,
        ]

    def test_objectives_and_content_bear_skills_but_terms_do_not(self) -> None:
        assert {K.objectives, K.content} <= SKILL_SECTIONS
        assert not {K.conditions, K.outcomes} & SKILL_SECTIONS


class TestSplitSections:
    def test_answers_are_one_other_section(self) -> None:
        text = "Q : Vos missions ?\nR : Accueil des clients.\nSalaire : 1800 €"
        assert split_sections(text, kind="answers") == [Section(K.other, 0, len(text))]

    def test_empty_text_has_no_section(self) -> None:
        assert split_sections("", kind="offer") == []

    def test_leading_blank_lines_go_to_the_first_section(self) -> None:
        text = "\n\n  Vos missions :\n- Accueil des clients\n"
        assert split_sections(text, kind="offer") == [
            Section(K.missions, 0, len(text), "Vos missions")
        ]

    def test_unknown_document_kind_is_refused(self) -> None:
        with pytest.raises(UnknownDocumentKind):
            split_sections("texte", kind="letter")

    def test_subheadings_of_one_kind_keep_their_own_heading(self) -> None:
        text = "Compétences techniques\nExcel\n\nSavoir-être\nRigueur\n"
        sections = split_sections(text, kind="offer")
        assert [(s.kind, s.heading) for s in sections] == [
            (K.skills, "Compétences techniques"),
            (K.skills, "Savoir-être"),
        ]

    @pytest.mark.parametrize("kind", ["offer", "cv", "training"])
    def test_sections_tile_the_text_with_exact_offsets(self, kind: str) -> None:
        text = make_offer() + "\r\n  Poste basé à Lyon.  \n\n" + TestCvs.CV + TestTrainings.TRAINING
        sections = split_sections(text, kind=kind)
        _assert_tiles(text, sections)
        assert "".join(text[s.start : s.end] for s in sections) == text

    def test_skill_sections_exclude_boilerplate_kinds(self) -> None:
        excluded = {K.company, K.benefits, K.conditions, K.legal, K.contact, K.interests}
        assert not excluded & SKILL_SECTIONS
        assert {K.missions, K.profile, K.skills, K.experience, K.education, K.other} <= (
            SKILL_SECTIONS
        )


def _real_descriptions() -> list[str]:
    texts = []
    for path in sorted(OFFERS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line).get("description") or "" for line in lines]
    return texts


@pytest.mark.skipif(not OFFERS.is_dir(), reason="real offers not available")
class TestRealOffers:
    def test_every_real_offer_is_tiled_without_error(self) -> None:
        texts = _real_descriptions()
        assert texts
        for text in texts:
            for kind in ("offer", "cv", "training"):
                sections = split_sections(text, kind=kind)
                if text:
                    _assert_tiles(text, sections)


class TestCvOpeningBlock:
    def test_identity_lines_further_down_do_not_swallow_the_content(self) -> None:
        text = "Plombier\nJe sais poser et raccorder des canalisations de plomberie.\nPermis B"
        sections = split_sections(text, kind="cv")
        assert [s.kind for s in sections] == [SectionKind.summary]
