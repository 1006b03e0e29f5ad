"""Quotation marks to quoted passages."""

from __future__ import annotations

import pytest

from quotes.find.marks import find_quoted


def parts(text: str) -> list[list[str]]:
    return [[s.of(text) for s in q.spans] for q in find_quoted(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes, we can do it."', [["yes, we can do it."]]),
        ("He said “yes, we can do it.”", [["yes, we can do it."]]),
        ("“It’s fair,” Kerry said, “that it’s done.”", [["It’s fair,"], ["that it’s done."]]),
        ("\"He told me 'never' twice,\" she said.", [["He told me 'never' twice,"]]),
        ("It’s Kerry’s plan and the leaders’ meeting.", []),
        ("The “zero option” is gone.", [["zero option"]]),
        ("« Nous verrons » dit-il.", [["Nous verrons"]]),
        ("He said &quot;no way out&quot; today.", [["no way out"]]),
        ("He called it ‘a disaster for us all’, and left.", [["a disaster for us all"]]),
    ],
)
def test_pairs_marks(text, expected):
    """Double marks pair up, straight or curly, leaving apostrophes and nested singles alone."""
    assert parts(text) == expected


def test_multi_paragraph_quote():
    """A quote over paragraphs opens each one and closes only the last: one quote, two parts."""
    text = 'He said: "We will go on.\n\n"And we will win." Then he left.'
    [q] = find_quoted(text)
    assert [s.of(text) for s in q.spans] == ["We will go on.", "And we will win."]
    assert not q.unbalanced


def test_unbalanced_mark_keeps_other_quotes():
    """An opening mark that never closes is flagged and ends at its paragraph; later quotes survive."""
    text = 'He said "this never closes.\n\nLater she said "all is well" and left.'
    qs = find_quoted(text)
    assert [[s.of(text) for s in q.spans] for q in qs] == [["this never closes."], ["all is well"]]
    assert [q.unbalanced for q in qs] == [True, False]


def test_crlf_offsets():
    """Offsets stay offsets into the original text with CRLF line ends."""
    text = 'First line.\r\n\r\n"Second para quote here," he said.\r\n'
    [q] = find_quoted(text)
    assert q.spans[0].of(text) == "Second para quote here,"


def test_missing_opening_mark():
    """A closing mark with no opener takes the paragraph's start as the quote's start."""
    text = 'We will stay the course no matter what," he said.'
    [q] = find_quoted(text)
    assert q.spans[0].of(text) == "We will stay the course no matter what,"
    assert q.unbalanced


def test_outer_span_covers_the_marks():
    """The outer span runs from the opening mark to the closing one, spaces inside included."""
    text = "As Politico reported, “ … if the vote were held tonight, he would win ” today."
    [q] = find_quoted(text)
    assert q.outer.of(text) == "“ … if the vote were held tonight, he would win ”"
    assert q.spans[0].of(text) == "… if the vote were held tonight, he would win"


@pytest.mark.parametrize(
    "text, expected",
    [
        # primes and inch marks are measures, not quotation marks
        ("The 6'2\" center, who is 7' tall, said nothing.", []),
        ('Height 5\'11" and "We will be back next year," the coach said.', [["We will be back next year,"]]),
        ('It measured 12" by 8" in all.', []),
        # German low-high marks and guillemets pair within a paragraph, never across one
        (
            "„This is unacceptable,“ she said.\n\nLater „we will see,“ he added.",
            [["This is unacceptable,"], ["we will see,"]],
        ),
        ("«C'est la vie», dit-il. And « another one » here.", [["C'est la vie"], ["another one"]]),
        ("»Das ist gut«, sagte er.", [["Das ist gut"]]),
    ],
)
def test_measures_and_european_marks(text, expected):
    assert parts(text) == expected


def test_lone_opening_mark_gives_an_unbalanced_quote_to_the_paragraph_end():
    """An opening mark with no partner runs to its paragraph's end and is flagged; the next paragraph is untouched."""
    text = "He said: “We will win this fight and nothing will stop us.\n\nThen “Next,” she said."
    qs = find_quoted(text)
    assert [[s.of(text) for s in q.spans] for q in qs] == [
        ["We will win this fight and nothing will stop us."],
        ["Next,"],
    ]
    assert [q.unbalanced for q in qs] == [True, False]


@pytest.mark.parametrize(
    "text, expected",
    [
        # French guillemets with the spaces inside them (a space, a no-break or a thin one)
        ("Il a dit « Nous allons gagner » hier. Puis « encore ».", [["Nous allons gagner"], ["encore"]]),
        ("Il a dit\u00a0«\u00a0Nous allons gagner\u00a0» hier.", [["Nous allons gagner"]]),
        ("Il a dit\u202f«\u202fOui\u202f», puis il est parti.", [["Oui"]]),
        # guillemets without spaces, either way round
        ("He said «We will win» today.", [["We will win"]]),
        ("He said »We will win« today.", [["We will win"]]),
        # a German quotation goes on in the next paragraph that opens with the same mark
        ("He said „We will win today.\n\n„We go on,“ she said.", [["We will win today.", "We go on,"]]),
        ("“We will win.\n\n“We go on,” she said.", [["We will win.", "We go on,"]]),
    ],
)
def test_quotation_marks_of_other_conventions(text, expected):
    """Guillemets with inner spaces pair, and a quotation goes on only through its own convention's mark."""
    found = [[text[s.start : s.end] for s in q.spans] for q in find_quoted(text)]
    assert found == expected


def test_no_quote_runs_across_paragraphs_through_another_conventions_mark():
    """An unclosed „ is not continued by a paragraph that opens with “: that one is a quote of its own."""
    text = "First „unclosed quote here.\n\n“Proper” text follows."
    qs = find_quoted(text)
    assert [[text[s.start : s.end] for s in q.spans] for q in qs] == [["unclosed quote here."], ["Proper"]]
    assert [q.unbalanced for q in qs] == [True, False]
    assert all(q.spans[-1].end <= text.index("\n\n") or q.spans[0].start > text.index("\n\n") for q in qs)
