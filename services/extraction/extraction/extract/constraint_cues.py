"""Cue phrases that give a constraint its polarity, and the words that bound its clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.extract.constraint_folding import rx
from shared.contracts.constraints import Polarity

POS, NEG = Polarity.positive, Polarity.negative


@dataclass(frozen=True)
class CueRule:
    pattern: re.Pattern[str]
    polarity: Polarity | None  # None: a phrase that only hides the cue inside it ("pas mal")
    fwd: int = 5  # words it may reach forward, -1: never
    back: int = -1  # words it may reach backward (cue after the target), -1: never
    exception: bool = False  # "sauf": the reverse of the clause's earlier stance
    closing: bool = False  # reaches backward only from the end of its clause ("je peux pas.")


_VERBS = (
    "peux|peut|pourrai|pourrais|veux|veut|voudrais|souhaite|souhaiterais|desire|accepte|"
    "accepterai|accepterais|aime|supporte|fais|ferai|travaille|travaillerai|suis|serai|ai|"
    "aurai|possede|dispose|sais|tiens|bosse|bosserai|cherche|recherche"
)
_BODY = "dos|sante|genoux?|epaules?|vertiges?|hauteur|mobilite|vehicule|permis|voiture|transport"
CUE_RULES = (
    CueRule(rx("pas mal|pas seulement|pas uniquement|sans doute|sans cesse"), None),
    CueRule(
        rx(
            rf"(?:je )?(?:ne |n')?(?:j'|j)?(?:{_VERBS})(?: vraiment| absolument)? "
            "(?:pas|plus|jamais)(?! mal)"
        ),
        NEG,
        back=4,
        closing=True,
    ),
    CueRule(rx("pas|aucune?|nullement"), NEG),
    CueRule(rx("jamais|n'[a-z]+ plus|ne [a-z]+ plus"), NEG, back=3, closing=True),
    CueRule(rx("refusee?s?|je refuse|refuserais?"), NEG, back=3),
    CueRule(rx("ni"), NEG, fwd=4),
    CueRule(rx("sans"), NEG, fwd=2),
    CueRule(rx("non"), NEG, fwd=0, back=3),
    CueRule(rx("peu"), NEG, fwd=1),
    CueRule(
        rx(
            "hors de question|pas question|exclue?s?|impossibles?|pas possible|plus possible|"
            "interdite?s?|proscrite?s?"
        ),
        NEG,
        back=4,
    ),
    CueRule(
        rx(
            "(?:(?:je )?(?:ne |n')?(?:suis|serai|serais|etes|est) )?(?:pas|plus) (?:[a-z]+ )?"
            "(?:dispos?|disponibles?|ok|d'accord|prete?s?|libres?|favorables?|chaude?|motivee?s?|"
            "interessee?s?|envie)|indisponibles?"
        ),
        NEG,
        back=3,
    ),
    CueRule(rx("eviter|evite|arreter|arrete|stopper|fuir"), NEG, fwd=4),
    CueRule(
        rx(
            "contre_indi(?:cation|que|quee)s?|inaptes?|inaptitude|incapable|"
            "restrictions?(?: medicales?)?"
        ),
        NEG,
        back=3,
    ),
    CueRule(rx("sauf|excepte|hormis|a part"), NEG, fwd=4, exception=True),
    CueRule(rx("repos"), NEG, fwd=3, back=2),
    CueRule(rx("c'est non|non merci|pas pour moi"), NEG, fwd=-1, back=4),
    CueRule(rx("suspendue?|retiree?|annulee?|invalidee?"), NEG, fwd=-1, back=2),
    CueRule(
        rx(
            rf"(?:pas de|aucun|sans) (?:problemes?|soucis?)"
            rf"(?! (?:de |d'|au |aux |du |a )_(?:{_BODY}))",
            "rien contre|(?:(?:je )?(?:ne |n')?(?:suis|serai|serais|etes|est) )?pas "
            "(?:contre|opposee?)|(?:ne )?me (?:derange|gene|pose) pas|"
            "(?:n'est )?pas un (?:probleme|souci)|ca me va|me convien(?:t|nent)|pourquoi pas|"
            "volontiers|avec plaisir",
        ),
        POS,
        back=4,
    ),
    CueRule(
        rx(
            "ok (?:pour|pr)|d'accord (?:pour|pr)|partante? (?:pour|pr)|prete?s? (?:a|pour)|"
            "ouverte?s? (?:a|aux)|interessee?s? (?:par|pour)|favorables? (?:a|au|aux)|"
            "habituee?s? (?:a|au|aux)|l'habitude (?:de|du|des)|titulaire"
        ),
        POS,
    ),
    CueRule(
        rx(
            "exigee?s?|requise?s?|obligatoires?|indispensables?|souhaitee?s?|appreciee?s?|"
            "imperati(?:f|fs|ve|ves)|necessaires?|demandee?s?|a prevoir"
        ),
        POS,
        fwd=2,
        back=3,
    ),
    CueRule(
        rx(
            "(?:je |j')?(?:peux|pourrais|veux|voudrais|souhaite|souhaiterais|aimerais|cherche|"
            "recherche|prefere|privilegie|aime|adore|desire|vise)"
        ),
        POS,
    ),
    CueRule(
        rx("acceptee?s?|accepterai|accepterais|j'accepte|disponibles?|dispos?|libres?"),
        POS,
        back=3,
    ),
    CueRule(rx("disponibilites?|possibles?"), POS, fwd=3, back=3),
    CueRule(rx("ok|oui|bienvenue?s?|bien sur"), POS, fwd=1, back=3),
)

# Clauses end at sentence punctuation, line breaks, dashes and discourse words ("mais", "car").
CLAUSE_BREAKS = re.compile(
    r"[\n\r;!?•|]+|\.(?=[ \t]|$)|[ \t][-–—]+[ \t]|(?<![a-z0-9])(?:mais|par contre|en revanche|"
    r"cependant|toutefois|neanmoins|pourtant|sinon|car|parce que|puisque|donc|alors que|"
    r"tandis que)(?![a-z0-9])"
)
# Words that only join targets listed together ("ni la nuit ni le dimanche").
LEAD_WORDS = frozenset("et ou ni le la les l du de des d en au aux un une puis".split())
# Words that say nothing of their own, so a cue reaches across them.
FILLER_WORDS = LEAD_WORDS | frozenset(
    "a pour par sur avec dans ce cet cette ces mon ma mes son sa ses votre vos ton ta leur leurs "
    "travailler travaille travail bosser bosse faire fais fait effectuer assurer etre avoir "
    "rester porter me m se s y tout trop encore toujours plus jamais tres surtout moi que qu "
    "certains certaines quelques pr semaine lundi mardi mercredi jeudi vendredi est sont c".split()
)
# A pronoun between a cue and a target opens another statement.
PRONOUNS = frozenset("je j tu il elle on nous vous ils elles ca cela".split())
# Past one of these, a cue after a lone target speaks of what follows, not of the target.
COORDINATORS = frozenset("et ou donc puis".split())
