"""Words of people's names: titles, particles, suffixes, given names by gender."""

from __future__ import annotations

#: Titles and roles that stand before a name and are not part of it. Multi-word titles are
#: matched word by word, so ``Secretary of State`` strips ``secretary``, ``of``, ``state``.
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "gen",
        "general",
        "lt",
        "lieutenant",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "adm",
        "admiral",
        "sgt",
        "sergeant",
        "cmdr",
        "commander",
        "marshal",
        "brig",
        "brigadier",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "state",
        "deputy",
        "assistant",
        "under",
        "undersecretary",
        "sen",
        "senator",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "chief",
        "army",
        "ambassador",
        "envoy",
        "chairman",
        "chairwoman",
        "speaker",
        "leader",
        "majority",
        "minority",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "sheik",
        "mullah",
        "maulana",
        "imam",
        "pope",
        "rev",
        "reverend",
        "father",
        "bishop",
        "cardinal",
        "rabbi",
        "attorney",
        "former",
        "then",
        "candidate",
        "nominee",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "commissioner",
        "director",
        "ceo",
        "chancellor",
        "premier",
        "of",
        "the",
        "hon",
        "honorable",
        "field",
        "air",
        "gov.",
        "pres",
        "supreme",
        "national",
        "security",
        "homeland",
        "senior",
        "democratic",
        "republican",
        "gop",
        "presidential",
        "u.s.",
        "us",
        "american",
        "afghan",
        "pakistani",
        "british",
        "french",
        "german",
        "russian",
        "chinese",
        "indian",
        "iranian",
        "iraqi",
        "israeli",
        "palestinian",
        "syrian",
        "nato",
        "un",
        "u.n.",
        "white",
        "house",
        "press",
        "staff",
        "affairs",
        "trade",
        "commerce",
        "treasury",
        "energy",
        "health",
        "education",
        "labor",
        "agriculture",
        "transportation",
        "veterans",
        "housing",
        "intelligence",
        "counsel",
        "special",
        "top",
        "new",
        "incoming",
        "outgoing",
        "acting",
        "interim",
        "late",
        "first",
        "mrs.",
        "mr.",
        "ms.",
        "dr.",
        "gen.",
        "sen.",
        "rep.",
    }
)

#: Honorifics that stand before a name in South Asian and Middle Eastern news and are not given
#: names (``Mian Nawaz Sharif`` is Nawaz Sharif, ``Syed Yousuf Raza Gilani`` is Yousuf Raza
#: Gilani). They are titles (in :data:`TITLES`) too; as the last word they stay a surname
#: (``Omar Sheikh``).
HONORIFICS = frozenset(
    """
mian sheikh sheik shaikh haji hajji hajj alhaj al-haj maulana maulvi moulvi mawlawi mullah mulla
sardar syed sayed sayyid sayyed seyed pir makhdoom makhdum khawaja khwaja hazrat hafiz qari
mufti allama shah-ji sahibzada nawabzada nawab begum ayatollah hojatoleslam
""".split()
)

TITLES = TITLES | HONORIFICS

#: Titles that mark a man or a woman.
MALE_TITLES = frozenset(
    {
        "mr",
        "sir",
        "lord",
        "king",
        "prince",
        "father",
        "congressman",
        "chairman",
        "spokesman",
        "sheikh",
        "sheik",
    }
)
FEMALE_TITLES = frozenset(
    {
        "mrs",
        "ms",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "congresswoman",
        "chairwoman",
        "spokeswoman",
    }
)

#: Name particles that belong to the family name: ``bin Laden``, ``de Blasio``, ``al-Zawahri``.
PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "abd",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "st",
        "st.",
        "mac",
        "o",
    }
)

#: Suffixes after a family name.
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "esq", "phd", "md"})

#: Generational suffixes: part of who a person is (``Jr.`` and ``Sr.`` are two people), each
#: folded to one spelling. The other suffixes (``Esq.``, ``PhD``) are only styles.
GENERATIONS = {"jr": "jr", "jr.": "jr", "sr": "sr", "sr.": "sr", "ii": "ii", "iii": "iii", "iv": "iv", "v": "v"}

#: Given names common in English-language news, by the gender they usually mark. Only used
#: to keep ``he`` from resolving to Hillary Clinton; unknown names are compatible with any pronoun.
FEMALE_NAMES = frozenset(
    """
hillary nancy elizabeth carly sarah michelle kellyanne huma condoleezza madeleine theresa angela
marine nikki susan susana samantha janet loretta sally diane dianne barbara laura melania ivanka
chelsea tulsi kamala amy kirsten maxine debbie donna jill jennifer jessica mary patricia linda
margaret lisa karen betty helen sandra ashley kimberly emily rebecca sharon cynthia kathleen
katherine catherine anna anne ann julia julie christine christina heather maria ruth virginia
victoria joan judith rachel megyn megan meghan hope kate kathy claire clare joni lindsey
lynn marsha martha nina olivia sophia ellen erin gina grace irene janice jeanne jean joanne
joyce judy karin kelly kristen leslie lois louise marie marilyn mia monica natalie pamela
paula rose rosa shannon sheila stephanie tammy tina wendy yvonne zoe benazir hina maryam
malala fatima aisha ayesha sonia indira golda ursula christiane federica sheikh hasina
""".split()
)
MALE_NAMES = frozenset(
    """
john barack donald bernie ted marco jeb ben chris mike rand ron paul rick scott george bill
joe joseph james robert michael william david richard thomas charles daniel matthew anthony
mark steven stephen andrew kenneth kevin brian edward ronald timothy jason jeffrey ryan
jacob gary nicholas eric jonathan larry justin frank brandon raymond gregory samuel benjamin
patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle
walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin noah
lawrence jesse joe bryan billy bruce albert willie gabriel logan alan juan wayne roy ralph
randy eugene vincent russell elijah louis bobby philip johnny reince newt harry mitch
lindsey hamid ashfaq nawaz sartaj jalil bismullah bismillah anders ayman osama barack
vladimir xi narendra shinzo recep bashar hassan ali mohammad muhammad mohammed ahmad ahmed
abdullah ashraf imran pervez asif shahbaz raheel tony boris emmanuel francois nicolas
justin stephen benjamin reuven mahmoud abdel ismail omar osama tim jim tom dick bob dan
al sam pat nick rex jared steve sean sebastian corey jeff lou ken ed jon hank
""".split()
) - {"lindsey"}

#: Titles after which the rest is a name (``Secretary`` in ``U.S. Secretary of State John Kerry``);
#: a shorter alias may start at one of them.
HEAD_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "general",
        "president",
        "secretary",
        "minister",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "mayor",
        "judge",
        "ambassador",
        "prof",
        "professor",
        "adm",
        "admiral",
        "col",
        "colonel",
        "lt",
        "capt",
        "captain",
        "maj",
        "major",
        "sheikh",
        "king",
        "queen",
        "prince",
        "chancellor",
        "premier",
        "speaker",
        "commissioner",
        "director",
    }
)
