"""Small gradient-boosted trees: fitted with numpy, applied with the standard library.

The confidence (:mod:`quotes.confidence.scorer`) is, where a quote has its parse evidence and its
article, the sum of a few hundred shallow regression trees fitted to the log-loss gradient
(Friedman's gradient boosting, with XGBoost's second-order leaf values and split gain): trees
see what a linear model cannot, a rule that is reliable with one kind of speaker and not
another. A tree is plain data, so the parameter file holds it as JSON: a leaf is a number, a
split is ``[feature, threshold, left, right]`` (``left`` where the feature's value is at most
the threshold; a feature a quote lacks counts 0).

>>> xs = [{"a": float(i % 2), "b": float(i % 3 == 0)} for i in range(200)]
>>> ys = [x["a"] == 1.0 and x["b"] == 0.0 for x in xs]
>>> bias, trees = fit_trees(xs, ys, rounds=60, depth=2, min_leaf=5)
>>> round(predict(bias, trees, {"a": 1.0}), 2) > 0.9 > 0.1 > round(predict(bias, trees, {"a": 1.0, "b": 1.0}), 2)
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

import attrs

Tree: TypeAlias = "float | list[Any]"
"""A leaf's value, or ``[feature, threshold, left, right]``."""

MAX_THRESHOLDS = 16
"""At most this many split points a feature (quantiles of its values)."""


def score(trees: Sequence[Tree], f: Mapping[str, float]) -> float:
    """The sum of the trees' leaves for one feature dictionary."""
    total = 0.0
    for node in trees:
        while isinstance(node, list):
            node = node[2] if f.get(node[0], 0.0) <= node[1] else node[3]
        total += node
    return total


def predict(bias: float, trees: Sequence[Tree], f: Mapping[str, float]) -> float:
    """The probability ``1 / (1 + exp(-(bias + score)))``."""
    z = bias + score(trees, f)
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))


def valid(tree: Any) -> bool:
    """Whether ``tree`` (as read from JSON) is a tree: numbers at the leaves, splits well formed."""
    if isinstance(tree, bool):
        return False
    if isinstance(tree, int | float):
        return math.isfinite(tree)
    return (
        isinstance(tree, list)
        and len(tree) == 4
        and isinstance(tree[0], str)
        and isinstance(tree[1], int | float)
        and not isinstance(tree[1], bool)
        and valid(tree[2])
        and valid(tree[3])
    )


def fit_trees(
    xs: Sequence[Mapping[str, float]],
    ys: Sequence[bool],
    *,
    rounds: int = 200,
    depth: int = 3,
    rate: float = 0.1,
    l2: float = 1.0,
    min_leaf: int = 20,
    min_count: int = 20,
) -> tuple[float, list[Tree]]:
    """The bias (the base rate's log-odds) and up to ``rounds`` trees of at most ``depth`` levels,
    each leaf shrunk by ``rate``; a split leaves at least ``min_leaf`` examples on each side,
    and only features non-zero in ``min_count`` examples are split on. Fitting stops at the
    first round with nothing worth splitting (no trees at all when the data is too small)."""
    import numpy as np

    counts: Counter[str] = Counter(k for x in xs for k, v in x.items() if v)
    names = sorted(k for k, c in counts.items() if c >= min_count)
    y = np.asarray(ys, dtype=float)
    base = min(max(float(y.mean()) if len(y) else 0.5, 1e-6), 1 - 1e-6)
    bias = round(math.log(base / (1 - base)), 6)
    if not names or len(set(ys)) < 2:
        return bias, []
    data = _Binned.of(xs, names, np)
    z = np.full(len(y), bias)
    trees: list[Tree] = []
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-z))
        grown = _grow(data, p - y, np.maximum(p * (1 - p), 1e-6), depth, min_leaf, l2, np)
        if not grown.splits:  # nothing left to split on: the bias says it all
            break
        values = {k: round(-rate * gh[0] / (gh[1] + l2), 6) for k, gh in grown.leaves.items()}
        z += np.array([values[k] for k in grown.node_of_row])
        trees.append(_nest(0, grown.splits, values))
    return bias, trees


@attrs.frozen
class _Binned:
    """The examples' non-zero values as (row, feature, bin) entries, each feature's split points
    (``cuts``, ``n_cuts`` of them) and the bin of its zero."""

    rows: Any
    feats: Any
    bins: Any
    zero_bin: Any
    cuts: list[Any]
    n_cuts: Any
    names: list[str]

    @classmethod
    def of(cls, xs: Sequence[Mapping[str, float]], names: list[str], np: Any) -> _Binned:
        index = {k: i for i, k in enumerate(names)}
        entries = [(r, index[k], v) for r, x in enumerate(xs) for k, v in x.items() if v and k in index]
        rows = np.array([e[0] for e in entries], dtype=np.int64)
        feats = np.array([e[1] for e in entries], dtype=np.int64)
        vals = np.array([e[2] for e in entries], dtype=float)
        cuts = []
        bins = np.zeros(len(vals), dtype=np.int64)
        for j in range(len(names)):
            at = feats == j
            col = np.concatenate([vals[at], [0.0]])  # every feature is 0 somewhere, or may be
            cuts.append(_thresholds(col, np))
            bins[at] = np.searchsorted(cuts[j], vals[at], side="left")
        zero_bin = np.array([np.searchsorted(c, 0.0, side="left") for c in cuts], dtype=np.int64)
        n_cuts = np.array([len(c) for c in cuts])
        return cls(rows, feats, bins, zero_bin, cuts, n_cuts, names)


@attrs.define
class _Grown:
    """A tree being grown: each row's node, the splits made, each leaf's gradient and hessian sums."""

    node_of_row: Any
    splits: dict[int, tuple[str, float, int, int]] = attrs.field(factory=dict)
    leaves: dict[int, tuple[float, float]] = attrs.field(factory=dict)


def _thresholds(col: Any, np: Any) -> Any:
    """Split points of one feature: midpoints between its distinct values, at most
    :data:`MAX_THRESHOLDS` of them (at quantiles)."""
    values = np.unique(col)
    mids = (values[:-1] + values[1:]) / 2
    if len(mids) > MAX_THRESHOLDS:
        mids = np.unique(np.quantile(mids, np.linspace(0, 1, MAX_THRESHOLDS)))
    return mids


def _grow(data: _Binned, g: Any, h: Any, depth: int, min_leaf: int, l2: float, np: Any) -> _Grown:
    """One tree, grown level by level: every node of a level is split at once, with histograms of
    the gradient (``g``), hessian (``h``) and count of each feature's bins."""
    W = MAX_THRESHOLDS + 1
    grown = _Grown(np.zeros(len(g), dtype=np.int64))
    level = [0]
    next_id = 1
    for _ in range(depth):
        m = len(level)
        slot = np.full(next_id, -1, dtype=np.int64)
        slot[level] = np.arange(m)
        node_slot = slot[grown.node_of_row]
        hist = _histograms(data, node_slot, m, (g, h, np.ones(len(g))), np)
        (hg, G), (hh, H), (hn, N) = hist
        gl, hl, nl = (np.cumsum(a, 2)[:, :, :-1] for a in (hg, hh, hn))
        G3, H3, N3 = G[:, None, None], H[:, None, None], N[:, None, None]
        gain = gl**2 / (hl + l2) + (G3 - gl) ** 2 / (H3 - hl + l2) - G3**2 / (H3 + l2)
        ok = (nl >= min_leaf) & (N3 - nl >= min_leaf) & (np.arange(W - 1)[None, None, :] < data.n_cuts[None, :, None])
        gain = np.where(ok, gain, -np.inf).reshape(m, -1)
        new_level = []
        for k, node in enumerate(level):
            best = int(np.argmax(gain[k]))
            if not gain[k, best] > 1e-6:
                grown.leaves[node] = (float(G[k]), float(H[k]))
                continue
            j, b = divmod(best, W - 1)
            left, right = next_id, next_id + 1
            next_id += 2
            grown.splits[node] = (data.names[j], round(float(data.cuts[j][b]), 6), left, right)
            mine = np.flatnonzero(grown.node_of_row == node)
            grown.node_of_row[mine] = np.where(_bins_of(data, j, len(g), np)[mine] > b, right, left)
            new_level += [left, right]
        level = new_level
        if not level:
            break
    for node in level:
        mine = grown.node_of_row == node
        grown.leaves[node] = (float(g[mine].sum()), float(h[mine].sum()))
    return grown


def _histograms(data: _Binned, node_slot: Any, m: int, weights: Sequence[Any], np: Any) -> list[tuple[Any, Any]]:
    """For each weight (per row): its sum in each feature's bins of each of the ``m`` nodes of a
    level (``node_slot``: a row's node, -1 for rows already in a leaf), and each node's total.
    Only non-zero values are entries: a feature's zero bin gets the node's total less the rest."""
    F, W = len(data.names), MAX_THRESHOLDS + 1
    live = node_slot >= 0
    e_slot = node_slot[data.rows]
    e_live = e_slot >= 0
    at = (e_slot * F * W + data.feats * W)[e_live]
    at_bin, at_zero = at + data.bins[e_live], at + data.zero_bin[data.feats[e_live]]
    out = []
    for w in weights:
        tot = np.bincount(node_slot[live], weights=w[live], minlength=m)
        ew = w[data.rows[e_live]]
        hist = np.bincount(at_bin, weights=ew, minlength=m * F * W)
        hist -= np.bincount(at_zero, weights=ew, minlength=m * F * W)
        hist = hist.reshape(m, F, W)
        hist[:, np.arange(F), data.zero_bin] += tot[:, None]
        out.append((hist, tot))
    return out


def _bins_of(data: _Binned, j: int, n: int, np: Any) -> Any:
    """Each row's bin of feature ``j``."""
    bins = np.full(n, data.zero_bin[j], dtype=np.int64)
    on = data.feats == j
    bins[data.rows[on]] = data.bins[on]
    return bins


def _nest(node: int, splits: Mapping[int, tuple[str, float, int, int]], values: Mapping[int, float]) -> Tree:
    if node not in splits:
        return values[node]
    name, threshold, left, right = splits[node]
    return [name, threshold, _nest(left, splits, values), _nest(right, splits, values)]
