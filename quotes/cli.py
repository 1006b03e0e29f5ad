"""The ``quotes`` command: ``extract``, ``entities`` and ``download``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from quotes.errors import InputError, QuotesError
from quotes.model import Corpus


def _read(path: str) -> str:
    """Reads one input file (``-`` is standard input) as UTF-8.

    Raises:
        InputError: The file is missing, unreadable or not UTF-8.
    """
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if "\x00" in text:
        raise InputError(f"{path}: binary data, not text")
    return text


def _load(paths: Sequence[str], err: TextIO) -> tuple[list[tuple[str, str]], int]:
    items, failed = [], 0
    for p in paths:
        try:
            items.append((p, _read(p)))
        except InputError as exc:
            print(f"quotes: error: {exc}", file=err)
            failed += 1
    return items, failed


def _run(paths: Sequence[str], model_dir: str | None) -> tuple[Corpus | None, int]:
    from quotes.nlp import default_annotator
    from quotes.pipeline import extract_many

    items, failed = _load(paths, sys.stderr)
    if not items:
        return None, failed
    annotator = default_annotator(model_dir=model_dir)
    return extract_many(items, annotator=annotator), failed


def _cmd_extract(args: argparse.Namespace) -> int:
    from quotes.serialize import quote_to_dict

    corpus, failed = _run(args.files, args.model_dir)
    out = sys.stdout
    if corpus is not None:
        for art in corpus.articles:
            for q in art.quotes:
                if args.format == "jsonl":
                    out.write(json.dumps(quote_to_dict(q, art.doc), ensure_ascii=False) + "\n")
                else:
                    who = q.speaker.name if q.speaker else "?"
                    out.write(f"{art.doc}\t{q.kind}\t{who}\t{q.text}\n")
    return 1 if failed else 0


def _cmd_entities(args: argparse.Namespace) -> int:
    from quotes.serialize import entity_to_dict

    corpus, failed = _run(args.files, args.model_dir)
    if corpus is not None:
        for e in corpus.entities:
            if args.format == "jsonl":
                sys.stdout.write(json.dumps(entity_to_dict(e), ensure_ascii=False) + "\n")
            else:
                aliases = "; ".join(e.aliases)
                sys.stdout.write(f"{e.id}\t{e.kind}\t{e.name}\t{aliases}\n")
    return 1 if failed else 0


def _cmd_download(args: argparse.Namespace) -> int:
    from quotes.nlp.stanza_backend import download_models

    where = download_models(args.model_dir)
    print(f"quotes: models are in {where}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="quotes", description="Who said what: quotes and their speakers in English news.")
    p.add_argument("--model-dir", help="stanza models folder (default: $QUOTES_STANZA_DIR, else stanza's own)")
    sub = p.add_subparsers(dest="command", required=True)
    for name, helptext in (("extract", "the quotes of each file, with their speakers"),
                           ("entities", "the people and sources named, merged across files")):
        s = sub.add_parser(name, help=helptext)
        s.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; - reads standard input")
        s.add_argument("--format", choices=["jsonl", "text"], default="text")
    sub.add_parser("download", help="fetch stanza's official English models")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status (0 ok, 1 an error, 2 usage)."""
    args = _parser().parse_args(argv)
    handlers = {"extract": _cmd_extract, "entities": _cmd_entities, "download": _cmd_download}
    try:
        return handlers[args.command](args)
    except QuotesError as exc:
        print(f"quotes: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
