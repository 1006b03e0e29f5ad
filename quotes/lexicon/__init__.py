"""Word lists the rules use, as data: quotation marks, verbs of saying, nouns, source words,
names, places, times. Each list lives in a module of its own; all are importable from here.

To add a word, edit its list (a data module) and run the tests: the lists are not parameters
of the rules.
"""

from __future__ import annotations

from quotes.lexicon.common import (
    ADVERBIAL_PHRASES,
    CONNECTIVES,
    PERSONAL_PRONOUNS,
    PRONOUN_GENDER,
    TIME_WORDS,
    WEEKDAYS,
    is_time_word,
)
from quotes.lexicon.marks import (
    DOUBLE_AMBIGUOUS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    QUOTE_MARKS,
    SINGLE_AMBIGUOUS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)
from quotes.lexicon.names import (
    FEMALE_NAMES,
    FEMALE_TITLES,
    GENERATIONS,
    HEAD_TITLES,
    HONORIFICS,
    MALE_NAMES,
    MALE_TITLES,
    PARTICLES,
    SUFFIXES,
    TITLES,
)
from quotes.lexicon.nicknames import FULL_NAMES, NICKNAME_TABLE, nickname_of
from quotes.lexicon.nouns import (
    CONTENTLESS_OBJECTS,
    LABEL_WORDS,
    NOMINAL_CUES,
    NOT_TOPIC_HEADS,
    word_table,
)
from quotes.lexicon.places import (
    NATIONALITIES,
    PLACE_NAME_WORDS,
    PLACES,
)
from quotes.lexicon.sources import (
    ABBREVIATIONS,
    ANONYMOUS_HEADS,
    DESCRIPTION_HEADS,
    GROUP_HEADS,
    KNOWN_ORGS,
    NEWS_OUTLET_WORDS,
    ORGANIZATION_HEADS,
    OUTLET_NOUNS,
)
from quotes.lexicon.verbs import (
    INFLECTIONS,
    REPORTING_VERBS,
    VERB_ONLY_FORMS,
    VERBS,
    Verb,
    allows,
)

__all__ = [
    "ABBREVIATIONS",
    "HEAD_TITLES",
    "INFLECTIONS",
    "KNOWN_ORGS",
    "PERSONAL_PRONOUNS",
    "VERB_ONLY_FORMS",
    "ANONYMOUS_HEADS",
    "ADVERBIAL_PHRASES",
    "CONNECTIVES",
    "CONTENTLESS_OBJECTS",
    "DESCRIPTION_HEADS",
    "DOUBLE_AMBIGUOUS",
    "DOUBLE_CLOSE",
    "DOUBLE_OPEN",
    "FEMALE_NAMES",
    "FEMALE_TITLES",
    "FULL_NAMES",
    "GENERATIONS",
    "HONORIFICS",
    "NICKNAME_TABLE",
    "nickname_of",
    "GROUP_HEADS",
    "LABEL_WORDS",
    "MALE_NAMES",
    "MALE_TITLES",
    "NATIONALITIES",
    "NEWS_OUTLET_WORDS",
    "NOMINAL_CUES",
    "NOT_TOPIC_HEADS",
    "ORGANIZATION_HEADS",
    "OUTLET_NOUNS",
    "PARTICLES",
    "PLACE_NAME_WORDS",
    "PLACES",
    "PRONOUN_GENDER",
    "QUOTE_MARKS",
    "REPORTING_VERBS",
    "SINGLE_AMBIGUOUS",
    "SINGLE_CLOSE",
    "SINGLE_OPEN",
    "SUFFIXES",
    "TIME_WORDS",
    "TITLES",
    "VERBS",
    "allows",
    "Verb",
    "WEEKDAYS",
    "is_time_word",
    "word_table",
]
