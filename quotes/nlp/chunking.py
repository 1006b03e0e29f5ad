"""Bounded cost for any input: over-long sentences are cut into chunks before parsing.

Stanza's parser scores every pair of words of a sentence, so its time and memory grow with
the square of the sentence's length: a 1,000-word "sentence" (a table, a list, a line with no
full stop) takes gigabytes. After tokenization, a sentence of more than
:data:`MAX_SENTENCE_WORDS` words is therefore cut into chunks of at most that many, each then
tagged, parsed and searched for names on its own. A cut falls after the last comma,
semicolon, colon or dash in the second half of the chunk where there is one, else at the
limit, and never inside a multi-word token (``don't`` → ``do`` ``n't``). Words keep their
character offsets, so every span still indexes the text exactly. News sentences are shorter:
7 of the 30,748 sentences of the 840 PolNeAR training articles have more than 100 words
(lists and run-ons, in 4 articles), and cutting them changed none of the scores. A line of
1,000 words with no full stop is parsed at about 700 words a second instead of about 900 for
news, and in well under 1 GB.

The functions here work on stanza's plain sentence form (``Document.to_dict()``: a list of
word and multi-word-token dicts per sentence), so they need no models:

>>> sent = [{"id": i, "text": w} for i, w in enumerate("a , b c d".split(), 1)]
>>> [[e["text"] for e in s] for s in split_long_sentences([sent], limit=3)]
[['a', ','], ['b', 'c', 'd']]
>>> [[e["id"] for e in s] for s in split_long_sentences([sent], limit=3)]
[[1, 2], [1, 2, 3]]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MAX_SENTENCE_WORDS = 100
"""The most words a sentence may have when it reaches the parser."""

_BREAKS = frozenset({",", ";", ":", "-", "--", "—", "–"})

Entry = dict[str, Any]


def _units(sentence: Sequence[Entry]) -> list[list[Entry]]:
    """The sentence's tokens: a word alone, or a multi-word token's entry followed by its words."""
    units: list[list[Entry]] = []
    i = 0
    while i < len(sentence):
        e = sentence[i]
        ident = e.get("id")
        if isinstance(ident, (tuple, list)) and len(ident) == 2:
            n = int(ident[1]) - int(ident[0]) + 1
            units.append(list(sentence[i : i + n + 1]))
            i += n + 1
        else:
            units.append([e])
            i += 1
    return units


def _words(unit: Sequence[Entry]) -> int:
    return len(unit) - 1 if len(unit) > 1 else 1


def _cut(units: Sequence[Sequence[Entry]], limit: int) -> int:
    """How many of ``units`` go in the next chunk (at least one, at most ``limit`` words)."""
    words = 0
    end = 0
    while end < len(units) and (words + _words(units[end]) <= limit or end == 0):
        words += _words(units[end])
        end += 1
    if end == len(units):
        return end
    half = 0
    best = end
    for j in range(end):
        half += _words(units[j])
        if half * 2 >= limit and units[j][0].get("text") in _BREAKS:
            best = j + 1
    return best


def _renumber(units: Sequence[Sequence[Entry]]) -> list[Entry]:
    """The chunk's entries with word ids counted from 1 again."""
    out: list[Entry] = []
    base: int | None = None
    for unit in units:
        for e in unit:
            e = dict(e)
            ident = e["id"]
            ids = tuple(int(x) for x in ident) if isinstance(ident, (tuple, list)) else (int(ident),)
            if base is None:
                base = ids[0] - 1
            e["id"] = tuple(x - base for x in ids) if len(ids) > 1 else ids[0] - base
            out.append(e)
    return out


def split_long_sentences(sentences: Sequence[Sequence[Entry]], limit: int = MAX_SENTENCE_WORDS) -> list[list[Entry]]:
    """Cuts every sentence of more than ``limit`` words into chunks of at most ``limit``.

    Sentences within the limit come back as they are (the same dicts, in a new list).
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    out: list[list[Entry]] = []
    for sentence in sentences:
        units = _units(sentence)
        if sum(_words(u) for u in units) <= limit:
            out.append(list(sentence))
            continue
        while units:
            n = _cut(units, limit)
            out.append(_renumber(units[:n]))
            units = units[n:]
    return out
