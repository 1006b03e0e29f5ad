"""Word lists the rules use, as data: quotation marks, verbs of saying, nouns, source words,
names, places, times. Each list lives in a module of its own; all are importable from here.

To add a word, edit its list (a data module) and run the tests: the lists are not parameters
of the rules.
"""

from __future__ import annotations

from quotes.lexicon.common import (
    CONNECTIVES,
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
    MALE_NAMES,
    MALE_TITLES,
    PARTICLES,
    SUFFIXES,
    TITLES,
)
from quotes.lexicon.nouns import (
    CONTENTLESS_OBJECTS,
    LABEL_WORDS,
    NOMINAL_CUES,
    NOT_TOPIC_HEADS,
    word_table,
)
from quotes.lexicon.places import (
    NATIONALITIES,
    PLACES,
)
from quotes.lexicon.sources import (
    ANONYMOUS_HEADS,
    GROUP_HEADS,
    NEWS_OUTLET_WORDS,
    ORGANIZATION_HEADS,
    OUTLET_NOUNS,
)
from quotes.lexicon.verbs import (
    ADDRESSEE_VERBS,
    ASKS_FOR_VERBS,
    CLAUSE_VERBS,
    INFINITIVE_CUES,
    LIGHT_VERBS,
    NO_OBJECT_CONTENT,
    NO_TOPIC_VERBS,
    OBJECT_CONTENT_VERBS,
    QUESTION_VERBS,
    QUOTE_INTRO_VERBS,
    REPORTING_VERBS,
    SHORT_OBJECT_CUES,
    SPEAKER_ACTS,
    TOPIC_TO_VERBS,
    TOPIC_VERBS,
    VERBS,
    WH_VERBS,
    Verb,
)

__all__ = [
    "ADDRESSEE_VERBS",
    "ANONYMOUS_HEADS",
    "ASKS_FOR_VERBS",
    "CLAUSE_VERBS",
    "CONNECTIVES",
    "CONTENTLESS_OBJECTS",
    "DOUBLE_AMBIGUOUS",
    "DOUBLE_CLOSE",
    "DOUBLE_OPEN",
    "FEMALE_NAMES",
    "FEMALE_TITLES",
    "GROUP_HEADS",
    "INFINITIVE_CUES",
    "LABEL_WORDS",
    "LIGHT_VERBS",
    "MALE_NAMES",
    "MALE_TITLES",
    "NATIONALITIES",
    "NEWS_OUTLET_WORDS",
    "NOMINAL_CUES",
    "NOT_TOPIC_HEADS",
    "NO_OBJECT_CONTENT",
    "NO_TOPIC_VERBS",
    "OBJECT_CONTENT_VERBS",
    "ORGANIZATION_HEADS",
    "OUTLET_NOUNS",
    "PARTICLES",
    "PLACES",
    "PRONOUN_GENDER",
    "QUESTION_VERBS",
    "QUOTE_INTRO_VERBS",
    "QUOTE_MARKS",
    "REPORTING_VERBS",
    "SHORT_OBJECT_CUES",
    "SINGLE_AMBIGUOUS",
    "SINGLE_CLOSE",
    "SINGLE_OPEN",
    "SPEAKER_ACTS",
    "SUFFIXES",
    "TIME_WORDS",
    "TITLES",
    "TOPIC_TO_VERBS",
    "TOPIC_VERBS",
    "VERBS",
    "Verb",
    "WEEKDAYS",
    "WH_VERBS",
    "is_time_word",
    "word_table",
]
