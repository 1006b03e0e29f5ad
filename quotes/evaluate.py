"""Scoring quotes against an annotated corpus in brat's standoff format (PolNeAR's).

A corpus is a folder with ``text/NAME.txt`` and ``attributions/NAME_*.ann`` (PolNeAR's layout;
``NAME.ann`` beside ``NAME.txt`` also works). Each brat event with a ``Content`` and a ``Cue``
is one attribution; ``Source`` is optional. The figures follow the partial-match definitions of
PolNeAR's scorer:

- a predicted quote *matches* an attribution when the letters and digits of their contents
  overlap with a Jaccard index of at least 0.5 (one to one, greedily by overlap);
- the prediction is *right end to end* when it matches and its ``speaker_mention`` overlaps the
  attribution's source;
- recall is counted over *speech* attributions, those whose cue is a verb of saying (or a colon
  or dash that introduces a quotation); precision over every prediction.

>>> gold = parse_brat("T1\\tContent 10 20\\tx\\nT2\\tCue 5 9\\tsaid\\nE1\\tAttribution:T2 Cue:T2 Content:T1", "a.ann")
>>> gold[0].content, gold[0].cue, gold[0].source
((Span(start=10, end=20),), (Span(start=5, end=9),), ())
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from quotes.errors import InputError
from quotes.model import Corpus, Quote, Span

PARTIAL = 0.5
"""The Jaccard index of the contents' letters at which a prediction matches an attribution."""

# the verbs of saying of PolNeAR's scorer, as lemmas (its cue test below is the same)
SPEECH_LEMMAS = frozenset(
    """say tell add note claim insist argue state declare announce explain ask reply respond warn
    acknowledge admit predict suggest write tweet report accord describe call urge accuse deny
    confirm promise vow contend maintain stress reiterate allege repeat recall quip joke conclude
    comment assert emphasize point testify concede complain boast pledge demand criticize question
    answer agree recount observe remark mention insinuate concur counter retort charge fume scoff
    lament declined decline post speak told continue cite assure quote shout yell whisper""".split()
)
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "according": "accord",
    "replied": "reply",
    "denied": "deny",
    "testified": "testify",
}
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", ""))


def _speech_lemma(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: len(w) - len(suffix)] + repl
            for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem):
                if cand in SPEECH_LEMMAS:
                    return cand
    return w


def is_speech_cue(cue: str) -> bool:
    """Whether a cue's words make a report of speech (a verb of saying, or a colon or dash).

    >>> is_speech_cue("told reporters"), is_speech_cue("believes"), is_speech_cue(":")
    (True, False, True)
    """
    if cue.strip() in {":", "—", "-"}:
        return True
    return any(_speech_lemma(w) in SPEECH_LEMMAS for w in re.findall(r"[A-Za-z]+", cue))


@attrs.frozen
class Attribution:
    """One annotated attribution: its content, cue and source, each as spans of the text."""

    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...] = ()


@attrs.frozen
class GoldArticle:
    """An article of an annotated corpus: its name (the file's stem), text and attributions."""

    doc: str
    text: str
    attributions: tuple[Attribution, ...]
    path: Path | None = None

    def speech(self) -> tuple[bool, ...]:
        """For each attribution, whether its cue is a verb of saying (:func:`is_speech_cue`)."""
        return tuple(is_speech_cue(" ".join(s.of(self.text) for s in a.cue)) for a in self.attributions)

    def kinds(self) -> tuple[str, ...]:
        """For each attribution, the kind of its content (:func:`gold_kind`)."""
        return tuple(gold_kind(self.text, a.content) for a in self.attributions)


_QUOTE_CHARS = '"“”„«»'


def gold_kind(text: str, spans: Sequence[Span]) -> str:
    """The kind of an annotated content, as PolNeAR's scorer tells it: ``direct`` when the whole of
    it stands in quotation marks, ``indirect`` when it holds none, else ``mixed``.

    >>> t = '“We won,” he said that “we” won.'
    >>> gold_kind(t, [Span(0, 9)]), gold_kind(t, [Span(20, 31)]), gold_kind("he won", [Span(0, 6)])
    ('direct', 'mixed', 'indirect')
    """
    body = "".join(s.of(text) for s in spans).strip().rstrip(".,;:!?")
    if not any(c in body for c in _QUOTE_CHARS):
        return "indirect"
    if body[:1] in _QUOTE_CHARS and body[-1:] in _QUOTE_CHARS and sum(body.count(c) for c in _QUOTE_CHARS) == 2:
        return "direct"
    if body[:1] in _QUOTE_CHARS and not any(c in body.strip(_QUOTE_CHARS + " ") for c in _QUOTE_CHARS):
        return "direct"
    return "mixed"


def _spans(offsets: str, where: str) -> list[Span]:
    out = []
    for seg in offsets.split(";"):
        try:
            a, b = (int(x) for x in seg.split())
        except ValueError:
            raise InputError(f"{where}: bad offsets {seg.strip()!r} (want 'START END')") from None
        out.append(Span(a, b))
    return out


_ID = re.compile(r"[TE]\d+(?:\t|$)")


def parse_brat(ann: str, name: str = "<ann>") -> list[Attribution]:
    """The attributions of one brat ``.ann`` file's text; ``name`` is for error messages.

    A text-bound line (``T``) is ``ID<TAB>LABEL START END[;START END...]<TAB>WORDS``; an event
    (``E``) lists ``ROLE:ID`` pairs. Other lines (relations, notes, attributes) are ignored.
    """
    spans: dict[str, list[Span]] = {}
    events: list[tuple[str, list[str]]] = []
    for n, line in enumerate(ann.splitlines(), 1):
        if not _ID.match(line):
            continue  # another kind of line, or the rest of a T line's words (they may hold line breaks)
        parts = line.split("\t")
        where = f"{name}:{n}"
        if len(parts) < 2:
            raise InputError(f"{where}: a brat line needs an id and a tab-separated body")
        if line[0] == "T":
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _spans(offsets, where)
        else:
            events.append((where, parts[1].split()))
    out = []
    for where, items in events:
        roles: dict[str, list[Span]] = defaultdict(list)
        for item in items:
            role, _, tid = item.partition(":")
            if tid and tid not in spans:
                raise InputError(f"{where}: the event names {tid!r}, which no T line defines")
            roles[role.rstrip("0123456789")].extend(spans.get(tid, ()))
        if roles.get("Content") and roles.get("Cue"):
            out.append(Attribution(tuple(roles["Content"]), tuple(roles["Cue"]), tuple(roles.get("Source", ()))))
    return out


def read_corpus(folder: str | Path, *, encoding: str = "utf-8") -> list[GoldArticle]:
    """The annotated articles of a brat corpus folder, in file-name order.

    Raises:
        InputError: the folder holds no annotated text, or a file cannot be read or parsed
            (the message names it).
    """
    root = Path(folder)
    text_dir = root / "text" if (root / "text").is_dir() else root
    ann_dir = root / "attributions" if (root / "attributions").is_dir() else text_dir
    if not root.is_dir():
        raise InputError(f"{root}: not a folder (want one with text/*.txt and attributions/*.ann)")
    anns: dict[str, Path] = {}
    for p in sorted(ann_dir.glob("*.ann")):
        anns.setdefault(re.sub(r"_[0-9a-f]{4}$", "", p.stem), p)
    out = []
    for tp in sorted(text_dir.glob("*.txt")):
        ann = anns.get(tp.stem)
        if ann is None:
            continue
        try:
            text = tp.read_text(encoding=encoding)
            gold = parse_brat(ann.read_text(encoding=encoding), str(ann))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{tp}: cannot read: {exc}") from exc
        out.append(GoldArticle(tp.stem, text, tuple(gold), tp))
    if not out:
        raise InputError(f"{root}: no annotated articles (want text/NAME.txt with attributions/NAME*.ann)")
    return out


def letters(text: str, spans: Iterable[Span]) -> frozenset[int]:
    """The offsets of the letters and digits inside spans (spaces and punctuation do not count)."""
    return frozenset(i for s in spans for i in range(max(0, s.start), min(len(text), s.end)) if text[i].isalnum())


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the two sets' union that both hold (0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def match(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]], threshold: float = PARTIAL) -> dict[int, int]:
    """Greedy one-to-one matching by Jaccard index (best pairs first): ``{gold index: prediction index}``.

    >>> match([frozenset({1, 2, 3})], [frozenset({2, 3}), frozenset({9})])
    {0: 0}
    """
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g & p and (jaccard(g, p) >= threshold or threshold == 0.0):
                pairs.append((jaccard(g, p), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = {}
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


@attrs.frozen
class Judged:
    """How the predictions of one article fare: for each, whether it matches an attribution and
    whether it is right end to end; and for each attribution, whether it is speech and found."""

    matched: tuple[bool, ...]
    right: tuple[bool, ...]
    finds_speech: tuple[bool, ...]
    """Per prediction: it is right end to end for a speech attribution (counts toward recall)."""
    finds_direct: tuple[bool, ...]
    """Per prediction: it matches a speech attribution whose content is a direct quotation."""
    speech: tuple[bool, ...]
    found: tuple[bool, ...]
    """Per attribution: a prediction matches it and names its source."""
    hit: tuple[bool, ...]
    """Per attribution: a prediction matches it (partial)."""


def names_source(text: str, attribution: Attribution, q: Quote) -> bool:
    """Whether ``q``'s ``speaker_mention`` overlaps ``attribution``'s source (letters and digits;
    false where either is missing)."""
    m = q.speaker_mention
    if m is None or not attribution.source:
        return False
    return bool(letters(text, attribution.source) & letters(text, [m.span]))


def judge(article: GoldArticle, quotes: Sequence[Quote]) -> Judged:
    """Matches one article's predictions to its attributions (partial match, one to one)."""
    text = article.text
    g_sets = [letters(text, a.content) for a in article.attributions]
    p_sets = [letters(text, q.spans) for q in quotes]
    m = match(g_sets, p_sets)
    right = [False] * len(quotes)
    finds = [False] * len(quotes)
    direct = [False] * len(quotes)
    speech = article.speech()
    kinds = article.kinds()
    found = []
    for gi, a in enumerate(article.attributions):
        pi = m.get(gi)
        ok = False
        if pi is not None:
            ok = names_source(text, a, quotes[pi])
            right[pi] = ok
            finds[pi] = ok and speech[gi]
            direct[pi] = speech[gi] and kinds[gi] == "direct"
        found.append(ok)
    matched = set(m.values())
    return Judged(
        matched=tuple(i in matched for i in range(len(quotes))),
        right=tuple(right),
        finds_speech=tuple(finds),
        finds_direct=tuple(direct),
        speech=speech,
        found=tuple(found),
        hit=tuple(gi in m for gi in range(len(article.attributions))),
    )


@attrs.frozen
class Scores:
    """The figures of one evaluation (see the module's docstring for what they count)."""

    articles: int
    predictions: int
    attributions: int
    speech: int
    precision: float
    """Share of predictions that match an attribution (partial)."""
    recall_speech: float
    """Share of speech attributions a prediction matches."""
    attribution_accuracy: float
    """Of matched speech attributions with a source, the share whose prediction names it."""
    e2e_precision: float
    e2e_recall: float
    e2e_f1: float
    recall_speech_direct: float = 0.0
    """Share of speech attributions whose content is a direct quotation (:func:`gold_kind`) that a
    prediction matches: how much of what was said word for word is found."""

    def as_dict(self) -> dict[str, float | int]:
        """The figures as a flat dictionary (for JSON)."""
        return attrs.asdict(self)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def score(gold: Sequence[GoldArticle], quotes: Sequence[Sequence[Quote]]) -> Scores:
    """Scores each article's predicted quotes (same order as ``gold``) against its attributions."""
    if len(gold) != len(quotes):
        raise ValueError(f"{len(gold)} articles but {len(quotes)} lists of quotes")
    n_pred = matched = right = speech = speech_hit = speech_found = attr_n = direct = direct_hit = 0
    for art, qs in zip(gold, quotes, strict=True):
        j = judge(art, qs)
        n_pred += len(qs)
        matched += sum(j.matched)
        right += sum(j.right)
        for a, is_speech, hit, found, kind in zip(art.attributions, j.speech, j.hit, j.found, art.kinds(), strict=True):
            if is_speech:
                speech += 1
                speech_hit += hit
                speech_found += found
                attr_n += hit and bool(a.source)
                direct += kind == "direct"
                direct_hit += hit and kind == "direct"
    p, r = _ratio(right, n_pred), _ratio(speech_found, speech)
    return Scores(
        articles=len(gold),
        predictions=n_pred,
        attributions=sum(len(a.attributions) for a in gold),
        speech=speech,
        precision=_ratio(matched, n_pred),
        recall_speech=_ratio(speech_hit, speech),
        attribution_accuracy=_ratio(speech_found, attr_n),
        e2e_precision=p,
        e2e_recall=r,
        e2e_f1=round(2 * p * r / (p + r), 4) if p + r else 0.0,
        recall_speech_direct=_ratio(direct_hit, direct),
    )


def evaluate(gold: Sequence[GoldArticle], corpus: Corpus) -> Scores:
    """Scores a :class:`~quotes.model.Corpus` extracted from ``gold``'s texts (articles matched by
    the stem of their ``doc``; an article with no prediction counts as none found)."""
    by_stem = {Path(a.doc).stem: a.quotes for a in corpus.articles}
    return score(gold, [by_stem.get(g.doc, []) for g in gold])


@attrs.frozen
class Bin:
    """One row of a reliability table: predictions whose probability falls in [low, high)."""

    low: float
    high: float
    n: int
    mean_probability: float
    share_right: float


def reliability(probs: Sequence[float], right: Sequence[bool], bins: int = 10) -> list[Bin]:
    """The reliability table: for each tenth of the probability scale, how often its predictions are right.

    >>> [(b.n, b.share_right) for b in reliability([0.05, 0.95, 0.95], [False, True, False], bins=2)]
    [(1, 0.0), (2, 0.5)]
    """
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, p in enumerate(probs) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        n = len(idx)
        mean_p = sum(probs[i] for i in idx) / n if n else 0.0
        share = sum(right[i] for i in idx) / n if n else 0.0
        rows.append(Bin(lo, hi, n, round(mean_p, 4), round(share, 4)))
    return rows


def calibration_error(table: Sequence[Bin]) -> float:
    """Expected calibration error: the gap between each bin's mean probability and its share right, weighted by size."""
    total = sum(b.n for b in table)
    return round(sum(b.n * abs(b.mean_probability - b.share_right) for b in table) / total, 4) if total else 0.0
