"""The digest of the five seed articles: the issue's 'done when', checked on the real pipeline."""

from __future__ import annotations

import pytest

from quotes.digests.building import build
from quotes.speakers.names import fold

pytestmark = pytest.mark.stanza


@pytest.fixture(scope="module")
def digest(seeds_corpus):
    return build(seeds_corpus)


def _section(digest, name):
    found = [
        s
        for s in digest.speakers
        if s.speaker is not None and fold(name) in {fold(x) for x in (s.speaker.name, *s.speaker.aliases)}
    ]
    assert len(found) == 1, f"{name}: {[s.name for s in found]}"
    return found[0]


def test_kerry_first_with_every_article(digest):
    """John Kerry is the most-quoted speaker, with his quotes from the four articles that quote him."""
    kerry = digest.speakers[0]
    assert kerry.speaker is not None and "John Kerry" in (kerry.speaker.name, *kerry.speaker.aliases)
    assert {d[:3] for d in kerry.docs} == {"000", "001", "003", "004"}
    assert kerry.quotes >= 15


@pytest.mark.parametrize(
    "name", ["Hamid Karzai", "Sartaj Aziz", "Jalil Jilani", "Anders Fogh Rasmussen", "Nawaz Sharif"]
)
def test_one_heading_per_person(digest, name):
    """Each of these people has exactly one section."""
    assert _section(digest, name).kind == "person"


def test_officials_of_002_are_distinct_anonymous_sources(digest):
    """The officials of article 002 are anonymous sources of that article, each its own section."""
    anon = [s for s in digest.speakers if s.kind == "anonymous" and s.docs[0].startswith("002")]
    names = {fold(s.name) for s in anon}
    assert {"senior state department official", "state department official"} <= names
    assert any("official" in n and n.startswith("u") for n in names)
    assert all(s.docs == anon[0].docs for s in anon)


def test_nothing_from_the_reader_comments(digest, seeds_corpus):
    """No quote of the digest lies in the reader comments of 001."""
    art = next(a for a in seeds_corpus.articles if a.doc.startswith("001"))
    assert art.comments_start is not None and art.text[art.comments_start :].startswith("COMMENTS (10)")
    for s in digest.speakers:
        for g in s.groups:
            for o in g.occurrences:
                if o.doc == art.doc:
                    assert o.quote.spans[-1].end <= art.comments_start, o.quote.text
    assert "North Korea" not in digest.to_markdown()


@pytest.mark.parametrize(
    "speaker, words, docs",
    [
        ("John Kerry", "results are what will tell the story, not statements at a press conference", {"000", "003"}),
        ("Hamid Karzai", "for the best", {"001", "003"}),
    ],
)
def test_repeated_statement_shown_once_with_both_articles(digest, speaker, words, docs):
    """A statement two articles carry is one group that lists both."""
    groups = [g for g in _section(digest, speaker).groups if any(words in o.quote.text for o in g.occurrences)]
    assert len(groups) == 1
    assert {d[:3] for d in groups[0].docs} == docs


def test_markdown_and_round_trip(digest):
    """The Markdown has a heading per speaker, John Kerry's first; the JSON reads back equal."""
    md = digest.to_markdown()
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert len(headings) == len(digest.speakers) and "Kerry" in headings[0]
    assert type(digest).from_json(digest.to_json()) == digest
