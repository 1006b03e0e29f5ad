"""The ``quotes`` command: ``extract``, ``entities``, ``digest``, ``ingest``, ``search``, ``export``,
``evaluate``, ``calibrate`` and ``download``."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from quotes.cli import gold
from quotes.errors import InputError, QuotesError, QuotesWarning
from quotes.model import QUOTE_KINDS, SPEAKER_KINDS, Article, Corpus

if TYPE_CHECKING:
    from quotes.corpus.pipeline import ArticleResult

_DIGEST_FORMATS = ("markdown", "html", "json")
_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


class _Errors:
    """Reports input errors on standard error and counts them."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.count = 0

    def __call__(self, exc: QuotesError) -> None:
        print(f"quotes: error: {exc}", file=self.err)
        self.count += 1


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _progress(args: argparse.Namespace) -> Any:
    """A bar of articles and words a second on standard error, when it is a terminal and not --quiet."""
    from tqdm import tqdm

    quiet = args.quiet or not sys.stderr.isatty()
    # (shown after a second: a run of a few articles ends before it would appear)
    return tqdm(unit=" articles", file=sys.stderr, disable=quiet, dynamic_ncols=True, leave=False, delay=1.0)


def _stream(args: argparse.Namespace, errors: _Errors) -> Iterator[ArticleResult]:
    """Reads the articles lazily and maps them batch by batch (here, on --jobs local processes or on
    the --scheduler's Dask cluster), yielding each article's small result in input order; the
    annotations of the whole corpus are never held."""
    from quotes.corpus.mapping import map_articles
    from quotes.corpus.reader import read_articles

    items = read_articles(args.paths, glob=args.glob, encoding=args.encoding, errors=errors)
    words = 0
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        bar = stack.enter_context(_progress(args))

        def progress(articles: int, tokens: int) -> None:
            nonlocal words
            words += tokens
            bar.update(articles)
            bar.set_postfix_str(f"{words / max(time.perf_counter() - started, 1e-9):.0f} words/s")

        yield from map_articles(items, **_map_options(args, errors, stack), progress=progress)


def _map_options(args: argparse.Namespace, errors: _Errors, stack: contextlib.ExitStack) -> dict[str, Any]:
    """How the articles are annotated and mapped, as ``map_articles`` and ``Store.ingest`` take
    it: the annotator's recipe, batches, comments, errors, local processes or a Dask cluster."""
    from quotes.corpus.mapping import AnnotatorSpec

    spec = AnnotatorSpec(model_dir=args.model_dir, cache=args.cache or os.environ.get("QUOTES_CACHE") or None)
    client = stack.enter_context(_connect(args.scheduler)) if args.scheduler else None
    return {
        "annotator": spec,
        "batch_size": args.batch_size,
        "comments": args.comments,
        "errors": errors,
        "client": client,
        "jobs": args.jobs,
    }


def _connect(address: str) -> Any:
    """A client of the Dask scheduler at ``address``."""
    try:
        from distributed import Client
    except ImportError as exc:
        from quotes.corpus.batch import DASK_HINT

        raise InputError(f"--scheduler: {DASK_HINT}") from exc
    try:
        return Client(address, timeout=30)  # type: ignore[no-untyped-call,unused-ignore]
    except OSError as exc:
        raise InputError(f"--scheduler {address}: cannot reach the Dask scheduler: {exc}") from exc


def _run(args: argparse.Namespace, errors: _Errors) -> Corpus | None:
    """The map over every article, then the reduce that merges the speakers; None when nothing could be read."""
    from quotes.corpus.pipeline import reduce_articles

    results = list(_stream(args, errors))
    return reduce_articles(results, params=args.params) if results or not errors.count else None


def _write_quotes(args: argparse.Namespace, art: Article) -> None:
    from quotes.digests.serialize import quote_to_dict

    for q in art.quotes:
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(quote_to_dict(q, art.doc), ensure_ascii=False) + "\n")
        else:
            who = q.speaker.name if q.speaker else "?"
            sys.stdout.write(f"{art.doc}\t{q.kind}\t{who}\t{q.text}\n")


def _cmd_extract(args: argparse.Namespace) -> int:
    errors = _Errors(sys.stderr)
    if args.no_resolve:
        from quotes.corpus.pipeline import reduce_articles

        # each article as soon as it is read, its speakers resolved within it alone
        for result in _stream(args, errors):
            _write_quotes(args, reduce_articles([result], params=args.params).articles[0])
            sys.stdout.flush()
    else:
        corpus = _run(args, errors)
        for art in corpus.articles if corpus is not None else ():
            _write_quotes(args, art)
    return 1 if errors.count else 0


def _cmd_entities(args: argparse.Namespace) -> int:
    from quotes.digests.serialize import entity_to_dict

    errors = _Errors(sys.stderr)
    corpus = _run(args, errors)
    if corpus is not None:
        for e in corpus.entities:
            if args.format == "jsonl":
                sys.stdout.write(json.dumps(entity_to_dict(e), ensure_ascii=False) + "\n")
            else:
                aliases = "; ".join(e.aliases)
                sys.stdout.write(f"{e.id}\t{e.kind}\t{e.name}\t{aliases}\n")
    return 1 if errors.count else 0


def _digest_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        return _SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "markdown")
    return "markdown"


def _cmd_digest(args: argparse.Namespace) -> int:
    from quotes.digests.building import build

    fmt = _digest_format(args)
    errors = _Errors(sys.stderr)
    if args.db:
        if args.paths:
            raise InputError("digest: give articles (PATH ...) or a store (--db), not both")
        with _open_store(args.db, must_exist=True) as store:
            corpus = store.corpus(since=args.since, until=args.until, speaker=args.speaker)
    else:
        if not args.paths:
            raise InputError("digest: give the articles to read (PATH ...) or a store (--db FILE)")
        if args.since or args.until:
            raise InputError("digest: --since and --until read a store's dates: use them with --db")
        corpus = _run(args, errors)
    if corpus is None:
        return 1
    digest = build(
        corpus,
        speakers=args.speaker,
        kinds=args.kind,
        min_confidence=args.min_confidence,
        min_quotes=args.min_quotes,
        comments=args.comments,
        articles=not args.no_articles,
        params=args.params,
    )
    if fmt == "html":
        page = digest.to_html(articles=not args.no_articles)
    elif fmt == "json":
        page = digest.to_json() + "\n"
    else:
        page = digest.to_markdown()
    if args.output:
        try:
            Path(args.output).write_text(page, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{args.output}: cannot write: {exc.strerror or exc}") from exc
    else:
        sys.stdout.write(page)
    return 1 if errors.count else 0


def _open_store(path: str, *, must_exist: bool = False) -> Any:
    from quotes.store import Store

    if must_exist and not Path(path).is_file():
        raise InputError(f"{path}: no such store (make one with quotes ingest PATH... --db {path})")
    return Store(path)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from quotes.corpus.reader import read_articles

    errors = _Errors(sys.stderr)
    items = read_articles(args.paths, glob=args.glob, encoding=args.encoding, errors=errors)
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(_open_store(args.db))
        bar = stack.enter_context(_progress(args))
        report = store.ingest(
            items,
            **_map_options(args, errors, stack),
            progress=lambda n, _words: bar.update(n),
            params=args.params,
            reprocess=args.reprocess,
        )
    print(
        f"quotes: {args.db}: {_n(report.added, 'article')} added, {report.replaced} replaced, "
        f"{report.unchanged} unchanged, {report.failed} failed; {_n(report.entities, 'entity', 'entities')}"
        + (f"; speakers resolved in {report.seconds_resolving:.1f} s" if report.resolved else ""),
        file=sys.stderr,
    )
    return 1 if errors.count else 0


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def _cmd_search(args: argparse.Namespace) -> int:
    with _open_store(args.db, must_exist=True) as store:
        hits = store.search(
            args.query,
            speaker=args.speaker,
            kind=args.kind,
            since=args.since,
            until=args.until,
            source=args.source,
            min_confidence=args.min_confidence,
            limit=args.limit or None,
        )
    for h in hits:
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
        else:
            q = h.quote
            date = h.meta.date.isoformat() if h.meta.date else "-"
            who = q.speaker.name if q.speaker else "?"
            sys.stdout.write(f"{date}\t{h.doc}\t{who}\t{q.kind}\t{q.confidence:.2f}\t{q.display or q.text}\n")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    with _open_store(args.db, must_exist=True) as store:
        if args.format == "parquet":
            if not args.output:
                raise InputError("export --format parquet: give the folder to write to (--output DIR)")
            counts = store.export_parquet(args.output)
            print(
                f"quotes: wrote {counts['quotes']} quotes, {counts['entities']} entities and "
                f"{counts['articles']} articles to {args.output}",
                file=sys.stderr,
            )
        elif args.output:
            try:
                with open(args.output, "w", encoding="utf-8") as out:
                    store.export_jsonl(out)
            except OSError as exc:
                raise InputError(f"{args.output}: cannot write: {exc.strerror or exc}") from exc
        else:
            store.export_jsonl(sys.stdout)
    return 0


def _cmd_download(args: argparse.Namespace) -> int:
    from quotes.nlp.stanza_backend import download_models

    where = download_models(args.model_dir)
    print(f"quotes: models are in {where}", file=sys.stderr)
    return 0


def _add_inputs(s: argparse.ArgumentParser, required: bool = True) -> None:
    """The articles to read (paths, ``--glob``, ``--comments``) and how to annotate them."""
    s.add_argument(
        "paths",
        nargs="+" if required else "*",
        metavar="PATH",
        help="text files, folders (read recursively), .jsonl files of articles, or - for standard input",
    )
    s.add_argument("--glob", default="*.txt", help="which files of a folder to read (default: %(default)s)")
    s.add_argument("--comments", action="store_true", help="keep quotes found in reader comments (left out by default)")
    _add_run_options(s)


def _add_run_options(s: argparse.ArgumentParser) -> None:
    """How the articles are read and annotated: every command that runs the pipeline takes these."""
    from quotes.corpus.mapping import DEFAULT_BATCH_SIZE

    s.add_argument(
        "--encoding",
        default="utf-8",
        help="the files' encoding, e.g. latin-1 or cp1252 (default: utf-8; never guessed)",
    )
    s.add_argument(
        "--batch-size",
        type=_positive,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help="articles annotated together (default: %(default)s); memory grows with it, not with the corpus",
    )
    s.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=1,
        metavar="N",
        help="annotate on N local worker processes, stanza loaded once in each (the dask extra; default: 1, here)",
    )
    s.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="annotate on the workers of this dask.distributed cluster, e.g. tcp://10.0.0.5:8786 (the dask extra)",
    )
    s.add_argument("--quiet", "-q", action="store_true", help="no progress bar on standard error")
    s.add_argument(
        "--cache",
        metavar="DIR",
        help="keep stanza's annotations in DIR and reuse them (default: $QUOTES_CACHE; none if unset)",
    )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="quotes", description="Who said what: quotes and their speakers in English news.")
    p.add_argument("--model-dir", help="stanza models folder (default: $QUOTES_STANZA_DIR, else stanza's own)")
    p.add_argument(
        "--params",
        metavar="FILE",
        help="the confidence model's parameters, from quotes calibrate (default: $QUOTES_MODEL_PARAMS, else shipped)",
    )
    sub = p.add_subparsers(dest="command", required=True)
    for name, helptext in (
        ("extract", "the quotes of each article, with their speakers"),
        ("entities", "the people and sources named, merged across articles"),
    ):
        s = sub.add_parser(name, help=helptext)
        _add_inputs(s)
        s.add_argument("--format", choices=["jsonl", "text"], default="text")
        if name == "extract":
            s.add_argument(
                "--no-resolve",
                action="store_true",
                help="write each article's quotes as soon as it is read, speakers resolved within the article only",
            )
    _add_digest(sub.add_parser("digest", help="who said what: each speaker's quotes across the articles"))
    _add_store_commands(sub)
    gold.add_parsers(sub, _positive, _add_run_options)
    sub.add_parser("download", help="fetch stanza's official English models")
    return p


def _add_store_commands(sub: Any) -> None:
    """``ingest``, ``search`` and ``export``: the quote store (docs/store.md)."""
    i = sub.add_parser("ingest", help="add articles to a quote store (SQLite), annotating only new and changed ones")
    _add_inputs(i)
    i.add_argument("--db", required=True, metavar="FILE", help="the store (created when missing)")
    i.add_argument(
        "--reprocess",
        action="store_true",
        help="annotate again the stored articles processed by another version of quotes",
    )
    s = sub.add_parser("search", help="full-text search of the quotes of a store")
    s.add_argument("query", nargs="?", help='words (all must occur), "a phrase", OR, NOT, prefix*; none: all quotes')
    s.add_argument("--db", required=True, metavar="FILE", help="the store")
    s.add_argument(
        "--speaker", action="append", default=[], metavar="NAME", help="only this speaker (name, alias or id)"
    )
    s.add_argument(
        "--kind",
        action="append",
        default=[],
        choices=QUOTE_KINDS + SPEAKER_KINDS,
        metavar="KIND",
        help="only quotes of this kind or speakers of this kind; may be repeated",
    )
    _add_dates(s)
    s.add_argument("--source", metavar="OUTLET", help="only articles of this outlet")
    s.add_argument("--min-confidence", type=float, default=0.0, metavar="P", help="leave out quotes less sure than P")
    s.add_argument(
        "--limit", type=int, default=100, metavar="N", help="at most N quotes (default: %(default)s; 0: all)"
    )
    s.add_argument("--format", choices=["table", "jsonl"], default="table")
    e = sub.add_parser("export", help="write a store's quotes as JSON Lines, or its tables as Parquet")
    e.add_argument("--db", required=True, metavar="FILE", help="the store")
    e.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    e.add_argument(
        "--output", "-o", metavar="PATH", help="the file (jsonl; default: standard output) or folder (parquet)"
    )


def _add_dates(s: argparse.ArgumentParser) -> None:
    s.add_argument("--since", metavar="YYYY-MM-DD", help="only articles dated on or after this day")
    s.add_argument("--until", metavar="YYYY-MM-DD", help="only articles dated on or before this day")


def _add_digest(d: argparse.ArgumentParser) -> None:
    """``digest``'s inputs, formats and filters."""
    _add_inputs(d, required=False)
    d.add_argument("--db", metavar="FILE", help="read the quotes of this store instead of articles")
    _add_dates(d)
    d.add_argument(
        "--format",
        choices=_DIGEST_FORMATS,
        help="markdown, html or json (default: from --output's suffix, else markdown)",
    )
    d.add_argument("--output", "-o", metavar="FILE", help="write the digest here instead of standard output")
    d.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="NAME",
        help="only this speaker (its name, any alias or its id); may be repeated",
    )
    d.add_argument(
        "--kind",
        action="append",
        default=[],
        choices=QUOTE_KINDS + SPEAKER_KINDS,
        metavar="KIND",
        help="only quotes of this kind (direct, indirect, mixed) or speakers of this kind "
        "(person, anonymous, group, organization, unknown); may be repeated",
    )
    d.add_argument(
        "--min-confidence",
        type=float,
        metavar="P",
        help="leave out quotes less sure than P (default: the confidence model's threshold, "
        "at which 90%% of quotes were right on PolNeAR; 0 keeps all)",
    )
    d.add_argument("--min-quotes", type=int, default=1, metavar="N", help="only speakers with at least N quotes")
    d.add_argument(
        "--no-articles",
        action="store_true",
        help="HTML and JSON: leave the articles' texts out (quotes then link to the article's URL)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status (0 ok, 1 an error, 2 usage)."""
    args = _parser().parse_args(argv)
    handlers = {
        "extract": _cmd_extract,
        "entities": _cmd_entities,
        "digest": _cmd_digest,
        "ingest": _cmd_ingest,
        "search": _cmd_search,
        "export": _cmd_export,
        "evaluate": lambda a: gold.evaluate(a, _Errors(sys.stderr), _run),
        "calibrate": lambda a: gold.calibrate(a, _Errors(sys.stderr), _run),
        "download": _cmd_download,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("always", QuotesWarning)
        warnings.showwarning = _show_warning
        return _main(args, handlers)


def _show_warning(message: Warning | str, category: type[Warning], *_args: Any, **_kwargs: Any) -> None:
    """Prints the library's warnings as diagnostics (others as Python does)."""
    if issubclass(category, QuotesWarning):
        print(f"quotes: warning: {message}", file=sys.stderr)
    else:
        print(warnings.formatwarning(message, category, *_args[:2]), end="", file=sys.stderr)


def _main(args: argparse.Namespace, handlers: dict[str, Callable[[argparse.Namespace], int]]) -> int:
    try:
        if getattr(args, "params", None) is not None:
            from quotes.confidence.scorer import resolve_model

            args.params = resolve_model(args.params)  # a bad file fails before any article is read
        return handlers[args.command](args)
    except QuotesError as exc:
        print(f"quotes: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # whoever read the output stopped (quotes export --db D | head): end quietly, as cat does
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
