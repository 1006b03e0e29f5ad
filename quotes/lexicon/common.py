"""Pronouns, times and connectives: closed classes the rules look at."""

from __future__ import annotations

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

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "his", "her", "their", "its", "him", "them"})
"""Personal and possessive pronouns."""

ADVERBIAL_PHRASES = frozenset(
    {
        "in turn", "in fact", "for example", "for instance", "in addition", "in part", "of course",
        "at least", "at first", "in short", "in particular", "in general", "after all", "by contrast",
        "in contrast", "in response", "in return", "at times", "in truth", "in effect", "on balance",
        "in sum", "above all", "at last", "in practice", "in theory",
    }
)  # fmt: skip
"""Prepositional phrases that stand as adverbs (``Pakistan has in turn accused``): their noun is
never the source of a report, whatever a parse hangs on it."""
