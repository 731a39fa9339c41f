"""Patterns for boilerplate sentences inside sections, and for dated entries and identity in CVs."""

from __future__ import annotations

import re

# Boilerplate sentences inside skill-bearing sections, read folded (`*_RAW`: read as written).
LEGAL = re.compile(
    r"\b(postes?|offres?|emplois?|recrutements?|candidatures?)( \w+){0,3} (est|sont)?"
    r" ?(ouverte?s?|accessibles?) (a tous|a toutes|aux (personnes|travailleurs|candidat|"
    r"beneficiaires))"
    r"|toute forme de discrimination|\b(non|sans|aucune) discrimination|a competences egales"
    r"|employeur (inclusif|engage)|handi ?(accueillant|engage)|label diversite|l 5212|boeth"
    # a stance (verb conjugated, so not a task such as "promouvoir la diversité")
    r"|\b(s engagent?|engagee?s?|attachee?s?|favorise|valorise|encourage|convaincus?|soucieu\w*|"
    r"promeut|croit|veille a) .{0,60}\b(diversite|egalite (des chances|professionnelle)|"
    r"handicap|discrimination|inclusion|mixite)"
    r"|\b(rgpd|donnees personnelles|caractere personnel)\b.{0,80}\b(vos|votre|candidat\w*|"
    r"conserv\w*)"
    r"|\b(vos|votre) .{0,60}\b(rgpd|donnees personnelles|caractere personnel)\b"
)
CONTACT = re.compile(
    r"\b(envoye[rz]|adresse[rz]|transmet\w*|faire parvenir|faites nous parvenir|deposez|joindre)\b"
    r".{0,40}\b(cv|c v|candidature|curriculum)|\b(pour|a|de|envie de) postuler\b|^postulez\b"
    r"|\bpostulez (des|vite|maintenant|en ligne|sur|via|directement|ici|a|aupres)\b|\bpostulez$"
    r"|lettre de motivation|\bcontactez|nous contacter|processus de recrutement"
    r"|process de recrutement|premier entretien"
)
CONTACT_RAW = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b|https?://|www\."
)
# "Strong" cues are trusted in any skill-bearing section; weak ones only where nothing is known,
# since "horaires" or "avantages" can be the object of a task ("présenter les avantages").
CONDITIONS_STRONG = re.compile(
    r"\b(cdi|cdd|temps (plein|partiel|complet)|mi temps|poste a pourvoir|a pourvoir|"
    r"contrat a duree (in)?determinee|poste (base|situe)|^lieux? (de travail|du poste)|"
    r"taux horaire|^(salaire|remuneration)|"
    r"(salaire|remuneration)( \w+){0,3} (selon|a negocier|negociable|attractive?|motivante?|"
    r"brute?s?|annuelle?|mensuelle?|fixe|de base|entre|a partir|sur \d|\d)|"
    r"periode d essai|du lundi au (vendredi|samedi|dimanche)|heures (par|hebdo)|"
    r"\d+ ?h ?(\d\d)? (par|hebdo)|contrat (de|en) (travail|\d+|alternance|apprentissage)|"
    r"contrat (de|d une duree de) (\w+ ){0,2}(mois|ans?|semaines|jours))\b"
)
_AMOUNT = r"(?:\d[\d .,]*\s?(?:k\s?)?(?:€|euros?\b|eur\b)|€\s?\d[\d .,]*)"
SALARY_RAW = re.compile(
    _AMOUNT + r"\s*(?:bruts?|nets?|/|par |mensuel|annuel|de l'heure|l'heure|de l’heure|pour)",
    re.IGNORECASE,
)
AMOUNT_RAW = re.compile(_AMOUNT, re.IGNORECASE)
CONDITIONS_WEAK = re.compile(
    r"\b(horaires?|week ends?|astreintes?|teletravail|deplacements?|alternance|interim|"
    r"des que possible|demarrage|prise de poste|base a|lieu de travail|renouvelable|"
    r"brut|bruts|convention collective|travail de nuit|"
    r"(jour|nuit|equipe)s? (fixe|alternee)s?|\d+ ?(mois|semaines)|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b\d{1,2} ?h ?(\d\d)?\b.*\b\d{1,2} ?h"
)
BENEFITS_STRONG = re.compile(
    r"\b(mutuelle|prevoyance|tickets? restaurants?|titres? restaurants?|cartes? (tickets? )?"
    r"restaurants?|cheques? (vacances|cadeaux?)|13 ?e(me)? mois|treizieme mois|interessement|"
    r"accord de participation|comite d entreprise|cse|rtt|avantages (sociaux|salariaux|cse)|"
    r"conges payes|primes?|epargne salariale|plan d epargne|abondement)\b"
)
BENEFITS_WEAK = re.compile(
    r"\b(avantages|vous beneficiere[zr]|nous vous (offrons|proposons)|perspectives d evolution|"
    r"parcours d integration|evolution de carriere|possibilites? d evolution)\b"
)
COMPANY = re.compile(
    r"\bnous sommes (un|une|le|la|des|\d)|\b(creee?s?|fondee?s?) en (19|20)\d\d|"
    r"depuis (plus de )?(19|20)?\d\d( ans)?\b|\bleader (mondial|europeen|francais|national|"
    r"regional|incontestable|historique|du|de|des|sur|en|dans)\b|\bacteur (majeur|incontournable|"
    r"reconnu|de reference|cle|historique|important|national|regional|local)|partenaire reconnu|"
    r"\d+ (collaborateurs|salaries|personnes|agences|sites|pays|magasins|etablissements|"
    r"restaurants|hotels|filiales|implantations|clients|adherents|employes|entreprises)\b|"
    r"chiffre d affaires|(filiale|membre) (du|d un) groupe|en quelques chiffres|nos valeurs|"
    r"\b(est|sont) (une? |le |la |l )?(\w+ )?(societe|entreprise|groupe|structure|association|"
    r"cabinet|agence|pme|tpe|eti|start ?up|organisme|etablissement|enseigne|marque|acteur|reseau|"
    r"specialiste|expert|fabricant|distributeur|editeur|constructeur|collectivite|commune)\b|"
    r"\b(notre|cette) (societe|entreprise|structure|association|enseigne) (est|a|compte|"
    r"accompagne|intervient|propose|developpe|concoit|fabrique)\b"
)
# A sentence that speaks to the candidate or about the job is not a company presentation.
NOT_COMPANY = re.compile(r"\b(vous|vos|votre|recrut\w*|recherch\w*|h f|f h|poste)\b")
SKILL_TALK = re.compile(
    r"\bvous (possedez|maitrisez|justifiez|etes titulaire|etes diplome|disposez d une (solide |"
    r"premiere )?(experience|formation)|avez (une|un|le|la|de|des|d) (\w+ )?(experience|formation|"
    r"diplome|connaissance|maitrise|competences))|\bvos (principales )?missions\b"
    r"|\bvous serez (charge|en charge|amene)|\bvous (devez|devrez)\b|\bexperience (significative|"
    r"reussie|confirmee|de \d)|\b(premiere|une|solide|bonne) experience\b"
    r"|\bvous (interviendrez|intervenez|participerez|realiserez|assurerez|gererez|piloterez|"
    r"developperez|concevrez|accompagnerez|encadrerez|animerez|aurez pour missions?|"
    r"aurez en charge|preparerez)\b|\b(developpant|acquerir|developper) des competences\b"
)
# "Nous recrutons un technicien en CDI" presents the job before its terms: left to skills.
JOB_INTRO = re.compile(r"\b(recrut\w*|recherch(e|ons) (un|une|des|\d))\b")
# A sentence that goes on about the company presented just before it.
COMPANY_GOES_ON = re.compile(
    r"^(l entreprise|la societe|le groupe|la structure|notre|nos|nous|elle|il|ils|elles|son|sa|"
    r"ses|leur|leurs|cette)\b"
)

# CV lines: a dated entry ("2019 – 2021", "depuis mars 2020"), schooling, identity details.
_MONTH = (
    r"(?:janv(?:ier)?|f[ée]v(?:rier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|"
    r"sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?"
)
_DATE = rf"(?:(?:{_MONTH}|\d{{1,2}}/)\s*)?(?:19|20)\d\d"
DATED_ENTRY = re.compile(
    rf"\bdepuis\s+(?:{_MONTH}\s+)?(?:19|20)\d\d\b|\b{_DATE}\s*(?:-|–|—|à|a|au|/)\s*"
    rf"(?:{_DATE}\b|aujourd['’]?hui|pr[ée]sent|actuel|ce jour|maintenant|en cours)",
    re.IGNORECASE,
)
SCHOOLING = re.compile(
    r"\b(bts|cap|bac|bep|licence|master|doctorat|dut|but|diplome|ecole|universite|lycee|iut|"
    r"certificat|titre professionnel|baccalaureat|mba|cursus|etudes|formation)\b"
)
IDENTITY = re.compile(
    r"\b(ne|nee) le\b|\b\d{2} ans\b|nationalite|permis|vehicule|celibataire|marie|"
    r"\b(rue|avenue|boulevard|bd|chemin|allee|impasse|quai|cedex)\b|\b\d{5}\b|"
    r"linkedin|github|portfolio|telephone|\btel\b|e ?mail|courriel|adresse"
)
PERSON_NAME = re.compile(r"^(?:[A-ZÀ-Ý][\w'’-]*\.?\s+){1,3}[A-ZÀ-Ý][\w'’-]*$")
