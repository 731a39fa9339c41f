"""Section kinds and the French heading lexicon that names them in offers, CVs and trainings."""

from __future__ import annotations

import re
from enum import StrEnum


class SectionKind(StrEnum):
    """What a part of a document talks about."""

    company = "company"
    missions = "missions"
    profile = "profile"
    skills = "skills"
    experience = "experience"
    education = "education"
    benefits = "benefits"
    conditions = "conditions"  # salary, schedule, place, contract; a training's public and terms
    legal = "legal"
    contact = "contact"
    interests = "interests"
    summary = "summary"
    objectives = "objectives"  # what a training teaches
    content = "content"  # a training's programme
    outcomes = "outcomes"  # jobs and studies a training leads to
    other = "other"


K = SectionKind
# Heading words, folded (lower case, no accents, no elided article, one space between words).
# A heading is recognised by its longest matching head; what follows the head must be made of
# QUALIFIERS unless the heading ends with ':' (then any short tail is allowed).
_HEADS: dict[SectionKind, str] = {
    K.company: r"qui sommes nous|qui nous sommes|qui est|a propos( de nous)?|entreprise|societe|"
    r"structure$|employeur|groupe$|association$|cabinet$|client$|presentation|"
    r"description (de|du) (entreprise|societe|groupe|structure|etablissement|employeur|client)|"
    r"valeurs|en quelques chiffres|chiffres cles|histoire|mot du recruteur",
    K.missions: r"missions?|descriptions?( (du|de|des) (poste|missions?|fonctions?|emploi|offre))?|"
    r"descriptif( (du|de) (poste|la mission))?|poste( propose)?$|fonctions?|activites?|taches|"
    r"roles?|responsabilites|attributions|quotidien|au quotidien|contributions?|defis?|"
    r"challenges?|ce que vous (ferez|allez faire)|vous aurez pour (principales )?missions?|"
    r"vous serez (charge|chargee|amene|amenee)( e)? (de|a)|vous serez en charge|vous devrez|"
    r"vous aurez (en|la) charge|"
    r"job$|offre$|a propos du poste|finalite du poste|objectifs? du poste|impact$",
    K.profile: r"profils?|descri(ption|ptif) du profil|candidat( e)?( ideal( e)?)?|"
    r"qualifications?|exigences|pre ?requis|"
    r"requis|et vous$|vous$|qui etes vous|ce que nous recherchons|ce que (l )?on recherche|"
    r"nous recherchons$|personne recherchee|atouts|vous etes$|vous avez$|valeur ajoutee|"
    r"ce que vous (nous )?apporterez|pourquoi vous|criteres|conditions d acces",
    K.skills: r"competences?|savoir etre|savoirs? faire|savoirs?|qualites?|aptitudes|"
    r"connaissances?|soft skills?|hard skills?|skills|points forts|outils|logiciels|"
    r"informatique|langues?|langages?|environnement (technique|technologique)|stack|"
    r"technologies|expertises?|capacites|permis|habilitations|methodes et outils|"
    r"environnements? techniques?",
    K.experience: r"experiences?|parcours|emplois?( occupes)?|postes? occupes|stages?|"
    r"historique professionnel|carriere",
    K.education: r"formations?|diplomes?|etudes|cursus|niveau( d)? etudes|scolarite|"
    r"certifications?|titres?|validation|sanction|certification visee|diplome obtenu|"
    r"titre vise",
    K.interests: r"centres? (d )?interets?|interets|loisirs|hobbies|passions|"
    r"activites? extra (professionnelles?|scolaires)|vie associative|benevolat|engagements",
    K.benefits: r"avantages?|nous (vous )?(offrons|proposons)|ce que nous (vous )?(offrons|"
    r"proposons)|"
    r"ce que (l )?on (vous )?(offre|propose)|on vous (offre|propose)|pourquoi (nous )?rejoindre|"
    r"pourquoi (postuler|nous choisir|travailler)|((quelques|"
    r"\d+) )?(bonnes )?raisons de (nous )?rejoindre|"
    r"rejoindre( \w+){0,6} c est|plus$|plus du poste|"
    r"package|"
    r"vous beneficierez|ce qui vous attend|perspectives( d evolution)?|evolution|"
    r"votre integration|integration",
    K.conditions: r"conditions?|remunerations?|salaires?|horaires?|lieux?|localisation|contrat|"
    r"types? (de contrat|d emploi)|statut|temps de travail|durees?|dates?|prise de (poste|"
    r"fonctions?)|"
    r"demarrage|disponibilite|teletravail|deplacements?|environnement de travail|"
    r"contexte de travail|modalites|organisation( du travail)?|"
    r"infos?( \w+)? (complementaires|supplementaires|pratiques)|"
    r"informations?( \w+)? (complementaires|supplementaires|pratiques)|a savoir|public|tarifs?|"
    r"couts?|prix|financements?|calendrier|rythme|acces|admission|inscription|evaluation|"
    r"moyens pedagogiques|methodes pedagogiques|effectif|poste base|"
    r"renseignements( \w+)? (complementaires|pratiques)|nombre d heures|volume horaire|"
    r"amplitude horaire|heures de travail|jours de travail|planning|astreintes?",
    K.contact: r"contacts?|coordonnees|pour postuler|comment postuler|postuler|candidatures?|"
    r"processus de (recrutement|selection)|process( de recrutement)?|recrutement|"
    r"references?( de l offre| annonce| csp)?|liens? utiles|interesse( e)?|"
    r"vous etes interesse( e)?|"
    r"renseignements|informations? de contact|envie de nous rejoindre|"
    r"etapes( du| de)? recrutement|deroulement du recrutement|(documents|pieces) a fournir|"
    r"telephone|tel|mobile|"
    r"portable|e ?mail|courriel|adresse( e ?mail| postale)?|linkedin",
    K.legal: r"mentions? legales?|handicap|diversite|egalite|rgpd|protection des donnees",
    K.summary: r"a propos de moi|qui suis je|resume|objectif professionnel|projet professionnel",
    K.objectives: r"objectifs?|competences (visees|developpees)|a l issue de la formation",
    K.content: r"contenus?|programmes?|modules?|deroule(ment)?|sequences|plan de formation",
    K.outcomes: r"debouches|poursuites? d etudes|metiers vises|emplois vises",
    K.other: r"contexte|divers|autres?",
}
HEAD_PATTERNS = {kind: re.compile(rf"(?:{heads})\b") for kind, heads in _HEADS.items()}
# Words that may follow a head in a heading ("Compétences techniques requises").
QUALIFIERS = frozenset(
    "principal principale principales principaux requis requise requises recherche recherchee "
    "attendu attendus attendue attendues technique techniques specifique specifiques cles cle "
    "fondamentales complementaire complementaires apprecie appreciee appreciees appreciees "
    "exige exigee exigees souhaite souhaitee souhaitees personnelle personnelles professionnel "
    "professionnelle professionnels professionnelles comportementales transversales generales "
    "relationnelles particulieres et du de des la le les poste candidat vos votre nos notre "
    "entreprise societe groupe missions mission profil sociaux salariaux seront sera suivantes "
    "significative significatives obligatoire obligatoires indispensable indispensables majeures "
    "humaines linguistiques informatiques additionnelles propose proposes proposee envisagee "
    "actuelles precedentes recentes detaillees ideal ideale ou que nous recherchons recherche "
    "cherchons on cette ce chez formation pedagogiques pedagogique vise visee visees vises "
    "concerne "
    "concernes cible en s e es experience experiences competences diplome diplomes qualites "
    "savoir etre faire outils connaissances connaissance".split()
)
# Determiners and adjectives dropped before a heading is read ("Vos principales missions").
LEADING_WORDS = re.compile(
    r"^(?:(?:\d+|vos|votre|nos|notre|les|le|la|des|du|de|mes|ma|mon|tes|ta|ton|un|une|ses|sa|son|"
    r"principales?|grandes?|futures?|nouvelles?|quel\w* (sont|seront)) )+"
)
# Document kinds read some headings differently: "Profil" opens a CV's summary but a training's
# admission terms; an offer's "Objectifs" are its missions.
DOCUMENT_READINGS: dict[str, dict[SectionKind, SectionKind]] = {
    "offer": {K.objectives: K.missions, K.content: K.missions, K.outcomes: K.other},
    "cv": {K.profile: K.summary, K.objectives: K.summary, K.company: K.summary},
    "training": {K.profile: K.conditions, K.missions: K.content},
}
# Phrases that make a line ending with ':' a heading wherever they stand in it.
LOOSE_CUES = {
    K.missions: re.compile(
        r"\b(vos|tes) (principales |futures )?(missions|taches|responsabilites|activites)\b"
        r"|\bles (principales )?missions (de|du|seront|sont)\b|\bvous aurez pour missions?\b"
    ),
    K.profile: re.compile(r"\b(votre|le) profil\b|\bprofil recherche\b"),
    K.benefits: re.compile(
        r"\b(nous|client|entreprise|societe|groupe|on) vous (offre|offrons|propose|proposons)\b"
    ),
    K.contact: re.compile(r"\b(contacter|se renseigner aupres)\b"),
}
