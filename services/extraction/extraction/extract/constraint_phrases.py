"""Target phrases the constraint reader looks for, by kind, with the driving-licence tables."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from extraction.extract.constraint_folding import Folded, next_word, prev_word, rx
from shared.contracts.constraints import ConstraintKind as K
from shared.contracts.constraints import Polarity

POS, NEG = Polarity.positive, Polarity.negative

_Gate = Callable[[Folded, str, int, int], bool]


@dataclass(frozen=True)
class TargetRule:
    kind: K
    pattern: re.Pattern[str]  # group "t": the phrase itself, group "v": its value
    value: str | None = None
    strong: bool = True
    inverted: bool = False
    fixed: Polarity | None = None
    only: Polarity | None = None
    gate: _Gate | None = None
    context: re.Pattern[str] | None = None  # words letting a weak target stand; None: cues only


_PERSON_BEFORE = frozenset("suis etre etes es est non pas plus sans aucun mon propre votre".split())
_PERSON_AFTER = frozenset(
    "personnel personnelle perso obligatoire exige exigee indispensable souhaite requis".split()
)
# "permis B et véhicule", "pas de véhicule", "j'ai un véhicule", "Véhicule : non"
_VEHICLE_LEAD = re.compile(
    r"(?:permis.{0,10}|(?:pas|plus|sans|aucun)[ \t]+(?:de[ \t]+|d')?|"
    r"(?:ai|avoir|possede|dispose)[ \t]+(?:un|d'un|de|mon|d')[ \t]*)$"
)
_DETERMINERS = frozenset("le la les l de d du des un une".split())


def _vehicle_gate(folded: Folded, text: str, start: int, end: int) -> bool:
    """'Véhiculé', 'non véhiculé', 'véhicule personnel', never 'entretien des véhicules'."""
    before = prev_word(folded.text, start)
    if before in _PERSON_BEFORE or next_word(folded.text, end) in _PERSON_AFTER:
        return True
    if _VEHICLE_LEAD.search(folded.text, max(0, start - 30), start) or re.match(
        r"[ \t]*:", folded.text[end:]
    ):
        return True
    first, last = folded.origin[start], folded.origin[end - 1] + 1
    while last < len(text) and unicodedata.combining(text[last]):
        last += 1
    word = unicodedata.normalize("NFC", text[first:last]).lower().rstrip("s")
    return word.endswith(("é", "ée")) and before not in _DETERMINERS


def _adjective_gate(folded: Folded, text: str, start: int, end: int) -> bool:  # noqa: ARG001
    """'Motorisé' said of a person: after 'suis', 'non', 'pas' or heading its clause."""
    return prev_word(folded.text, start) in {"", "suis", "etre", "etes", "est", "non", "pas"}


_WORK = "travail|travailler|travaille|travailles|travaillee|travaillees|bosser|bosse|boulot"
_CONTEXT = rx(
    rf"{_WORK}|horaires?|planning|postes?|astreintes?|incluant|inclus|emplois?|contrat|missions?|"
    "type|rythme|conditions"
)
_CONTRACT_CONTEXT = rx("contrat|type de contrat|convention")


def _rule(
    kind: K,
    *alternatives: str,
    value: str | None = None,
    strong: bool = True,
    inverted: bool = False,
    fixed: Polarity | None = None,
    only: Polarity | None = None,
    gate: _Gate | None = None,
    context: re.Pattern[str] | None = _CONTEXT,
) -> TargetRule:
    pattern = rx(*alternatives)
    return TargetRule(kind, pattern, value, strong, inverted, fixed, only, gate, context)


_PER_WEEK = (
    "(?:h|heures?|hrs?)(?:00)?_(?:par semaine|/_semaine|/_sem|par sem|hebdo|hebdomadaires?|semaine)"
)
_FRANCE = "(?:toute la france|france entiere|partout en france|tout le territoire(?: national)?)"
_KM = r"(?P<v>\d{1,4})_(?:km|kms|kilometres?)"
TARGET_RULES = (
    _rule(
        K.night_work,
        rf"(?:{_WORK}|emplois?|postes?|equipes?|horaires?|services?|shifts?|veilles?|gardes?|"
        "permanences?|rondes?|veilleu(?:r|rs|se|ses)|agents?|astreintes?|heures?|missions?) "
        "(?:de |la |en |les |des )?nuits?",
        "(?:faire|fais|fait|effectuer|effectue|assurer|assure|enchainer) (?:les |des |de )?nuits",
        "travail nocturne|horaires? nocturnes?",
    ),
    _rule(K.night_work, r"[35]_[x*]_8|trois huit", only=POS),
    _rule(
        K.night_work,
        r"(?:(?:la|de|les|des|en|une|aux|du) |(?<=ni\x20)|(?<=pas\x20))nuits?|nocturnes?",
        strong=False,
    ),
    _rule(
        K.night_work,
        "(?:(?:uniquement|seulement|exclusivement|que) |qu')"
        "(?:en journee|de jour|la journee|le jour)",
        "(?:en journee|de jour|la journee) (?:uniquement|seulement|exclusivement)",
        fixed=NEG,
    ),
    _rule(
        K.weekend_work,
        rf"(?:{_WORK}) (?:le |les |du |en |un |des |certains )?"
        r"(?:week_ends?|samedis?|w\.?e|fins? de semaine)",
        "(?:week_ends?|samedis?) (?:est |sont )?travaillee?s?",
    ),
    _rule(
        K.weekend_work,
        r"week_ends?|fins? de semaine|samedis?|(?:le|les|du|ce|ces|en|un|des|mes) w\.?e\.?",
        strong=False,
    ),
    _rule(
        K.weekend_work,
        "(?:(?:uniquement|seulement|exclusivement|que) |qu')(?:du lundi au vendredi|en semaine)",
        "(?:du lundi au vendredi|en semaine) (?:uniquement|seulement|exclusivement)",
        fixed=NEG,
    ),
    _rule(K.weekend_work, "du lundi au vendredi", strong=False, fixed=NEG),
    _rule(
        K.sunday_work,
        rf"(?:{_WORK}) (?:le |les |du |en |un |des |certains )?(?:dimanches?|jours? feries?)",
        "(?:dimanches?|jours? feries?) (?:est |sont )?travaillee?s?",
    ),
    _rule(K.sunday_work, "dimanches?|jours? feries?|feries", strong=False),
    _rule(
        K.part_time,
        "temps partiels?|mi_temps",
        "(?:poste|contrat|travail|travailler|emploi|quotite|quotite de travail|temps partiel) "
        "(?:a |de )?(?:50|60|70|75|80|90)_%",
        rf"(?:[1-9]|[12]\d|3[0-4])(?:[.,]\d+)?_{_PER_WEEK}",
        r"(?:contrat|poste|cdi|cdd|temps partiel|base) (?:de |a |sur |en )?(?:[1-9]|[12]\d|3[0-4])_"
        "(?:h|heures)",
    ),
    _rule(
        K.full_time,
        "temps (?:plein|complet)|plein temps|full time",
        rf"(?:3[5-9]|4[0-8])(?:[.,]\d+)?_{_PER_WEEK}",
        r"3[5-9]_(?:h|heures)(?:00)?",
    ),
    _rule(
        K.remote_work,
        "tele_travail(?:ler|le|les|lee?s?)?|full remote|100_% (?:remote|tele_travail|a distance)|"
        "(?:en|partial|partiel) remote|remote (?:partiel|total|friendly|possible|first|complet)",
        rf"(?:{_WORK}|postes?|emplois?|jobs?|missions?) (?:a|en) distance",
        "(?:mode|modele|travail|poste|organisation|rythme|format|fonctionnement) "
        "(?:de travail )?hybride|en hybride",
        r"(?:jours? de|en|du) tt|tt (?:partiel|possible|\d)",
    ),
    _rule(K.remote_work, "a distance|remote", strong=False, context=None),
    _rule(
        K.remote_work,
        "(?:100_%|uniquement|exclusivement|full|totalement|entierement) (?:en )?presentiel|"
        "(?:poste|travail|mission)s? (?:en |sur site en )?presentiel|"
        "presentiel (?:uniquement|obligatoire|exclusivement|requis|exige)",
        fixed=NEG,
    ),
    _rule(K.vehicle, "vehicul(?:e|ee|es|ees)", gate=_vehicle_gate),
    _rule(K.vehicle, "motorisee?s?", gate=_adjective_gate),
    _rule(
        K.vehicle,
        "(?:(?:j'ai|jai|ai|avoir|possede|dispose de|dispose d') (?:pas |plus |aucun |aucune )?"
        "(?:une |un |de |d'|mon |ma )?|(?:propre|votre|aucune|aucun|sans|pas de|pas d') )"
        "(?P<t>voiture|auto|moto|scooter|moyens? (?:de )?(?:locomotion|transport))",
    ),
    _rule(K.vehicle, "voiture (?:personnelle|perso)"),
    _rule(
        K.mobility_radius,
        rf"(?:rayon|perimetre) (?:de |d'environ |d'|maxi(?:mum)? de |max de |d'au plus )?{_KM}",
        fixed=POS,
    ),
    _rule(
        K.mobility_radius,
        "(?:jusqu'a|jusqu'au|max(?:imum|i)?|au maximum|pas plus de|pas au dela de|au plus|"
        f"dans les|deplacements? (?:jusqu'a |de )?|mobile (?:sur |a |jusqu'a )?)_{_KM}",
        fixed=POS,
    ),
    _rule(
        K.mobility_radius,
        f"{_KM} (?:max(?:imum|i)?|au maximum|autour(?: de (?:chez )?(?:moi|mon domicile))?|"
        "de chez moi|de mon domicile|de (?:ma )?maison|a la ronde|aux alentours|alentours)",
        fixed=POS,
    ),
    _rule(
        K.mobility_radius,
        "(?:mobiles?|mobilite|deplacements?|deplacer|demenager) (?:geographique )?"
        f"(?:sur |dans |en |a )?{_FRANCE}|mobilite (?:geographique )?nationale",
        value="national",
    ),
    _rule(K.mobility_radius, _FRANCE, value="national", strong=False),
    _rule(K.mobility_radius, r"mobiles?(?! \d)|mobilite(?! reduite)", strong=False, only=NEG),
    _rule(K.contract_type, "cdi|contrat a duree indeterminee", value="CDI"),
    _rule(K.contract_type, "cdd|contrat a duree determinee", value="CDD"),
    _rule(
        K.contract_type,
        "interim|interimaires?|travail temporaire|missions? d'interim",
        value="interim",
    ),
    _rule(
        K.contract_type,
        "alternance|alternante?s?|contrat de professionnalisation|contrat (?:de )?pro|"
        "contrat d'apprentissage|en apprentissage",
        value="alternance",
    ),
    _rule(
        K.contract_type,
        "apprentie?s?|apprentissage",
        value="alternance",
        strong=False,
        context=_CONTRACT_CONTEXT,
    ),
    _rule(
        K.contract_type,
        "stages?|stagiaires?",
        value="stage",
        strong=False,
        context=_CONTRACT_CONTEXT,
    ),
    _rule(
        K.contract_type,
        "(?:cdd|contrat|emploi|poste|job|travail|missions?|travailleur|suis|etre|comme|"
        "en tant que|un|une) saisonni(?:er|ere|ers|eres)",
        "(?:pour|faire|fais|fait|ferai|faisais) (?:la |les |une |des )?saisons?(?! basse| haute)",
        value="saisonnier",
    ),
    _rule(
        K.contract_type,
        "auto_entrepreneur|auto_entreprise|micro_entrepreneur|micro_entreprise|free_lance|"
        "a mon compte|(?:en tant qu'|comme |statut d'|statut |travailleur |consultant |en )"
        "independante?s?",
        value="independant",
    ),
    _rule(
        K.physical_effort,
        "(?:port|porter|porte|soulever|soulevement|manipuler|manipulation|manutention) "
        "(?:de |des |du |d')?(?:lourdes? )?(?:charges?|poids|colis|objets?|fardeaux)"
        "(?: lourde?s?)?(?! legere?s?)",
        "charges lourdes|lourdes charges|(?:porter|port) (?:du |de )?lourd",
        value="port_de_charges",
    ),
    _rule(
        K.physical_effort,
        "(?:problemes?|soucis?|douleurs?|mal|maux|pathologies?|fragilite) "
        "(?:de |au |du |aux |d'|des )?dos|dos fragile|hernies? discales?|lombalgies?|lumbago|"
        "sciatiques?",
        value="port_de_charges",
        inverted=True,
    ),
    _rule(
        K.physical_effort,
        "station debout(?: prolongee)?|(?:rester|reste|etre|travailler|tenir) debout"
        "(?: longtemps| toute la journee| de longues heures)?|"
        "debout (?:toute la journee|longtemps)|pietinement",
        value="station_debout",
    ),
    _rule(
        K.physical_effort,
        "(?:problemes?|douleurs?|mal|maux) (?:de |au |aux |des )?genoux?",
        value="station_debout",
        inverted=True,
    ),
    _rule(
        K.physical_effort,
        "(?:travail|travailler|travaux|interventions?|intervenir|missions?) en hauteur",
        value="travail_en_hauteur",
    ),
    _rule(K.physical_effort, "en hauteur", value="travail_en_hauteur", strong=False),
    _rule(
        K.physical_effort,
        "vertiges?|peur du vide|peur des hauteurs|acrophobe|acrophobie",
        value="travail_en_hauteur",
        inverted=True,
    ),
    _rule(
        K.physical_effort,
        "(?:gestes?|mouvements?|taches?|travail|operations?) repetiti(?:f|fs|ve|ves)",
        value="gestes_repetitifs",
    ),
    _rule(K.physical_effort, "canal carpien|tendinites?", value="gestes_repetitifs", inverted=True),
)

# Driving licences: listed categories ("permis B, C et CE"), named ones ("permis poids lourd"),
# "le permis" alone (category B), and the words telling that a licence is still being prepared.
_CATS = "c1e|d1e|b96|c1|d1|a1|a2|am|be|ce|de|eb|ec|b|c|d|a"
_CAT = rf"(?:{_CATS})(?![a-z0-9\x27])"
LICENCE = rx(
    r"permis(?: de conduire)?_:?_(?:(?:categories?|cat\.?|type)_)?"
    rf"(?P<v>{_CAT}(?:(?:_[,/+&]_| et | ou |-){_CAT})*)"
)
LICENCE_CATEGORY = re.compile(rf"(?<![a-z0-9])(?:{_CATS})(?![a-z0-9])")
CANONICAL_CATEGORIES = {"eb": "BE", "ec": "CE", "b96": "B"}
# "permis à points", "permis de ...": French words when in lower case
UPPER_ONLY_CATEGORIES = {"a", "de"}
LICENCE_NAMED = (
    (rx("permis (?:poids lourds?|pl)"), "C"),
    (rx("permis (?:super lourds?|spl)"), "CE"),
    (rx("permis (?:vl|voiture|auto|automobile|vehicule leger)"), "B"),
    (rx("permis (?:transport en commun|tc|bus|autocar)"), "D"),
    (rx("permis (?:moto|motocyclette)"), "A"),
    (rx("permis remorque"), "BE"),
)
LICENCE_BARE = rx("permis(?: de conduire)?")
BARE_LICENCE_BEFORE = frozenset(
    "le l mon du un son votre ton sans de d pas aucun leur notre ce".split()
)
BARE_LICENCE_NOT_AFTER = re.compile(
    r"[ \t]*/|[ \t]+(?:de[ \t]+(?!conduire)|d'|par\b|cariste|caces|bateau|fluvial|cotier|"
    r"hauturier|feu|chasse|peche|travail|sejour|construire|exploitation|former|demolir|amenager|nacelle|"
    r"chariot|engins?|plaisance|avion|pilote|ulm)"
)
PENDING_AFTER = re.compile(
    r"[ \t]*\(?[ \t]*(?:[a-z0-9']+[ \t]+){0,2}"
    r"(?:en cours(?! de validite)|en preparation|en attente|a passer|pas encore)(?![a-z])"
)
PENDING_BEFORE = re.compile(
    r"(?<![a-z])(?<!ai )(?<!a )"
    r"(?:passe|passer|passage|prepare|preparer|preparation|en cours(?: d'obtention)?)"
    r"(?:[ \t]+(?:de|du|d'|le|la|mon|son|un|d'un|mes|ses|les))*[ \t]*$"
)
