"""Word lists the rules use: reporting verbs, titles, source nouns, places, names.

These are data, not logic: extend them here (or pass your own sets to the
functions that take them) rather than adding special cases to the rules.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- quotation marks

DOUBLE_OPEN = frozenset("“„«‟〝")
"""Marks that open a double quotation."""
DOUBLE_CLOSE = frozenset("”»〞")
"""Marks that close a double quotation."""
DOUBLE_AMBIGUOUS = frozenset('"＂')
"""Marks that open or close, by context."""
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_AMBIGUOUS = frozenset("'")
QUOTE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIGUOUS | SINGLE_OPEN | SINGLE_CLOSE | SINGLE_AMBIGUOUS


def _word_table(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """A table of words, each with a space-separated list of words, as sets."""
    return {word: frozenset(values.split()) for word, values in table.items()}


# --------------------------------------------------------------------------- reporting verbs

#: Lemmas of verbs that report speech, with the frames they take. ``ccomp``: a content clause
#: (``said that ...``); ``as``: an object and an ``as`` phrase (``described the talks as candid``);
#: ``of``: an object and an ``of`` phrase (``accused Afghanistan of ...``); ``xobj``: an object and
#: a predicate (``called it an important meeting``); ``obj``: the object is the content
#: (``declined to say whether ...`` aside, ``raised the issue``). Verbs not named take ``ccomp``.
REPORTING_VERBS: dict[str, frozenset[str]] = _word_table(
    {
        "say": "ccomp",
        "tell": "ccomp",
        "add": "ccomp",
        "insist": "ccomp",
        "admit": "ccomp",
        "declare": "ccomp",
        "describe": "as",
        "tweet": "ccomp",
        "write": "ccomp",
        "note": "ccomp",
        "claim": "ccomp",
        "argue": "ccomp",
        "state": "ccomp",
        "announce": "ccomp",
        "explain": "ccomp",
        "ask": "ccomp",
        "reply": "ccomp",
        "respond": "ccomp",
        "warn": "ccomp",
        "acknowledge": "ccomp",
        "predict": "ccomp",
        "suggest": "ccomp",
        "report": "ccomp",
        "urge": "ccomp",
        "accuse": "of",
        "deny": "ccomp obj",
        "confirm": "ccomp obj",
        "promise": "ccomp",
        "vow": "ccomp",
        "contend": "ccomp",
        "maintain": "ccomp",
        "stress": "ccomp",
        "reiterate": "ccomp",
        "allege": "ccomp",
        "repeat": "ccomp",
        "recall": "ccomp",
        "quip": "ccomp",
        "joke": "ccomp",
        "conclude": "ccomp",
        "comment": "ccomp",
        "assert": "ccomp",
        "emphasize": "ccomp",
        "emphasise": "ccomp",
        "testify": "ccomp",
        "concede": "ccomp",
        "complain": "ccomp",
        "boast": "ccomp",
        "pledge": "ccomp",
        "demand": "ccomp",
        "answer": "ccomp",
        "recount": "ccomp",
        "observe": "ccomp",
        "remark": "ccomp",
        "mention": "ccomp",
        "counter": "ccomp",
        "retort": "ccomp",
        "charge": "ccomp",
        "lament": "ccomp",
        "post": "ccomp",
        "assure": "ccomp",
        "shout": "ccomp",
        "yell": "ccomp",
        "whisper": "ccomp",
        "caution": "ccomp",
        "disclose": "ccomp",
        "reveal": "ccomp",
        "indicate": "ccomp",
        "signal": "ccomp",
        "hint": "ccomp",
        "point": "ccomp",
        "call": "xobj",
        "criticize": "of",
        "criticise": "of",
        "blame": "of",
        "praise": "of",
        "estimate": "ccomp",
        "acknowledged": "ccomp",
        "agree": "ccomp",
        "scoff": "ccomp",
        "muse": "ccomp",
        "wonder": "ccomp",
        "propose": "ccomp",
        "proclaim": "ccomp",
        "affirm": "ccomp",
        "speculate": "ccomp",
        "interject": "ccomp",
        "exclaim": "ccomp",
        "opine": "ccomp",
        "concur": "ccomp",
        "grumble": "ccomp",
        "recommend": "ccomp",
        "advise": "ccomp",
        "inform": "ccomp",
        "remind": "ccomp",
        "notify": "ccomp",
        "brief": "ccomp",
        "tout": "ccomp",
        "confess": "ccomp",
        "speak": "about",
        "talk": "about",
        "question": "ccomp obj",
        "cite": "obj",
        "decline": "obj",
        "refute": "obj",
        "dispute": "ccomp obj",
    }
)

#: Heads of ``on``/``about`` phrases that say how or where someone spoke, not what about:
#: ``spoke on the condition of anonymity``, ``talked on the phone``, ``commented on Twitter``.
NOT_TOPIC_HEADS = frozenset(
    {
        "condition",
        "anonymity",
        "record",
        "background",
        "phone",
        "telephone",
        "television",
        "tv",
        "radio",
        "air",
        "camera",
        "stage",
        "floor",
        "program",
        "programme",
        "show",
        "broadcast",
        "podcast",
        "call",
        "behalf",
        "basis",
        "day",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "occasion",
        "sidelines",
        "sideline",
        "way",
        "trail",
        "twitter",
        "facebook",
        "instagram",
        "youtube",
        "website",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)

#: Nouns of saying and the words that open what they report: ``his call for a ban``, ``Trump's
#: claim that he won``, ``her pledge to serve``, ``questions about his health``.
NOMINAL_CUES: dict[str, frozenset[str]] = _word_table(
    {
        "call": "for to",
        "demand": "for to that",
        "plea": "for to",
        "appeal": "for to",
        "question": "about of whether",
        "claim": "that of",
        "pledge": "to that",
        "promise": "to that of",
        "vow": "to that",
        "mention": "of",
        "comment": "about on that",
        "remark": "about on that",
        "statement": "that on about",
        "warning": "that about of",
        "accusation": "that of",
        "criticism": "of",
        "charge": "that of",
        "assertion": "that",
        "announcement": "that of",
        "suggestion": "that",
        "insistence": "that on",
        "denial": "of that",
        "report": "of about on that",
        "allegation": "that of",
        "threat": "to",
        "assurance": "that",
        "argument": "that",
        "complaint": "about that of",
        "admission": "that",
        "prediction": "that of",
        "proposal": "to for",
        "praise": "for of",
        "attack": "on",
        "defense": "of",
        "endorsement": "of",
        "condemnation": "of",
        "testimony": "that about",
        "boast": "that about",
    }
)
"""Nouns whose phrase reports speech, with the words that open its content."""

#: Light verbs whose subject is the source of a noun of saying they take: ``Trump made no
#: mention of God``, ``she renewed her call for …``, ``he issued a warning that …``.
LIGHT_VERBS = frozenset(
    {
        "make",
        "issue",
        "raise",
        "renew",
        "repeat",
        "reiterate",
        "offer",
        "express",
        "voice",
        "deliver",
        "level",
        "lodge",
        "file",
        "launch",
        "open",
        "echo",
        "sound",
        "give",
        "have",
        "keep",
        "step",
        "double",
    }
)

#: Object nouns that name a report rather than say what it says: ``report the news``,
#: ``announced the development``, ``wrote a letter``.
CONTENTLESS_OBJECTS = frozenset(
    {
        "news",
        "development",
        "developments",
        "story",
        "stories",
        "details",
        "statement",
        "statements",
        "remarks",
        "speech",
        "speeches",
        "address",
        "interview",
        "interviews",
        "book",
        "article",
        "letter",
        "message",
        "messages",
        "tweet",
        "tweets",
        "post",
        "posts",
        "column",
        "piece",
        "essay",
        "results",
        "figures",
        "numbers",
        "decision",
        "move",
        "news conference",
        "briefing",
        "conference",
    }
)

#: Words that open a paragraph with a colon without naming who speaks: ``UPDATE: …``, ``Photo: …``.
LABEL_WORDS = frozenset(
    {
        "update",
        "updated",
        "updates",
        "note",
        "editor",
        "editors",
        "related",
        "read",
        "watch",
        "video",
        "videos",
        "photo",
        "photos",
        "image",
        "images",
        "source",
        "sources",
        "correction",
        "clarification",
        "disclosure",
        "advertisement",
        "follow",
        "subscribe",
        "tags",
        "topics",
        "share",
        "comments",
        "email",
        "contact",
        "by",
        "posted",
        "published",
        "filed",
        "also",
        "plus",
        "bottom",
        "takeaway",
        "takeaways",
        "background",
        "context",
        "previously",
        "more",
        "see",
        "p.s.",
        "ps",
        "warning",
        "spoiler",
        "transcript",
        "credit",
        "credits",
        "caption",
        "listen",
        "click",
        "sign",
        "join",
        "download",
        "tip",
        "tips",
        "question",
        "answer",
        "summary",
        "timeline",
        "when",
        "where",
        "what",
        "who",
        "why",
        "how",
        "date",
        "time",
        "location",
        "price",
        "cost",
        "tickets",
        "step",
        "part",
        "chapter",
        "section",
        "figure",
        "table",
        "chart",
        "map",
        "graphic",
        "illustration",
    }
)

#: Verbs that introduce a quotation in quotation marks right after them (``Stone continued: “…”``,
#: ``the headline reads: “…”``, ``Billy Joel sings, “…”``) without reporting speech in general.
QUOTE_INTRO_VERBS = frozenset(
    {
        "continue",
        "read",
        "sing",
        "chant",
        "list",
        "cite",
        "begin",
        "go",
        "put",
        "quote",
        "recite",
        "pen",
        "text",
        "email",
        "message",
        "chime",
        "interrupt",
        "offer",
        "confess",
        "shoot",
        "fire",
        "snap",
        "scream",
        "cry",
        "plead",
        "beg",
        "gush",
        "rave",
        "sneer",
        "marvel",
        "muse",
        "sigh",
        "laugh",
        "joke",
        "smile",
        "shrug",
        "explain",
        "recall",
        "conclude",
        "answer",
        "ask",
        "reply",
    }
)


# --------------------------------------------------------------------------- sources

#: Nouns that head an anonymous source: ``a senior official``, ``the spokesman``.
ANONYMOUS_HEADS = frozenset(
    {
        "official",
        "officer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "aide",
        "diplomat",
        "adviser",
        "advisor",
        "analyst",
        "expert",
        "insider",
        "person",
        "witness",
        "representative",
        "envoy",
        "negotiator",
        "staffer",
        "strategist",
        "member",
        "lawmaker",
        "senator",
        "congressman",
        "congresswoman",
        "administrator",
        "commander",
        "general",
        "minister",
        "ambassador",
        "president",
        "leader",
        "governor",
        "mayor",
        "secretary",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "executive",
        "lawyer",
        "attorney",
        "prosecutor",
        "judge",
        "candidate",
        "nominee",
        "resident",
        "activist",
        "worker",
        "observer",
        "critic",
        "supporter",
        "voter",
        "man",
        "woman",
        "employee",
        "operative",
        "pollster",
        "consultant",
        "economist",
        "scientist",
        "researcher",
        "investigator",
        "agent",
        "police",
        "chief",
        "head",
        "manager",
        "campaign",
        "friend",
    }
)

#: Plural heads that make a group: ``Afghan officials``, ``US officials``, ``critics``.
GROUP_HEADS = frozenset(
    {
        "officials",
        "sources",
        "leaders",
        "diplomats",
        "aides",
        "analysts",
        "experts",
        "people",
        "lawmakers",
        "senators",
        "members",
        "witnesses",
        "residents",
        "activists",
        "critics",
        "supporters",
        "voters",
        "democrats",
        "republicans",
        "investigators",
        "prosecutors",
        "authorities",
        "police",
        "observers",
        "negotiators",
        "representatives",
        "advisers",
        "advisors",
        "economists",
        "scientists",
        "researchers",
        "workers",
        "employees",
        "officers",
        "commanders",
        "ministers",
        "staffers",
        "strategists",
        "insiders",
        "organizers",
        "others",
        "americans",
        "afghans",
        "pakistanis",
        "conservatives",
        "liberals",
        "progressives",
        "candidates",
        "opponents",
        "allies",
        "rivals",
        "protesters",
        "agencies",
        "groups",
    }
)

#: Nouns that head an institution speaking: ``the newspaper``, ``the ministry``.
ORGANIZATION_HEADS = frozenset(
    {
        "newspaper",
        "paper",
        "agency",
        "ministry",
        "department",
        "government",
        "administration",
        "council",
        "committee",
        "commission",
        "court",
        "company",
        "firm",
        "campaign",
        "party",
        "report",
        "statement",
        "resolution",
        "study",
        "survey",
        "poll",
        "group",
        "organization",
        "organisation",
        "office",
        "embassy",
        "army",
        "military",
        "white house",
        "pentagon",
        "kremlin",
        "network",
        "channel",
        "station",
        "magazine",
        "website",
        "outlet",
        "union",
        "coalition",
        "alliance",
        "bank",
        "board",
        "senate",
        "house",
        "congress",
        "parliament",
        "cabinet",
        "state",
        "regime",
        "spokesperson's office",
        "foundation",
        "institute",
        "university",
        "association",
        "federation",
        "league",
        "club",
        "team",
    }
)

#: Words in the names of news outlets (``The Washington Post``, ``Al Jazeera``).
NEWS_OUTLET_WORDS = frozenset(
    {
        "post",
        "times",
        "journal",
        "news",
        "reuters",
        "press",
        "herald",
        "tribune",
        "guardian",
        "telegraph",
        "bbc",
        "cnn",
        "msnbc",
        "fox",
        "nbc",
        "abc",
        "cbs",
        "npr",
        "afp",
        "ap",
        "bloomberg",
        "politico",
        "axios",
        "jazeera",
        "gazette",
        "daily",
        "observer",
        "economist",
        "independent",
        "mail",
        "globe",
        "chronicle",
        "examiner",
        "breitbart",
        "hill",
        "atlantic",
        "magazine",
        "newsweek",
        "time",
        "dawn",
        "tass",
        "xinhua",
        "wire",
        "radio",
        "television",
    }
)

#: News-outlet nouns that corefer with the most recent outlet (``the newspaper said``).
OUTLET_NOUNS = frozenset(
    {
        "newspaper",
        "paper",
        "agency",
        "network",
        "channel",
        "magazine",
        "outlet",
        "website",
        "station",
    }
)

# --------------------------------------------------------------------------- names

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

# --------------------------------------------------------------------------- places

#: Countries, capitals and other places that speak for a government by metonymy
#: (``Washington says``, ``Pakistan has accused``). Lower case.
PLACES = frozenset(
    """
afghanistan pakistan india china russia iran iraq syria israel palestine egypt turkey saudi
arabia yemen qatar jordan lebanon libya tunisia algeria morocco sudan ethiopia kenya nigeria
somalia ukraine belarus georgia armenia azerbaijan kazakhstan uzbekistan tajikistan
turkmenistan kyrgyzstan mongolia japan korea taiwan vietnam thailand indonesia malaysia
singapore philippines myanmar burma bangladesh nepal sri lanka australia zealand canada mexico
cuba venezuela colombia brazil argentina chile peru bolivia ecuador france germany britain
england scotland wales ireland spain portugal italy greece poland hungary austria
switzerland belgium netherlands holland sweden norway denmark finland europe africa asia
america states kingdom emirates washington islamabad kabul moscow beijing tehran baghdad
damascus jerusalem cairo ankara riyadh doha delhi london paris berlin brussels tokyo seoul
pyongyang kiev kyiv ottawa havana caracas rome madrid athens warsaw vienna geneva beirut
tripoli karachi lahore peshawar kandahar herat quetta rawalpindi texas california florida
ohio iowa virginia york carolina hampshire nevada michigan pennsylvania wisconsin colorado
arizona georgia illinois massachusetts maryland kentucky tennessee alabama mississippi
louisiana missouri minnesota oregon utah kansas nebraska oklahoma arkansas indiana
connecticut maine vermont delaware montana idaho wyoming dakota alaska hawaii chicago boston
baghdad nato u.s. us u.s.a. usa uk u.k. eu u.n. un kremlin pentagon tehran vatican
""".split()
)

#: Adjectives of nationality that make ``Afghan officials`` a group of a country.
NATIONALITIES = frozenset(
    """
afghan pakistani american u.s. us indian chinese russian iranian iraqi syrian israeli
palestinian egyptian turkish saudi british french german european western arab kurdish
japanese korean ukrainian mexican canadian australian italian spanish nato un u.n. eu
federal state local foreign military police
""".split()
)

# --------------------------------------------------------------------------- pronouns

#: Pronouns that mark a man or a woman.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CALENDAR_NAMES = WEEKDAYS | {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
TIME_WORDS = _CALENDAR_NAMES | {
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "evening",
    "afternoon",
    "weekend",
    "time",
    "day",
}
"""Words that name a time: never a speaker, and never what was said (``said Tuesday``)."""


def is_time_word(word: str) -> bool:
    """Whether ``word`` names a time: ``Tuesday``, ``month``; not the names ``Day`` or ``USA TODAY``."""
    low = word.lower()
    if low not in TIME_WORDS or word.isupper() and len(word) > 1:
        return False
    return low in _CALENDAR_NAMES or word[:1].islower()


CONNECTIVES = frozenset(
    {
        "however",
        "nevertheless",
        "nonetheless",
        "rather",
        "instead",
        "meanwhile",
        "still",
        "later",
        "earlier",
        "moreover",
        "furthermore",
        "indeed",
        "yet",
        "also",
        "then",
        "now",
        "thus",
        "therefore",
        "besides",
        "likewise",
        "similarly",
        "overall",
        "ultimately",
        "finally",
        "separately",
        "again",
        "afterward",
        "afterwards",
        "otherwise",
        "consequently",
        "accordingly",
        "additionally",
        "regardless",
        "anyway",
    }
)
"""Words that link a sentence to the one before (``Nevertheless, experts agree …``): never a
speaker, whatever a tagger makes of them."""
