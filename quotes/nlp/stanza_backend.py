"""Stanza behind the :class:`~quotes.nlp.Annotator` interface. The only module that imports stanza."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from quotes._text import mask_markup, paragraphs
from quotes.errors import AnnotationError, ModelsNotFoundError
from quotes.model import Document, EntitySpan, Sentence, Span, Token

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
ENV_MODEL_DIR = "QUOTES_STANZA_DIR"
ENV_DOWNLOAD = "QUOTES_DOWNLOAD"


def resolve_model_dir(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """Returns the stanza resources folder to use: the argument, ``$QUOTES_STANZA_DIR``, or stanza's default."""
    if model_dir:
        return Path(model_dir).expanduser()
    env = os.environ.get(ENV_MODEL_DIR)
    if env:
        return Path(env).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    return Path.home() / "stanza_resources"


def download_allowed(download: bool | None) -> bool:
    """Tells whether missing models may be fetched: the argument, else ``$QUOTES_DOWNLOAD`` (default yes)."""
    if download is not None:
        return download
    return os.environ.get(ENV_DOWNLOAD, "1").strip().lower() not in {"0", "no", "false", "off"}


def models_present(model_dir: Path, lang: str = "en") -> bool:
    """Tells whether ``model_dir`` holds a resources index and a model for each processor."""
    if not (model_dir / "resources.json").is_file():
        return False
    return all(any((model_dir / lang / p).glob("*.pt")) for p in PROCESSORS.split(","))


def download_models(model_dir: str | os.PathLike[str] | None = None, lang: str = "en") -> Path:
    """Fetches stanza's official models for ``lang`` into the model folder and returns it.

    Raises:
        ModelsNotFoundError: The download failed (no network, no space, ...).
    """
    import stanza

    target = resolve_model_dir(model_dir)
    print(f"quotes: downloading stanza's {lang} models into {target} ...", file=sys.stderr)
    try:
        stanza.download(lang, model_dir=str(target), processors=PROCESSORS, logging_level="WARN")
    except Exception as exc:  # stanza raises many kinds: network, HTTP, OS
        raise ModelsNotFoundError(
            f"could not download stanza's {lang} models into {target}: {exc}. "
            f"Copy a stanza resources folder there, or point ${ENV_MODEL_DIR} at one."
        ) from exc
    return target


class StanzaAnnotator:
    """Annotates with a stanza pipeline (tokenize, mwt, pos, lemma, depparse, ner).

    Args:
        model_dir: Stanza resources folder (holding ``resources.json`` and ``en/``).
            Defaults to ``$QUOTES_STANZA_DIR``, then stanza's own folder.
        download: Fetch the official models when missing; None reads ``$QUOTES_DOWNLOAD``.
        use_gpu: Let stanza use a GPU when one is there.
        batch_size: Paragraphs per stanza call.

    Raises:
        ModelsNotFoundError: The models are missing and could not (or may not) be fetched.
    """

    _shared: ClassVar[dict[tuple[str, bool], StanzaAnnotator]] = {}

    def __init__(
        self,
        model_dir: str | os.PathLike[str] | None = None,
        *,
        download: bool | None = None,
        use_gpu: bool | None = None,
        batch_size: int = 64,
    ) -> None:
        self.model_dir = resolve_model_dir(model_dir)
        self.batch_size = batch_size
        if not models_present(self.model_dir):
            if not download_allowed(download):
                raise ModelsNotFoundError(
                    f"no stanza English models in {self.model_dir} (looked for resources.json and "
                    f"en/{{{PROCESSORS}}}/*.pt). Run `quotes download`, or set ${ENV_MODEL_DIR} "
                    "to a folder that holds them."
                )
            download_models(self.model_dir)
        import stanza

        kwargs: dict[str, Any] = {}
        if use_gpu is not None:
            kwargs["use_gpu"] = use_gpu
        try:
            self._nlp = stanza.Pipeline(
                "en", dir=str(self.model_dir), processors=PROCESSORS, download_method=None,
                logging_level="WARN", tokenize_batch_size=2048, **kwargs,
            )
        except Exception as exc:
            raise ModelsNotFoundError(
                f"stanza could not load the English models from {self.model_dir}: {exc}. "
                "Run `quotes download` to fetch them again."
            ) from exc

    @classmethod
    def shared(cls, *, model_dir: str | None = None, download: bool | None = None) -> StanzaAnnotator:
        """Returns one annotator per model folder, loading it on first use."""
        key = (str(resolve_model_dir(model_dir)), download_allowed(download))
        if key not in cls._shared:
            cls._shared[key] = cls(model_dir, download=download)
        return cls._shared[key]

    def annotate(self, texts: Sequence[str]) -> list[Document]:
        """Annotates ``texts`` in batches of paragraphs and returns one document per text."""
        import stanza

        cleaned = [mask_markup(t) for t in texts]
        pieces = [(i, para) for i, clean in enumerate(cleaned) for para in paragraphs(clean)]
        results: list[Any] = []
        for b in range(0, len(pieces), self.batch_size):
            batch = pieces[b : b + self.batch_size]
            # single line breaks inside a paragraph are wrapping, not structure
            docs = [stanza.Document([], text=p.of(cleaned[i]).replace("\r", " ").replace("\n", " ")) for i, p in batch]
            try:
                results.extend(self._nlp.bulk_process(docs))
            except Exception as exc:
                raise AnnotationError(f"stanza failed while annotating: {exc}") from exc
        per_text: list[list[tuple[Span, Any]]] = [[] for _ in texts]
        for (i, para), sdoc in zip(pieces, results, strict=True):
            per_text[i].append((para, sdoc))
        return [_convert(text, parts) for text, parts in zip(texts, per_text, strict=True)]


def _convert(text: str, parts: list[tuple[Span, Any]]) -> Document:
    """Turns stanza documents (one per paragraph) into one of our documents."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[EntitySpan] = []
    for para, sdoc in parts:
        base = para.start
        for sent in sdoc.sentences:
            first = len(tokens)
            words: list[tuple[Any, int, int, str]] = []
            for tok in sent.tokens:
                t_start, t_end = tok.start_char + base, tok.end_char + base
                ner = getattr(tok, "ner", None) or "O"
                for w in tok.words:
                    ws, we = getattr(w, "start_char", None), getattr(w, "end_char", None)
                    if ws is None or we is None:
                        ws, we = tok.start_char, tok.end_char
                    words.append((w, max(t_start, ws + base), min(t_end, we + base), ner))
            for w, start, end, ner in words:
                head = w.head or 0
                tokens.append(Token(
                    index=len(tokens), text=text[start:end], span=Span(start, max(start, end)),
                    lemma=w.lemma or w.text, upos=w.upos or "X", xpos=w.xpos or "",
                    feats=w.feats or "", head=first + head - 1 if head else -1,
                    deprel=w.deprel or "dep", sentence=len(sentences), ner=ner,
                ))
            if len(tokens) > first:
                sentences.append(Sentence(
                    index=len(sentences), span=Span(tokens[first].span.start, tokens[-1].span.end),
                    first=first, last=len(tokens),
                ))
        for ent in sdoc.ents:
            span = Span(ent.start_char + base, ent.end_char + base)
            entities.append(EntitySpan(span=span, label=ent.type, text=span.of(text)))
    return Document(text=text, tokens=tokens, sentences=sentences, entities=entities)
