"""A quote's confidence: the estimated probability that it is right.

*Right* means what PolNeAR's scorer calls right end to end: the content matches an annotated
attribution (Jaccard index of their letters at least 0.5) and the words naming the speaker
overlap that attribution's source. The estimate is a logistic regression over features of the
quote (:func:`features`: the rule that found it, its cue, the content's length and shape, how
its speaker was found, and what the parse said, carried on :attr:`~quotes.model.Quote.evidence`),
so it can be recomputed from any :class:`~quotes.model.Quote` (one read back from JSON has no
parse evidence, and is scored without it).

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
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs

from quotes.candidates import candidate_features, candidates, with_spans
from quotes.errors import InputError
from quotes.lexicon import PERSONAL_PRONOUNS
from quotes.model import Quote
from quotes.rules import label_confidence

FORMAT = "quotes-confidence/1"
"""The ``format`` field of a parameter file; files of another format are refused."""

DEFAULT_PARAMS = Path(__file__).parent / "data" / "confidence.json"
ENV = "QUOTES_MODEL_PARAMS"
"""The environment variable naming a parameter file to use instead of the shipped one."""

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
_QUOTE_MARKS = '"“”„«»'
_RELATIVE = ("who", "which", "whom", "whose")


def _cue_key(q: Quote) -> str:
    if q.cue is None:
        return "none"
    return " ".join(q.cue.text.lower().split())


def _mention_kind(q: Quote) -> str:
    """How the speaker was named at the quote: a name, a pronoun, a description, or not at all."""
    m = q.speaker_mention
    if m is None:
        return "none"
    words = m.text.lower().split()
    if len(words) == 1 and (words[0] in PERSONAL_PRONOUNS or words[0] in _RELATIVE):
        return "pronoun"
    if q.speaker is None:
        return "unresolved"
    names = {w.lower().strip(".,") for n in (q.speaker.name, *q.speaker.aliases) for w in n.split()}
    if q.speaker.kind == "person" and words and words[-1].strip(".,'’s") in names:
        return "name"
    return "description"


def _gap(q: Quote) -> float:
    """Characters between the cue and the nearest part of the content (0 with no cue)."""
    if q.cue is None:
        return 0.0
    c = q.cue.span
    return float(min(max(0, s.start - c.end, c.start - s.end) for s in q.spans))


_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")


def _mention_features(q: Quote) -> dict[str, float]:
    """Where the words naming the speaker stand, against the cue and the content."""
    m = q.speaker_mention
    if m is None:
        return {}
    words = m.text.split()
    f = {"mention_words": math.log1p(len(words)), "mention_capital": float(m.text[:1].isupper())}
    if q.cue is not None:
        f["log_mention_cue_gap"] = math.log1p(max(0, q.cue.span.start - m.span.end, m.span.start - q.cue.span.end))
        f["mention_after_cue"] = float(m.span.start > q.cue.span.start)
    f["mention_in_content"] = float(any(s.start <= m.span.start < s.end for s in q.spans))
    return f


def features(q: Quote) -> dict[str, float]:
    """The features of one quote (a name → value; names with a ``=`` are one-hot).

    >>> from quotes.model import Quote, Span
    >>> f = features(Quote(kind="indirect", spans=[Span(0, 20)], text="that taxes would rise", rule="ccomp",
    ...                    rule_name="ccomp.that-clause"))
    >>> f["rule_name=ccomp.that-clause"], f["starts_that"], f["speaker=none"]
    (1.0, 1.0, 1.0)
    """
    text = q.text.strip()
    words = text.split()
    n = len(words)
    cue_at = "none" if q.cue is None else ("before" if q.cue.span.start < q.spans[0].start else "after")
    first = words[0].lower() if words else ""
    f: dict[str, float] = {
        f"rule={q.rule}": 1.0,
        f"rule_name={q.rule_name}": 1.0,
        f"kind={q.kind}": 1.0,
        f"cue={_cue_key(q)}": 1.0,
        f"cue_at={cue_at}": 1.0,
        f"speaker={q.speaker.kind if q.speaker else 'none'}": 1.0,
        f"mention={_mention_kind(q)}": 1.0,
        f"kind={q.kind}|mention={_mention_kind(q)}": 1.0,
        "prior": label_confidence(q.rule) if q.rule else 0.3,
        "log_words": math.log1p(n),
        "words<=3": float(n <= 3),
        "words>=40": float(n >= 40),
        "starts_that": float(first == "that"),
        "starts_to": float(first == "to"),
        "starts_wh": float(first in {"what", "why", "how", "whether", "if", "when", "where"}),
        "has_marks": float(any(c in text for c in _QUOTE_MARKS)),
        "ends_sentence": float(text[-1:] in ".!?" or text[-2:-1] in ".!?"),
        "ends_comma": float(text[-1:] == ","),
        "sentence_break": float(bool(_SENTENCE_BREAK.search(text))),
        "has_which": float(", which" in text or ", who " in text),
        "log_gap": math.log1p(_gap(q)),
        "parts>1": float(len(q.spans) > 1),
        "unbalanced": float(q.unbalanced),
        "comments": float(q.section == "comments"),
        f"rule={q.rule}|mention={_mention_kind(q)}": 1.0,
        f"rule={q.rule}|speaker={q.speaker.kind if q.speaker else 'none'}": 1.0,
        f"cue={_cue_key(q)}|kind={q.kind}": 1.0,
        "first_person": float(q.kind != "direct" and bool(_FIRST_PERSON.search(text))),
        **_mention_features(q),
        **q.evidence,
    }
    return f


def _table(weights: Mapping[str, float]) -> dict[str, float]:
    return dict(weights)


def _meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    return dict(meta)


def logistic(weights: Mapping[str, float], bias: float, f: Mapping[str, float]) -> float:
    """``1 / (1 + exp(-(bias + Σ weight × feature)))``; a feature with no weight counts zero."""
    z = bias + sum(v * weights.get(k, 0.0) for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))


@attrs.frozen
class Model:
    """The fitted models: the confidence (a logistic regression over :func:`features`) and the
    bounds scorer (one over :func:`quotes.candidates.candidate_features`).

    Features with no weight (a cue never seen in training, say) count zero. ``threshold`` is the
    confidence at which the digest leaves quotes out by default. A candidate content replaces the
    rules' when it scores more than ``margin`` above it; a report (indirect or mixed) whose
    confidence is under ``drop_below`` is left out (the "no quote" choice; 0 keeps all). ``meta`` says where the
    parameters come from (corpus, folds, figures).
    """

    weights: Mapping[str, float] = attrs.field(converter=_table)
    bias: float = 0.0
    threshold: float = 0.0
    meta: Mapping[str, Any] = attrs.field(factory=dict, converter=_meta)
    bounds: Mapping[str, float] = attrs.field(factory=dict, converter=_table)
    bounds_bias: float = 0.0
    margin: float = 0.0
    drop_below: float = 0.0
    absent: Mapping[str, float] = attrs.field(factory=dict, converter=_table)
    """For a group of features a quote lacks (``evidence``: no parse evidence, as read back from
    JSON), their mean contribution over the training quotes."""

    def score(self, f: Mapping[str, float]) -> float:
        """The confidence for a feature dictionary."""
        return logistic(self.weights, self.bias, f)

    def probability(self, q: Quote) -> float:
        """The estimated probability that ``q`` is right end to end. Without the quote's parse
        evidence (a quote read back from JSON), those features weigh what they weighed on average
        in training (``absent``)."""
        extra = 0.0 if q.evidence else self.absent.get("evidence", 0.0)
        return logistic(self.weights, self.bias + extra, features(q))

    def confidence(self, q: Quote) -> float:
        """:meth:`probability`, rounded to three places (the value a quote carries)."""
        return round(self.probability(q), 3)

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

    def apply(self, text: str, q: Quote) -> Quote | None:
        """``q`` (in an article of ``text``) with its chosen content and its confidence; None when
        it is a report whose confidence is under ``drop_below``."""
        q = self.bounded(text, q)
        conf = self.confidence(q)
        return attrs.evolve(q, confidence=conf) if self.keeps(q, conf) else None

    def keeps(self, q: Quote, confidence: float) -> bool:
        """Whether a quote of this confidence is written: a direct quotation always is (its words
        are quoted whoever said them), a report only at ``drop_below`` or above."""
        return q.kind == "direct" or confidence >= self.drop_below

    def to_json(self) -> str:
        """The parameter file's text (:meth:`load` reads it back)."""
        body = {
            "format": FORMAT,
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
            "bounds_bias": self.bounds_bias,
            "margin": self.margin,
            "drop_below": self.drop_below,
            "absent": dict(sorted(self.absent.items())),
            "bounds": dict(sorted(self.bounds.items())),
            "meta": dict(self.meta),
        }
        return json.dumps(body, indent=1, ensure_ascii=False) + "\n"

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
        for key in ("weights", "bounds", "absent"):
            table = raw.get(key, {})
            if not isinstance(table, dict) or not all(_number(v) for v in table.values()):
                raise InputError(f"{where}: {key!r} must map feature names to numbers")
        if "weights" not in raw:
            raise InputError(f"{where}: no 'weights'")
        for key in ("bias", "threshold", "bounds_bias", "margin", "drop_below"):
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
        )

    @classmethod
    def default(cls) -> Model:
        """The model of ``$QUOTES_MODEL_PARAMS`` if set, else the one fitted on PolNeAR train."""
        return _load_cached(os.environ.get(ENV) or str(DEFAULT_PARAMS))


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


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
