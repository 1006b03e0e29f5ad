"""Stage 4, confidence: how likely each quote is right, and the least likely left out.

Takes the drafts with their evidence (the rule, cue, content, speaker and parse) and the
article around them; gives each quote its bounds (among candidates), its joins (a quote's
continuation) and :attr:`~quotes.model.Quote.confidence`, the estimated probability that the
quote and its speaker are right, fitted on an annotated corpus.

- :mod:`~quotes.confidence.evidence`, :mod:`~quotes.confidence.features`: what a quote is scored on;
- :mod:`~quotes.confidence.candidates`: other bounds of a content, and continuations to join;
- :mod:`~quotes.confidence.trees`: gradient-boosted trees (fitted with numpy, applied without);
- :mod:`~quotes.confidence.scorer`: the shipped model (:class:`Model`) and how it is chosen;
- :mod:`~quotes.confidence.calibrate`: fitting it on a corpus (``quotes calibrate``).

Public names: :class:`Model`, :func:`resolve_model`, :func:`always_kept` (the fitting is
:func:`quotes.confidence.calibrate.calibrate`).
"""

from quotes.confidence.scorer import Model, always_kept, resolve_model

__all__ = ["Model", "always_kept", "resolve_model"]
