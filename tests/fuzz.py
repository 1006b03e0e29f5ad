"""Generated articles and a toy annotator, for fuzzing the rules without models.

The toy annotator tokenizes with a regular expression, splits sentences at ``.``, ``!`` and
``?`` and paragraphs at line breaks, and builds a crude parse around a verb of saying: real
enough that every rule runs, wrong often enough to shake out assumptions about the parse.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

from quotes.model import Document, EntitySpan, Sentence, Span, Token

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_SAY = {
    "said": ("say", "VBD"),
    "says": ("say", "VBZ"),
    "told": ("tell", "VBD"),
    "added": ("add", "VBD"),
    "according": ("accord", "VBG"),
}


def toy_document(text: str) -> Document:
    """A crude but well-formed annotation of ``text``."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[EntitySpan] = []
    for line in re.finditer(r"[^\n]+", text):
        words = [(m.start() + line.start(), m.end() + line.start(), m.group()) for m in _TOKEN.finditer(line.group())]
        while words:
            end = next((i + 1 for i, w in enumerate(words) if w[2] in {".", "!", "?"}), len(words))
            sent, words = words[:end], words[end:]
            first = len(tokens)
            verbs = [i for i, w in enumerate(sent) if w[2].lower() in _SAY]
            root = verbs[0] if verbs else 0
            for i, (a, b, w) in enumerate(sent):
                low = w.lower()
                if low in _SAY:
                    lemma, xpos, upos = _SAY[low][0], _SAY[low][1], "VERB"
                elif not w[0].isalnum():
                    lemma, xpos, upos = w, ".", "PUNCT"
                elif w[0].isupper():
                    lemma, xpos, upos = w, "NNP", "PROPN"
                else:
                    lemma, xpos, upos = low, "NN", "NOUN"
                deprel = "root" if i == root else "nsubj" if i == root - 1 else "punct" if upos == "PUNCT" else "dep"
                ner = "S-PERSON" if upos == "PROPN" and i > 0 else "O"
                tokens.append(
                    Token(
                        index=len(tokens),
                        text=w,
                        span=Span(a, b),
                        lemma=lemma,
                        upos=upos,
                        xpos=xpos,
                        head=-1 if i == root else first + root,
                        deprel=deprel,
                        sentence=len(sentences),
                        ner=ner,
                    )
                )
                if ner != "O":
                    entities.append(EntitySpan(span=Span(a, b), label="PERSON", text=w))
            sentences.append(
                Sentence(index=len(sentences), span=Span(sent[0][0], sent[-1][1]), first=first, last=len(tokens))
            )
    return Document(text=text, tokens=tokens, sentences=sentences, entities=entities)


class ToyAnnotator:
    """Annotates with :func:`toy_document`."""

    def annotate(self, texts):
        return [toy_document(t) for t in texts]


NAMES = [
    "Kerry",
    "John Kerry",
    "Karzai",
    "a senior official",
    "Afghan officials",
    "The Washington Post",
    "he",
    "she",
    "Bill de Blasio",
    "Sartaj Aziz",
]
MARKS = [
    ('"', '"'),
    ("“", "”"),
    ("„", "“"),
    ("«", "»"),
    ("»", "«"),
    ("‘", "’"),
    ("'", "'"),
    ("&quot;", "&quot;"),
    ("“", ""),
    ("", "”"),
    ('"', ""),
]
WORDS = [
    "talks",
    "would",
    "continue",
    "we",
    "made",
    "progress",
    "it",
    "was",
    "a",
    "good",
    "meeting",
    "6'2\"",
    "the",
    "results",
    "matter",
    '12"',
    "not",
    "today",
    "and",
    "but",
    "Pakistan",
    "Monday",
    "...",
]
NOISE = [
    "\x0b",
    "\x0c",
    "\u2028",
    "\x85",
    "\t",
    "\u200b",
    "\ufeff",
    "<p>",
    "</p>",
    "<br/>",
    "&amp;",
    "\r\n",
    "\r",
    "\u00a0",
    "\x01",
    "—",
    "…",
    "\ud7ff",
    "\U0001f600",
]


# reporting shapes: {o} {c} a pair of marks, {w} words, {W} the words capitalised, {who} a source
SHAPES = [
    "{o}{w},{c} {who} said.",
    "{who} said {o}{w}.{c}",
    "{who} said that {w}.",
    "{w}, according to {who}.",
    "{who} told reporters: {o}{w}{c}",
    "{W}, {who} added.",
    "{W}.",
]


@st.composite
def sentences(draw) -> str:
    words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14)))
    o, c = draw(st.sampled_from(MARKS))
    who = draw(st.sampled_from(NAMES))
    return draw(st.sampled_from(SHAPES)).format(o=o, c=c, w=words, W=words.capitalize(), who=who)


@st.composite
def articles(draw) -> str:
    """Paragraphs of reporting sentences with every kind of mark, noise and the odd over-long line."""
    paras = []
    for _ in range(draw(st.integers(1, 5))):
        para = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
        if draw(st.booleans()):
            pos = draw(st.integers(0, len(para)))
            para = para[:pos] + draw(st.sampled_from(NOISE)) + para[pos:]
        if draw(st.integers(0, 9)) == 0:
            para += " " + " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=300, max_size=400)))
        paras.append(para)
    return draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"])).join(paras)
