"""The word lists of the rules for verbs of saying (what each verb allows, the words that mark a
clause, a vague object, a time)."""

from __future__ import annotations

from quotes.lexicon import WEEKDAYS

CONTENT_RELS = frozenset({"ccomp", "parataxis"})
"""Relations from a verb of saying to its content clause."""
FRAME_RELS = frozenset({"obj", "xcomp", "obl", "ccomp", "advcl", "iobj"})
"""Relations whose phrases make up the content of a verb with an object frame."""


OBJECT_CONTENT_VERBS = frozenset(
    {
        "criticize",
        "criticise",
        "question",
        "promise",
        "urge",
        "vow",
        "deny",
        "confirm",
        "ask",
        "suggest",
        "propose",
        "demand",
        "praise",
        "blame",
        "accuse",
        "warn",
        "claim",
        "recommend",
        "pledge",
        "acknowledge",
        "admit",
        "predict",
    }
)
"""Reporting verbs whose object phrase, not only a clause, reports what was said."""
NO_OBJECT_CONTENT = frozenset(
    {
        "say",
        "tell",
        "write",
        "add",
        "advise",
        "maintain",
        "confirm",
        "assure",
        "charge",
        "reveal",
        "boast",
        "explain",
        "answer",
        "remind",
        "brief",
        "disclose",
        "signal",
        "inform",
        "notify",
        "post",
        "state",
    }
)
"""Reporting verbs whose object is seldom what was said (``told reporters``, ``wrote a book``,
``maintains ties``); every other verb of saying reports its object when it has no clause."""
ADDRESSEE_VERBS = frozenset({"tell", "ask", "urge", "warn", "remind", "inform", "assure", "advise", "brief", "notify"})
"""Verbs whose object is the person spoken to, not the content's subject."""
CLAUSE_MARKS = frozenset({"that", "whether"})
WH_MARKS = frozenset({"that", "whether", "if", "why", "how", "what", "when", "where", "who"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "query"})
WH_VERBS = frozenset({"explain", "describe", "reveal", "recall", "detail", "discuss", "tell"})
"""Verbs of saying that report a wh-clause too: ``explained to CBS why Merkel was selected``."""
CLAUSE_VERBS = frozenset(
    {"say", "insist", "argue", "contend", "assert", "predict", "warn", "suggest", "acknowledge", "concede", "note"}
)
"""Verbs of saying whose object, when they have one, is nearly always a clause."""
VAGUE_OBJECTS = frozenset(
    {
        "so",
        "it",
        "this",
        "that",
        "something",
        "nothing",
        "anything",
        "much",
        "little",
        "yes",
        "no",
        "more",
        "less",
        "goodbye",
        "hello",
        "thanks",
    }
)
SHORT_OBJECT_CUES = frozenset(
    {
        "decline",
        "ask",
        "announce",
        "question",
        "declare",
        "call",
        "claim",
        "criticize",
        "deny",
    }
)
"""Verbs whose two-word object is still a report (``declined to comment``, ``asked why``,
``called him divisive``, ``called for her ouster``, ``claimed victory``, ``criticized Singer``)."""
TIME_CLAUSE = frozenset({"after", "when", "before", "while", "as", "during", "at", "in", "on"})
WEEKDAYS_CAPITALIZED = frozenset(day.capitalize() for day in WEEKDAYS)

OBJECT_CASES = frozenset({"to", "for", "of", "about", "against", "on", "with"})
"""Prepositions whose phrase is what a verb of saying is about: ``responded to the report``,
``called for a ban``, ``accused him of lying``; not ``reported from Los Angeles``."""


TOPIC_VERBS = frozenset(
    {
        "speak",
        "talk",
        "point",
        "write",
        "comment",
        "complain",
        "boast",
        "testify",
        "respond",
        "warn",
        "joke",
        "rave",
        "muse",
        "remark",
        "report",
        "tweet",
        "post",
        "ask",
    }
)
"""Verbs whose ``about``/``of`` phrase right after them is what they report (``to`` after
``point`` and ``respond``)."""
