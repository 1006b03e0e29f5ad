"""What a rule for a verb of saying is given (:class:`CueContext`) and gives back (:class:`Match`).

A rule is a function ``find(ctx) -> Match | NO_REPORT | None`` registered under its name with
:func:`finds`: a :class:`Match` ends the search for that verb, ``None`` lets the next rule in
:data:`quotes.find.rules.ORDER` try, and :data:`NO_REPORT` says the verb reports nothing here (``called
Cruz on Monday`` is a phone call), so no later rule tries. Reports with no verb of saying
(``according to X``) are found over the whole article by a :data:`PhraseFinder`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from functools import cache
from typing import Literal

import attrs

from quotes.find.rules.bounds import MIN_CONTENT_WORDS, sentence_end
from quotes.find.rules.registry import ORDER, registrar, rule
from quotes.find.rules.words import TIME_CLAUSE, WEEKDAYS_CAPITALIZED
from quotes.lexicon import REPORTING_VERBS, is_time_word
from quotes.lexicon.verbs import allows
from quotes.model import Sentence, Token
from quotes.nlp.doc import DocView, nominal_run


def _known_rule(_: object, __: attrs.Attribute[str], name: str) -> None:
    rule(name)


@attrs.frozen
class Match:
    """What a rule found: the content's tokens, the verb (or phrase) that cues it, and its source
    when the rule found one on the way (else the engine looks for it)."""

    content: tuple[int, ...] = attrs.field(converter=tuple[int, ...])
    """Token indexes of what was said, in text order (a multi-part rule's may have gaps)."""
    rule_name: str = attrs.field(validator=_known_rule)
    """The rule's name in :data:`quotes.find.rules.RULES` (an unknown one is an error)."""
    cue: int
    """Token index of the verb or word of saying."""
    source: tuple[int, int] | None = None
    """Token range of who said it, or None when not found yet."""

    @property
    def label(self) -> str:
        """The public label the rule reports (``Quote.rule``)."""
        return rule(self.rule_name).label


class Verdict(enum.Enum):
    """A rule's answer that is not a match."""

    NO_REPORT = "no report"
    """The verb reports nothing here: no later rule should try."""


NO_REPORT: Literal[Verdict.NO_REPORT] = Verdict.NO_REPORT
Found = Match | Literal[Verdict.NO_REPORT] | None
"""What a rule returns."""


@attrs.frozen
class CueContext:
    """A verb of saying in its sentence, with what several rules look at, computed once."""

    view: DocView
    v: int
    """The verb's token index."""
    lemma: str
    frames: frozenset[str]
    """What the verb allows (:data:`quotes.lexicon.REPORTING_VERBS`; a clause when not listed)."""
    sentence: Sentence
    line: int
    """The first token of the verb's line within its sentence (a trailing report's content
    begins there: the tokenizer may not split sentences at a line break)."""
    run: tuple[int, ...]
    """The noun phrase right before the verb (past auxiliaries and adverbs): its source, if any."""
    end: int
    """Where the verb's sentence ends (:func:`quotes.find.rules.bounds.sentence_end`)."""
    rest: tuple[Token, ...]
    """The tokens after the verb to the sentence's end."""
    ends_here: bool
    """The verb ends its clause but for a short adverbial (``said on Tuesday``): a trailing cue."""
    opens_quote: bool
    """A colon or a quotation mark within three tokens after the verb."""

    @property
    def token(self) -> Token:
        return self.view.tokens[self.v]

    @property
    def kids(self) -> list[int]:
        return self.view.children[self.v]

    @property
    def next_word(self) -> str:
        """The word right after the verb, lowercased ('' at the sentence's end)."""
        return self.view.tokens[self.v + 1].text.lower() if self.v + 1 < self.end else ""

    def clause(self, idxs: list[int]) -> bool:
        """Enough words, one of them a verb."""
        return any(self.view.tokens[i].upos in {"VERB", "AUX"} for i in idxs) and len(idxs) >= MIN_CONTENT_WORDS

    def sentence_like(self, idxs: list[int]) -> bool:
        """A clause, or five words (before ``, said Geert Wilders.`` the whole sentence is what was
        said, whatever its tags)."""
        return self.clause(idxs) or len([i for i in idxs if self.view.tokens[i].upos != "PUNCT"]) >= 5

    def match(self, content: Iterable[int], name: str, source: tuple[int, int] | None = None) -> Match:
        return Match(content=content, rule_name=name, cue=self.v, source=source)


def cue_context(view: DocView, v: int) -> CueContext:
    """The context of the verb of saying ``v``."""
    t = view.tokens[v]
    lemma = t.lemma.lower()
    frames = REPORTING_VERBS.get(lemma, frozenset({"ccomp"}))
    sent = view.doc.sentences[t.sentence]
    line = next((i for i in range(v, sent.first, -1) if view.line_break_before(i)), sent.first)
    before = list(range(sent.first, v))
    j = len(before) - 1
    while j >= 0 and view.tokens[before[j]].upos in {"AUX", "ADV", "PART"}:
        j -= 1
    run = nominal_run(view, [before[k] for k in range(j, -1, -1)]) if j >= 0 else []
    end = sentence_end(view, v)
    rest = tuple(view.tokens[i] for i in range(v + 1, end))
    return CueContext(
        view=view,
        v=v,
        lemma=lemma,
        frames=frames,
        sentence=sent,
        line=line,
        run=tuple(run),
        end=end,
        rest=rest,
        ends_here=_ends_here(view, t, lemma, frames, rest),
        opens_quote=any(x.text in {":"} or all(c in '"“«' for c in x.text) for x in rest[:3]),
    )


def _ends_here(view: DocView, t: Token, lemma: str, frames: frozenset[str], rest: tuple[Token, ...]) -> bool:
    """Whether the verb ends its clause but for a short adverbial (``said on Tuesday``, ``said in
    a statement``): what follows it to a full stop or a comma and a new phrase is its setting."""
    body: list[Token] = []
    for pos, x in enumerate(rest):
        if x.text in {".", "!", "?"}:
            break
        if x.text == ",":
            # "…, Spicer said, adding …": what follows the comma belongs to the cue, not a content
            nxt = rest[pos + 1] if pos + 1 < len(rest) else None
            if nxt is None or nxt.xpos == "VBG" or all(c in "\"“'" for c in nxt.text):
                break
        body.append(x)
    if allows(lemma, "addressee") and body and body[0].upos in {"PROPN", "NOUN", "PRON", "DET"}:
        # "…, Smith told POLITICO earlier this week.": the person told comes before the adverbials
        told = nominal_run(view, [x.index for x in body])
        body = body[len(told) :]
    return (
        t.xpos in {"VBD", "VBZ", "VBP", "VBN"}
        and "ccomp" in frames
        and (
            not body
            or body[0].upos in {"ADP", "ADV", "PUNCT", "SCONJ"}
            or body[0].text in WEEKDAYS_CAPITALIZED
            or (
                # "…, the University of Michigan reported last week."
                body[0].text.lower() in {"last", "this", "next", "late", "early"}
                and len(body) > 1
                and is_time_word(body[1].text)
            )
        )
        and len(body) <= 12
        and (
            not any(x.upos in {"VERB", "AUX"} for x in body)
            or body[0].text.lower() in TIME_CLAUSE
            and not (
                # ("CNN reported at least six planes filled …": a number, not a time or place)
                len(body) > 1 and body[1].text.lower() in {"least", "most"}
            )
        )
    )


Finder = Callable[[CueContext], Found]
"""A rule for a verb of saying."""
PhraseFinder = Callable[[DocView], list[Match]]
"""A rule for reports with no verb of saying, over a whole article."""

FINDERS: dict[str, Finder] = {}
"""Rule name -> its finder, for the rules of verbs of saying (filled by :func:`finds`)."""
PHRASE_FINDERS: dict[str, PhraseFinder] = {}
"""Rule name -> its finder, for the rules with no verb of saying."""


def finds(name: str) -> Callable[[Finder], Finder]:
    """Registers a function as the finder of the rule ``name`` (which must be in the registry)."""
    return registrar(FINDERS, name)


def finds_phrases(name: str) -> Callable[[PhraseFinder], PhraseFinder]:
    """Registers a function as the finder of the rule ``name`` with no verb of saying."""
    return registrar(PHRASE_FINDERS, name)


@cache
def stage_finders(stage: str) -> tuple[Finder, ...]:
    """The finders of the rules of ``stage``, in the registry's order (every rule of the stage
    must have one: the engine imports the rule modules before it asks)."""
    missing = [r.name for r in ORDER if r.stage == stage and r.name not in FINDERS]
    if missing:
        raise RuntimeError(f"rules with no finder: {', '.join(missing)}")
    return tuple(FINDERS[r.name] for r in ORDER if r.stage == stage)


def first_match(ctx: CueContext, stage: str) -> Match | None:
    """The first match of the rules of ``stage``, tried in the registry's order (None when none
    matches or one says the verb reports nothing)."""
    for find in stage_finders(stage):
        found = find(ctx)
        if found is NO_REPORT:
            return None
        if found is not None:
            return found
    return None
