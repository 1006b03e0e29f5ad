"""The ``quotes evaluate`` and ``quotes calibrate`` commands, over a corpus annotated in brat (as PolNeAR)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from quotes.errors import InputError, QuotesError
from quotes.model import Article, Corpus

Errors = Callable[[QuotesError], None]
Run = Callable[[argparse.Namespace, Any], "Corpus | None"]


def _count(errors: Any) -> int:
    return int(getattr(errors, "count", 0))


def _corpus_run(args: argparse.Namespace, errors: Errors, run: Run) -> tuple[list[Any], Corpus | None]:
    """The annotated corpus's articles, and the quotes extracted from their texts."""
    from quotes.evaluate import read_corpus

    gold = read_corpus(args.corpus, encoding=args.encoding)
    args.paths = [str(g.path) for g in gold]
    return gold, run(args, errors)


def evaluate(args: argparse.Namespace, errors: Errors, run: Run) -> int:
    """``quotes evaluate``: scores quotes (extracted, or read from --pred) against an annotated corpus."""
    from quotes.evaluate import evaluate, read_corpus

    if args.pred:
        from quotes.corpus.reader import read_json_lines
        from quotes.digests.serialize import quote_from_dict

        gold = read_corpus(args.corpus, encoding=args.encoding)
        by_doc: dict[str, list[Any]] = {}
        for item in read_json_lines(args.pred):
            if isinstance(item, InputError):
                errors(item)
                continue
            where, rec = item
            try:
                q = quote_from_dict(rec)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                errors(InputError(f"{where}: not a quote record ({type(exc).__name__}: {exc})"))
                continue
            by_doc.setdefault(Path(rec["doc"]).stem, []).append(q)
        corpus: Corpus | None = Corpus(
            articles=[Article(doc=g.doc, text=g.text, quotes=by_doc.get(g.doc, [])) for g in gold], entities=[]
        )
    else:
        gold, corpus = _corpus_run(args, errors, run)
    if corpus is None:
        return 1
    if args.min_confidence:
        corpus = Corpus(
            articles=[
                Article(doc=a.doc, text=a.text, quotes=[q for q in a.quotes if q.confidence >= args.min_confidence])
                for a in corpus.articles
            ],
            entities=corpus.entities,
        )
    scores = evaluate(gold, corpus)
    if args.json:
        sys.stdout.write(json.dumps(scores.as_dict()) + "\n")
    else:
        for k, v in scores.as_dict().items():
            sys.stdout.write(f"{k:22s} {v}\n")
    return 1 if _count(errors) else 0


def calibrate(args: argparse.Namespace, errors: Errors, run: Run) -> int:
    """``quotes calibrate``: fits the confidence model on an annotated corpus and writes its parameters."""
    from quotes.confidence.calibrate import RULES_ONLY
    from quotes.confidence.calibrate import calibrate as fit_on

    args.params = RULES_ONLY  # the rules' own contents, every quote kept: what the models are fitted on
    gold, corpus = _corpus_run(args, errors, run)
    if corpus is None:
        return 1
    model, _ = fit_on(
        gold,
        corpus,
        k=args.folds,
        seed=args.seed,
        target_precision=args.target_precision,
        source=str(args.corpus),
        log=lambda line: print(line, file=sys.stderr),
    )
    from quotes.nlp.stanza_backend import annotator_record

    # which models made the annotations it was fitted on: a run with others is warned
    model = attrs.evolve(model, meta={**model.meta, "annotator": annotator_record(args.model_dir)})
    model.save(args.output)
    extra = "".join(f", {kind} {t:.2f}" for kind, t in sorted(model.thresholds.items()))
    print(f"quotes: parameters written to {args.output} (threshold {model.threshold:.2f}{extra})", file=sys.stderr)
    return 1 if _count(errors) else 0


def add_parsers(
    sub: Any, positive: Callable[[str], int], run_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """``evaluate`` and ``calibrate``: commands over an annotated corpus in brat's format;
    ``run_options`` adds the options of reading and annotating (``--cache``, ``--jobs``, …)
    that every command running the pipeline shares."""
    e = sub.add_parser("evaluate", help="score quotes against an annotated corpus (brat format, as PolNeAR)")
    c = sub.add_parser("calibrate", help="fit the confidence model on an annotated corpus (brat format)")
    for s in (e, c):
        s.add_argument("corpus", metavar="CORPUS", help="a folder with text/*.txt and attributions/*.ann")
        run_options(s)
        s.set_defaults(glob="*.txt", comments=False)
    e.add_argument(
        "--pred", metavar="FILE", help="score these quotes (JSON Lines of quotes extract) instead of extracting"
    )
    e.add_argument("--min-confidence", type=float, default=0.0, metavar="P", help="score only quotes this sure")
    e.add_argument("--json", action="store_true", help="the figures as one JSON object")
    c.add_argument("--output", "-o", required=True, metavar="FILE", help="where to write the parameter file")
    c.add_argument("--folds", type=positive, default=5, metavar="K", help="cross-validation folds (default: 5)")
    c.add_argument("--seed", type=int, default=0, help="the seed of the folds' shuffle (default: 0)")
    c.add_argument(
        "--target-precision",
        type=float,
        default=0.9,
        metavar="P",
        help="the threshold kept is the lowest at which this share of quotes is right (default: 0.9)",
    )
