"""Hand-built parses for rule tests: a sentence as a CoNLL-U-like table, so a test can pin the
exact parse a rule must handle (spaCy's tests build theirs the same way), with no models.

>>> doc = parse('''
... Kerry  Kerry  PROPN NNP 2 nsubj
... said   say    VERB  VBD 0 root
... talks  talk   NOUN  NNS 4 nsubj
... failed fail   VERB  VBD 2 ccomp
... .      .      PUNCT .   2 punct
... ''')
>>> doc.text, doc.tokens[1].head, doc.tokens[1].deprel
('Kerry said talks failed.', -1, 'root')
"""

from __future__ import annotations

from quotes.model import CorefChain, Document, EntitySpan, Sentence, Span, Token

NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "'s", "’s", ")", "”"}


def parse(
    table: str, *, coref: list[list[tuple[int, int]]] = (), entities: list[tuple[int, int, str]] = ()
) -> Document:
    """A document from rows of ``word lemma upos xpos head deprel`` (token numbers 1-based
    through the whole document, head 0 for a root, as in CoNLL-U); a row ``/`` ends a sentence
    and ``¶`` a paragraph. The text is the words joined by spaces (none before punctuation or
    after an opening mark). ``coref`` chains and named ``entities`` are given as token ranges
    (first, last), 1-based and inclusive, with the entity's label."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    text, tokens, sentences, first = "", [], [], 0
    for row in [*rows, ["/"]]:
        if row[0] in {"/", "¶"}:
            if len(tokens) > first:
                start = tokens[first].span.start
                sentences.append(
                    Sentence(index=len(sentences), span=Span(start, len(text)), first=first, last=len(tokens))
                )
            first = len(tokens)
            text += "\n\n" if row[0] == "¶" else ""
            continue
        word, lemma, upos, xpos, head, deprel = row
        if text and not text.endswith("\n") and word not in NO_SPACE_BEFORE and not text.endswith(("“", "(")):
            text += " "
        start = len(text)
        text += word
        tokens.append(
            Token(
                index=len(tokens),
                text=word,
                span=Span(start, len(text)),
                lemma=lemma,
                upos=upos,
                xpos=xpos,
                head=int(head) - 1,
                deprel=deprel,
                sentence=len(sentences),
            )
        )

    def span(first: int, last: int) -> Span:
        return Span(tokens[first - 1].span.start, tokens[last - 1].span.end)

    return Document(
        text=text,
        tokens=tokens,
        sentences=sentences,
        entities=[EntitySpan(span=span(f, la), label=lab, text=span(f, la).of(text)) for f, la, lab in entities],
        coref=[CorefChain(mentions=[span(f, la) for f, la in chain]) for chain in coref],
    )
