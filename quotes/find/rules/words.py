"""The word lists of the rules for verbs of saying (what each verb allows, the words that mark a
clause, a vague object, a time)."""

from __future__ import annotations

from quotes.lexicon import WEEKDAYS

CONTENT_RELS = frozenset({"ccomp", "parataxis"})
"""Relations from a verb of saying to its content clause."""
FRAME_RELS = frozenset({"obj", "xcomp", "obl", "ccomp", "advcl", "iobj"})
"""Relations whose phrases make up the content of a verb with an object frame."""


CLAUSE_MARKS = frozenset({"that", "whether"})
WH_MARKS = frozenset({"that", "whether", "if", "why", "how", "what", "when", "where", "who"})
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
TIME_CLAUSE = frozenset({"after", "when", "before", "while", "as", "during", "at", "in", "on"})
WEEKDAYS_CAPITALIZED = frozenset(day.capitalize() for day in WEEKDAYS)

OBJECT_CASES = frozenset({"to", "for", "of", "about", "against", "on", "with"})
"""Prepositions whose phrase is what a verb of saying is about: ``responded to the report``,
``called for a ban``, ``accused him of lying``; not ``reported from Los Angeles``."""
