"""The lexicon's helpers: pure functions over words, no models needed."""

import pytest

from quotes.lexicon import TIME_WORDS, is_time_word


@pytest.mark.parametrize("word", ["Tuesday", "month", "week", "March", "yesterday"])
def test_times(word):
    assert is_time_word(word)


@pytest.mark.parametrize("word", ["Day", "TODAY", "Kerry", "report", "Time"])
def test_names_and_other_words_are_not_times(word):
    """A capitalised common time word is a name (``Day said``); a word in capitals is a title."""
    assert not is_time_word(word)


def test_weekdays_and_months_are_times_when_capitalised():
    names = [w for w in TIME_WORDS if w.endswith("day") and w not in {"today", "day", "yesterday"}] + ["january", "may"]
    assert len(names) == 9 and all(is_time_word(w.capitalize()) for w in names)
