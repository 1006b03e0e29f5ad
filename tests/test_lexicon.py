"""The lexicon's helpers: pure functions over words, no models needed."""

import pytest

from quotes.lexicon import TIME_WORDS, is_time_word, verbs


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


# --------------------------------------------------------------------------- the verb table


def test_the_table_has_each_verb_once_and_contradicts_nothing():
    """Parsing checks every row; no verb both reports its object and seldom does."""
    assert verbs.parse_table(verbs.VERB_TABLE) == verbs.VERBS
    assert not verbs.OBJECT_CONTENT_VERBS & verbs.NO_OBJECT_CONTENT
    assert all(lemma == lemma.lower() and " " not in lemma for lemma in verbs.VERBS)


def test_reporting_verbs_are_the_rows_with_frames():
    assert verbs.REPORTING_VERBS["describe"] == {"as"}
    assert verbs.REPORTING_VERBS["confirm"] == {"ccomp", "obj"}
    assert "laugh" in verbs.VERBS and "laugh" not in verbs.REPORTING_VERBS  # introduces a quote only
    assert "laugh" in verbs.QUOTE_INTRO_VERBS and "laugh" in verbs.SPEAKER_ACTS


def test_derived_lists_answer_from_the_rows():
    assert "tell" in verbs.ADDRESSEE_VERBS and "tell" in verbs.NO_OBJECT_CONTENT and "tell" in verbs.WH_VERBS
    assert "criticize" in verbs.OBJECT_CONTENT_VERBS and "point" in verbs.TOPIC_TO_VERBS
    assert verbs.TOPIC_TO_VERBS <= verbs.TOPIC_VERBS
    assert verbs.having("light") == verbs.LIGHT_VERBS


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("say ccomp\nsay ccomp", "line 2 (say): repeats 'say'"),
        ("say clause", "unknown frame 'clause'"),
        ("say ccomp loud", "unknown property 'loud'"),
        ("confirm ccomp,obj object no-object", "both object and no-object"),
        ("say", "a lemma and its frames (or -) are needed"),
    ],
)
def test_a_bad_row_is_an_error_naming_its_line(row, problem):
    with pytest.raises(ValueError, match="verb table, line") as err:
        verbs.parse_table(row)
    assert problem in str(err.value)


def test_comments_and_blank_lines_are_skipped():
    table = verbs.parse_table("\n# lemma frames properties\nvow ccomp infinitive  # vowed to press on\n\n")
    assert table == {"vow": verbs.Verb(lemma="vow", frames=frozenset({"ccomp"}), properties=frozenset({"infinitive"}))}
    assert "infinitive" in table["vow"] and "-" not in table["vow"].frames


def test_an_unknown_property_is_an_error():
    with pytest.raises(ValueError, match="no verb property 'loud'"):
        verbs.having("loud")
