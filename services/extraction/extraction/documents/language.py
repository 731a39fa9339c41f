"""Is this text French? A small detector without dependencies, lenient on short CV-style text.

Evidence for each language comes from its function words (weighted by how many languages share
the word), its letters (œ, ñ, ß ...) and its word endings. A text is refused only when another
language clearly outweighs French, or when its words look like no language (keyboard mash):
telegraphic CVs ("BTS MUC, CACES 3, Excel") carry little evidence and are accepted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

FRENCH = "fr"
GIBBERISH = "gibberish"
UNKNOWN = "unknown"

# Tuned on software messages in seven languages and on the French offers: every French sample of
# 5 words and more is kept, 97 to 100 % of 30-word foreign ones are refused, short ones leniently.
MIN_FOREIGN_EVIDENCE = 1.5  # about two function words of one other language
FOREIGN_MARGIN = 1.5  # ...outweighing French this much: bilingual CVs stay accepted
MIN_JUDGED_WORDS = 3  # fewer words say nothing about gibberish
MAX_IMPLAUSIBLE_SHARE = 0.45  # random letters: 0.8 of words (median); French offers: 0.03 at most
LETTER_CUE_WEIGHT = 0.5
ENDING_CUE_WEIGHT = 0.5

# Accents are stripped before lookup: oral transcripts and old keyboards often drop them.
_FUNCTION_WORDS = {
    FRENCH: """
        a ai as au aux avec avoir avons avez c ca car ce ces cet cette chez comme d dans de depuis
        des donc dont du elle elles en entre est et etaient etait etre eu fait faire il ils j je l
        la le les leur leurs lui m ma mais me mes moi mon n ne ni non nos notre nous on ont ou par
        pas pendant peu plus pour qu que qui quoi s sa sans se ses si son sont sur t ta te tes toi
        ton tous tout toute toutes tres tu un une vers vos votre vous y euh ben bah ouais voila
        aussi bien ete suis sommes etes chaque ans annees mois competences experience experiences
        formation diplome langues loisirs permis stage poste entreprise emploi travail
    """,
    "en": """
        a about after all also an and any are as at be been being but by can could d did do does
        for from had has have he her his how i if in into is it its just ll m me more most my no
        not of on or our out over re s she should so some such t than that the their them then
        there these they this those through to up us ve was we were what when where which while
        who will with would you your skills experience education languages hobbies interests work
        years months customer driving license
    """,
    "es": """
        a al algo como con cuando de del desde donde durante el ella en entre era es esta estas
        este esto estoy estos fue ha han hasta he hemos la las le les lo los mas me mi mis muy no
        nos o para pero por porque que se ser sin sobre son su sus tambien todo todos tu un una
        unas uno unos y yo anos meses experiencia habilidades idiomas trabajo empresa
    """,
    "de": """
        aber als am an auch auf aus bei bin bist das dass dem den der des die dieser dieses du
        ein eine einem einen einer er es fur habe haben hat ich ihr im in ist jahre kann mein
        meine mit nach nicht noch nur oder sehr sich sie sind uber und von war waren wie wir
        wird wurde zu zum zur berufserfahrung ausbildung kenntnisse sprachen erfahrung arbeit
    """,
    "it": """
        a ai al alla alle anche che chi ci come con da dal dalla degli dei del della delle dello
        di e ed era essere fra gli ha hanno ho i il in l la le lo ma mi mia mio molto ne nel
        nella non o per piu questa questo se si sono stato su sul sulla tra un una uno
        esperienza formazione competenze lingue lavoro anni mesi azienda
    """,
    "pt": """
        a ao aos as com como da das de do dos e ela ele em entre esta este eu foi isso mais mas
        muito na nao nas no nos o os ou para pela pelo por que se sem seu sua sao tambem um uma
        voce anos experiencia trabalho empresa
    """,
    "nl": """
        aan als bij dan dat de die een en er het heb hebben ik in is je maar met naar niet nog
        om ook op te uit van voor was wat wordt zijn ervaring werk jaar
    """,
    # Latin: the "lorem ipsum" placeholder of unfilled CV templates
    "la": """
        lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt
        ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco
        laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate
        velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident
        sunt culpa qui officia deserunt mollit anim id est laborum
    """,
}

_LETTER_CUES = {
    "œ": (FRENCH,),
    "î": (FRENCH,),
    "û": (FRENCH,),
    "ç": (FRENCH, "pt"),
    "ê": (FRENCH, "pt"),
    "â": (FRENCH, "pt"),
    "ô": (FRENCH, "pt"),
    "è": (FRENCH, "it"),
    "ù": (FRENCH, "it"),
    "à": (FRENCH, "it", "pt"),
    "é": (FRENCH, "es", "it", "pt"),
    "ë": (FRENCH, "nl"),
    "ï": (FRENCH, "nl"),
    "ñ": ("es",),
    "á": ("es", "pt"),
    "í": ("es", "pt"),
    "ó": ("es", "pt"),
    "ú": ("es", "pt"),
    "ä": ("de",),
    "ö": ("de",),
    "ü": ("de",),
    "ß": ("de",),
    "ò": ("it",),
    "ì": ("it",),
    "ã": ("pt",),
    "õ": ("pt",),
}

_ENDING_CUES = {
    FRENCH: "euse euses eux eurs aux ait aient ement ements ique iques ees iere ieres eau eaux oir "
    "oire ette ettes",
    "en": "ing ings ness ship ful ght ly",
    "es": "cion ciones idad idades ado ados ada adas ando iendo",
    "de": "ung ungen keit heit lich isch schaft chen ieren",
    "it": "zione zioni ita mente etto gli",
    "pt": "cao coes agem",
    "nl": "heid lijk",
}

# Letter pairs seen less than 3 times per million pairs in French job offers and ROME texts:
# a word made of them reads as no French word (the list was computed once, then frozen here).
_RARE_PAIRS = frozenset(
    """
    bb bf bg bh bk bn bq bw bx bz cb cj cw cx cz dk dq dt dv dx dz fb fg fh fj fn fq fv fw fx fy
    fz gb gd gf gj gk gq gv gw gx gz hb hc hd hf hg hh hj hk hq hv hw hx hz ih iw iy jb jc jd jf
    jg jh jj jk jl jm jn jp jq jr jt jv jw jx jy jz kb kd kf kg kh kj kk kn kp kq kr kt kv kw kx
    ky kz lb lh lj lk lr lw lx lz mg mh mj mk mq mt mv mw mx mz nw nx oz pb pf pj pk pq pw px pz
    qa qb qc qd qe qf qg qi qj qk qm qn qo qq qr qt qv qw qx qy qz rw rx rz sj sw sx sz td tj tk
    tq tx tz uk uu uw uz vb vd vf vg vj vk vm vn vp vq vv vw vx vy vz wb wc wd wg wj wk wl wm wp
    wq wr wt wu wv wx wy wz xb xd xf xg xj xk xl xm xn xq xr xs xv xw xx xz yf yh yi yj yk yq yu
    yw yx yy yz zb zc zd zf zg zh zj zk zl zm zn zp zq zr zs zt zv zw zx zy
    """.split()
)
_VOWELS = frozenset("aeiouy")

_WORD = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+", re.IGNORECASE)
# Inclusive endings, "Expérimenté(e)", "spécialisé.e", "Un/e": French, but read as "e", "se"
_INCLUSIVE = re.compile(r"\(\w{1,5}\)|(?<=[^\W\d_])[./·•]\w{1,5}\b")
_TRIPLE_LETTER = re.compile(r"([a-z])\1\1")


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    members: dict[str, list[str]] = defaultdict(list)
    for language, words in _FUNCTION_WORDS.items():
        for word in words.split():
            members[word].append(language)
    return {word: tuple(languages) for word, languages in members.items()}


def _endings_longest_first() -> list[tuple[str, str]]:
    pairs = [(end, lang) for lang, ends in _ENDING_CUES.items() for end in ends.split()]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


_WORD_LANGUAGES = _languages_of_words()
_ENDINGS = _endings_longest_first()


@dataclass(frozen=True)
class LanguageVerdict:
    """What the detector concluded, with the evidence it weighed."""

    french: bool
    language: str  # "fr", another code, "gibberish", or "unknown" when nothing was evidence
    french_share: float  # French / (French + the strongest other language); 0.5 without evidence
    scores: dict[str, float] = field(default_factory=dict)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("œ", "oe")


def _words(text: str) -> list[str]:
    """The words of ``text``, without addresses, acronyms (CACES) and brands (PowerPoint)."""
    words = _WORD.findall(_INCLUSIVE.sub("", _ADDRESS.sub(" ", text)))
    return [w for w in words if len(w) < 2 or w[1:].islower()]


def _add_word_evidence(scores: dict[str, float], word: str) -> None:
    folded = _fold(word)
    languages = _WORD_LANGUAGES.get(folded, ())
    for language in languages:
        scores[language] += 1.0 / len(languages)
    for letter in set(word.lower()):
        cued = _LETTER_CUES.get(letter, ())
        for language in cued:
            scores[language] += LETTER_CUE_WEIGHT / len(cued)
    if len(folded) >= 5 and not languages:
        for ending, language in _ENDINGS:
            if folded.endswith(ending):
                scores[language] += ENDING_CUE_WEIGHT
                break


def _implausible(word: str) -> bool:
    """Whether a word looks like no French word: rare letter pairs, no vowel, triple letters."""
    folded = _fold(word)
    if len(folded) < 3:
        return False
    if _TRIPLE_LETTER.search(folded):
        return True
    if len(folded) >= 5 and not _VOWELS.intersection(folded):
        return True
    return any(folded[i : i + 2] in _RARE_PAIRS for i in range(len(folded) - 1))


def _is_gibberish(words: list[str]) -> bool:
    judged = [w for w in words if len(w) >= 3 and _fold(w) not in _WORD_LANGUAGES]
    if len(judged) < MIN_JUDGED_WORDS:
        return False
    implausible = sum(_implausible(w) for w in judged)
    return implausible / len(judged) > MAX_IMPLAUSIBLE_SHARE


def judge_language(text: str) -> LanguageVerdict:
    """Weigh the evidence that ``text`` is French rather than another language or gibberish."""
    words = _words(text)
    scores: dict[str, float] = defaultdict(float)
    for word in words:
        _add_word_evidence(scores, word)
    french = scores[FRENCH]
    foreign, evidence = max(
        ((lang, score) for lang, score in scores.items() if lang != FRENCH),
        key=lambda pair: pair[1],
        default=(UNKNOWN, 0.0),
    )
    share = french / (french + evidence) if french + evidence else 0.5
    rounded = {lang: round(score, 2) for lang, score in scores.items() if score}
    if _is_gibberish(words):
        return LanguageVerdict(False, GIBBERISH, share, rounded)
    if evidence >= MIN_FOREIGN_EVIDENCE and evidence > FOREIGN_MARGIN * french:
        return LanguageVerdict(False, foreign, share, rounded)
    return LanguageVerdict(True, FRENCH if french else UNKNOWN, share, rounded)


def looks_french(text: str) -> bool:
    """Whether ``text`` may be French; clear English, Spanish, German... or noise is not."""
    return judge_language(text).french
