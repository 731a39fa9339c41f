"""Lhéo XML import: the Onisep example, hand-written formations, unsafe and foreign documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shared.contracts.lheo import (
    InvalidLheo,
    UnsupportedTrainingFormat,
    read_lheo,
    read_trainings,
)
from shared.contracts.trainings import InvalidTrainingsJson, TrainingIn, TrainingModality
from shared.errors import Unprocessable
from shared.settings import CommonSettings

LHEO_NS = "http://www.lheo.org/2.2"


def make_place(*, town: str, postcode: str, commune: str, lat: float, lon: float) -> str:
    """A `<lieu-de-formation>` with a full address and coordinates."""
    return f"""
    <lieu-de-formation><coordonnees><ligne>Centre</ligne><adresse>
      <ligne>1 rue de la Gare</ligne><codepostal>{postcode}</codepostal><ville>{town}</ville>
      <code-INSEE-commune>{commune}</code-INSEE-commune>
      <geolocalisation><latitude>{lat}</latitude><longitude>{lon}</longitude></geolocalisation>
    </adresse></coordonnees></lieu-de-formation>"""


def make_action(
    *,
    numero: str = "A1",
    places: str = "",
    start: str = "20250901",
    end: str = "20260630",
    teaching: str = "0",
    alternance: str = "-",
    extra: str = "",
) -> str:
    """An `<action>` with one session; `places` is raw `<lieu-de-formation>` XML."""
    return f"""
    <action numero="{numero}">
      <rythme-formation>Temps plein</rythme-formation>
      <code-public-vise ref="V12">81061</code-public-vise>
      <niveau-entree-obligatoire>0</niveau-entree-obligatoire>
      <modalites-alternance>{alternance}</modalites-alternance>
      <modalites-enseignement>{teaching}</modalites-enseignement>
      <conditions-specifiques>-</conditions-specifiques>
      <prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>
      {places}
      <modalites-entrees-sorties>0</modalites-entrees-sorties>
      <session numero="S-{numero}"><periode><debut>{start}</debut><fin>{end}</fin></periode>
        <adresse-inscription><adresse><ligne>x</ligne><codepostal>07200</codepostal>
        <ville>AUBENAS</ville></adresse></adresse-inscription>
      </session>
      {extra}
    </action>"""


def make_formation(
    *,
    numero: str | None = "F1",
    title: str | None = "CAP Cuisine",
    actions: str | None = None,
    extra: str = "",
) -> str:
    """A `<formation>`; leave `title` None to omit `<intitule-formation>`."""
    numero_attr = f' numero="{numero}"' if numero else ""
    title_xml = f"<intitule-formation>{title}</intitule-formation>" if title is not None else ""
    return f"""
    <formation{numero_attr}>
      <domaine-formation><code-FORMACODE ref="V12">42752</code-FORMACODE>
        <code-ROME>G1602</code-ROME></domaine-formation>
      {title_xml}
      <objectif-formation>&lt;p&gt;Pr&amp;eacute;parer les entr&#233;es&lt;/p&gt;
      </objectif-formation>
      <resultats-attendus>CAP</resultats-attendus>
      <contenu-formation>&lt;p&gt;Cuisson&lt;/p&gt;&lt;p&gt;Dressage&lt;/p&gt;</contenu-formation>
      <certifiante>1</certifiante>
      <contact-formation><coordonnees/></contact-formation>
      <parcours-de-formation>1</parcours-de-formation>
      <code-niveau-entree>0</code-niveau-entree>
      {extra}
      {make_action() if actions is None else actions}
      <organisme-formation-responsable>
        <nom-organisme>GRETA Ardèche</nom-organisme><raison-sociale>-</raison-sociale>
      </organisme-formation-responsable>
    </formation>"""


def make_lheo(*formations: str, namespace: str | None = LHEO_NS) -> bytes:
    """A Lhéo document holding these formations."""
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    body = "".join(formations)
    document = f'<?xml version="1.0" encoding="UTF-8"?><lheo{xmlns}><offres>{body}</offres></lheo>'
    return document.encode()


def read_one(formation: str) -> TrainingIn:
    """Read a document holding only this formation, which must be valid."""
    read = read_lheo(make_lheo(formation))
    assert read.errors == []
    assert len(read.trainings) == 1
    return read.trainings[0]


@pytest.fixture(scope="module")
def onisep_example() -> TrainingIn:
    data_dir = CommonSettings().referential_dir
    path = Path(data_dir or "/nonexistent") / "trainings/lheo/exemple-bts-onisep.xml"
    if not path.is_file():
        pytest.skip(f"{path} not available")
    read = read_lheo(path.read_bytes())
    assert read.errors == []
    assert len(read.trainings) == 1
    return read.trainings[0]


class TestOnisepExample:
    def test_the_title_id_and_provider_are_read(self, onisep_example: TrainingIn) -> None:
        assert onisep_example.title == "BTS négociation et relation client"
        assert onisep_example.id == "9436_18706"
        # raison-sociale is "-" in this file, so the usual name stands in.
        assert onisep_example.provider == "Lycée Kerneuzec"

    def test_the_principal_formacode_comes_first(self, onisep_example: TrainingIn) -> None:
        assert onisep_example.formacodes == ["34582", "34076"]

    def test_rome_codes_are_read(self, onisep_example: TrainingIn) -> None:
        assert onisep_example.rome_codes == ["D1402", "D1403", "D1408"]

    def test_the_rncp_code_is_normalised(self, onisep_example: TrainingIn) -> None:
        assert onisep_example.rncp == ["RNCP474"]

    def test_the_bts_exit_level_is_european_level_5(self, onisep_example: TrainingIn) -> None:
        assert onisep_example.level == "5"

    def test_the_description_holds_the_objectives_without_html(
        self, onisep_example: TrainingIn
    ) -> None:
        description = onisep_example.description
        assert description.startswith("A la fois vendeur, manager et commercial")
        assert "Les débouchés :" in description
        assert "<" not in description
        assert "&lt;" not in description
        assert "\n- Relation client (5 heures" in description

    def test_the_session_has_the_dates_and_place_of_the_file(
        self, onisep_example: TrainingIn
    ) -> None:
        [session] = onisep_example.sessions
        assert (session.start, session.end) == (date(2015, 9, 1), date(2017, 8, 31))
        assert session.place.commune == "29233"
        assert session.place.postcode == "29391"
        assert session.place.label == "29391 QUIMPERLÉ"
        assert (session.place.departement, session.place.region) == ("29", "53")
        assert session.place.latitude == pytest.approx(47.882108)
        assert session.place.longitude == pytest.approx(-3.5526545)
        assert session.modalities == [TrainingModality.presentiel]
        assert session.registration_url == "lyceedekerneuzec.fr"

    def test_the_training_url_is_read(self, onisep_example: TrainingIn) -> None:
        assert onisep_example.url == "www2.cndp.fr/archivage/valid/brochadmin/bouton/c052.htm"


class TestReadLheo:
    def test_two_actions_in_two_towns_give_two_located_sessions(self) -> None:
        aubenas = make_place(
            town="AUBENAS", postcode="07200", commune="07019", lat=44.6201, lon=4.3901
        )
        privas = make_place(town="PRIVAS", postcode="07000", commune="07186", lat=44.735, lon=4.599)
        actions = make_action(numero="A1", places=aubenas) + make_action(
            numero="A2", places=privas, start="20260105", end="20260630"
        )
        training = read_one(make_formation(actions=actions))
        assert [session.id for session in training.sessions] == ["S-A1", "S-A2"]
        assert [session.place.commune for session in training.sessions] == ["07019", "07186"]
        assert [session.place.departement for session in training.sessions] == ["07", "07"]
        assert training.sessions[0].place.latitude == pytest.approx(44.6201)
        assert training.sessions[1].place.longitude == pytest.approx(4.599)
        assert training.sessions[1].start == date(2026, 1, 5)

    def test_one_session_taught_in_two_places_gets_two_distinct_ids(self) -> None:
        places = make_place(
            town="AUBENAS", postcode="07200", commune="07019", lat=44.62, lon=4.39
        ) + make_place(town="PRIVAS", postcode="07000", commune="07186", lat=44.73, lon=4.59)
        training = read_one(make_formation(actions=make_action(places=places)))
        assert [session.id for session in training.sessions] == ["S-A1-1", "S-A1-2"]

    def test_a_formation_without_title_is_an_error_while_its_sibling_is_read(self) -> None:
        read = read_lheo(
            make_lheo(make_formation(numero="BAD", title=None), make_formation(numero="GOOD"))
        )
        assert [training.id for training in read.trainings] == ["GOOD"]
        [error] = read.errors
        assert (error.item, error.position) == ("BAD", 1)
        assert "intitule-formation" in error.message

    def test_an_impossible_date_is_an_item_error(self) -> None:
        read = read_lheo(make_lheo(make_formation(actions=make_action(start="20250231"))))
        assert read.trainings == []
        assert "20250231" in read.errors[0].message

    def test_an_invalid_code_is_an_item_error_naming_the_field(self) -> None:
        extra = "<certification><code-RNCP>ABC</code-RNCP></certification>"
        read = read_lheo(make_lheo(make_formation(extra=extra)))
        assert read.trainings == []
        assert read.errors[0].message.startswith("rncp.0")

    def test_unknown_dates_read_as_none(self) -> None:
        training = read_one(make_formation(actions=make_action(start="00000000", end="99999999")))
        assert (training.sessions[0].start, training.sessions[0].end) == (None, None)

    def test_a_month_or_year_date_spans_the_whole_period(self) -> None:
        training = read_one(make_formation(actions=make_action(start="20250900", end="20260000")))
        assert (training.sessions[0].start, training.sessions[0].end) == (
            date(2025, 9, 1),
            date(2026, 12, 31),
        )

    def test_a_document_without_namespace_is_read(self) -> None:
        read = read_lheo(make_lheo(make_formation(), namespace=None))
        assert [training.title for training in read.trainings] == ["CAP Cuisine"]

    def test_a_lheo_2_3_namespace_is_read(self) -> None:
        read = read_lheo(make_lheo(make_formation(), namespace="http://lheo.gouv.fr/2.3"))
        assert len(read.trainings) == 1

    def test_the_description_is_plain_text_with_one_paragraph_per_line(self) -> None:
        training = read_one(make_formation())
        assert training.description == "Préparer les entrées\n\nCuisson\nDressage\n\nCAP"

    def test_the_usual_name_stands_in_for_a_placeholder_company_name(self) -> None:
        assert read_one(make_formation()).provider == "GRETA Ardèche"

    def test_a_formation_without_numero_gets_a_stable_id(self) -> None:
        first = read_one(make_formation(numero=None))
        again = read_one(make_formation(numero=None))
        other = read_one(make_formation(numero=None, title="CAP Pâtisserie"))
        assert first.id.startswith("lheo-")
        assert first.id == again.id
        assert first.id != other.id

    @pytest.mark.parametrize(
        ("code", "modality"),
        [
            ("0", TrainingModality.presentiel),
            ("1", TrainingModality.mixed),
            ("2", TrainingModality.distance),
        ],
    )
    def test_the_teaching_mode_code_gives_the_modality(
        self, code: str, modality: TrainingModality
    ) -> None:
        training = read_one(make_formation(actions=make_action(teaching=code)))
        assert training.sessions[0].modalities == [modality]
        assert training.modalities == [modality]

    def test_an_apprenticeship_text_adds_alternance(self) -> None:
        action = make_action(alternance="Contrat d'apprentissage : 2 semaines en centre")
        training = read_one(make_formation(actions=action))
        assert training.modalities == [TrainingModality.presentiel, TrainingModality.alternance]

    @pytest.mark.parametrize(
        "text", ["-", "Aucune", "Pas d'alternance", "Stage en entreprise de 4 semaines"]
    )
    def test_a_text_without_work_study_adds_no_alternance(self, text: str) -> None:
        training = read_one(make_formation(actions=make_action(alternance=text)))
        assert TrainingModality.alternance not in training.modalities

    def test_the_total_hours_give_the_duration(self) -> None:
        action = make_action(extra="<nombre-heures-total>630</nombre-heures-total>")
        assert read_one(make_formation(actions=action)).duration_hours == 630

    def test_hours_in_centre_and_company_add_up_without_a_total(self) -> None:
        extra = (
            "<nombre-heures-centre>400</nombre-heures-centre>"
            "<nombre-heures-entreprise>210</nombre-heures-entreprise>"
        )
        assert read_one(make_formation(actions=make_action(extra=extra))).duration_hours == 610

    def test_a_formation_without_action_has_no_session(self) -> None:
        assert read_one(make_formation(actions="")).sessions == []


class TestRefusedDocuments:
    def test_a_dtd_is_refused(self) -> None:
        document = b'<?xml version="1.0"?><!DOCTYPE lheo SYSTEM "lheo.dtd"><lheo><offres/></lheo>'
        with pytest.raises(InvalidLheo, match="DTD"):
            read_lheo(document)

    def test_an_entity_expansion_is_refused_as_invalid_lheo(self) -> None:
        document = (
            b'<?xml version="1.0"?><!DOCTYPE lheo [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;">]><lheo><offres>&lol2;</offres></lheo>'
        )
        with pytest.raises(InvalidLheo) as caught:
            read_lheo(document)
        assert isinstance(caught.value, Unprocessable)
        assert (caught.value.code, caught.value.status_code) == ("invalid_lheo", 422)

    def test_an_external_entity_is_refused(self) -> None:
        document = (
            b'<?xml version="1.0"?><!DOCTYPE lheo [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<lheo><offres>&x;</offres></lheo>"
        )
        with pytest.raises(InvalidLheo):
            read_lheo(document)

    @pytest.mark.parametrize(
        "document", [b"", b"not xml at all", b"<lheo><offres></lheo>", b"\xff"]
    )
    def test_a_document_that_is_not_xml_is_refused(self, document: bytes) -> None:
        with pytest.raises(InvalidLheo, match="well-formed"):
            read_lheo(document)

    def test_a_root_other_than_lheo_is_refused(self) -> None:
        with pytest.raises(InvalidLheo, match="<offres>"):
            read_lheo(b"<offres><formation/></offres>")


class TestReadTrainings:
    @pytest.mark.parametrize(
        "kind", ["application/xml", "text/xml; charset=utf-8", ".xml", "xml", "offres.XML"]
    )
    def test_xml_kinds_are_read_as_lheo(self, kind: str) -> None:
        read = read_trainings(make_lheo(make_formation()), content_type_or_suffix=kind)
        assert [training.id for training in read.trainings] == ["F1"]

    @pytest.mark.parametrize("kind", ["application/json", ".json", "export.json"])
    def test_json_kinds_are_read_as_the_neutral_format(self, kind: str) -> None:
        data = b'[{"id": "T1", "title": "CAP Cuisine"}]'
        read = read_trainings(data, content_type_or_suffix=kind)
        assert [training.id for training in read.trainings] == ["T1"]

    def test_json_content_that_is_not_a_list_is_refused(self) -> None:
        with pytest.raises(InvalidTrainingsJson):
            read_trainings(b'{"id": "T1"}', content_type_or_suffix="application/json")

    def test_another_format_is_unsupported_with_415(self) -> None:
        with pytest.raises(UnsupportedTrainingFormat) as caught:
            read_trainings(b"a,b", content_type_or_suffix="text/csv")
        assert (caught.value.status_code, caught.value.code) == (
            415,
            "unsupported_training_format",
        )
