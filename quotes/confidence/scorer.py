"""A quote's confidence: the estimated probability that it is right.

*Right* means what PolNeAR's scorer calls right end to end: the content matches an annotated
attribution (Jaccard index of their letters at least 0.5) and the words naming the speaker
overlap that attribution's source. The estimate comes from gradient-boosted trees
(:mod:`quotes.confidence.trees`) over features of the quote (:func:`~quotes.confidence.features.features`: the rule
that found it, its cue, the content's length and shape, how its speaker was found, and what the
parse said, carried on :attr:`~quotes.model.Quote.evidence`) and of its place among the
article's other quotes (:func:`~quotes.confidence.features.article_features`: how often its speaker is
quoted, whether its cue or content is shared). A quote scored without its parse evidence (one
read back from JSON) or without its article gets a logistic regression's estimate over the
same features instead, those it lacks weighing their training average.

The parameters ship as a JSON file (``quotes/data/confidence.json``, fitted on PolNeAR train by
``quotes calibrate``; :doc:`/calibration` says how and with what result). ``$QUOTES_MODEL_PARAMS``
or ``params=`` selects another, fitted on your own annotated articles. Applying them needs
nothing beyond the standard library.

>>> from quotes.model import Mention, Quote, Span, Speaker
>>> q = Quote(kind="direct", spans=[Span(1, 30)], text="We made progress on the talks,",
...           cue=Mention("said", Span(33, 37)), speaker_mention=Mention("Kerry", Span(39, 44)),
...           speaker=Speaker(id="person:kerry", name="Kerry", kind="person"),
...           rule="cue-after", rule_name="cue-after.subject")
>>> 0.5 < Model.default().probability(q) <= 1.0
True
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs

from quotes.confidence.candidates import candidate_features, candidates, continues, join_features, joined, with_spans
from quotes.confidence.features import article_features, features
from quotes.confidence.trees import Tree, predict, valid
from quotes.errors import InputError, ModelMismatchWarning
from quotes.model import Quote, float_table

FORMAT = "quotes-confidence/1"
"""The ``format`` field of a parameter file; files of another format are refused."""

DEFAULT_PARAMS = Path(__file__).parent.parent / "data" / "confidence.json"
ENV = "QUOTES_MODEL_PARAMS"
"""The environment variable naming a parameter file to use instead of the shipped one."""


def always_kept(q: Quote) -> bool:
    """Whether ``q`` is written whatever its confidence: a direct quotation with a speaker."""
    return q.kind == "direct" and q.speaker is not None


def _meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    return dict(meta)


def logistic(weights: Mapping[str, float], bias: float, f: Mapping[str, float]) -> float:
    """``1 / (1 + exp(-(bias + Σ weight × feature)))``; a feature with no weight counts zero."""
    z = bias + sum(v * weights.get(k, 0.0) for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))


@attrs.frozen
class Model:
    """The fitted models: the confidence (a logistic regression over :func:`features`, and
    gradient-boosted ``trees`` over the same features and the article's, :mod:`quotes.confidence.trees`),
    the bounds scorer (a logistic regression over :func:`quotes.confidence.candidates.candidate_features`)
    and the join scorer (one over :func:`quotes.confidence.candidates.join_features`, :meth:`join`).

    A quote scored with its parse evidence and its article's features gets the trees'
    probability when there are trees; one without (read back from JSON) gets the regression's.

    Features with no weight (a cue never seen in training, say) count zero. ``threshold`` is the
    confidence at which the digest leaves quotes out by default (``thresholds``: for some kinds
    of quote, their own). A candidate content replaces the
    rules' when it scores more than ``margin`` above it; a quote whose confidence is under
    ``drop_below`` is left out (the "no quote" choice; 0 keeps all), unless it is a direct
    quotation with a speaker (:meth:`keeps`). ``meta`` says where the
    parameters come from (corpus, folds, figures).
    """

    weights: Mapping[str, float] = attrs.field(converter=float_table)
    bias: float = 0.0
    threshold: float = 0.0
    meta: Mapping[str, Any] = attrs.field(factory=dict, converter=_meta)
    bounds: Mapping[str, float] = attrs.field(factory=dict, converter=float_table)
    bounds_bias: float = 0.0
    margin: float = 0.0
    drop_below: float = 0.0
    absent: Mapping[str, float] = attrs.field(factory=dict, converter=float_table)
    """For a group of features a quote lacks (``evidence``: no parse evidence, as read back from
    JSON), their mean contribution over the training quotes."""
    trees: tuple[Tree, ...] = attrs.field(factory=tuple, converter=tuple[Tree, ...])
    trees_bias: float = 0.0
    joins: Mapping[str, float] = attrs.field(factory=dict, converter=float_table)
    """The join scorer's weights (a logistic regression over :func:`quotes.confidence.candidates.join_features`):
    a continuation is joined to the quote it continues when it scores above one half. With no
    weights, ``joins_bias`` decides alone (above 0: join every continuation; else none)."""
    joins_bias: float = 0.0
    thresholds: Mapping[str, float] = attrs.field(factory=dict, converter=float_table)
    """Thresholds of their own for some quote kinds (``{"direct": 0.6}``), where the digest should
    keep more of them than ``threshold`` would (:meth:`threshold_for`)."""

    def threshold_for(self, kind: str) -> float:
        """The confidence at which the digest leaves out a quote of this kind by default.

        >>> Model(weights={}, threshold=0.75, thresholds={"direct": 0.6}).threshold_for("direct")
        0.6
        >>> Model(weights={}, threshold=0.75, thresholds={"direct": 0.6}).threshold_for("indirect")
        0.75
        """
        return self.thresholds.get(kind, self.threshold)

    def score(self, f: Mapping[str, float]) -> float:
        """The confidence for a feature dictionary with every feature (the trees' when there are
        trees, else the regression's)."""
        return predict(self.trees_bias, self.trees, f) if self.trees else logistic(self.weights, self.bias, f)

    def probability(self, q: Quote, article: Mapping[str, float] | None = None) -> float:
        """The estimated probability that ``q`` is right end to end; ``article``: its
        :func:`article_features`. Without the quote's parse evidence (a quote read back from
        JSON) or its article features, those features weigh what they weighed on average in
        training (``absent``)."""
        f = {**features(q), **(article or {})}
        if self.trees and q.evidence and article is not None:
            return predict(self.trees_bias, self.trees, f)
        extra = 0.0 if q.evidence else self.absent.get("evidence", 0.0)
        if article is None:
            extra += self.absent.get("article", 0.0)
        return logistic(self.weights, self.bias + extra, f)

    def confidence(self, q: Quote, article: Mapping[str, float] | None = None) -> float:
        """:meth:`probability`, rounded to three places (the value a quote carries)."""
        return round(self.probability(q, article), 3)

    def bounded(self, text: str, q: Quote) -> Quote:
        """``q`` with the content the bounds scorer prefers (the rules' unless another is better)."""
        if not self.bounds:
            return q
        cands = candidates(text, q)
        if len(cands) == 1:
            return q
        scores = [logistic(self.bounds, self.bounds_bias, candidate_features(text, q, c)) for c in cands]
        best = max(range(len(cands)), key=lambda i: scores[i])
        if scores[best] <= scores[0] + self.margin:
            return q
        return with_spans(text, q, cands[best].spans)

    def join(self, text: str, quotes: Sequence[Quote]) -> list[Quote]:
        """The quotes of an article of ``text`` (in order), each continuation the join scorer
        prefers joined to the quote it continues (:func:`quotes.confidence.candidates.joined`)."""
        out: list[Quote] = []
        for q in quotes:
            if (
                (self.joins or self.joins_bias > 0)
                and out
                and continues(out[-1], q)
                and logistic(self.joins, self.joins_bias, join_features(text, out[-1], q)) > 0.5
            ):
                out[-1] = joined(text, out[-1], q)
            else:
                out.append(q)
        return out

    def scored(self, text: str, quotes: Sequence[Quote]) -> list[tuple[Quote, float]]:
        """The quotes of an article of ``text`` with their chosen contents and continuations
        joined, each with its :meth:`probability` among the article's quotes (none left out)."""
        chosen = self.join(text, [self.bounded(text, q) for q in quotes])
        return [(q, self.probability(q, a)) for q, a in zip(chosen, article_features(chosen), strict=True)]

    def apply(self, text: str, quotes: Sequence[Quote]) -> list[Quote]:
        """The quotes of an article of ``text`` with their chosen contents, continuations joined,
        and confidence, less those whose confidence is under ``drop_below``."""
        out = []
        for q, p in self.scored(text, quotes):
            conf = round(p, 3)
            if self.keeps(q, conf):
                out.append(attrs.evolve(q, confidence=conf))
        return out

    def keeps(self, q: Quote, confidence: float) -> bool:
        """Whether a quote of this confidence is written: at ``drop_below`` or above, or a direct
        quotation with a speaker (its words were said, and it says who said them; the digest's
        threshold decides whether it is shown)."""
        return confidence >= self.drop_below or always_kept(q)

    def to_json(self) -> str:
        """The parameter file's text (:meth:`load` reads it back)."""
        body = {
            "format": FORMAT,
            "bias": self.bias,
            "threshold": self.threshold,
            "thresholds": dict(sorted(self.thresholds.items())),
            "weights": dict(sorted(self.weights.items())),
            "bounds_bias": self.bounds_bias,
            "margin": self.margin,
            "drop_below": self.drop_below,
            "absent": dict(sorted(self.absent.items())),
            "bounds": dict(sorted(self.bounds.items())),
            "joins_bias": self.joins_bias,
            "joins": dict(sorted(self.joins.items())),
            "trees_bias": self.trees_bias,
            "trees": "TREES",
            "meta": dict(self.meta),
        }
        text = json.dumps(body, indent=1, ensure_ascii=False)
        trees = ",\n  ".join(json.dumps(t, ensure_ascii=False, separators=(",", ":")) for t in self.trees)
        return text.replace('"trees": "TREES"', f'"trees": [\n  {trees}\n ]' if trees else '"trees": []', 1) + "\n"

    def save(self, path: str | Path) -> None:
        """Writes the parameter file."""
        try:
            Path(path).write_text(self.to_json(), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot write the parameters: {exc.strerror or exc}") from exc

    @classmethod
    def load(cls, path: str | Path) -> Model:
        """Reads a parameter file written by :meth:`save` (or ``quotes calibrate``).

        Raises:
            InputError: the file is missing, not JSON, of another format, or its weights are not
                numbers (the message names the file and the problem).
        """
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{path}: no such parameter file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the parameters: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not a parameter file (not JSON: {exc})") from exc
        return cls.from_dict(raw, str(path))

    @classmethod
    def from_dict(cls, raw: Any, where: str = "<parameters>") -> Model:
        """The model of a parsed parameter file (``where`` names it in errors)."""
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            got = raw.get("format") if isinstance(raw, dict) else type(raw).__name__
            raise InputError(f"{where}: not a parameter file of format {FORMAT!r} (format: {got!r})")
        for key in ("weights", "bounds", "absent", "joins", "thresholds"):
            table = raw.get(key, {})
            if not isinstance(table, dict) or not all(_number(v) for v in table.values()):
                raise InputError(f"{where}: {key!r} must map feature names to numbers")
        if "weights" not in raw:
            raise InputError(f"{where}: no 'weights'")
        trees = raw.get("trees", [])
        if not isinstance(trees, list) or not all(valid(t) for t in trees):
            raise InputError(
                f"{where}: 'trees' must be a list of trees (a number, or [feature, threshold, left, right])"
            )
        for key in ("bias", "threshold", "bounds_bias", "margin", "drop_below", "trees_bias", "joins_bias"):
            if not _number(raw.get(key, 0.0)):
                raise InputError(f"{where}: {key!r} must be a number, not {raw.get(key)!r}")
        return cls(
            weights={str(k): float(v) for k, v in raw["weights"].items()},
            bias=float(raw.get("bias", 0.0)),
            threshold=float(raw.get("threshold", 0.0)),
            meta=raw.get("meta") or {},
            bounds={str(k): float(v) for k, v in raw.get("bounds", {}).items()},
            bounds_bias=float(raw.get("bounds_bias", 0.0)),
            margin=float(raw.get("margin", 0.0)),
            drop_below=float(raw.get("drop_below", 0.0)),
            absent={str(k): float(v) for k, v in raw.get("absent", {}).items()},
            trees=trees,
            trees_bias=float(raw.get("trees_bias", 0.0)),
            joins={str(k): float(v) for k, v in raw.get("joins", {}).items()},
            joins_bias=float(raw.get("joins_bias", 0.0)),
            thresholds={str(k): float(v) for k, v in raw.get("thresholds", {}).items()},
        )

    @classmethod
    def default(cls) -> Model:
        """The model of ``$QUOTES_MODEL_PARAMS`` if set, else the one fitted on PolNeAR train."""
        return _load_cached(os.environ.get(ENV) or str(DEFAULT_PARAMS))


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


_warned: set[tuple[str, str]] = set()


def check_annotator(identities: Iterable[str], model: Model) -> None:
    """Warns, once per pair, where articles were annotated by other models than those ``model``
    was fitted on (its ``meta["annotator"]["identity"]``): the parses and names differ, so the
    confidence may be off until the model is refitted on annotations of the running models."""
    recorded = (model.meta.get("annotator") or {}).get("identity")
    if not recorded:
        return
    for identity in sorted(set(identities)):
        if identity and identity != recorded and (identity, recorded) not in _warned:
            _warned.add((identity, recorded))
            warnings.warn(
                f"the confidence model was fitted on annotations by {recorded}, these articles were "
                f"annotated by {identity} (other models or versions): confidence figures may be off. "
                "Refit it on a corpus annotated with your models: quotes calibrate CORPUS -o params.json, "
                "then quotes --params params.json ... (docs/calibration.md)",
                ModelMismatchWarning,
                stacklevel=3,
            )


@lru_cache(maxsize=8)
def _load_cached(path: str) -> Model:
    return Model.load(path)


def resolve_model(params: Model | str | Path | None) -> Model:
    """A model from what the API takes: a :class:`Model`, a parameter file's path, or None (the default)."""
    if params is None:
        return Model.default()
    if isinstance(params, Model):
        return params
    return _load_cached(str(params))
