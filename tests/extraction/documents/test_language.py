"""The French detector: accepts French however it is written, refuses other languages and noise."""

from __future__ import annotations

import pytest

from extraction.documents.language import GIBBERISH, judge_language, looks_french

FRENCH_CV = """Marie Dupont
Vendeuse polyvalente
Expérience professionnelle
2019-2023 : Vendeuse, Carrefour Market (Lyon)
- Accueil et conseil de la clientèle
- Mise en rayon, gestion des stocks, encaissement
Formation
BTS MUC, lycée Jean Moulin
Compétences : CACES 3, Excel, anglais courant"""

FRENCH_OFFER = (
    "Nous recherchons un cuisinier H/F pour notre restaurant. Vous serez chargé de la "
    "préparation des plats et du respect des normes HACCP."
)

ORAL_ANSWERS = [
    "j ai travaille comme serveuse pendant deux ans dans un petit restaurant",
    "euh ben je faisais la caisse et le rayon quoi",
    "je fais du jardinage",
    "j'aime bien travailler dehors",
    "je sais pas trop",
]

TELEGRAPHIC_CV = [
    "BTS MUC, CACES 3, Excel",
    "caces 3 permis b",
    "Développeur Python Django PostgreSQL Docker Kubernetes AWS GitLab CI",
    "Chef de projet digital chez Capgemini, pilotage d'équipes agiles Scrum, Jira, Confluence",
    "Aide-soignante EHPAD Les Jardins, soins d'hygiène et de confort, transmissions",
    "Responsable de magasin Lidl Nantes 2015 2020 management d une equipe de 12 personnes",
    "Maçon coffreur bancheur, lecture de plans, coffrage, ferraillage",
    "Permis B, véhiculée. Anglais : notions. Espagnol : courant.",
    "En langage : Wlangage, Javascript, JQuery, ASP",
    "Pour découvrir l'entreprise : https://wmcreator.com/",
    "Jean-Pierre Ngoumou Wojciechowski",
    "Participez à un Job dating IT",
    "Développeur(se) ASP.NET Core Expérimenté(e) (F/H)",
    "Un/e Educateur.trice spécialisé.e OU moniteur éducateur",
]

FOREIGN = {
    "en": "I worked as a sales assistant for three years and I managed the store inventory "
    "with my team.",
    "es": "Trabajé como camarero en un restaurante durante tres años y me encargaba de la caja "
    "y del servicio a los clientes.",
    "de": "Ich habe drei Jahre als Verkäufer in einem Supermarkt gearbeitet und war für die "
    "Kasse und die Kundenberatung zuständig.",
    "it": "Ho lavorato come cameriere in un ristorante per tre anni e mi occupavo della cassa "
    "e del servizio ai clienti.",
    "la": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua.",
}

ENGLISH_CV = (
    "Work experience: Sales assistant at Walmart, responsible for customer service and the "
    "cash register. Skills: teamwork, communication."
)

GIBBERISH_TEXTS = [
    "qsdfgh jklmwx cvbnqs dfghjk lmpoiu",
    "xkqzv brtplm wqzxc vbnmt zrtkq",
    "aaaa bbbb cccc dddd",
    "fjdksl qpwoei zmxncb alskdj ghtyru",
]


class TestLooksFrench:
    @pytest.mark.parametrize("text", [FRENCH_CV, FRENCH_OFFER])
    def test_french_cv_and_offer_are_french(self, text: str) -> None:
        assert looks_french(text)

    @pytest.mark.parametrize("text", ORAL_ANSWERS)
    def test_short_oral_answers_without_accents_are_french(self, text: str) -> None:
        assert looks_french(text)

    @pytest.mark.parametrize("text", TELEGRAPHIC_CV)
    def test_telegraphic_lines_full_of_names_and_acronyms_are_accepted(self, text: str) -> None:
        assert looks_french(text)

    @pytest.mark.parametrize(("language", "text"), FOREIGN.items())
    def test_other_languages_are_refused_and_named(self, language: str, text: str) -> None:
        verdict = judge_language(text)
        assert not verdict.french
        assert verdict.language == language

    def test_an_english_cv_is_refused(self) -> None:
        assert judge_language(ENGLISH_CV).language == "en"

    @pytest.mark.parametrize("text", GIBBERISH_TEXTS)
    def test_keyboard_mash_is_refused_as_gibberish(self, text: str) -> None:
        assert judge_language(text).language == GIBBERISH

    def test_a_french_cv_with_an_english_summary_stays_french(self) -> None:
        assert looks_french(f"{FRENCH_CV}\n{FOREIGN['en']}")

    def test_a_text_without_words_is_not_refused(self) -> None:
        assert looks_french("06 12 34 56 78 — 2019-2023")


class TestJudgeLanguage:
    def test_french_share_is_high_for_french_and_low_for_spanish(self) -> None:
        assert judge_language(FRENCH_CV).french_share > 0.6
        assert judge_language(FOREIGN["es"]).french_share < 0.4

    def test_no_evidence_gives_an_even_share(self) -> None:
        verdict = judge_language("BTS MUC, CACES 3")
        assert verdict.french
        assert verdict.french_share == 0.5
