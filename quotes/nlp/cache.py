"""A disk cache of annotations, so rules can be re-run without re-annotating.

>>> import tempfile
>>> from quotes.model import Document
>>> class Fake:
...     calls = 0
...     def annotate(self, texts):
...         Fake.calls += len(texts)
...         return [Document(text=t, tokens=(), sentences=()) for t in texts]
>>> with tempfile.TemporaryDirectory() as d:
...     c = CachedAnnotator(Fake(), d)
...     _ = c.annotate(["a", "b"]); _ = c.annotate(["b", "c"])
...     reader = CachedAnnotator(None, d)
...     found, missing = reader.cached("a") is not None, reader.cached("z") is None
>>> Fake.calls, found, missing
(3, True, True)
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from quotes.model import CorefChain, Document, EntitySpan, Sentence, Span, Token
from quotes.nlp.annotator import Annotator

FORMAT = 1


def document_to_json(doc: Document) -> dict[str, Any]:
    """A document as plain JSON data (spans as [start, end])."""

    def conv(obj: Any) -> Any:
        return attrs.asdict(obj, value_serializer=lambda _i, _a, v: [v.start, v.end] if isinstance(v, Span) else v)

    return {
        "format": FORMAT,
        "text": doc.text,
        "tokens": [conv(t) for t in doc.tokens],
        "sentences": [conv(s) for s in doc.sentences],
        "entities": [conv(e) for e in doc.entities],
        "coref": [[[m.start, m.end] for m in c.mentions] for c in doc.coref],
    }


def load_documents(path: str | os.PathLike[str]) -> dict[str, Document]:
    """Frozen annotations: a gzipped JSON object of key -> :func:`document_to_json` data
    (``tools/freeze_annotations.py`` writes them)."""
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {key: document_from_json(d) for key, d in json.load(fh).items()}


def document_from_json(data: dict[str, Any]) -> Document:
    """The inverse of :func:`document_to_json`."""

    def span(d: dict[str, Any]) -> dict[str, Any]:
        return {**d, "span": Span(*d["span"])}

    return Document(
        text=data["text"],
        tokens=[Token(**span(t)) for t in data["tokens"]],
        sentences=[Sentence(**span(s)) for s in data["sentences"]],
        entities=[EntitySpan(**span(e)) for e in data["entities"]],
        coref=[CorefChain(mentions=[Span(*m) for m in c]) for c in data.get("coref", [])],
    )


class CachedAnnotator:
    """Wraps an annotator and keeps each text's annotation in ``folder``, keyed by the text's hash.

    The key also holds the models' identity (``model_tag``; by default the wrapped annotator's
    ``identity``, which for stanza covers the model files, the processors and the sentence
    limit), so a changed model never serves stale annotations. Entries are written to a
    temporary name and then renamed, so several processes can fill one folder at once. An
    entry that cannot be read is annotated again, with a warning.

    With ``inner=None`` the cache only reads: a text not in it raises :class:`LookupError`.
    """

    def __init__(self, inner: Annotator | None, folder: str | os.PathLike[str], model_tag: str | None = None) -> None:
        self.inner = inner
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.model_tag = model_tag if model_tag is not None else str(getattr(inner, "identity", ""))

    def _path(self, text: str) -> Path:
        h = hashlib.sha256((self.model_tag + "\0" + text).encode("utf-8")).hexdigest()
        return self.folder / f"{h[:32]}.json"

    def cached(self, text: str) -> Document | None:
        """The cached annotation of ``text``, or None (never annotates)."""
        p = self._path(text)
        if not p.is_file():
            return None
        try:
            doc = document_from_json(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            warnings.warn(f"{p}: unreadable annotation cache entry ({exc!r:.80}); annotating again", stacklevel=2)
            return None
        return doc if doc.text == text else None

    def annotate(self, texts: Sequence[str]) -> list[Document]:
        """Returns cached annotations, annotating (in one batch) only the texts not cached."""
        out: list[Document | None] = []
        todo: list[int] = []
        for i, t in enumerate(texts):
            doc = self.cached(t)
            out.append(doc)
            if doc is None:
                todo.append(i)
        if todo:
            if self.inner is None:
                raise LookupError(f"{len(todo)} text(s) not in the annotation cache {self.folder}")
            fresh = self.inner.annotate([texts[i] for i in todo])
            for i, doc in zip(todo, fresh, strict=True):
                out[i] = doc
                final = self._path(texts[i])
                tmp = final.with_name(f"{final.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
                tmp.write_text(json.dumps(document_to_json(doc), ensure_ascii=False), encoding="utf-8")
                tmp.replace(final)  # atomic: readers see the old entry or the new, never half of one
        return [d for d in out if d is not None]
