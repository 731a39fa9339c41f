"""Word roots that bring a French verb and its nouns together: "encaisser" and "encaissement".

Skill labels are written as verbs ("Accueillir les clients") while offers and CVs mostly say
nouns ("accueil des clients", "encaissement"); matching their roots lets the wording differ.
"""

from __future__ import annotations

# verbs whose noun is not built by a regular suffix: (folded verb or noun) → shared root
_IRREGULAR = {
    "gestion": "ger", "gerer": "ger", "conduite": "condui", "conduire": "condui",
    "accueillir": "accueil", "accueil": "accueil", "entretien": "entreten",
    "entretenir": "entreten", "service": "serv", "servir": "serv", "vente": "vend",
    "vendre": "vend", "production": "produi", "produire": "produi", "reception": "recev",
    "recevoir": "recev", "receptionner": "recev", "prise": "prendr", "prendre": "prendr",
    "mise": "mettr", "mettre": "mettr", "maintenance": "maint", "maintenir": "maint",
    "surveillance": "surveil", "surveiller": "surveil", "soin": "soign", "soins": "soign",
    "soigner": "soign", "analyse": "analys", "analyser": "analys", "suivi": "suivr",
    "suivre": "suivr", "tenue": "ten", "tenir": "ten", "redaction": "redig", "rediger": "redig",
    "animation": "anim", "animer": "anim", "conseil": "conseil", "conseiller": "conseil",
    "aide": "aid", "aider": "aid", "livraison": "livr", "livrer": "livr",
    "installation": "install", "installer": "install", "commande": "command",
    "commander": "command", "controle": "control", "controler": "control",
    "achat": "achet", "acheter": "achet", "negociation": "negoci", "negocier": "negoci",
    "nettoyage": "nettoy", "nettoyer": "nettoy", "rangement": "rang", "ranger": "rang",
    "reparation": "repar", "reparer": "repar", "coupe": "coup", "couper": "coup",
    "cuisson": "cuir", "cuire": "cuir", "depannage": "depann", "depanner": "depann",
    "soudure": "soud", "souder": "soud", "peinture": "peindr", "peindre": "peindr",
    "ecoute": "ecout", "ecouter": "ecout", "communication": "communiqu",
    "communiquer": "communiqu", "coordination": "coordonn", "coordonner": "coordonn",
    "manutention": "manutention", "manutentionner": "manutention", "clientele": "client",
    "accueill": "accueil", "pren": "prendr", "mett": "mettr", "tien": "ten",
    "travaux": "travail",
}  # fmt: skip

# derivational endings, longest first, tried once the plural is gone; a root keeps MIN_ROOT letters
_ENDINGS = (
    "ication", "ement", "ation", "ition", "erie", "age", "eur", "euse", "rice", "ure", "ee",
    "iere", "ier", "ere", "er", "ir", "ez", "e",
)  # fmt: skip
MIN_ROOT = 4


def root(word: str) -> str:
    """The shared root of a folded French word and its verb / noun / gender forms.

    >>> root("encaissement") == root("encaisser")
    True
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("aux") and len(word) > MIN_ROOT + 1:
        word = word[:-3] + "al"  # locaux, animaux: the singular in -al
    elif len(word) > MIN_ROOT and word[-1] in "sx":
        word = word[:-1]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
            word = word[: -len(ending)]
            break
    return _IRREGULAR.get(word, word)
