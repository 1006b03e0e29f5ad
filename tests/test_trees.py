"""Gradient-boosted trees (quotes.confidence.trees): fitting finds interactions, trees are plain data."""

from __future__ import annotations

import json
import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.confidence.trees import fit_trees, predict, score, valid


def _xor_data(n: int = 400, seed: int = 0) -> tuple[list[dict[str, float]], list[bool]]:
    """Right when exactly one of two one-hot features is on: no linear model can fit it (``b`` is
    common, so a greedy first split has something to gain)."""
    rnd = random.Random(seed)
    xs, ys = [], []
    for _ in range(n):
        a, b = rnd.random() < 0.5, rnd.random() < 0.8
        x = {k: 1.0 for k, on in (("rule=a", a), ("speaker=b", b)) if on}
        x["log_words"] = rnd.random() * 3  # noise
        xs.append(x)
        ys.append(a != b if rnd.random() < 0.95 else a == b)
    return xs, ys


def test_trees_learn_an_interaction_a_linear_model_cannot():
    xs, ys = _xor_data()
    bias, trees = fit_trees(xs, ys, rounds=80, depth=2, min_leaf=10, min_count=5)
    assert bias == pytest.approx(math.log(sum(ys) / (len(ys) - sum(ys))), abs=1e-5)
    assert predict(bias, trees, {"rule=a": 1.0}) > 0.85
    assert predict(bias, trees, {"speaker=b": 1.0}) > 0.85
    assert predict(bias, trees, {"rule=a": 1.0, "speaker=b": 1.0}) < 0.15
    assert predict(bias, trees, {}) < 0.15
    # a leaf is a number, a split [feature, threshold, left, right]; JSON keeps them as they are
    assert all(valid(t) for t in trees) and json.loads(json.dumps(trees)) == trees


def test_numeric_features_split_at_a_threshold():
    xs = [{"log_words": i / 100} for i in range(300)]
    ys = [x["log_words"] > 1.5 for x in xs]
    bias, trees = fit_trees(xs, ys, rounds=40, depth=1, min_leaf=5, min_count=5)
    assert predict(bias, trees, {"log_words": 2.5}) > 0.9 > 0.1 > predict(bias, trees, {"log_words": 0.5})
    assert {t[0] for t in trees if isinstance(t, list)} == {"log_words"}


def test_too_little_to_split_gives_the_base_rate():
    bias, trees = fit_trees([{"a": 1.0}, {}], [True, False], min_leaf=5)
    assert trees == []
    assert predict(bias, trees, {"a": 1.0}) == pytest.approx(0.5, abs=0.05)
    assert fit_trees([], []) == (0.0, [])
    assert fit_trees([{"a": 1.0}] * 30, [True] * 30, min_count=5)[1] == []  # one label: nothing to learn


def test_a_missing_feature_counts_zero():
    tree = ["cue=said", 0.5, -1.0, ["log_words", 2.0, 0.5, 2.0]]
    assert score([tree], {}) == -1.0
    assert score([tree], {"cue=said": 1.0}) == 0.5
    assert score([tree, 0.25], {"cue=said": 1.0, "log_words": 3.0}) == 2.25


@pytest.mark.parametrize(
    "tree",
    [[], ["a", 0.5, 1.0], [1, 0.5, 1.0, 2.0], ["a", "x", 1.0, 2.0], ["a", 0.5, True, 1.0], float("nan"), None],
)
def test_malformed_trees_are_not_valid(tree):
    assert not valid(tree)


@given(st.lists(st.tuples(st.booleans(), st.floats(0, 5)), min_size=1, max_size=60))
def test_predictions_are_probabilities(rows):
    xs = [{"flag": float(f), "n": n} for f, n in rows]
    ys = [f for f, _ in rows]
    bias, trees = fit_trees(xs, ys, rounds=5, depth=2, min_leaf=1, min_count=1)
    for x in xs:
        assert 0.0 <= predict(bias, trees, x) <= 1.0
