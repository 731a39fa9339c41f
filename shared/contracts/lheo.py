"""Training-document readers: Lhéo XML (the Carif-Oref exchange language) and neutral JSON."""

from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from pydantic import ValidationError

from shared.contracts.offers import OfferPlace
from shared.contracts.trainings import (
    TrainingIn,
    TrainingItemError,
    TrainingModality,
    TrainingSession,
    TrainingsRead,
    describe_errors,
    read_trainings_json,
)
from shared.errors import AppError, Unprocessable

# The issue names the Lhéo result types after the format; both readers share them.
LheoRead = TrainingsRead
LheoItemError = TrainingItemError


class InvalidLheo(Unprocessable):
    """A document is not Lhéo XML we can safely read."""

    code = "invalid_lheo"


class UnsupportedTrainingFormat(AppError):
    """A training document comes in a format no reader handles."""

    status_code = 415
    code = "unsupported_training_format"


_XML_KINDS = {"xml", "application/xml", "text/xml"}
_JSON_KINDS = {"json", "application/json"}


def read_trainings(data: bytes, *, content_type_or_suffix: str) -> TrainingsRead:
    """Read a training document with the reader its media type or file suffix names.

    Args:
        data: the document as received.
        content_type_or_suffix: a media type (`application/xml; charset=utf-8`), a suffix
            (`.json`, `xml`) or a file name (`offres.xml`).

    Returns:
        The trainings read and one error per item left out.

    Raises:
        UnsupportedTrainingFormat: neither XML nor JSON.
        InvalidLheo: an XML document that is not safe, well-formed Lhéo.
        InvalidTrainingsJson: a JSON document that is not a list.
    """
    kind = content_type_or_suffix.split(";", 1)[0].strip().lower()
    if "/" not in kind:
        kind = kind.rsplit(".", 1)[-1]
    if kind in _XML_KINDS or kind.endswith("+xml"):
        return read_lheo(data)
    if kind in _JSON_KINDS or kind.endswith("+json"):
        return read_trainings_json(data)
    raise UnsupportedTrainingFormat(
        f"training documents are Lhéo XML or JSON, not {content_type_or_suffix!r}"
    )


def read_lheo(data: bytes) -> TrainingsRead:
    """Read every `<formation>` of a Lhéo document; a bad one is reported, never fatal.

    Args:
        data: the Lhéo XML document, in the encoding its declaration states.

    Returns:
        One training per readable `<formation>`, one error per other.

    Raises:
        InvalidLheo: not well-formed XML, a DTD or entity declaration, or a root other than
            `<lheo>`.
    """
    root = _parse(data)
    read = TrainingsRead(trainings=[])
    for position, formation in enumerate(root.findall("offres/formation"), start=1):
        try:
            read.trainings.append(_training(formation))
        except ValueError as exc:
            message = describe_errors(exc) if isinstance(exc, ValidationError) else str(exc)
            item = formation.get("numero") or f"#{position}"
            read.errors.append(TrainingItemError(item=item, position=position, message=message))
    return read


def _parse(data: bytes) -> Element:
    """Parse safely and drop namespaces: exports use 2.2, 2.3 or none for the same elements."""
    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InvalidLheo(f"Lhéo documents may not declare a DTD or entities ({exc})") from exc
    except ParseError as exc:
        raise InvalidLheo(f"document is not well-formed XML: {exc}") from exc
    for element in root.iter():
        element.tag = element.tag.rsplit("}", 1)[-1]
    if root.tag != "lheo":
        raise InvalidLheo(f"root element is <{root.tag}>, not <lheo>")
    return root


def _training(formation: Element) -> TrainingIn:
    """Map one `<formation>` and its actions; raises ValueError when it cannot be a training."""
    title = _text(formation, "intitule-formation")
    if title is None:
        raise ValueError("intitule-formation is missing")
    provider = _text(formation, "organisme-formation-responsable/raison-sociale") or _text(
        formation, "organisme-formation-responsable/nom-organisme"
    )
    actions = formation.findall("action")
    sessions = [session for action in actions for session in _sessions(action)]
    return TrainingIn(
        id=formation.get("numero") or _fallback_id(title, provider),
        title=title,
        description=_description(formation),
        provider=provider,
        formacodes=_formacodes(formation),
        rncp=_texts(formation, "certification/code-RNCP"),
        rs=_texts(formation, "certification/code-RS"),
        rome_codes=_texts(formation, "domaine-formation/code-ROME"),
        level=_level(_text(formation, "code-niveau-sortie")),
        duration_hours=next((hours for action in actions if (hours := _hours(action))), None),
        modalities=[modality for session in sessions for modality in session.modalities],
        sessions=sessions,
        url=_text(formation, "url-formation/urlweb"),
        updated_at=formation.get("horodatage-modification") or formation.get("horodatage-creation"),
    )


def _fallback_id(title: str, provider: str | None) -> str:
    """A stable id for a formation without `numero`, so that a re-import replaces it."""
    digest = hashlib.sha256(f"{title}\n{provider or ''}".encode()).hexdigest()
    return f"lheo-{digest[:24]}"


# "-" is what several exports write in mandatory elements they have nothing for.
_PLACEHOLDERS = {"", "-", "--", "."}


def _text(element: Element, path: str) -> str | None:
    """The stripped text at `path`, None when absent, empty or a placeholder."""
    found = element.find(path)
    text = " ".join("".join(found.itertext()).split()) if found is not None else ""
    return None if text in _PLACEHOLDERS else text


def _texts(element: Element, path: str) -> list[str]:
    """Every non-empty text at `path`, in document order."""
    texts = (" ".join("".join(found.itertext()).split()) for found in element.findall(path))
    return [text for text in texts if text not in _PLACEHOLDERS]


def _formacodes(formation: Element) -> list[str]:
    """The first code is the principal one; a `tag="principal"` code placed later moves first."""
    codes = formation.findall("domaine-formation/code-FORMACODE")
    ordered = sorted(codes, key=lambda code: code.get("tag") != "principal")
    return [text for code in ordered if (text := (code.text or "").strip())]


_DESCRIPTION_PARTS = ("objectif-formation", "contenu-formation", "resultats-attendus")


def _description(formation: Element) -> str:
    """Objectives, content and expected results as plain text, one paragraph per line."""
    parts = (formation.find(tag) for tag in _DESCRIPTION_PARTS)
    texts = (_plain("".join(part.itertext())) for part in parts if part is not None)
    return "\n\n".join(text for text in texts if text)[:50_000]


class _PlainText(HTMLParser):
    """Collects the text of an HTML fragment, turning blocks into line breaks."""

    _BLOCKS = frozenset(
        "p br div li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote dd dt section".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if tag in self._BLOCKS:
            self.parts.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain(html: str) -> str:
    """Lhéo texts carry escaped HTML: drop tags, unescape, keep paragraphs as lines."""
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line and line != "-")


# dict-niveaux: 4-8 are the former levels V to I, 11-18 the European levels 1 to 8. 0 and 1 say
# nothing; 2 and 3 (former VI and V bis) have no European counterpart in the 2019 table.
_LEVELS = {"4": "3", "5": "4", "6": "5", "7": "6", "8": "7"} | {
    str(10 + level): str(level) for level in range(1, 9)
}
_NO_LEVEL = {"0", "1", "2", "3"}


def _level(code: str | None) -> str | None:
    """The European level of a dict-niveaux code; an unknown code is kept as given."""
    if code is None or code in _NO_LEVEL:
        return None
    return _LEVELS.get(code, code)


def _hours(action: Element) -> float | None:
    """Total hours of an action, else its hours in centre plus in company."""
    total = _number(_text(action, "nombre-heures-total"))
    if not total:
        centre = _number(_text(action, "nombre-heures-centre"))
        company = _number(_text(action, "nombre-heures-entreprise"))
        total = (centre or 0) + (company or 0)
    return total or None


def _number(text: str | None) -> float | None:
    """A decimal number, with a comma or a point; unreadable counts as absent."""
    try:
        return float(text.replace(",", ".")) if text else None
    except ValueError:
        return None


def _sessions(action: Element) -> list[TrainingSession]:
    """One session per `<session>` and training place; an action without any still has one."""
    modalities = _modalities(action)
    places = [_place(lieu) for lieu in action.findall("lieu-de-formation")] or [OfferPlace()]
    action_url = _text(action, "url-action/urlweb")
    # The definition requires a <session>; some exports omit it and still describe the action.
    runs = action.findall("session") or [Element("session")]
    return [
        TrainingSession(
            id=_session_id(run.get("numero"), index=index, places=len(places)),
            start=_date(_text(run, "periode/debut"), end=False),
            end=_date(_text(run, "periode/fin"), end=True),
            place=place,
            modalities=modalities,
            registration_url=_text(run, "url-session/urlweb") or action_url,
        )
        for run in runs
        for index, place in enumerate(places, start=1)
    ]


def _session_id(numero: str | None, *, index: int, places: int) -> str | None:
    """Keep session ids unique when one session is taught in several places."""
    if numero is None or places == 1:
        return numero
    return f"{numero}-{index}"


_TEACHING = {
    "0": TrainingModality.presentiel,
    "1": TrainingModality.mixed,
    "2": TrainingModality.distance,
}
# modalites-alternance is free text, mandatory, often "Aucune" or "Pas d'alternance".
# Company time alone is no cue: an internship ("stage en entreprise") is not work-study.
_WORK_STUDY = re.compile(r"altern|apprenti|professionnalisation", re.IGNORECASE)
_NEGATION = re.compile(r"^\s*(?:pas|non|aucun|aucune|sans|néant|neant)\b", re.IGNORECASE)


def _modalities(action: Element) -> list[TrainingModality]:
    """Teaching mode from dict-modalites-enseignement, plus alternance when the action says so."""
    modalities = []
    if teaching := _TEACHING.get(_text(action, "modalites-enseignement") or ""):
        modalities.append(teaching)
    if _is_work_study(action):
        modalities.append(TrainingModality.alternance)
    return modalities


def _is_work_study(action: Element) -> bool:
    """A cycle in apprenticeship or with an alternance block, or a text naming work-study."""
    cycles = action.findall("session/cycle")
    if any(cycle.find("alternance") is not None for cycle in cycles):
        return True
    if any(_text(cycle, "type-cycle") == "1" for cycle in cycles):
        return True
    text = _text(action, "modalites-alternance") or ""
    return bool(_WORK_STUDY.search(text)) and not _NEGATION.match(text)


_UNKNOWN_DATES = {"00000000", "99999999"}
_DATE = re.compile(r"^\d{8}$")


def _date(text: str | None, *, end: bool) -> date | None:
    """Read YYYYMMDD; a 00 day or month widens to the month or year, to its last day for an end."""
    if text is None or text in _UNKNOWN_DATES:
        return None
    if not _DATE.match(text):
        raise ValueError(f"date {text!r} is not YYYYMMDD")
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    if month == 0:
        month, day = (12, 31) if end else (1, 1)
    elif day == 0:
        day = calendar.monthrange(year, month)[1] if end else 1
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r} does not exist") from exc


def _place(lieu: Element) -> OfferPlace:
    """Map `lieu-de-formation/coordonnees/adresse`, deriving the département from the commune."""
    address = lieu.find("coordonnees/adresse")
    if address is None:
        return OfferPlace(label=_text(lieu, "coordonnees/ligne"))
    commune = _text(address, "code-INSEE-commune")
    postcode = _text(address, "codepostal")
    town = _text(address, "ville")
    return OfferPlace(
        label=" ".join(part for part in (postcode, town) if part) or None,
        commune=commune,
        postcode=postcode,
        departement=_text(address, "departement") or _departement_of(commune),
        region=_text(address, "region"),
        latitude=_number(_text(address, "geolocalisation/latitude")),
        longitude=_number(_text(address, "geolocalisation/longitude")),
    )


def _departement_of(commune: str | None) -> str | None:
    """Overseas communes (97x) carry a 3-character département; 2A/2B stay as they are."""
    if not commune:
        return None
    return commune[:3] if commune.startswith("97") else commune[:2]
