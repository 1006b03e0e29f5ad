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

from quotes.model import Document, Sentence, Span, Token

NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "'s", "’s", ")", "”"}


def parse(table: str) -> Document:
    """One sentence from rows of ``word lemma upos xpos head deprel`` (heads 1-based, 0 for the
    root, as in CoNLL-U); the text is the words joined by spaces (none before punctuation)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    text, tokens = "", []
    for i, (word, lemma, upos, xpos, head, deprel) in enumerate(rows):
        if text and word not in NO_SPACE_BEFORE and not text.endswith(("“", "(")):
            text += " "
        start = len(text)
        text += word
        tokens.append(
            Token(
                index=i,
                text=word,
                span=Span(start, len(text)),
                lemma=lemma,
                upos=upos,
                xpos=xpos,
                head=int(head) - 1,
                deprel=deprel,
            )
        )
    sentence = Sentence(index=0, span=Span(0, len(text)), first=0, last=len(tokens))
    return Document(text=text, tokens=tokens, sentences=[sentence])
