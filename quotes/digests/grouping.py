"""The same statement reported twice: grouping one speaker's quotes across articles.

News repeats what people say, each outlet with small changes: another cut, an elision, a
contraction spelled out. Two quotes of one speaker are **one statement** when, compared as
words (case, punctuation, curly or straight apostrophes, elision marks and spelled-out
contractions ignored: ``we've`` is ``we have``),

1. they differ by at most a few words: the words that are not in their longest common
   alignment number at most ``max(1, n // 5)`` (at most 3), where ``n`` is the longer
   one's length, and none of them is a negation (``not``, ``no``, ``never``, ...); quotes
   of fewer than four words must be word for word the same; or
2. they share an unbroken run of at least :data:`MIN_RUN` words (one outlet quoted a longer
   or another stretch of the same statement).

Statements are the connected groups of that relation, so grouping does not depend on the
order of the quotes. A group is shown by its longest form.

>>> same_statement("Let's hope forward for the best,", "Let’s hope...for the best,")
True
>>> same_statement("We will win.", "We will not win.")
False
>>> group_statements(["We will win.", "we will WIN", "Talks went well."])
[[0, 1], [2]]
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

MIN_RUN = 8
"""An unbroken run of this many shared words makes two quotes one statement."""

_IRREGULAR = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"), "shan't": ("shall", "not")}
_CONTRACTIONS = {"n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'m": "am", "'d": "would"}
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "nowhere", "without"})
_WORD = re.compile(r"\w+(?:'\w+)*")
_SUFFIX = re.compile(r"(n't|'ve|'re|'ll|'m|'d)$")


def statement_words(text: str) -> tuple[str, ...]:
    """The words a statement is compared by: folded, without punctuation, contractions spelled out.

    >>> statement_words("We’ve agreed... it WON'T last.")
    ('we', 'have', 'agreed', 'it', 'will', 'not', 'last')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").casefold()
    out: list[str] = []
    for w in _WORD.findall(text):
        m = _SUFFIX.search(w)
        if w in _IRREGULAR:
            out.extend(_IRREGULAR[w])
        elif m and m.start() > 0:
            out.extend((w[: m.start()], _CONTRACTIONS[m.group(1)]))
        else:
            out.append(w)
    return tuple(out)


def _few(n: int) -> int:
    return 0 if n < 4 else min(3, max(1, n // 5))


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=lambda w: (len(w), w))  # one order, so the test is symmetric
    if not short:
        return False
    shared = sum((Counter(short) & Counter(long_)).values())
    slack = _few(len(long_))
    if shared < MIN_RUN and len(short) + len(long_) - 2 * shared > slack:
        return False  # neither rule can hold: not enough words in common
    blocks = SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks()
    matched = sum(b.size for b in blocks)
    if max(b.size for b in blocks) >= MIN_RUN:
        return True
    if len(short) + len(long_) - 2 * matched > slack:
        return False
    return Counter(w for w in short if w in _NEGATIONS) == Counter(w for w in long_ if w in _NEGATIONS)


def same_statement(a: str, b: str) -> bool:
    """Tells whether two quotes of one speaker are one statement (the rule above)."""
    return _same_words(statement_words(a), statement_words(b))


_PREFIX = 7
"""Word pairs a quote is filed under for rule 1: the rarest of its pairs. Rule 1 leaves at most
3 words unmatched, which breaks at most 6 of either quote's pairs; so two quotes it joins
share all but 6 of their pairs, and (prefix filtering) one of the 7 rarest of each."""


def _pairs(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    if len(words) < 2:
        return {words}
    return {words[i : i + 2] for i in range(len(words) - 1)}


def _keys(words: tuple[str, ...], rank: dict[tuple[str, ...], tuple[int, tuple[str, ...]]]) -> set[tuple[str, ...]]:
    """Blocking keys: for rule 2, every run of :data:`MIN_RUN` words; for rule 1, the
    :data:`_PREFIX` rarest word pairs (``rank``: pairs in one order, rarest first). Two quotes
    either rule joins share a key, so no match is missed, and a common pair (*of the*) does not
    make every quote meet every other."""
    pairs = sorted(_pairs(words), key=rank.__getitem__)[:_PREFIX]
    runs = {words[i : i + MIN_RUN] for i in range(len(words) - MIN_RUN + 1)}
    return {*pairs, *runs}


def group_statements(texts: Sequence[str]) -> list[list[int]]:
    """Groups quotes (of one speaker) into statements; returns sorted lists of indices, sorted."""
    words = [statement_words(t) for t in texts]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    counts = Counter(p for w in words for p in _pairs(w))
    rank = {p: (n, p) for p, n in counts.items()}
    index: dict[tuple[str, ...], list[int]] = {}
    for i, w in enumerate(words):
        candidates: set[int] = set()
        for k in _keys(w, rank):
            bucket = index.setdefault(k, [])
            candidates.update(bucket)
            bucket.append(i)
        for j in sorted(candidates):
            if find(i) != find(j) and _same_words(words[i], words[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())
