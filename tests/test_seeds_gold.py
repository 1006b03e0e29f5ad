"""The seeds against their gold annotations, on frozen annotations (no models needed).

``tests/fixtures/seeds_gold.json`` is a copy of ``../shared/eval/seeds_gold.json``: every
quote of the five seed articles (the required ones and the optional ones) with the names its
speaker may go by, and the people whose names must be merged. These tests check what
``score.py`` checks, and more strictly: every required quote found with a speaker whose
canonical name is one the gold accepts; every prediction matching a gold quote (precision);
each gold person one entity; no speaker a day, a month or a connective.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.corpus.pipeline import extract_documents
from quotes.lexicon import CONNECTIVES, TIME_WORDS
from quotes.speakers.names import fold

GOLD = json.loads((Path(__file__).parent / "fixtures" / "seeds_gold.json").read_text(encoding="utf-8"))

# Wrong speakers the compact test models cause by their misparses, each checked by hand:
# "Pakistan has in turn accused …" is parsed with "accused" modifying "turn", and "The vote
# followed comments this week from Karzai alleging …" with "comments" as a verb. The test fails
# when any other speaker goes wrong, and when one of these is put right (then remove it here).
# the test models' misparses that still give a quote the wrong speaker ("in turn" as a source,
# 001's, is now left out by the confidence model: a report too unlikely to be right)
KNOWN_MISPARSES = {("002", "vote followed")}


def _chars(text: str, spans) -> set[int]:
    return {i for a, b in spans for i in range(a, b) if text[i].isalnum()}


@pytest.fixture(scope="module")
def corpus(seed_docs):
    return extract_documents(sorted(seed_docs.items()))


@pytest.fixture(scope="module")
def matches(corpus):
    """For each article: the gold items, the predictions, and each gold item's best prediction (or None)."""
    out = []
    for art in corpus.articles:
        golds = [g for g in GOLD["quotes"] if g["doc"] == art.doc]
        preds = [_chars(art.text, [(s.start, s.end) for s in q.spans]) for q in art.quotes]
        best = []
        for g in golds:
            gs = _chars(art.text, [(g["start"], g["end"])])
            cover = [len(gs & p) / len(gs) for p in preds]
            i = max(range(len(preds)), key=cover.__getitem__) if preds else None
            best.append(i if i is not None and cover[i] >= 0.5 else None)
        out.append((art, golds, best))
    return out


def _speaker_ok(q, g) -> bool:
    """The speaker's canonical name (or, for a person, any of its names) is one the gold accepts, of its kind."""
    if q.speaker is None:
        return False
    accepted = {fold(n) for n in g["speaker"]}
    names = {fold(q.speaker.name)}
    if q.speaker.kind == "person":
        names |= {fold(a) for a in q.speaker.aliases}
    return bool(names & accepted)


def test_every_required_quote_found_with_its_speaker(matches):
    missed, wrong = [], []
    for art, golds, best in matches:
        for g, i in zip(golds, best, strict=True):
            if not g["required"]:
                continue
            if i is None:
                missed.append(g["id"])
            elif not _speaker_ok(art.quotes[i], g):
                wrong.append((g["id"], art.quotes[i].speaker and art.quotes[i].speaker.name))
    assert missed == [] and wrong == []


def test_every_prediction_is_a_gold_quote(matches):
    """Precision: a prediction that is no gold item's best match is a false quote."""
    false = [
        (art.doc[:3], art.quotes[i].text[:60])
        for art, _, best in matches
        for i in range(len(art.quotes))
        if i not in best
    ]
    assert false == []


def test_speakers_of_optional_quotes_are_right_too(matches):
    """A quote the gold marks optional may be left out, but not given to the wrong speaker."""
    wrong = set()
    for art, golds, best in matches:
        for g, i in zip(golds, best, strict=True):
            if i is not None and not g["required"]:
                q = art.quotes[i]
                if q.speaker is not None and not _speaker_ok(q, g):
                    wrong.add((art.doc[:3], q.speaker.name))
    assert wrong == KNOWN_MISPARSES


def test_each_gold_person_is_one_entity(corpus):
    """All the forms of one person meet in one entity, and no entity holds two gold people."""
    by_form = {}
    for e in corpus.entities:
        for form in (e.name, *e.aliases, *(m.text for m in e.mentions)):
            by_form.setdefault(fold(form), set()).add(e.id)
    owner = {}
    for person, forms in GOLD["people"].items():
        ids = set().union(*(by_form.get(fold(f), set()) for f in forms))
        assert len(ids) == 1, (person, ids)
        (pid,) = ids
        assert owner.setdefault(pid, person) == person, (pid, owner[pid], person)


def test_speakers_are_never_days_months_or_connectives(corpus):
    bad = {fold(w) for w in TIME_WORDS | CONNECTIVES}
    for e in corpus.entities:
        assert fold(e.name) not in bad and not ({fold(w) for w in e.name.split()} <= bad), e.name
        if e.kind == "person":
            assert e.name[:1].isupper(), e.name


def test_no_quote_from_the_reader_comments(corpus):
    art = next(a for a in corpus.articles if a.doc.startswith("001"))
    assert art.comments_start is not None
    assert all(q.spans[-1].end <= art.comments_start for q in art.quotes)


# Content bounds, checked by hand: each quote exactly, from its first word to its last.
BOUNDS = [
    (
        "000",
        "talks would continue on the political and security track and that all three would have "
        "“some very specific homework to do.”",
    ),
    ("001", 'that Afghanistan was in "a critical transformational period"'),
    (
        "003",
        "all three had agreed to continue their discussions and planned now to return to their capitals to do homework",
    ),
    ("004", 'Washington is restarting a "strategic dialogue" on security issues with Pakistan'),
    (
        "004",
        "Zawahri was violating Pakistan's sovereignty by launching attacks on mosques, marketplaces, and "
        "villages inside the country",
    ),
    ("004", 'that both sides hope to remove "irritants" in their relations'),
]


@pytest.mark.parametrize("doc, text", BOUNDS)
def test_content_bounds(corpus, doc, text):
    art = next(a for a in corpus.articles if a.doc.startswith(doc))
    assert text in [q.text for q in art.quotes]


def test_split_quote_is_one_quote_in_two_parts(corpus):
    """“It’s fair …,” Kerry said, “that we made progress …”: one quote, the attribution left out."""
    art = next(a for a in corpus.articles if a.doc.startswith("000"))
    (q,) = [q for q in art.quotes if q.text.startswith("It’s fair to say")]
    assert [art.text[s.start : s.end] for s in q.spans] == [
        "It’s fair to say there’s good feelings among all of us,",
        "that we made progress in this dialogue in terms of those discussions, but we’ve all agreed that results "
        "are what will tell the story, not statements at a press conference.",
    ]
    assert q.cue.text == "said" and q.speaker.name == "John F Kerry"
