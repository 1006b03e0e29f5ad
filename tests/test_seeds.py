"""The seed articles as golden tests: each expected quote found, with its speaker."""

from __future__ import annotations

import pytest

from quotes.speakers.names import fold

pytestmark = pytest.mark.stanza

# (article prefix, words from the quote, accepted speaker names)
KERRY = ("John Kerry", "Kerry", "John F Kerry")
KARZAI = ("Hamid Karzai", "Karzai")
AZIZ = ("Sartaj Aziz", "Aziz")
SENIOR = ("senior State Department official",)
ANOTHER = ("State Department official",)
US_OFFICIAL = ("U.S. official", "US official")
EXPECTED = [
    ("000", "It’s fair to say there’s good feelings among all of us", KERRY),
    ("000", "that we made progress in this dialogue in terms of those discussions", KERRY),
    ("000", "a continuing trilateral discussion with respect to the security", KERRY),
    ("000", "talks would continue on the political and security track", KERRY),
    ("000", "Pakistan maintains these ties in order to wield influence", ("administration official",)),
    ("000", "Pakistan is crucial to bringing the Taliban", KARZAI),
    ("001", 'Afghanistan was in "a critical transformational period"', KERRY),
    ("001", "(I am) very, very pleased the president could travel", KERRY),
    ("001", "We are very, very hopeful for a productive series of discussions.", KERRY),
    ("001", "he was glad Kayani and Jilani had found the time to travel to Brussels", KARZAI),
    ("001", "Let's hope forward for the best", KARZAI),
    ("001", "We are looking forward to a very productive and forward-looking discussion.", ("Jalil Jilani", "Jilani")),
    ("001", "Pakistan must crack down on militants", ("Anders Fogh Rasmussen", "Rasmussen")),
    ("001", "Pakistan has a long history of supporting Afghanistan's Taliban", ("Afghan officials",)),
    ("001", "focused on the legal framework for Nato's presence", ("Anders Fogh Rasmussen", "Rasmussen")),
    ("002", "The discussion was reportedly constructive and candid", US_OFFICIAL),
    ("002", "Afghan President Hamid Karzai narrowed differences during initial talks", US_OFFICIAL),
    ("002", "talks have stumbled over two issues", ("Washington",)),
    ("002", "it can wait until after presidential elections in April next year", KARZAI),
    ("002", "The differences that existed coming in were narrowed", SENIOR),
    ("002", "Kerry and Karzai will meet again Saturday", SENIOR),
    ("002", "the talks as candid but constructive", SENIOR),
    ("002", "raised with Kerry the recent capture by U.S. forces of Latif Mehsud", SENIOR),
    ("002", "At no point during the conversation did the tone veer", SENIOR),
    ("002", "included a 10-minute private conversation", SENIOR),
    ("002", "Kerry did not intend to close a deal", ("U.S. officials", "US officials")),
    ("002", "This is really about us building momentum for the negotiators", ANOTHER),
    ("002", "the White House was increasingly willing to abandon plans", ("Washington Post",)),
    ("002", "the rest of the administration was fed up with Karzai", ("Washington Post",)),
    ("002", "The Afghans' primary goal with the BSA is to come up with an agreement", ANOTHER),
    ("002", "It's going to be more difficult for them to focus", US_OFFICIAL),
    ("003", "we made progress", KERRY),
    ("003", "We had a very extensive and... a very productive and constructive dialogue", KERRY),
    ("003", "We will under-promise but deliver", KERRY),
    ("003", "all three had agreed to continue their discussions", KERRY),
    ("003", "he was glad Kayani and Jilani had found the time to travel to Brussels", KARZAI),
    ("003", "Let’s hope...for the best", KARZAI),
    ("003", "Pakistan has a long history of supporting Afghanistan’s Taliban", ("Afghan officials",)),
    ("003", "the Pakistanis don’t want the Taliban to negotiate a deal", ("Afghan leaders",)),
    ("003", "Islamabad had not taken any of the needed steps toward peace", ("Karzai’s spokesman",)),
    ("003", "he wanted to have a “continuing trilateral discussion", KERRY),
    ("004", 'Washington is restarting a "strategic dialogue"', KERRY),
    ("004", 'both sides hope to remove "irritants"', KERRY),
    ("004", "I believe that the [Pakistani] Prime Minister [Nawaz Sharif] is serious", KERRY),
    ("004", "Islamabad was adamant that the United States must stop strikes", AZIZ),
    ("004", "We have relayed our concern and will continue to do so", AZIZ),
    ("004", "So, in the light of today's discussion, we will continue this dialogue", AZIZ),
    ("004", 'there were issues of "sovereignty,"', KERRY),
    ("004", "Zawahri was violating Pakistan's sovereignty", KERRY),
    ("004", "Islamabad would help facilitate talks between the Taliban and the Afghan government", AZIZ),
    ("004", "Both of our countries share an interest in a unified, stable, and peaceful Afghanistan", KERRY),
    ("004", "And so we greatly appreciate Pakistan's assistance", KERRY),
    ("004", "Washington and Kabul would reach a long-term security agreement", KERRY),
    ("004", 'Kerry as a "wonderful friend."', ("Nawaz Sharif", "Sharif")),
]


def _article(corpus, prefix):
    return next(a for a in corpus.articles if a.doc.startswith(prefix))


@pytest.mark.parametrize("prefix, snippet, speakers", EXPECTED, ids=[f"{p}:{s[:30]}" for p, s, _ in EXPECTED])
def test_seed_quote(seeds_corpus, prefix, snippet, speakers):
    """The quote is found (a predicted quote covers it) and attributed to an accepted speaker."""
    art = _article(seeds_corpus, prefix)
    start = art.text.index(snippet)
    end = start + len(snippet)
    covering = [
        q
        for q in art.quotes
        if sum(min(end, s.end) - max(start, s.start) for s in q.spans if s.overlaps_range(start, end))
        >= len(snippet) / 2
    ]
    assert covering, f"not found: {snippet!r}"
    q = covering[0]
    assert q.speaker is not None, f"no speaker for {snippet!r}"
    forms = [fold(f) for f in (q.speaker.name, *q.speaker.aliases)]
    assert any(fold(s) in f for s in speakers for f in forms), f"{snippet!r}: got {q.speaker.name!r}"


def test_no_quotes_from_scare_quotes_or_comments(seeds_corpus):
    """Scare quotes and the reader comments of article 001 yield no quotes."""
    art = _article(seeds_corpus, "001")
    comments = art.text.index("COMMENTS (10)")
    assert not [q for q in art.quotes if q.span.start > comments and q.kind == "direct"]
    art2 = _article(seeds_corpus, "002")
    assert not [q for q in art2.quotes if q.text.strip(' ."') == "zero option"]


def test_speaker_ids_shared_across_articles(seeds_corpus):
    """Kerry's quotes in every article share one speaker id."""
    ids = {
        q.speaker.id
        for a in seeds_corpus.articles
        for q in a.quotes
        if q.speaker is not None and q.speaker.name.endswith("Kerry")
    }
    assert len(ids) == 1


def test_entities_merge_transliterations(seeds_corpus):
    """Kayani, Gen Kiani and Gen Kaini are one entity; Karzai is another."""

    def ent(form):
        return {
            e.id
            for e in seeds_corpus.entities
            if fold(form) in {fold(a) for a in (e.name, *e.aliases, *(m.text for m in e.mentions))}
        }

    assert ent("Gen Kiani") == ent("Gen Kaini") == ent("Ashfaq Parvez Kayani")
    assert ent("Bismullah Khan Mohammadi") == ent("Bismillah Mohammadi Khan")
    assert ent("Karzai") != ent("Kayani")
