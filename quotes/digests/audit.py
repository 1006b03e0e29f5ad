"""A reader's audit of a digest: the statements and speakers with a defect a reader notices at once.

The scorer compares spans; a reader sees what the digest shows. :func:`audit` lists, for each
statement and each speaker section, the defects of these classes (the mechanical part of the
hand judgement in docs/evaluation.md):

- ``report-in-marks``: an indirect or mixed report shown inside quotation marks, as if the
  speaker had said it word for word;
- ``no-verb``: a report shown without the verb that makes it one (``it an important meeting``
  for *called it an important meeting*);
- ``glued``: parts of one quote that its attribution separates, run together as one sentence;
- ``unpaired-marks``: the shown text's quotation marks do not pair up;
- ``place-person``: a country or city listed as a person;
- ``unnamed-organization``: an organization whose name is a common noun (``resolution``);
- ``description-alias``: a person's or an organization's alias that is a description, not a name
  (``newspaper``);
- ``title-alias``: an alias that begins inside a title (``General Anders Fogh Rasmussen`` from
  *Secretary General*);
- ``split-source``: two sections of one article for one description (``U.S. official`` /
  ``US official``).

>>> from quotes import extract_many
>>> from quotes.digests.building import build
>>> from quotes.nlp.samples import SampleAnnotator, sample_texts
>>> digest = build(extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator()))
>>> counts(audit(digest))
{}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from quotes.digests.records import Digest, DigestSpeaker, QuoteGroup
from quotes.find.display import BREAK, paired
from quotes.lexicon import HEAD_TITLES
from quotes.nlp.text import fold
from quotes.speakers.aliases import is_name
from quotes.speakers.coref import place_name

CLASSES = (
    "report-in-marks",
    "no-verb",
    "glued",
    "unpaired-marks",
    "place-person",
    "unnamed-organization",
    "description-alias",
    "title-alias",
    "split-source",
)
"""The defect classes, in the order they are reported."""

_OPENERS = "“«„"
_CLOSERS = "”»"


@attrs.frozen(kw_only=True)
class Finding:
    """One defect: its class, the section's speaker, and what the reader sees."""

    defect: str
    """One of :data:`CLASSES`."""
    speaker: str
    """The section's heading name."""
    shown: str
    """The statement as shown, or the name or alias at fault."""
    doc: str = ""
    """An article that carries it."""


def _statement(s: DigestSpeaker, g: QuoteGroup, text_of: dict[str, str | None]) -> list[str]:
    found = []
    # a digest written before display forms showed every statement in quotation marks
    shown = g.display or f"“{g.text}”"
    q = max((o.quote for o in g.occurrences), key=lambda q: len(q.display or q.text))
    if g.kind != "direct" and shown[:1] in _OPENERS + '"' and shown.rstrip(".")[-1:] in _CLOSERS + '"':
        found.append("report-in-marks")
    cue = q.cue
    before = cue is not None and cue.span.end <= q.spans[0].start and any(c.isalpha() for c in cue.text)
    if g.kind != "direct" and cue is not None and before and fold(cue.text) not in fold(shown)[:80]:
        found.append("no-verb")
    text = text_of.get(g.occurrences[0].doc)
    if text is not None and len(q.spans) > 1 and BREAK not in shown:
        gaps = [text[a.end : b.start] for a, b in zip(q.spans, q.spans[1:], strict=False)]
        joined = " ".join(" ".join(text[p.start : p.end].split()) for p in q.spans)
        # parts run together with the words between them gone (a relative clause shown as written keeps them)
        if any(re.search(r"[A-Za-z]{2}", gap) for gap in gaps) and fold(joined)[:-1] in fold(shown):
            found.append("glued")
    if not paired(shown):
        found.append("unpaired-marks")
    return found


def _speaker(s: DigestSpeaker) -> list[tuple[str, str]]:
    if s.speaker is None:
        return []
    found: list[tuple[str, str]] = []
    name = s.speaker.name
    if s.kind == "person" and place_name(name):
        found.append(("place-person", name))
    if s.kind == "organization" and not is_name(name):
        found.append(("unnamed-organization", name))
    forms = [name, *s.speaker.aliases]
    for alias in s.speaker.aliases:
        if s.kind in {"person", "organization"} and not is_name(alias):
            found.append(("description-alias", alias))
        first = alias.split()[0] if alias.split() else ""
        if fold(first) in HEAD_TITLES and any(
            f.endswith(" " + alias) and fold(f.split()[-len(alias.split()) - 1]) in HEAD_TITLES for f in forms
        ):
            found.append(("title-alias", alias))
    return found


def audit(digest: Digest) -> list[Finding]:
    """The defects a reader would notice in ``digest``, statement by statement and section by section."""
    text_of = {a.doc: a.text for a in digest.articles}
    out: list[Finding] = []
    scoped: dict[tuple[str, str], str] = {}
    for s in digest.speakers:
        for defect, shown in _speaker(s):
            out.append(Finding(defect=defect, speaker=s.name, shown=shown, doc=s.docs[0] if s.docs else ""))
        if s.scoped and s.docs:
            key = (s.docs[0], fold(s.name).replace(" ", ""))
            if key in scoped:
                out.append(Finding(defect="split-source", speaker=s.name, shown=scoped[key], doc=s.docs[0]))
            scoped[key] = s.name
        for g in s.groups:
            for defect in _statement(s, g, text_of):
                shown = g.display or f"“{g.text}”"
                out.append(Finding(defect=defect, speaker=s.name, shown=shown, doc=g.occurrences[0].doc))
    return sorted(out, key=lambda f: CLASSES.index(f.defect))


def counts(findings: Sequence[Finding]) -> dict[str, int]:
    """How many findings of each class (classes with none left out), in :data:`CLASSES` order."""
    c = Counter(f.defect for f in findings)
    return {k: c[k] for k in CLASSES if c[k]}


def statements(digest: Digest) -> int:
    """How many statements the digest shows."""
    return sum(len(s.groups) for s in digest.speakers)


__all__ = ["CLASSES", "Finding", "audit", "counts", "statements"]
