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
    assert not verbs.having("object") & verbs.having("no-object")
    assert all(lemma == lemma.lower() and " " not in lemma for lemma in verbs.VERBS)


def test_reporting_verbs_are_the_rows_with_frames():
    assert verbs.REPORTING_VERBS["describe"] == {"as"}
    assert verbs.REPORTING_VERBS["confirm"] == {"ccomp", "obj"}
    assert "laugh" in verbs.VERBS and "laugh" not in verbs.REPORTING_VERBS  # introduces a quote only
    assert verbs.allows("laugh", "intro") and verbs.allows("laugh", "act")


@pytest.mark.parametrize(
    ("lemma", "props", "expected"),
    [
        ("tell", ("addressee",), True),
        ("tell", ("no-object",), True),
        ("say", ("addressee",), False),
        ("criticize", ("object",), True),
        ("point", ("topic",), False),
        ("point", ("topic", "topic-to"), True),
        ("glorp", ("object",), False),  # not in the table: no property
        (None, ("object",), False),  # no lemma (reporting_lemma found none)
    ],
)
def test_allows_answers_from_the_rows(lemma, props, expected):
    assert verbs.allows(lemma, *props) is expected


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


@pytest.mark.parametrize("ask", [lambda: verbs.having("loud"), lambda: verbs.allows("say", "addressee", "loud")])
def test_an_unknown_property_is_an_error(ask):
    """A typo in a property is an error, not a silent False."""
    with pytest.raises(ValueError, match="no verb property 'loud'"):
        ask()
