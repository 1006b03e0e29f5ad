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
quotes.find.rules.registry.UnknownRuleError: no rule named 'ccomp.that-claus' (see quotes.find.rules.RULES)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import attrs

from quotes.errors import QuotesError

if TYPE_CHECKING:
    from quotes.model import Corpus, Document, Quote

EXAMPLES = Path(__file__).parent.parent.parent / "data" / "rules.annotations.json.gz"
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
    """When it is tried: ``direct`` (each quoted passage; ``cue-after.multi-part``,
    ``continuation``, ``preceding-subject`` and ``none`` have no finder of their own: they name
    how a quote with no cue was attributed), ``passive`` then ``cue`` (each verb of saying; the
    first match wins), ``phrase`` (reports with no verb, over the whole article)."""

    @property
    def confidence(self) -> float:
        """The measured confidence of the rule's label."""
        return LABEL_CONFIDENCE[self.label]


STAGES = ("direct", "passive", "cue", "phrase")
"""The stages, in the order an article goes through them."""


def parse_rules(table: str) -> tuple[Rule, ...]:
    """The rules of a rule table, in order: ``name | stage | what it finds | example``, a row a
    rule; a line that opens with spaces goes on with the example of the row before, ``\\n`` in an
    example is a line break, and a line that opens with ``#`` is a comment.

    Raises:
        UnknownRuleError: A rule whose label (its name up to the first dot) has no measured
            confidence.
        ValueError: A row without its four fields, an unknown stage, or a name given twice.
    """
    rows: list[list[str]] = []
    for n, line in enumerate(table.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line[0].isspace():
            if not rows:
                raise ValueError(f"rule table, line {n}: an example's continuation with no row before it")
            rows[-1][3] = f"{rows[-1][3]} {line.strip()}".strip()
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 4:
            raise ValueError(f"rule table, line {n}: name | stage | what it finds | example: {line!r}")
        rows.append(fields)
    rules = tuple(_rule(name, stage, doc, example.replace("\\n", "\n")) for name, stage, doc, example in rows)
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ValueError(f"rule table: a name given twice: {sorted({x for x in names if names.count(x) > 1})}")
    return rules


def _rule(name: str, stage: str, doc: str, example: str) -> Rule:
    lab = name.split(".", 1)[0]
    if lab not in LABEL_CONFIDENCE:
        raise UnknownRuleError(f"rule {name!r}: no confidence for label {lab!r}")
    if stage not in STAGES:
        raise ValueError(f"rule {name!r}: no stage {stage!r}")
    return Rule(name=name, label=lab, example=example, doc=doc, stage=stage)


RULE_TABLE = r"""
# direct quotes (quotes.find.attribute), tried in this order for each quoted passage
cue-after               | direct  | a verb of saying right after the quote | “We made progress,” Kerry said.
cue-before              | direct  | a verb of saying right before the quote | Kerry said: “We made progress.”
parse                   | direct  | the quote in a clause of a verb of saying |
    Pataki says Kasich “has a track record of bringing people together.”
colon                   | direct  | a name and a colon before the quote |
    Kerry: “We made progress today in the talks.”
colon-intro             | direct  | a colon after a verb of saying ends the paragraph before |
    Kerry said:\n\n“We made progress in the talks today.”
cue-after.multi-part    | direct  | a quote in parts, cued after its first part or before its last |
    He tweeted when Clinton ended a Democratic debate last December with a reference to the blockbuster "Star Wars"
    sequel hitting the theaters, remarking, “Thank you, and may The Force be with you.”
continuation            | direct  | no cue: the previous quote's speaker goes on |
    “We made progress,” Kerry said.\n\n“We will go on talking with them tomorrow.”
preceding-subject       | direct  | no cue: the subject of the sentence before |
    Kerry spoke to reporters on Monday.\n\n“We will go on talking with them tomorrow and the day after that.”
none                    | direct  | a long quoted passage with no cue found |
    “Nobody knows who said this, or where it was said.”
# indirect and mixed quotes (quotes.find.indirect): for each verb of saying the passive rules, then the cue
# rules, the first match winning; then the reports with no verb (according to, labels, nouns)
passive.addressee       | passive | what someone was told or asked | Kerry was told the talks would go on.
passive.subject         | passive | the subject of a passive verb of saying |
    On Thursday, the dissolution of the club was announced.
ccomp.headline          | cue     | the rest of a headline |
    Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism
colon-after.after-cue   | cue     | what follows a colon after the cue | Kerry said this: the talks will go on.
ccomp.that-clause       | cue     | a that- or whether-clause after the cue | Kerry said that the talks would go on.
relative.pronoun        | cue     | a relative pronoun stands for what was said |
    a plan which Kerry says includes new talks
relative.no-pronoun     | cue     | a relative clause with no pronoun |
    a decision they say allowed terrorist activity to multiply
parenthetical.as-clause | cue     | an as-clause | The talks will go on, as Kerry said.
parenthetical.inside    | cue     | the cue and source inside the content |
    Riding alone, she said, can be hazardous.
trailing.after-comma    | cue     | a source and cue after the content | The talks will go on, Kerry said.
trailing.source-phrase  | cue     | a longer source phrase after the content |
    The talks will go on, a source close to him said.
trailing.inverted       | cue     | the cue before its trailing source | The talks will go on, said Kerry.
frame.as-of             | cue     | a verb of saying with as or of | Kerry described the talks as a success.
object.call-for         | cue     | called for, called on, asked for | Kerry called for new talks to begin.
frame.called            | cue     | called X Y | Kerry called the talks a success.
frame.object-complement | cue     | an object and its complement | Lynch calls North Carolina her home state.
object.call-out         | cue     | called out | Kerry called out his rival for the delay.
object.topic-only       | cue     | the topic of a verb that takes no clause | Kerry spoke about the security deal.
ccomp.dependent         | cue     | the clause the parser hangs on the cue | Kerry said the talks would go on.
relative.after-pronoun  | cue     | right after a relative pronoun and its source |
    She vetoed a bill which critics said was discriminatory.
ccomp.told-person       | cue     | past the person told |
    The Florida senator told reporters he feels good about his campaign in Iowa.
ccomp.subject-verb      | cue     | a phrase and its own verb after the cue | Trump later said he was joking.
object.noun-infinitive  | cue     | an object and what hangs on it |
    Kerry announced a series of steps to end the war.
ccomp.untagged-verb     | cue     | a clause whose verb the tagger missed |
    Kerry said each year of talks yields progress.
ccomp.clause-after      | cue     | a clause opening later after the cue |
    I said when I announced I wasn’t running, I’m not going to remain silent.
object.topic            | cue     | the topic of a verb of saying | Love did not respond to requests for comment.
object.object           | cue     | the object of a verb of saying | Kerry announced a new round of talks.
according-to.phrase     | phrase  | according to X | The talks will go on, according to Kerry.
colon.label             | phrase  | a speaker's label and a colon | Kerry: the talks will go on next week.
nominal.noun            | phrase  | a noun of saying and its clause | Kerry's claim that the talks would go on
"""
"""Every rule, in the order they are tried: name, stage, what it finds, and an example text it
finds a quote in (its annotation frozen: ``tools/freeze_annotations.py --rules``)."""

ORDER: tuple[Rule, ...] = parse_rules(RULE_TABLE)
"""Every rule, in the order they are tried: the direct rules for each quoted passage, then for
each verb of saying the indirect rules, then the rules with no verb (according to, labels,
nouns)."""

RULES: dict[str, Rule] = {r.name: r for r in ORDER}


def rule(name: str) -> Rule:
    """The rule of that name.

    Raises:
        UnknownRuleError: No rule has that name.
    """
    return _lookup(RULES, name, f"no rule named {name!r} (see quotes.find.rules.RULES)")


def label_confidence(label: str) -> float:
    """The measured confidence of a public label.

    Raises:
        UnknownRuleError: No rule reports that label.
    """
    return _lookup(LABEL_CONFIDENCE, label, f"no rule label {label!r} (see quotes.find.rules.LABEL_CONFIDENCE)")


T = TypeVar("T")


def registrar(table: dict[str, T], name: str) -> Callable[[T], T]:
    """A decorator that files a function in ``table`` as the finder of the rule ``name``.

    Raises:
        UnknownRuleError: No rule has that name (as the rule's module loads).
        ValueError: The rule has a finder already.
    """
    rule(name)

    def register(f: T) -> T:
        if name in table:
            raise ValueError(f"rule {name!r} has two finders")
        table[name] = f
        return f

    return register


def _lookup(table: dict[str, T], key: str, missing: str) -> T:
    try:
        return table[key]
    except KeyError:
        raise UnknownRuleError(missing) from None


@lru_cache(maxsize=1)
def example_documents() -> dict[str, Document]:
    """Example text -> its frozen annotation."""
    from quotes.nlp.cache import load_documents

    return load_documents(EXAMPLES)


def example_quotes(r: Rule, extract_documents: Callable[[list[tuple[str, Document]]], Corpus]) -> list[Quote]:
    """The quotes found in the rule's example, on its frozen annotation (no models needed).

    The finding is the caller's (:func:`quotes.extract_documents`): the registry sits below the
    pipeline that runs it.

    >>> from quotes import extract_documents
    >>> [(q.rule_name, q.text) for q in example_quotes(rule("trailing.inverted"), extract_documents)]
    [('trailing.inverted', 'The talks will go on')]
    """
    doc = example_documents()[r.example]
    return list(extract_documents([("example", doc)]).articles[0].quotes)


__all__ = [
    "EXAMPLES",
    "LABEL_CONFIDENCE",
    "STAGES",
    "ORDER",
    "RULES",
    "RULE_TABLE",
    "Rule",
    "UnknownRuleError",
    "example_documents",
    "example_quotes",
    "label_confidence",
    "parse_rules",
    "registrar",
    "rule",
]
