"""Repairs to an annotation before the rules read it (no models needed)."""

from __future__ import annotations

import re

from quotes.model import Document, Sentence, Span, Token
from quotes.nlp.doc import split_at_line_breaks


def _one_sentence_doc(text: str) -> Document:
    """``text`` as one sentence of whitespace-separated tokens, all hanging on the first."""
    tokens = [
        Token(
            index=i,
            text=m.group(),
            span=Span(m.start(), m.end()),
            lemma=m.group(),
            upos="X",
            head=-1 if i == 0 else 0,
            deprel="root" if i == 0 else "dep",
        )
        for i, m in enumerate(re.finditer(r"\S+", text))
    ]
    return Document(
        text=text, tokens=tokens, sentences=[Sentence(index=0, span=Span(0, len(text)), first=0, last=len(tokens))]
    )


def test_line_break_after_a_sentence_splits_it():
    doc = split_at_line_breaks(_one_sentence_doc('He called it "willy-nilly."\n"I doubt it," she said.'))
    assert [(s.first, s.last) for s in doc.sentences] == [(0, 4), (4, 9)]
    assert [s.span.of(doc.text) for s in doc.sentences] == ['He called it "willy-nilly."', '"I doubt it," she said.']
    second = doc.tokens[4:]
    assert all(t.sentence == 1 for t in second)
    # the word whose head lay across the break is the new sentence's root
    assert second[0].head == -1 and second[0].deprel == "root"


def test_wrapped_line_is_left_alone():
    doc = _one_sentence_doc("The senator said the talks would\ncontinue next week.")
    assert split_at_line_breaks(doc) is doc


def _parsed(words: list[tuple[str, str, str, int]]) -> Document:
    """A one-sentence document from (text, upos, deprel, head) rows; heads are word indices."""
    text, tokens, pos = "", [], 0
    for i, (word, upos, deprel, head) in enumerate(words):
        if text:
            text += " "
            pos += 1
        tokens.append(
            Token(
                index=i,
                text=word,
                span=Span(pos, pos + len(word)),
                lemma=word.lower(),
                upos=upos,
                head=head,
                deprel=deprel,
            )
        )
        text += word
        pos += len(word)
    return Document(
        text=text, tokens=tokens, sentences=[Sentence(index=0, span=Span(0, len(text)), first=0, last=len(tokens))]
    )


def test_a_connective_is_never_the_subject():
    """A tagger may call "Nevertheless" a name and the parser a second subject; the subject is the other."""
    from quotes.nlp.doc import DocView

    doc = _parsed(
        [
            ("Nevertheless", "PROPN", "nsubj", 3),
            (",", "PUNCT", "punct", 0),
            ("experts", "NOUN", "nsubj", 3),
            ("agree", "VERB", "root", -1),
            ("that", "SCONJ", "mark", 6),
            ("it", "PRON", "nsubj", 6),
            ("works", "VERB", "ccomp", 3),
            (".", "PUNCT", "punct", 3),
        ]
    )
    assert DocView(doc).subject_of(3) == 2
