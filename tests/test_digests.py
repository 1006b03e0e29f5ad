"""The per-speaker digest on hand-built corpora: sections, order, grouping, filters, formats."""

from __future__ import annotations

import datetime
import json
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotes
from quotes.digests.building import Digest, build
from quotes.model import Article, Corpus, Mention, Metadata, Quote, Span, Speaker

KERRY = Speaker(id="person:john-kerry", name="John Kerry", kind="person", aliases=("Kerry", "Secretary Kerry"))
KARZAI = Speaker(id="person:hamid-karzai", name="Hamid Karzai", kind="person", aliases=("Karzai",))
AZIZ = Speaker(id="person:sartaj-aziz", name="Sartaj Aziz", kind="person", aliases=("Aziz",))


def official(doc: str) -> Speaker:
    return Speaker(
        id=f"anonymous:{doc}:official", name="senior official", kind="anonymous", aliases=("a senior official",)
    )


class _Writer:
    """Builds an article's text quote by quote, so every span is exact."""

    def __init__(self, doc: str, date: str | None = None, title: str | None = None) -> None:
        self.doc, self.meta = doc, Metadata(date=date, title=title, source="Wire")
        self.text, self.quotes = "", []

    def say(
        self, speaker: Speaker | None, words: str, *, kind: str = "direct", conf: float = 0.9, section: str = "body"
    ) -> _Writer:
        start = len(self.text) + 1
        self.text += f"“{words}” "
        cue_start = len(self.text)
        self.text += "said someone.\n"
        self.quotes.append(
            Quote(
                kind=kind,
                spans=[Span(start, start + len(words))],
                text=words,
                speaker=speaker,
                cue=Mention("said", Span(cue_start, cue_start + 4)),
                confidence=conf,
                context=Span(start - 1, len(self.text) - 1),
                section=section,
            )
        )
        return self

    def article(self) -> Article:
        return Article(doc=self.doc, text=self.text, quotes=self.quotes, meta=self.meta)


def corpus() -> Corpus:
    # input order is not date order: b.txt is the earliest
    a = (
        _Writer("a.txt", "2013-12-05", "Kerry in Brussels")
        .say(KERRY, "Results are what will tell the story, not statements at a press conference.")
        .say(KARZAI, "Let's hope forward for the best,")
        .say(official("a.txt"), "The talks were candid and constructive.", kind="indirect")
        .say(None, "Nobody knows who said this one.")
        .say(KERRY, "A reader wrote this in the comments section of the page.", section="comments")
    )
    b = (
        _Writer("b.txt", "2013-12-04")
        .say(KERRY, "But we have all agreed that results are what will tell the story, not statements at a press")
        .say(KARZAI, "Let’s hope...for the best,")
        .say(official("b.txt"), "The differences were narrowed on most issues.", conf=0.3)
    )
    c = (
        _Writer("c.txt")
        .say(KERRY, "We will under-promise but deliver.", kind="mixed")
        .say(AZIZ, "Drone attacks are counterproductive.")
        .say(AZIZ, "We have relayed our concern.")
    )
    return Corpus(articles=[a.article(), b.article(), c.article()], entities=[])


def test_sections_most_quoted_first_ties_by_name_unattributed_last():
    """Speakers come most-quoted first, ties by name; the quotes with no speaker come last."""
    d = build(corpus(), min_confidence=0.0)
    assert [s.name for s in d.speakers] == [
        "John Kerry",
        "Hamid Karzai",
        "Sartaj Aziz",
        "senior official",
        "senior official",
        "(speaker not found)",
    ]
    assert d.speakers[-1].speaker is None and d.speakers[-1].quotes == 1


def test_speaker_section_counts_dates_and_order():
    """A section counts quotes and articles, knows the first and last date, and lists statements by date."""
    kerry = build(corpus()).speakers[0]
    assert (kerry.quotes, kerry.docs) == (3, ("b.txt", "a.txt", "c.txt"))
    assert (kerry.first_date, kerry.last_date) == (datetime.date(2013, 12, 4), datetime.date(2013, 12, 5))
    assert len(kerry.groups) == 2
    first = kerry.groups[0]
    assert [o.doc for o in first.occurrences] == ["b.txt", "a.txt"]  # dated first, then by date
    assert first.text.startswith("But we have all agreed")  # the longest form
    assert kerry.groups[1].occurrences[0].doc == "c.txt"  # undated articles come after


def test_same_statement_across_outlets_once():
    """A statement two articles carry is one group listing both articles."""
    karzai = build(corpus()).speakers[1]
    assert len(karzai.groups) == 1
    assert karzai.groups[0].docs == ("b.txt", "a.txt")
    assert karzai.groups[0].text == "Let's hope forward for the best,"


def test_anonymous_sources_are_per_article():
    """Anonymous sources of two articles are two sections, never merged."""
    d = build(corpus(), min_confidence=0.0)
    anon = [s for s in d.speakers if s.kind == "anonymous"]
    assert [s.docs for s in anon] == [("a.txt",), ("b.txt",)]
    assert all(s.scoped for s in anon)


def test_reader_comments_left_out_unless_asked():
    """Quotes marked as reader comments are not in the digest by default."""
    text = lambda d: [o.quote.text for s in d.speakers for g in s.groups for o in g.occurrences]  # noqa: E731
    assert not any("comments section" in t for t in text(build(corpus())))
    assert any("comments section" in t for t in text(build(corpus(), comments=True)))


def test_filters():
    """--speaker matches any alias, --kind quote and speaker kinds, --min-confidence and --min-quotes filter."""
    c = corpus()
    assert [s.name for s in build(c, speakers=["KERRY"]).speakers] == ["John Kerry"]
    assert [s.name for s in build(c, speakers=["person:sartaj-aziz", "Karzai"]).speakers] == [
        "Hamid Karzai",
        "Sartaj Aziz",
    ]
    assert {s.kind for s in build(c, kinds=["anonymous"]).speakers} == {"anonymous"}
    mixed = build(c, kinds=["mixed"])
    assert [(s.name, s.quotes) for s in mixed.speakers] == [("John Kerry", 1)]
    assert "b.txt" not in {
        doc for s in build(c, min_confidence=0.5).speakers if s.kind == "anonymous" for doc in s.docs
    }
    assert [s.name for s in build(c, min_quotes=2).speakers] == ["John Kerry", "Hamid Karzai", "Sartaj Aziz"]
    with pytest.raises(ValueError, match="unknown kind 'quote'"):
        build(c, kinds=["quote"])


def test_json_round_trip_and_errors():
    """The JSON digest reads back into equal records; other JSON is a clear error."""
    d = build(corpus())
    assert Digest.from_json(d.to_json()) == d
    assert Digest.from_json(json.loads(d.to_json())) == d
    with pytest.raises(ValueError, match="not a quotes digest"):
        Digest.from_json('{"speakers": []}')
    with pytest.raises(ValueError, match="malformed"):
        Digest.from_json('{"format": 1, "speakers": [{}], "articles": []}')


_speaker = st.sampled_from([KERRY, KARZAI, AZIZ, None])
_words = st.lists(
    st.sampled_from("peace talks border troops deal election trust we will not".split()), min_size=1, max_size=12
).map(" ".join)


@given(
    st.lists(
        st.lists(st.tuples(_speaker, _words, st.sampled_from(["direct", "indirect", "mixed"])), max_size=5),
        min_size=1,
        max_size=4,
    ),
    st.lists(
        st.one_of(st.none(), st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 1, 1))), min_size=4, max_size=4
    ),
)
def test_json_round_trip_property(arts, dates):
    """Any digest reads back from its JSON into the same records, and counts every quote once."""
    articles = []
    for i, said in enumerate(arts):
        w = _Writer(f"d{i}.txt", dates[i].isoformat() if dates[i] else None)
        for who, words, kind in said:
            w.say(who, words, kind=kind)
        articles.append(w.article())
    d = build(Corpus(articles=articles, entities=[]))
    assert Digest.from_json(d.to_json()) == d
    assert sum(s.quotes for s in d.speakers) == sum(len(a) for a in arts)
    assert sum(len(g.occurrences) for s in d.speakers for g in s.groups) == sum(len(a) for a in arts)


def test_markdown_has_a_heading_per_speaker():
    """Markdown: one '## Name' heading per speaker (an anonymous source's with its article's title,
    outlet and date), each occurrence with its cue, article and sentence."""
    md = build(corpus(), min_confidence=0.0).to_markdown()
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [
        "## John Kerry",
        "## Hamid Karzai",
        "## Sartaj Aziz",
        "## senior official — Kerry in Brussels (Wire, 2013-12-05)",  # an anonymous source: its article's
        "## senior official — b.txt (Wire, 2013-12-04)",  # title, outlet and date
        "## (speaker not found)",
    ]
    assert "Also named: Kerry, Secretary Kerry" in md
    assert "*said*, Kerry in Brussels (Wire, 2013-12-05):" in md


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.resources: list[str] = []
        self.marks: dict[str, str] = {}
        self._mark: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a":
            self.hrefs.append(a["href"])
        if tag in {"link", "img", "iframe"} or (tag == "script" and "src" in a):
            self.resources.append(tag)
        if tag == "mark" and "id" in a:
            self._mark = a["id"]
            self.marks[self._mark] = ""

    def handle_endtag(self, tag):
        if tag == "mark":
            self._mark = None

    def handle_data(self, data):
        if self._mark:
            self.marks[self._mark] += data


def test_html_is_self_contained_and_links_resolve():
    """HTML: no outside resources; every in-page link has its target; each quote is marked in its article."""
    d = build(corpus())
    page = _Page()
    page.feed(d.to_html())
    assert page.resources == []
    assert all(h[1:] in page.ids for h in page.hrefs if h.startswith("#"))
    assert {"filter", "toc"} <= page.ids
    shown = [o for s in d.speakers for g in s.groups for o in g.occurrences]
    assert len(page.marks) == len(shown)
    assert sorted(page.marks.values()) == sorted(o.quote.text for o in shown)


def test_html_without_articles_links_to_urls():
    """Without the articles, a quote links to its article's address, and no article text is shown."""
    a = _Writer("x.txt").say(KERRY, "We made progress.").article()
    a = Article(doc=a.doc, text=a.text, quotes=a.quotes, meta=Metadata(url="https://example.org/x"))
    page = _Page()
    page.feed(build(Corpus(articles=[a], entities=[]), articles=False).to_html())
    assert "https://example.org/x" in page.hrefs
    assert page.marks == {} and "articles" not in page.ids


def test_public_api_names():
    """quotes.digest builds a Digest, and the records are exported at the top level."""
    assert quotes.digest is build
    assert isinstance(quotes.digest(corpus()), quotes.Digest)


def test_the_default_threshold_is_the_clis():
    """By default the API keeps what ``quotes digest`` keeps: the quotes at the confidence model's threshold or more."""
    from quotes.confidence.scorer import resolve_model

    threshold = resolve_model(None).threshold
    assert 0.3 < threshold <= 0.9
    kept = [o.quote.confidence for s in build(corpus()).speakers for g in s.groups for o in g.occurrences]
    assert kept and min(kept) >= threshold
    assert len(kept) == len(
        [o for s in build(corpus(), min_confidence=threshold).speakers for g in s.groups for o in g.occurrences]
    )
    everything = build(corpus(), min_confidence=0.0)
    assert sum(s.quotes for s in everything.speakers) > len(kept)
