"""Fitting the confidence model on an annotated corpus, with cross-validated figures.

``quotes calibrate CORPUS -o params.json`` (or :func:`calibrate`) extracts the quotes of a brat
corpus (PolNeAR's layout, :mod:`quotes.evaluate`), fits the bounds and join scorers
(:mod:`quotes.confidence.candidates`: which content of a report, and which continuation to join to the
quote before it), labels each prediction right or wrong end to end, and fits a logistic
regression and gradient-boosted trees (:mod:`quotes.confidence.trees`; settings :data:`TREES`) on the
features of :func:`quotes.confidence.features.features` and :func:`quotes.confidence.features.article_features`
(:class:`quotes.confidence.scorer.Model`). Before the final fit it measures itself honestly: K-fold
cross-validation split by article (never by quote), with a fixed seed; each article's
predictions are scored by a model that never saw that article. The report gives the expected
calibration error, a reliability table of ten bins, and the end-to-end figures of the rules
alone and above the chosen threshold.

Fitting uses numpy (installed with stanza); applying the parameters needs only the standard
library.

>>> from quotes.model import Quote, Span
>>> good = Quote(kind="direct", spans=[Span(0, 9)], text="We won big today", rule="cue-after",
...              rule_name="cue-after.subject")
>>> bad = Quote(kind="indirect", spans=[Span(0, 2)], text="it", rule="object", rule_name="object.object")
>>> m = fit([features(good)] * 20 + [features(bad)] * 20, [True] * 18 + [False] * 2 + [False] * 16 + [True] * 4)
>>> round(m.score(features(good)), 1), round(m.score(features(bad)), 1)
(0.9, 0.2)
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotes.confidence.candidates import candidate_features, candidates, continues, join_features, joined
from quotes.confidence.features import article_features, features
from quotes.confidence.scorer import Model, always_kept
from quotes.confidence.trees import fit_trees
from quotes.evaluate import (
    PARTIAL,
    Bin,
    GoldArticle,
    Scores,
    calibration_error,
    jaccard,
    judge,
    letters,
    names_source,
    reliability,
    score,
)
from quotes.model import Corpus, Quote

L2_CONFIDENCE = 10.0
"""The L2 penalty of the confidence model (chosen among 1, 3, 10, 30 by cross-validation on PolNeAR train)."""
L2_BOUNDS = 10.0
"""The L2 penalty of the bounds scorer."""
TREES: dict[str, Any] = {"rounds": 200, "depth": 3, "rate": 0.1, "l2": 1.0, "min_leaf": 20}
"""The gradient-boosted trees' settings (:func:`quotes.confidence.trees.fit_trees`); empty: no trees."""
MARGIN = 0.2
"""How much better than the rules' content another candidate must score to replace it."""
DIRECT_RECALL = 0.92
"""The share of speech attributions in quotation marks the digest's default thresholds should
find (:func:`choose_thresholds`)."""
RECALL_LOSS = 0.03
"""Where no pair of thresholds finds :data:`DIRECT_RECALL`, the share of the best end-to-end
recall a direct quotation's own threshold may cost (:func:`choose_thresholds`)."""


@attrs.frozen
class Example:
    """One prediction with its label: right end to end, and whether it finds a speech attribution."""

    article: int
    quote: Quote
    features: Mapping[str, float]
    right: bool
    finds_speech: bool
    finds_direct: bool = False
    """It matches a speech attribution whose content is a direct quotation."""


def examples(gold: Sequence[GoldArticle], quotes: Sequence[Sequence[Quote]]) -> list[Example]:
    """The labelled predictions of each article (same order as ``gold``)."""
    out: list[Example] = []
    for i, (art, qs) in enumerate(zip(gold, quotes, strict=True)):
        j = judge(art, qs)
        out.extend(
            Example(i, q, {**features(q), **a}, ok, f, d)
            for q, a, ok, f, d in zip(qs, article_features(qs), j.right, j.finds_speech, j.finds_direct, strict=True)
        )
    return out


def fit(
    xs: Sequence[Mapping[str, float]], ys: Sequence[bool], *, l2: float = 1.0, min_count: int = 5, meta: Any = None
) -> Model:
    """A logistic regression with an L2 penalty, fitted by Newton's method.

    One-hot features (names with ``=``) seen fewer than ``min_count`` times are dropped (a rare cue
    counts as an unseen one); the bias is not penalized.
    """
    import numpy as np

    counts: Counter[str] = Counter(k for x in xs for k, v in x.items() if v)
    names = sorted(k for k, c in counts.items() if "=" not in k or c >= min_count)
    index = {k: i for i, k in enumerate(names)}
    X = np.zeros((len(xs), len(names) + 1))
    X[:, -1] = 1.0
    for r, x in enumerate(xs):
        for k, v in x.items():
            if k in index:
                X[r, index[k]] = v
    y = np.asarray(ys, dtype=float)
    penalty = np.append(np.full(len(names), l2), 0.0)
    w = np.zeros(len(names) + 1)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -35, 35)))
        grad = X.T @ (p - y) + penalty * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    weights = {k: round(float(w[i]), 6) for k, i in index.items() if abs(w[i]) > 1e-9}
    return Model(weights=weights, bias=round(float(w[-1]), 6), meta=meta or {})


def folds(n_articles: int, k: int, seed: int) -> list[int]:
    """The fold of each article: a seeded shuffle dealt round (sizes differ by at most one)."""
    order = list(range(n_articles))
    random.Random(seed).shuffle(order)
    out = [0] * n_articles
    for pos, a in enumerate(order):
        out[a] = pos % k
    return out


def _kept(
    gold: Sequence[GoldArticle],
    quotes: Sequence[Sequence[Quote]],
    exs: Sequence[Example],
    probs: Sequence[float],
    t: float,
    t_direct: float | None = None,
) -> Scores:
    def bar(e: Example) -> float:
        return t_direct if t_direct is not None and e.quote.kind == "direct" else t

    keep = {id(e.quote) for e, p in zip(exs, probs, strict=True) if p >= bar(e)}
    return score(gold, [[q for q in qs if id(q) in keep] for qs in quotes])


def choose_threshold(
    gold: Sequence[GoldArticle],
    quotes: Sequence[Sequence[Quote]],
    exs: Sequence[Example],
    probs: Sequence[float],
    target_precision: float = 0.9,
) -> tuple[float, Scores]:
    """The lowest threshold (in steps of 0.01) whose kept quotes reach ``target_precision`` end to
    end, with the exact scores of what it keeps; the highest-precision threshold when none does.

    The sweep counts each prediction's own label (a quote left out could free an attribution for
    another, which the exact scores at the chosen threshold do count)."""
    best_t, best_p = 0.0, -1.0
    for t, precision, _ in _sweep(exs, probs, _n_speech(gold), 100):
        if precision >= target_precision:
            best_t = t
            break
        if precision > best_p:
            best_t, best_p = t, precision
    return best_t, _kept(gold, quotes, exs, probs, best_t)


def _counts(exs: Sequence[Example], probs: Sequence[float], direct: bool) -> list[tuple[int, int, int, int]]:
    """For each threshold 0.00 .. 0.99 (steps of 0.01), over the examples of one side (direct
    quotations or the rest) at or above it: how many, how many right, how many find speech, how
    many find a direct quotation."""
    rows = [[0, 0, 0, 0] for _ in range(101)]
    for e, p in zip(exs, probs, strict=True):
        if (e.quote.kind == "direct") == direct:
            row = rows[min(100, max(0, math.floor(p * 100 + 1e-9)))]
            row[0] += 1
            row[1] += e.right
            row[2] += e.finds_speech
            row[3] += e.finds_direct
    out: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)] * 101
    acc = [0, 0, 0, 0]
    for step in range(100, -1, -1):  # at or above each threshold: sums from the top
        acc = [a + b for a, b in zip(acc, rows[step], strict=True)]
        out[step] = (acc[0], acc[1], acc[2], acc[3])
    return out[:100]


def choose_thresholds(
    gold: Sequence[GoldArticle],
    quotes: Sequence[Sequence[Quote]],
    exs: Sequence[Example],
    probs: Sequence[float],
    target_precision: float = 0.9,
    direct_recall: float = DIRECT_RECALL,
    recall_loss: float = RECALL_LOSS,
) -> tuple[float, float, Scores]:
    """A threshold for direct quotations and one for the other quotes (steps of 0.01), among the
    pairs whose kept quotes reach ``target_precision`` end to end: of those that find
    ``direct_recall`` of the speech attributions in quotation marks, the one that finds the most
    speech attributions end to end; where none does, the one that finds the most direct
    quotations while keeping at least ``1 - recall_loss`` of the end-to-end recall of the best
    pair. Returns (other, direct, the exact scores of what they keep); one threshold for both
    (:func:`choose_threshold`) where no pair reaches the precision.

    Readers trust what was said word for word most: the digest should keep nearly all of it,
    while what it keeps stays as precise and the reports it shows are not traded away for it."""
    n_direct = sum(k == "direct" and sp for g in gold for k, sp in zip(g.kinds(), g.speech(), strict=True))
    direct = _counts(exs, probs, True)
    other = _counts(exs, probs, False)
    pairs: list[tuple[int, int, int, int]] = []  # (speech found, direct found, direct t, other t)
    for td, d in enumerate(direct):
        for to, o in enumerate(other):
            kept = d[0] + o[0]
            if kept and (d[1] + o[1]) / kept >= target_precision:
                pairs.append((d[2] + o[2], d[3] + o[3], td, to))
                break  # the lowest other threshold that reaches the precision finds the most
    if not pairs:
        t, scores = choose_threshold(gold, quotes, exs, probs, target_precision)
        return t, t, scores
    reaching = [p for p in pairs if n_direct == 0 or p[1] / n_direct >= direct_recall]
    if reaching:
        _, _, td, to = max(reaching, key=lambda p: (p[0], p[1], -p[2]))
    else:
        floor = (1 - recall_loss) * max(p[0] for p in pairs)
        _, _, td, to = max((p for p in pairs if p[0] >= floor), key=lambda p: (p[1], p[0], -p[2]))
    return to / 100, td / 100, _kept(gold, quotes, exs, probs, to / 100, td / 100)


def _sweep(
    exs: Sequence[Example], probs: Sequence[float], n_speech: int, steps: int
) -> Iterator[tuple[float, float, float]]:
    """(threshold, precision, recall) end to end of the predictions kept at each threshold, in steps of
    0.01 from 0, counting each prediction's own label; stops where none is left."""
    for step in range(steps):
        t = step / 100
        kept = [e for e, p in zip(exs, probs, strict=True) if p >= t]
        if not kept:
            return
        recall = sum(e.finds_speech for e in kept) / n_speech if n_speech else 0.0
        yield t, sum(e.right for e in kept) / len(kept), recall


def _n_speech(gold: Sequence[GoldArticle]) -> int:
    return sum(sum(g.speech()) for g in gold)


def bounds_examples(
    gold: Sequence[GoldArticle], quotes: Sequence[Sequence[Quote]]
) -> tuple[list[dict[str, float]], list[bool]]:
    """Each candidate content of each quote with more than one (:func:`quotes.confidence.candidates.candidates`),
    labelled by whether it matches an attribution of its article (Jaccard index at least 0.5)."""
    xs: list[dict[str, float]] = []
    ys: list[bool] = []
    for art, qs in zip(gold, quotes, strict=True):
        g_sets = [letters(art.text, a.content) for a in art.attributions]
        for q in qs:
            cands = candidates(art.text, q)
            if len(cands) < 2:
                continue
            for c in cands:
                p = letters(art.text, c.spans)
                xs.append(candidate_features(art.text, q, c))
                ys.append(any(p and jaccard(g, p) >= PARTIAL for g in g_sets))
    return xs, ys


def _right(art: GoldArticle, golds: Sequence[frozenset[int]], q: Quote) -> bool:
    """Whether ``q`` alone matches one of the article's attributions end to end."""
    p = letters(art.text, q.spans)
    return any(
        p and jaccard(g, p) >= PARTIAL and names_source(art.text, a, q)
        for g, a in zip(golds, art.attributions, strict=True)
    )


def join_examples(
    gold: Sequence[GoldArticle], quotes: Sequence[Sequence[Quote]]
) -> tuple[list[dict[str, float]], list[bool]]:
    """Each continuation with the quote before it (:func:`quotes.confidence.candidates.continues`), labelled
    by whether joining them loses nothing: the joined quote is right end to end at least as
    often as the two apart (two wrong quotes joined make one wrong quote fewer)."""
    xs: list[dict[str, float]] = []
    ys: list[bool] = []
    for art, qs in zip(gold, quotes, strict=True):
        golds = [letters(art.text, a.content) for a in art.attributions]
        for prev, q in zip(qs, qs[1:], strict=False):
            if not continues(prev, q):
                continue
            apart = _right(art, golds, prev) + _right(art, golds, q)
            xs.append(join_features(art.text, prev, q))
            ys.append(_right(art, golds, joined(art.text, prev, q)) >= apart)
    return xs, ys


def bounded(model: Model, gold: Sequence[GoldArticle], quotes: Sequence[Sequence[Quote]]) -> list[list[Quote]]:
    """Each article's quotes with the contents ``model``'s bounds scorer chooses."""
    return [[model.bounded(art.text, q) for q in qs] for art, qs in zip(gold, quotes, strict=True)]


def best_drop(exs: Sequence[Example], probs: Sequence[float], n_speech: int) -> float:
    """The confidence under which leaving a quote out gives the best end-to-end F1 (steps of 0.01)."""
    best_t, best_f = 0.0, -1.0
    for t, precision, recall in _sweep(exs, probs, n_speech, 80):
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best_f + 1e-9:
            best_t, best_f = t, f1
    return best_t


def fit_models(
    gold: Sequence[GoldArticle],
    quotes: Sequence[Sequence[Quote]],
    *,
    margin: float = MARGIN,
    drop: bool = True,
    meta: Any = None,
) -> Model:
    """Fits the bounds scorer on the rules' quotes, then the confidence on the contents it chooses,
    then (with ``drop``) the confidence under which a quote is left out."""
    xs, ys = bounds_examples(gold, quotes)
    scorer = fit(xs, ys, l2=L2_BOUNDS) if xs and any(ys) and not all(ys) else Model(weights={})
    model = Model(weights={}, bounds=scorer.weights, bounds_bias=scorer.bias, margin=margin)
    cut = bounded(model, gold, quotes)
    xs, ys = join_examples(gold, cut)
    if xs and any(ys) and not all(ys):
        joiner = fit(xs, ys, l2=L2_BOUNDS)
        model = attrs.evolve(model, joins=joiner.weights, joins_bias=joiner.bias)
    elif xs and all(ys):  # every continuation is better joined: a bias alone says so
        model = attrs.evolve(model, joins_bias=round(math.log(len(ys) + 1), 6))
    exs = examples(gold, [model.join(art.text, qs) for art, qs in zip(gold, cut, strict=True)])
    fs, labels = [e.features for e in exs], [e.right for e in exs]
    conf = fit(fs, labels, l2=L2_CONFIDENCE)
    if TREES:
        bias, trees = fit_trees(fs, labels, **TREES)
        conf = attrs.evolve(conf, trees=trees, trees_bias=bias)
    probs = [conf.score(e.features) for e in exs]
    kept = [1.0 if always_kept(e.quote) else p for e, p in zip(exs, probs, strict=True)]  # never dropped
    drop_below = best_drop(exs, kept, _n_speech(gold)) if drop else 0.0
    absent = _absent(conf, exs)
    return attrs.evolve(
        model,
        weights=conf.weights,
        bias=conf.bias,
        trees=conf.trees,
        trees_bias=conf.trees_bias,
        drop_below=drop_below,
        absent=absent,
        meta=meta or {},
    )


def _absent(conf: Model, exs: Sequence[Example]) -> dict[str, float]:
    """The mean contribution of the evidence and of the article features to the training scores."""
    if not exs:
        return {}
    evidence = sum(v * conf.weights.get(k, 0.0) for e in exs for k, v in e.quote.evidence.items())
    article = sum(v * conf.weights.get(k, 0.0) for e in exs for k, v in e.features.items() if k.startswith("article_"))
    return {"evidence": round(evidence / len(exs), 6), "article": round(article / len(exs), 6)}


@attrs.frozen
class Report:
    """What cross-validation measured: every figure from models that never saw the article scored."""

    folds: int
    seed: int
    articles: int
    predictions: int
    """The rules' predictions."""
    rules: Scores
    """The rules' own output, every prediction kept, their bounds unchanged."""
    bounds: Scores
    """With the contents the bounds scorer chose and the continuations the join scorer joined, every quote kept."""
    output: Scores
    """What the library writes: chosen contents, quotes under ``drop_below`` left out (but not a
    direct quotation with a speaker)."""
    calibration_error: float
    """Of the quotes written, their confidence against being right end to end."""
    table: tuple[Bin, ...]
    threshold: float
    at_threshold: Scores
    """The quotes written whose confidence is at least ``threshold`` (``threshold_direct`` for
    direct quotations)."""
    threshold_direct: float | None = None
    """The threshold of direct quotations, where it differs (:func:`choose_thresholds`)."""

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (kept in the parameter file's ``meta``)."""
        return attrs.asdict(self)

    def to_text(self) -> str:
        """The report as a few readable lines."""

        def row(name: str, s: Scores) -> str:
            return (
                f"  {name:22s} {s.e2e_precision:.3f}  {s.e2e_recall:.3f}  {s.e2e_f1:.3f} | "
                f"{s.predictions:6d} {s.precision:.3f}  {s.recall_speech:.3f}  {s.attribution_accuracy:.3f}"
                f"  {s.recall_speech_direct:.3f}"
            )

        at = f"confidence >= {self.threshold:.2f}"
        if self.threshold_direct is not None and self.threshold_direct != self.threshold:
            at = f">= {self.threshold:.2f}, direct {self.threshold_direct:.2f}"

        bins = self.table
        return "\n".join(
            [
                f"{self.folds}-fold cross-validation by article (seed {self.seed}): "
                f"{self.articles} articles, {self.predictions} predictions of the rules",
                f"expected calibration error of the quotes written: {self.calibration_error:.3f}",
                "  confidence     n  mean   right",
                *(f"  {b.low:.1f}-{b.high:.1f} {b.n:6d}  {b.mean_probability:.3f}  {b.share_right:.3f}" for b in bins),
                "  end to end (speech)    P      R      F1    | quotes  match  recall attribution direct",
                row("rules", self.rules),
                row("bounds, joins chosen", self.bounds),
                row("written (no threshold)", self.output),
                row(at, self.at_threshold),
            ]
        )


def cross_validate(
    gold: Sequence[GoldArticle],
    quotes: Sequence[Sequence[Quote]],
    *,
    k: int = 5,
    seed: int = 0,
    target_precision: float = 0.9,
    margin: float = MARGIN,
    drop: bool = True,
) -> tuple[Report, list[Example], list[float]]:
    """K-fold cross-validation by article of the bounds scorer and the confidence on the rules'
    predictions; returns the report, and the quotes written with their out-of-fold confidence."""
    if len(gold) < k:
        raise ValueError(f"{k}-fold cross-validation needs at least {k} articles, got {len(gold)}")
    fold = folds(len(gold), k, seed)
    picked: list[list[Quote]] = [[] for _ in gold]
    conf: dict[int, float] = {}
    written: list[list[Quote]] = [[] for _ in gold]
    for f in range(k):
        train = [i for i in range(len(gold)) if fold[i] != f]
        model = fit_models([gold[i] for i in train], [quotes[i] for i in train], margin=margin, drop=drop)
        for i in range(len(gold)):
            if fold[i] == f:
                scored = model.scored(gold[i].text, quotes[i])
                picked[i] = [q for q, _ in scored]
                conf.update((id(q), p) for q, p in scored)
                written[i] = [q for q, p in scored if model.keeps(q, p)]
    exs = examples(gold, written)
    probs = [conf[id(e.quote)] for e in exs]
    table = reliability(probs, [e.right for e in exs])
    t, t_direct, at = choose_thresholds(gold, written, exs, probs, target_precision)
    report = Report(
        folds=k,
        seed=seed,
        articles=len(gold),
        predictions=sum(len(qs) for qs in quotes),
        rules=score(gold, quotes),
        bounds=score(gold, picked),
        output=score(gold, written),
        calibration_error=calibration_error(table),
        table=tuple(table),
        threshold=t,
        at_threshold=at,
        threshold_direct=t_direct,
    )
    return report, exs, probs


def calibrate(
    gold: Sequence[GoldArticle],
    corpus: Corpus,
    *,
    k: int = 5,
    seed: int = 0,
    target_precision: float = 0.9,
    margin: float = MARGIN,
    drop: bool = True,
    source: str = "",
    log: Callable[[str], None] | None = None,
) -> tuple[Model, Report]:
    """Cross-validates, then fits the bounds scorer and the confidence on every article of ``gold``.

    ``corpus`` holds the rules' quotes extracted from ``gold``'s texts (articles matched by the
    stem of their ``doc``), as :data:`RULES_ONLY` writes them. The model's ``threshold`` and its
    threshold for direct quotations (``thresholds``) are the cross-validated ones of
    :func:`choose_thresholds`, at which end-to-end precision reaches ``target_precision``; its
    ``meta`` holds the report.
    """
    by_stem = {Path(a.doc).stem: a.quotes for a in corpus.articles}
    quotes = [list(by_stem.get(g.doc, [])) for g in gold]
    report, _, _ = cross_validate(
        gold, quotes, k=k, seed=seed, target_precision=target_precision, margin=margin, drop=drop
    )
    if log is not None:
        log(report.to_text())
    meta = {"trained_on": source or f"{len(gold)} articles", "cross_validation": report.as_dict()}
    model = fit_models(gold, quotes, margin=margin, drop=drop, meta=meta)
    thresholds = {} if report.threshold_direct in (None, report.threshold) else {"direct": report.threshold_direct}
    return attrs.evolve(model, threshold=report.threshold, thresholds=thresholds), report


RULES_ONLY = Model(weights={})
"""The model that keeps the rules' contents and every quote: extract with it to calibrate."""
