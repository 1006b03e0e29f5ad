"""The reader's audit finds each class of defect, and none in the seeds digest."""

from __future__ import annotations

from quotes.digests.audit import audit, counts
from quotes.digests.records import Digest, DigestArticle, DigestSpeaker, Occurrence, QuoteGroup
from quotes.model import Mention, Quote, Span, Speaker

TEXT = (
    "Karzai called it an important meeting. “We are ready,” he said. “We will win.” "
    "Pakistan said talks go on. A resolution said more."
)


def _group(q: Quote, display: str) -> QuoteGroup:
    return QuoteGroup(text=q.text, kind=q.kind, display=display, occurrences=[Occurrence(doc="a", context="", quote=q)])


def _digest() -> Digest:
    called = Quote(
        kind="indirect", spans=[Span(14, 37)], text="it an important meeting", cue=Mention("called", Span(7, 13))
    )
    parts = Quote(kind="direct", spans=[Span(40, 53), Span(65, 77)], text="We are ready, We will win.")
    karzai = Speaker(id="person:karzai", name="Hamid Karzai", kind="person", aliases=("Karzai", "the leader"))
    rasmussen = Speaker(
        id="person:r", name="Anders Fogh Rasmussen", kind="person",
        aliases=("Secretary General Anders Fogh Rasmussen", "General Anders Fogh Rasmussen"),
    )  # fmt: skip
    sections = [
        DigestSpeaker(
            speaker=karzai,
            quotes=2,
            docs=["a"],
            groups=[
                _group(called, "“it an important meeting”"),  # in marks, and without its verb
                _group(parts, "“We are ready, We will win.”"),  # glued
            ],
        ),  # fmt: skip
        DigestSpeaker(speaker=Speaker(id="person:pk", name="Pakistan", kind="person"), quotes=0, docs=["a"], groups=[]),
        DigestSpeaker(
            speaker=Speaker(id="o:r", name="resolution", kind="organization"), quotes=0, docs=["a"], groups=[]
        ),
        DigestSpeaker(speaker=rasmussen, quotes=0, docs=["a"], groups=[]),
        DigestSpeaker(
            speaker=Speaker(id="a:1", name="U.S. official", kind="anonymous"), quotes=0, docs=["a"], groups=[]
        ),
        DigestSpeaker(speaker=Speaker(id="a:2", name="US official", kind="anonymous"), quotes=0, docs=["a"], groups=[]),
    ]
    return Digest(speakers=sections, articles=[DigestArticle(doc="a", text=TEXT)])


def test_each_defect_class_is_found():
    """Every class of defect the issue names is found where it is."""
    assert counts(audit(_digest())) == {
        "report-in-marks": 1,
        "no-verb": 1,
        "glued": 1,
        "place-person": 1,
        "unnamed-organization": 1,
        "description-alias": 1,
        "title-alias": 1,
        "split-source": 1,
    }


def test_unpaired_marks_are_found():
    """A statement whose quotation marks do not pair up is found."""
    q = Quote(kind="mixed", spans=[Span(0, 5)], text="x", cue=None)
    s = DigestSpeaker(speaker=None, quotes=1, docs=["a"], groups=[_group(q, "that he believed “we made progress")])
    assert counts(audit(Digest(speakers=[s], articles=[DigestArticle(doc="a", text=TEXT)]))) == {"unpaired-marks": 1}


def test_the_seeds_digest_has_no_defect(seed_docs):
    """The digest of the seeds, on their frozen annotations, has none of the defects."""
    from quotes import digest, extract_documents

    assert counts(audit(digest(extract_documents(sorted(seed_docs.items()))))) == {}
