"""A read-only view of a :class:`~quotes.model.Document` that the rules walk: offsets to
tokens, children, paragraphs, noun phrases and what kind of source a phrase names."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from functools import cached_property

import attrs

from quotes.lexicon import (
    ANONYMOUS_HEADS,
    CONNECTIVES,
    GROUP_HEADS,
    INFLECTIONS,
    KNOWN_ORGS,
    NATIONALITIES,
    NEWS_OUTLET_WORDS,
    ORGANIZATION_HEADS,
    PERSONAL_PRONOUNS,
    PLACES,
    REPORTING_VERBS,
    TITLES,
    VERB_ONLY_FORMS,
    is_time_word,
)
from quotes.model import Document, Sentence, Span, Token
from quotes.nlp.text import ends_sentence_at_line_break, fold, paragraphs

NOMINAL = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM"})
NP_RELS = frozenset(
    {
        "compound",
        "flat",
        "flat:name",
        "amod",
        "det",
        "nmod:poss",
        "case",
        "nummod",
        "det:poss",
        "compound:prt",
        "nmod",
        "nmod:npmod",
        "goeswith",
        "fixed",
    }
)
SUBJ_RELS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubj:outer"})


def reporting_lemma(t: Token) -> str | None:
    """The reporting-verb lemma of ``t``, or None: the lemmatizer's lemma, else the word with a
    regular inflection taken off (``quipped``, ``tweets``), so a lemmatizer's slip costs no cue."""
    lemma = t.lemma.lower()
    if lemma in REPORTING_VERBS:
        return lemma
    word = t.text.lower()
    for suffix, repl in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + repl
            if stem in REPORTING_VERBS:
                return stem
    return None


class DocView:
    """Indexes over one annotated document for the rules."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self._starts = [t.span.start for t in doc.tokens]

    @cached_property
    def children(self) -> list[list[int]]:
        """Children of each token, in order."""
        out: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head >= 0:
                out[t.head].append(t.index)
        return out

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Paragraph spans of the text."""
        return paragraphs(self.text)

    @cached_property
    def _para_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (or the last one before it)."""
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or before ``offset``; -1 if none."""
        return bisect.bisect_right(self._starts, offset) - 1

    def tokens_in(self, span: Span) -> list[int]:
        """Indices of the tokens that lie inside ``span``."""
        i = bisect.bisect_left(self._starts, span.start)
        out = []
        while i < len(self.tokens) and self.tokens[i].span.start < span.end:
            if self.tokens[i].span.end <= span.end:
                out.append(i)
            i += 1
        return out

    def subtree(self, i: int) -> set[int]:
        """The token and everything below it."""
        out, stack = set(), [i]
        while stack:
            j = stack.pop()
            if j in out:
                continue
            out.add(j)
            stack.extend(self.children[j])
        return out

    def is_reporting(self, i: int, *, any_tag: bool = False) -> bool:
        """Tells whether token ``i`` is a verb of saying.

        With ``any_tag``, the word alone decides, whatever its tag: right after a quote,
        ``Bozell answers.`` is a verb even when the tagger calls it a noun.
        """
        t = self.tokens[i]
        lemma = reporting_lemma(t)
        if lemma is None:
            return False
        return (
            any_tag
            or t.upos == "VERB"
            or t.xpos.startswith("VB")
            or lemma in {"say", "tell"}
            or (t.text.lower() in VERB_ONLY_FORMS)
        )

    def depth(self, i: int) -> int:
        """How many heads stand between token ``i`` and its sentence's root."""
        d, h = 0, self.tokens[i].head
        while h >= 0 and d < len(self.tokens):
            d, h = d + 1, self.tokens[h].head
        return d

    def subject_of(self, verb: int) -> int | None:
        """The subject of ``verb``, climbing to the governing verb for participles and conjuncts."""
        seen = set()
        v: int | None = verb
        while v is not None and v not in seen:
            seen.add(v)
            subjects = [c for c in self.children[v] if self.tokens[c].deprel in SUBJ_RELS]
            # a time is no subject ("Majorities of Democrats … Tuesday say"), when there is another
            subjects = [c for c in subjects if not is_time_word(self.tokens[c].text)] or subjects
            # nor is a connective ("Nevertheless, experts agree …"), however it was tagged
            subjects = [c for c in subjects if self.tokens[c].text.lower() not in CONNECTIVES]
            if subjects:
                # two subjects are a misparse ("WASHINGTON — Sen. Grassley downplayed …"): the
                # one nearest the verb, before it, is the subject
                # ("Juan Zarate, a former adviser, questioned …": the first, when a comma makes
                # the second its apposition)
                before = [c for c in subjects if c < v]
                if not before:
                    return subjects[0]
                k = len(before) - 1
                while (
                    k > 0 and self.tokens[before[k - 1]].upos == "PROPN" and self._describes(before[k - 1], before[k])
                ):
                    k -= 1
                return before[k]
            t = self.tokens[v]
            if t.deprel == "xcomp" and t.xpos in {"VBZ", "VBP", "VBD"}:
                return None  # a finite form is no verb's complement: "The vote followed comments …" (a noun)
            if t.deprel in {"advcl", "xcomp", "conj", "acl", "parataxis"} and t.head >= 0 and (t.deprel != "parataxis"):
                v = t.head
            else:
                v = None
        return None

    def _describes(self, name: int, other: int) -> bool:
        """Whether the phrase of ``other`` is an apposition describing the name at ``name``
        (``Juan Zarate, a former adviser``): a comma, then a determiner or a lowercase word."""
        comma = next((i for i in range(name + 1, other) if self.tokens[i].text == ","), None)
        if comma is None:
            return False
        word = self.tokens[comma + 1].text
        return word.lower() in {"a", "an", "the"} or word[:1].islower()

    def np_span(self, head: int, limit: Span | None = None) -> tuple[int, int]:
        """The token range ``[first, last)`` of the noun phrase headed by ``head``.

        Relative clauses, appositions, conjuncts and anything after a comma stay out.
        """
        inside = {head}
        stack = [head]
        while stack:
            j = stack.pop()
            for c in self.children[j]:
                tc = self.tokens[c]
                if tc.deprel in NP_RELS or (tc.deprel == "punct" and tc.text in {".", "'", "’", "-"}):
                    if limit is not None and not limit.contains(tc.span):
                        continue
                    inside.add(c)
                    stack.append(c)
        first = last = head
        while first - 1 in inside and self.tokens[first - 1].text not in {",", "(", "—"}:
            first -= 1
        while last + 1 in inside and self.tokens[last + 1].text not in {",", ")", "—", "("}:
            last += 1
        # an `of`-phrase or possessive may hang left of the head only through the head's own dependents
        while first < head and self.tokens[first].upos in {"ADP", "PUNCT", "CCONJ"}:
            first += 1
        while last > head and self.tokens[last].upos in {"ADP", "PUNCT", "CCONJ", "DET"}:
            last -= 1
        return first, last + 1

    def span_of(self, first: int, last: int) -> Span:
        """The character span of tokens ``[first, last)``."""
        return Span(self.tokens[first].span.start, self.tokens[last - 1].span.end)

    def text_of(self, first: int, last: int) -> str:
        """The text of tokens ``[first, last)``."""
        return self.span_of(first, last).of(self.text)

    def line_break_before(self, i: int) -> bool:
        """Whether a line break stands between token ``i`` and the one before it."""
        return i > 0 and "\n" in self.text[self.tokens[i - 1].span.end : self.tokens[i].span.start]


def head_of(view: DocView, idxs: Sequence[int]) -> int:
    """The token of ``idxs`` whose head lies outside them (the phrase's head), else the last."""
    s = set(idxs)
    for i in idxs:
        if view.tokens[i].head not in s and view.tokens[i].upos not in {"DET", "ADP", "ADJ", "PUNCT", "NUM"}:
            return i
    # no head inside the phrase by the parse: English phrases end in their head
    return idxs[-1]


def classify_np(view: DocView, first: int, last: int) -> str:
    """The kind of source the phrase names: person, anonymous, group, organization, pronoun or unknown."""
    toks = view.tokens[first:last]
    words = [fold(t.text) for t in toks]
    head = head_of(view, list(range(first, last)))
    ht = view.tokens[head]
    hw = fold(ht.text)
    if ht.upos == "PRON" or (len(toks) == 1 and hw in PERSONAL_PRONOUNS):
        return "pronoun" if hw in PERSONAL_PRONOUNS else "unknown"
    name_words = [fold(t.text) for t in toks if t.text[:1].isupper() and fold(t.text) not in TITLES]
    determiners = {"a", "an", "the", "another", "one", "two", "three", "some", "several", "many"}
    if words and words[0] in determiners or ht.upos == "NOUN":
        if hw in GROUP_HEADS or (ht.feats and "Number=Plur" in ht.feats and hw.rstrip("s") + "" in ANONYMOUS_HEADS):
            return "group"
        if hw in ORGANIZATION_HEADS or any(w in NEWS_OUTLET_WORDS for w in name_words[-1:]):
            if hw in ANONYMOUS_HEADS and hw not in {"campaign"}:
                return "anonymous"
            return "organization"
        if hw in ANONYMOUS_HEADS:
            return "anonymous"
        if ht.upos == "NOUN":
            return "unknown"
    lower = " ".join(words)
    if lower in KNOWN_ORGS or any(w in KNOWN_ORGS for w in words[-1:]):
        return "organization"
    place_words = {"the", "united", "states", "kingdom", "house", "white"}
    if all(w in PLACES or w in NATIONALITIES or w in place_words for w in words):
        return "organization"
    if name_words and name_words[-1] in NEWS_OUTLET_WORDS and len(name_words) >= 2:
        return "organization"
    ners = {t.ner.split("-")[-1] for t in toks if t.ner != "O"}
    if ners & {"ORG"} and "PERSON" not in ners:
        return "organization"
    if ners & {"GPE", "LOC"} and "PERSON" not in ners:
        return "organization"
    if ht.upos == "PROPN" or ht.text[:1].isupper():
        return "person"
    return "unknown"


def nominal_run(view: DocView, idxs: Iterable[int]) -> list[int]:
    """The leading tokens of ``idxs`` that can belong to a noun phrase."""
    out: list[int] = []
    for i in idxs:
        t = view.tokens[i]
        if (
            t.upos in NOMINAL
            or (t.upos in {"PART", "PUNCT"} and t.text in {"'s", "’s", ".", "-"})
            or (t.upos == "ADP" and t.text == "of" and out)
            or (t.upos == "CCONJ" and out)
        ):
            out.append(i)
        else:
            break
    while out and view.tokens[out[-1]].upos in {"ADP", "CCONJ", "PUNCT"}:
        out.pop()
    return out


def split_at_line_breaks(doc: Document) -> Document:
    """``doc`` with its sentences also split where a line break ends a sentence.

    A tokenizer given a paragraph whose lines are joined may run two sentences together
    (``… "willy-nilly."`` / ``"I don't believe …"``); a word whose head lies across the break
    becomes a root of its own sentence. Returns ``doc`` itself when nothing changes.
    """
    tokens, text = doc.tokens, doc.text
    cuts = {
        i
        for s in doc.sentences
        for i in range(s.first + 1, s.last)
        if ends_sentence_at_line_break(text, tokens[i - 1].span.end, tokens[i].span.start)
    }
    if not cuts:
        return doc
    sentences: list[Sentence] = []
    sentence_of = [0] * len(tokens)
    for s in doc.sentences:
        bounds = [s.first, *sorted(c for c in cuts if s.first < c < s.last), s.last]
        for a, b in itertools.pairwise(bounds):
            for i in range(a, b):
                sentence_of[i] = len(sentences)
            sentences.append(
                Sentence(index=len(sentences), span=Span(tokens[a].span.start, tokens[b - 1].span.end), first=a, last=b)
            )
    new_tokens = [
        attrs.evolve(t, sentence=sentence_of[t.index], head=-1, deprel="root")
        if t.head >= 0 and sentence_of[t.head] != sentence_of[t.index]
        else attrs.evolve(t, sentence=sentence_of[t.index])
        for t in tokens
    ]
    return attrs.evolve(doc, tokens=new_tokens, sentences=sentences)
