"""Who a verb of saying's subject is: the noun phrase before it, the parse's subject, or the
finite verb's subject for a participle (``…, saying``) or a conjoined verb (``… and later said``).
"""

from __future__ import annotations

from collections.abc import Callable

from quotes.lexicon import is_time_word
from quotes.model import Span
from quotes.nlp.doc import DocView, nominal_run


def np_before(view: DocView, left: list[int]) -> tuple[int, int] | None:
    """The noun phrase that ends ``left`` (nearest last), looking past one apposition:
    in ``her adviser, Jake Sullivan,`` the apposition, in ``Kerry, who was there,`` Kerry."""
    left = [i for i in left if view.tokens[i].upos not in {"AUX", "ADV", "PART"} or view.tokens[i].text in {"'s", "’s"}]
    run = sorted(nominal_run(view, reversed(left)))
    while run and view.tokens[run[-1]].upos not in {"NOUN", "PROPN", "PRON", "NUM"}:
        run.pop()  # "the bombing and later": the phrase ends at its head
    if run:
        return run[0], run[-1] + 1
    if left and view.tokens[left[-1]].text == ",":
        commas = [k for k, i in enumerate(left[:-1]) if view.tokens[i].text == ","]
        if commas:
            inner = left[commas[-1] + 1 : -1]
            run = nominal_run(view, inner)
            if run and len(run) == len(inner):
                return run[0], run[-1] + 1
            run = nominal_run(view, reversed(left[: commas[-1]]))
            if run:
                return min(run), max(run) + 1
    return None


PRONOMINAL = frozenset({"another", "one", "others", "some", "many", "several", "both", "all", "most", "few"})
TIME_ADVERBS = frozenset({"later", "then", "also", "again", "once", "finally", "still", "earlier"})


def adjacent_np(view: DocView, verb: int) -> tuple[int, int] | None:
    """The noun phrase right before ``verb`` in its sentence (auxiliaries and adverbs between):
    in English the subject stands there, whatever a weak parser says."""
    sent = view.doc.sentences[view.tokens[verb].sentence]
    j = verb - 1
    while j >= sent.first and (
        view.tokens[j].upos in {"AUX", "ADV", "PART"}
        and view.tokens[j].text not in {"'s", "’s"}
        or view.tokens[j].text == ")"
        or is_time_word(view.tokens[j].text)
        and j - 1 >= sent.first
        and view.tokens[j - 1].text.lower() in {"last", "this", "next", "on", "earlier"}
    ):
        if view.tokens[j].text == ")":
            # "Paul Ryan (R-WI) said": step over the parenthesis
            while j >= sent.first and view.tokens[j].text != "(":
                j -= 1
        elif is_time_word(view.tokens[j].text):
            j -= 1  # "Feinstein last week said", "Police had last month charged": over the time too
        j -= 1
    run = nominal_run(view, range(j, sent.first - 1, -1))
    if not run or view.tokens[max(run)].upos not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return None
    first = min(run)
    if (
        first > sent.first
        and view.tokens[first - 1].upos in {"ADP", "VERB", "AUX", "PART"}
        and (view.tokens[first - 1].text.lower() not in {"as", "when", "while", "because"})
    ):
        # an object ("to discuss internal strategy") is no subject; in "an official who spoke
        # to discuss internal strategy said", the noun before the relative pronoun is
        rel = next(
            (
                k
                for k in range(first - 1, sent.first, -1)
                if view.tokens[k].text.lower() in {"who", "that", "which"} and view.tokens[k].upos == "PRON"
            ),
            None,
        )
        if rel is None:
            return None
        k = rel - 1
        while k >= sent.first and view.tokens[k].text == ",":
            k -= 1
        head = nominal_run(view, range(k, sent.first - 1, -1))
        return (min(head), max(head) + 1) if head else None
    return first, max(run) + 1


def _finite_verb(view: DocView, verb: int, outside: Callable[[int | None], int | None]) -> int:
    """The verb whose subject ``verb`` takes: itself, or for a participle (``…, saying``) or a verb
    conjoined to another (``… and later said``) the finite verb before it (outside the quote)."""
    sent = view.doc.sentences[view.tokens[verb].sentence]
    j = verb - 1
    while j >= sent.first and (view.tokens[j].upos in {"ADV", "AUX"} or view.tokens[j].text.lower() in TIME_ADVERBS):
        j -= 1
    coordinated = j >= sent.first and view.tokens[j].upos == "CCONJ"
    if view.tokens[verb].xpos != "VBG" and not coordinated:
        return verb
    prior = [
        i
        for i in range(sent.first, j if coordinated else verb)
        if view.tokens[i].upos == "VERB" and outside(i) is not None
    ]
    reporting = [i for i in prior if view.is_reporting(i)]
    head = view.tokens[verb].head
    if coordinated and view.tokens[verb].deprel == "conj" and 0 <= head < verb and view.tokens[head].upos == "VERB":
        return head  # "… brought up the bombing and later said": the verb it joins
    if coordinated and reporting:
        return reporting[-1]  # "De Blasio said the move was made … and said"
    if coordinated and prior:
        return prior[-1]
    if reporting:
        return reporting[-1]  # "…, Spicer said, adding": the report it goes on from
    if prior:
        # "Christie bristled at the suggestion …, saying": the main clause's verb
        return min(prior, key=lambda i: (view.depth(i), i))
    return verb


def subject_np(
    view: DocView,
    verb: int,
    window: list[int] | None = None,
    *,
    inverted: bool = False,
    exclude: tuple[Span, ...] = (),
) -> tuple[int, int] | None:
    """The subject phrase of ``verb``.

    A participle (``saying``) or a verb conjoined to another (``… and later said``) takes the
    subject of the finite verb before it. The subject is the noun phrase right before the verb
    when there is one, else the parse's (never inside ``exclude``, the quote itself), else the
    noun phrase before the verb in ``window`` (or, with ``inverted``, after it: ``said Kerry``).
    """

    def outside(i: int | None) -> int | None:
        if i is None or any(s.contains(view.tokens[i].span) for s in exclude):
            return None
        return i

    target = _finite_verb(view, verb, outside)
    adjacent = adjacent_np(view, target)
    if adjacent is not None and outside(adjacent[0]) is not None:
        return adjacent
    subj = outside(view.subject_of(target))
    if subj is not None and view.tokens[subj].upos not in {"NOUN", "PROPN", "PRON", "NUM", "DET", "X"}:
        subj = None  # a parser's slip ("Later" as a subject): fall back to the words before the verb
    if subj is not None and subj < target or (subj is not None and target == verb):
        return view.np_span(subj)
    if window is None:
        return None
    pos = window.index(verb) if verb in window else -1
    if pos > 0:
        found = np_before(view, window[:pos])
        if found:
            return found
    if pos >= 0 and inverted:
        run = nominal_run(view, window[pos + 1 :])
        if run:
            return run[0], run[-1] + 1
    return None


def valid_subject(view: DocView, rng: tuple[int, int] | None) -> bool:
    if rng is None:
        return False
    # any noun phrase next to a cue names the source, known kind or not ("the narrator")
    return any(view.tokens[i].upos in {"PROPN", "PRON", "NOUN", "NUM"} for i in range(*rng)) or (
        rng[1] - rng[0] == 1 and view.tokens[rng[0]].text.lower() in PRONOMINAL
    )
