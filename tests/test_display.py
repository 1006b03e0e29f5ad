"""How a quote reads when shown: direct quotes in marks, reports with their cue, parts visibly apart, marks paired."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.digests.building import build
from quotes.find.display import BREAK, balance, display_form, from_text, paired, shown
from quotes.model import Mention, Quote, Span


def _quote(text: str, kind: str, parts: list[str], cue: str | None = None, cue_at: int = 0) -> Quote:
    """A quote of ``text`` whose parts are the given substrings (in order) and whose cue is the
    ``cue_at``-th occurrence of ``cue``."""
    spans, pos = [], 0
    for p in parts:
        start = text.index(p, pos)
        spans.append(Span(start, start + len(p)))
        pos = start + len(p)
    mention = None
    if cue is not None:
        start = [m.start() for m in re.finditer(re.escape(cue), text)][cue_at]
        mention = Mention(cue, Span(start, start + len(cue)))
    return Quote(kind=kind, spans=spans, text=" ".join(parts), cue=mention, context=Span(0, len(text)))


CASES = [
    # a direct quotation: in marks, its trailing comma dropped
    (
        "“Let’s hope for the best,” he told reporters.",
        "direct",
        ["Let’s hope for the best,"],
        "told",
        "“Let’s hope for the best”",
    ),
    # two parts the attribution separates: a visible break, never one sentence
    (
        '"(I am) very pleased to be here," he said. "We are very hopeful."',
        "direct",
        ["(I am) very pleased to be here,", "We are very hopeful."],
        "said",
        "“(I am) very pleased to be here … We are very hopeful.”",
    ),
    # a quote that goes on in the next paragraph: one text
    (
        "“We will win.\n\n“And we will stay,” she said.",
        "direct",
        ["We will win.", "And we will stay,"],
        "said",
        "“We will win. And we will stay”",
    ),
    # a quotation inside its sentence's own words keeps those it needs to read as a statement
    (
        'Trump said on CNN that Bush "has to bring his mother out." Fine.',
        "direct",
        ["has to bring his mother out."],
        "said",
        "said on CNN that Bush “has to bring his mother out.”",
    ),
    (
        "Clinton “caused tremendous havoc and tremendous death,” he said.",
        "direct",
        ["caused tremendous havoc and tremendous death,"],
        "said",
        "Clinton “caused tremendous havoc and tremendous death”",
    ),
    ("He said: “We won.”", "direct", ["We won."], "said", "“We won.”"),
    # reported speech: no marks, with its cue
    (
        "Karzai has said that Pakistan is crucial to the talks.",
        "indirect",
        ["that Pakistan is crucial to the talks"],
        "said",
        "said that Pakistan is crucial to the talks",
    ),
    # an object or predicate keeps the verb that makes it a report
    (
        "Karzai called it an important meeting and left.",
        "indirect",
        ["it an important meeting"],
        "called",
        "called it an important meeting",
    ),
    (
        "The official described the talks as candid but constructive.",
        "indirect",
        ["the talks as candid but constructive"],
        "described",
        "described the talks as candid but constructive",
    ),
    (
        "The senator declined to threaten a veto.",
        "indirect",
        ["to threaten a veto"],
        "declined",
        "declined to threaten a veto",
    ),
    # the words between the cue and the content are kept when short
    (
        'Kerry told journalists that both sides hope to remove "irritants" in their relations.',
        "mixed",
        ['that both sides hope to remove "irritants" in their relations'],
        "told",
        'told journalists that both sides hope to remove "irritants" in their relations',
    ),
    # a content before its cue reads after it, with "that"
    (
        "Their talks lasted about three hours, the official said.",
        "indirect",
        ["Their talks lasted about three hours"],
        "said",
        "said that their talks lasted about three hours",
    ),
    (
        "Kerry and Karzai will meet again, a U.S. official said.",
        "indirect",
        ["Kerry and Karzai will meet again"],
        "said",
        "said that Kerry and Karzai will meet again",
    ),
    # a mixed quote: no outer marks, the quoted words keep theirs, even when the content cuts them
    (
        "Kerry emerged saying that he believed “we made progress,” but no more.",
        "mixed",
        ["that he believed “we made progress"],
        "saying",
        "saying that he believed “we made progress”",
    ),
    (
        "The meeting is part of “a continuing discussion,” Kerry said.",
        "mixed",
        ["The meeting is part of “a continuing discussion,”"],
        "said",
        "said that the meeting is part of “a continuing discussion”",
    ),
    # a part that stood in marks on its own keeps them
    (
        'Karzai raised the capture of Mehsud, the official added. "At no point did the tone veer."',
        "mixed",
        ["Karzai raised the capture of Mehsud", "At no point did the tone veer."],
        "added",
        "added that Karzai raised the capture of Mehsud … “At no point did the tone veer.”",
    ),
    # a relative report: the clause as written
    (
        "Sanders has a donor list, which the campaign says includes 2.7 million contributors.",
        "indirect",
        ["which", "includes 2.7 million contributors"],
        "says",
        "which the campaign says includes 2.7 million contributors",
    ),
    # a label's colon is no verb: the words alone
    (
        "De Blasio: Trust Bratton on security, not 'blowhard' Trump",
        "indirect",
        ["Trust Bratton on security, not 'blowhard' Trump"],
        ":",
        "Trust Bratton on security, not 'blowhard' Trump",
    ),
    # "according to" after the content: the report alone
    ("The talks failed, according to officials.", "indirect", ["The talks failed"], "according to", "The talks failed"),
    # a cue far before its content: the cue, a break, the content
    (
        "He said, after a long pause in which nobody in the crowded room spoke or moved at all for quite a while, "
        "that it was over.",
        "indirect",
        ["that it was over"],
        "said",
        "said … that it was over",
    ),
]


@pytest.mark.parametrize("text, kind, parts, cue, expected", CASES, ids=[c[-1][:30] for c in CASES])
def test_display_form(text, kind, parts, cue, expected):
    """Each shape of quote is shown as a reader should read it."""
    assert display_form(text, _quote(text, kind, parts, cue)) == expected


@given(st.text(alphabet=st.sampled_from(list('ab ,.“”"«»„')), max_size=30))
def test_balance_pairs_every_mark(s):
    """Whatever marks a content cuts, the shown text's marks pair up."""
    assert paired(balance(s.replace("„", "“")))


@given(
    st.lists(st.text(alphabet=st.sampled_from(list('We win ,.“”"')), min_size=1, max_size=12), min_size=1, max_size=3),
    st.sampled_from(["direct", "indirect", "mixed"]),
)
def test_every_display_pairs_its_marks(parts, kind):
    """A quote of any parts and kind is shown with its marks paired, and a direct one in marks."""
    text = " said. ".join(parts) + " he said."
    q = _quote(text, kind, parts, "said", cue_at=len(parts) - 1)
    out = display_form(text, q)
    assert paired(out)
    if kind == "direct":
        assert out.startswith("“") and out.endswith("”")


def test_a_quote_from_older_json_is_shown_from_its_text():
    """A quote without a display form (JSON written before it) is shown from its text."""
    q = Quote(kind="direct", spans=[Span(0, 3)], text="We won,")
    assert shown(q) == "“We won”" == from_text("We won,", "direct")
    assert shown(Quote(kind="indirect", spans=[Span(0, 3)], text="that we won")) == "that we won"


@pytest.fixture(scope="module")
def seeds_digest(seed_docs):
    from quotes import extract_documents

    return build(extract_documents(sorted(seed_docs.items())), min_confidence=0.0)  # every quote shown


def _statements(digest):
    return [(s, g) for s in digest.speakers for g in s.groups]


def test_seed_reports_are_not_in_marks(seeds_digest):
    """No indirect or mixed statement of the seeds digest is shown inside quotation marks, and each
    one with a cue begins with it (so "called it an important meeting", never "it an important meeting")."""
    for _, g in _statements(seeds_digest):
        q = max((o.quote for o in g.occurrences), key=lambda q: len(q.display))
        if g.kind != "direct":
            assert not g.display.startswith(("“", '"')), g.display
            relative = g.display.split(" ", 1)[0] in {"which", "who", "that"}  # "which he said focused on ..."
            if q.cue is not None and not q.cue.text.lower().startswith("according") and not relative:
                assert g.display.startswith(q.cue.text), g.display
        else:  # in marks, maybe after the words of its sentence it needs ("Bush “has to …”")
            assert g.display.endswith("”") and ("“" in g.display), g.display


def test_seed_statements_pair_their_marks_and_keep_parts_apart(seeds_digest):
    """Every seed statement's marks pair up, and parts the attribution separates are joined by a break."""
    for _, g in _statements(seeds_digest):
        assert paired(g.display.replace("\u201c\u201c", "\u201c")), g.display
        for o in g.occurrences:
            q = o.quote
            if len(q.spans) > 1 and q.kind == "direct":
                text = next(a.text for a in seeds_digest.articles if a.doc == o.doc)
                assert text is not None
                gaps = [text[a.end : b.start] for a, b in zip(q.spans, q.spans[1:], strict=False)]
                if any(re.search(r"\w", gap) for gap in gaps):
                    assert BREAK in q.display, q.display


def test_seed_markdown_shows_the_display_forms(seeds_digest):
    """The Markdown digest prints each statement as its display form, with its kind."""
    md = seeds_digest.to_markdown()
    assert "called it an important meeting (indirect)" in md
    assert "described the talks as candid but constructive (indirect)" in md
    assert "“it an important meeting”" not in md
    assert "could take the time to be here … We are very, very hopeful" in md
