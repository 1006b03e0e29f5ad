"""The rules, by name: each shape of quote the library finds is a named rule, in one visible list.

A rule's *name* says which shape fired (``ccomp.that-clause``: "said that X";
``ccomp.told-person``: "told NAME X"), so errors can be counted per shape; its *label* is the
public family it reports (``Quote.rule``: ``ccomp``), whose confidence was measured on PolNeAR.
Both are recorded on each quote (``Quote.rule_name``, ``Quote.rule``). An unknown name is an
error, never a default.

>>> rule("ccomp.that-clause").label, rule("ccomp.that-clause").confidence
('ccomp', 0.82)
>>> rule("ccomp.that-claus")
Traceback (most recent call last):
...
quotes.rules.UnknownRuleError: no rule named 'ccomp.that-claus' (see quotes.rules.RULES)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from quotes.errors import QuotesError

if TYPE_CHECKING:
    from quotes.model import Document, Quote

EXAMPLES = Path(__file__).parent.parent / "data" / "rules.annotations.json.gz"
"""The examples' stanza annotations, frozen (``tools/freeze_annotations.py --rules``)."""

LABEL_CONFIDENCE: dict[str, float] = {
    "cue-after": 0.94,
    "cue-before": 0.91,
    "parse": 0.8,
    "colon": 0.66,
    "colon-intro": 0.85,
    "continuation": 0.59,
    "preceding-subject": 0.74,
    "ccomp": 0.82,
    "trailing": 0.81,
    "according-to": 0.86,
    "frame": 0.81,
    "relative": 0.84,
    "object": 0.7,
    "parenthetical": 0.78,
    "nominal": 0.64,
    "passive": 0.53,
    "colon-after": 0.64,
    "none": 0.3,
}
"""Each public label's measured precision on PolNeAR train (the share of its quotes that match a
gold attribution); a quote's confidence starts from its label's."""


class UnknownRuleError(QuotesError, KeyError):
    """A rule name or label that is not in the registry (a typo, or a rule never registered)."""

    def __str__(self) -> str:
        return str(self.args[0])


@attrs.frozen
class Rule:
    """One named rule: the shape it finds, the label it reports, and an example it finds."""

    name: str
    label: str
    example: str
    """A text it finds a quote in (frozen with its annotation: ``tests/test_rules_registry.py``)."""
    doc: str
    stage: str
    """When it is tried: ``direct`` (each quoted passage), ``passive`` then ``cue`` (each verb of
    saying; the first match wins), ``phrase`` (reports with no verb, over the whole article)."""

    @property
    def confidence(self) -> float:
        """The measured confidence of the rule's label."""
        return LABEL_CONFIDENCE[self.label]


STAGES = ("direct", "passive", "cue", "phrase")
"""The stages, in the order an article goes through them."""


def _r(name: str, example: str, doc: str, stage: str = "cue") -> Rule:
    lab = name.split(".", 1)[0]
    if lab not in LABEL_CONFIDENCE:
        raise UnknownRuleError(f"rule {name!r}: no confidence for label {lab!r}")
    if stage not in STAGES:
        raise ValueError(f"rule {name!r}: no stage {stage!r}")
    return Rule(name=name, label=lab, example=example, doc=doc, stage=stage)


ORDER: tuple[Rule, ...] = (
    # direct quotes (quotes.attribute), tried in this order for each quoted passage
    _r("cue-after", "“We made progress,” Kerry said.", "a verb of saying right after the quote", stage="direct"),
    _r("cue-before", "Kerry said: “We made progress.”", "a verb of saying right before the quote", stage="direct"),
    _r(
        "parse",
        "Pataki says Kasich “has a track record of bringing people together.”",
        "the quote in a clause of a verb of saying",
        stage="direct",
    ),
    _r("colon", "Kerry: “We made progress today in the talks.”", "a name and a colon before the quote", stage="direct"),
    _r(
        "colon-intro",
        "Kerry said:\n\n“We made progress in the talks today.”",
        "a colon after a verb of saying ends the paragraph before",
        stage="direct",
    ),
    _r(
        "cue-after.multi-part",
        "He tweeted when Clinton ended a Democratic debate last December with a reference to the "
        'blockbuster "Star Wars" sequel hitting the theaters, remarking, “Thank you, and may The Force be with you.”',
        "a quote in parts, cued after its first part or before its last",
        stage="direct",
    ),
    _r(
        "continuation",
        "“We made progress,” Kerry said.\n\n“We will go on talking with them tomorrow.”",
        "no cue: the previous quote's speaker goes on",
        stage="direct",
    ),
    _r(
        "preceding-subject",
        "Kerry spoke to reporters on Monday.\n\n“We will go on talking with them tomorrow and the day after that.”",
        "no cue: the subject of the sentence before",
        stage="direct",
    ),
    _r(
        "none",
        "“Nobody knows who said this, or where it was said.”",
        "a long quoted passage with no cue found",
        stage="direct",
    ),
    # indirect and mixed quotes (quotes.indirect), tried in this order for each verb of saying,
    # then the reports with no verb (according to, labels, nouns)
    _r("passive.addressee", "Kerry was told the talks would go on.", "what someone was told or asked", "passive"),
    _r(
        "passive.subject",
        "On Thursday, the dissolution of the club was announced.",
        "the subject of a passive verb of saying",
        "passive",
    ),
    _r("ccomp.headline", "Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism", "the rest of a headline"),
    _r("colon-after.after-cue", "Kerry said this: the talks will go on.", "what follows a colon after the cue"),
    _r("ccomp.that-clause", "Kerry said that the talks would go on.", "a that- or whether-clause after the cue"),
    _r("relative.pronoun", "a plan which Kerry says includes new talks", "a relative pronoun stands for what was said"),
    _r(
        "relative.no-pronoun",
        "a decision they say allowed terrorist activity to multiply",
        "a relative clause with no pronoun",
    ),
    _r("parenthetical.as-clause", "The talks will go on, as Kerry said.", "an as-clause"),
    _r("parenthetical.inside", "Riding alone, she said, can be hazardous.", "the cue and source inside the content"),
    _r("trailing.after-comma", "The talks will go on, Kerry said.", "a source and cue after the content"),
    _r(
        "trailing.source-phrase",
        "The talks will go on, a source close to him said.",
        "a longer source phrase after the content",
    ),
    _r("trailing.inverted", "The talks will go on, said Kerry.", "the cue before its trailing source"),
    _r("frame.as-of", "Kerry described the talks as a success.", "a verb of saying with as or of"),
    _r("object.call-for", "Kerry called for new talks to begin.", "called for, called on, asked for"),
    _r("frame.called", "Kerry called the talks a success.", "called X Y"),
    _r("frame.object-complement", "Lynch calls North Carolina her home state.", "an object and its complement"),
    _r("object.call-out", "Kerry called out his rival for the delay.", "called out"),
    _r("object.topic-only", "Kerry spoke about the security deal.", "the topic of a verb that takes no clause"),
    _r("ccomp.dependent", "Kerry said the talks would go on.", "the clause the parser hangs on the cue"),
    _r(
        "relative.after-pronoun",
        "She vetoed a bill which critics said was discriminatory.",
        "right after a relative pronoun and its source",
    ),
    _r(
        "ccomp.told-person",
        "The Florida senator told reporters he feels good about his campaign in Iowa.",
        "past the person told",
    ),
    _r("ccomp.subject-verb", "Trump later said he was joking.", "a phrase and its own verb after the cue"),
    _r("object.noun-infinitive", "Kerry announced a series of steps to end the war.", "an object and what hangs on it"),
    _r(
        "ccomp.untagged-verb", "Kerry said each year of talks yields progress.", "a clause whose verb the tagger missed"
    ),
    _r(
        "ccomp.clause-after",
        "I said when I announced I wasn’t running, I’m not going to remain silent.",
        "a clause opening later after the cue",
    ),
    _r("object.topic", "Love did not respond to requests for comment.", "the topic of a verb of saying"),
    _r("object.object", "Kerry announced a new round of talks.", "the object of a verb of saying"),
    _r("according-to.phrase", "The talks will go on, according to Kerry.", "according to X", "phrase"),
    _r("colon.label", "Kerry: the talks will go on next week.", "a speaker's label and a colon", "phrase"),
    _r("nominal.noun", "Kerry's claim that the talks would go on", "a noun of saying and its clause", "phrase"),
)
"""Every rule, in the order they are tried: the direct rules for each quoted passage, then for
each verb of saying the indirect rules, then the rules with no verb (according to, labels,
nouns). Each rule's docstring example is in ``Rule.example``."""

RULES: dict[str, Rule] = {r.name: r for r in ORDER}


def rule(name: str) -> Rule:
    """The rule of that name.

    Raises:
        UnknownRuleError: No rule has that name.
    """
    try:
        return RULES[name]
    except KeyError:
        raise UnknownRuleError(f"no rule named {name!r} (see quotes.rules.RULES)") from None


def label_confidence(label: str) -> float:
    """The measured confidence of a public label.

    Raises:
        UnknownRuleError: No rule reports that label.
    """
    try:
        return LABEL_CONFIDENCE[label]
    except KeyError:
        raise UnknownRuleError(f"no rule label {label!r} (see quotes.rules.LABEL_CONFIDENCE)") from None


@lru_cache(maxsize=1)
def example_documents() -> dict[str, Document]:
    """Example text -> its frozen annotation."""
    from quotes.nlp.cache import load_documents

    return load_documents(EXAMPLES)


def example_quotes(r: Rule) -> list[Quote]:
    """The quotes found in the rule's example, on its frozen annotation (no models needed).

    >>> [(q.rule_name, q.text) for q in example_quotes(rule("trailing.inverted"))]
    [('trailing.inverted', 'The talks will go on')]
    """
    from quotes.pipeline import extract_documents

    doc = example_documents()[r.example]
    return list(extract_documents([("example", doc)]).articles[0].quotes)


__all__ = [
    "EXAMPLES",
    "LABEL_CONFIDENCE",
    "STAGES",
    "ORDER",
    "RULES",
    "Rule",
    "UnknownRuleError",
    "example_documents",
    "example_quotes",
    "label_confidence",
    "rule",
]
