"""Stanza behind the :class:`~quotes.nlp.Annotator` interface. The only module that imports stanza."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import attrs

from quotes._text import mask_markup, paragraphs
from quotes.errors import AnnotationError, ModelsNotFoundError
from quotes.model import CorefChain, Document, EntitySpan, Sentence, Span, Token

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
ENV_MODEL_DIR = "QUOTES_STANZA_DIR"
ENV_DOWNLOAD = "QUOTES_DOWNLOAD"
ENV_COREF = "QUOTES_COREF"
COREF_HINT = "coreference needs stanza's coref model and `pip install 'quotes[coref]'` (transformers, peft)"


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


def coref_wanted(coref: bool | None) -> bool:
    """Tells whether to run stanza's coreference model: the argument, else ``$QUOTES_COREF`` (default no)."""
    if coref is not None:
        return coref
    return os.environ.get(ENV_COREF, "0").strip().lower() in {"1", "yes", "true", "on"}


def coref_chains(doc: Document, chains: Sequence[Any]) -> tuple[CorefChain, ...]:
    """Stanza's coreference chains for ``doc`` (annotated from ``doc``'s own sentences and
    tokens, one word a token) as character spans; zero anaphora and one-mention chains are left out.

    >>> from types import SimpleNamespace as NS
    >>> toks = [Token(index=i, text=w, span=Span(a, a + len(w)), lemma=w, upos="X")
    ...         for i, (w, a) in enumerate([("Kerry", 0), ("spoke", 6), (".", 11), ("He", 13), ("left", 16)])]
    >>> doc = Document(text="Kerry spoke. He left", tokens=toks,
    ...                sentences=[Sentence(index=0, span=Span(0, 12), first=0, last=3),
    ...                           Sentence(index=1, span=Span(13, 20), first=3, last=5)])
    >>> coref_chains(doc, [NS(mentions=[NS(sentence=0, start_word=0, end_word=1),
    ...                                 NS(sentence=1, start_word=0, end_word=1)])])
    (CorefChain(mentions=(Span(start=0, end=5), Span(start=13, end=15))),)
    """
    out = []
    for chain in chains:
        spans = []
        for m in chain.mentions:
            if not isinstance(m.start_word, int) or not isinstance(m.end_word, int) or m.sentence >= len(doc.sentences):
                continue  # a dropped pronoun has no words
            sent = doc.sentences[m.sentence]
            a, b = sent.first + m.start_word, sent.first + m.end_word
            if sent.first <= a < b <= sent.last:
                spans.append(Span(doc.tokens[a].span.start, doc.tokens[b - 1].span.end))
        if len(spans) > 1:
            out.append(CorefChain(mentions=sorted(spans)))
    return tuple(out)


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
        coref: Also run stanza's coreference model over each whole article (its chains then
            decide pronoun speakers); None reads ``$QUOTES_COREF`` (default off). Needs the
            ``coref`` extra (transformers, peft) and stanza's English coref model.

    Raises:
        ModelsNotFoundError: The models are missing and could not (or may not) be fetched.
    """

    _shared: ClassVar[dict[tuple[str, bool, bool], StanzaAnnotator]] = {}

    def __init__(
        self,
        model_dir: str | os.PathLike[str] | None = None,
        *,
        download: bool | None = None,
        use_gpu: bool | None = None,
        batch_size: int = 64,
        coref: bool | None = None,
    ) -> None:
        self.model_dir = resolve_model_dir(model_dir)
        self.batch_size = batch_size
        self.coref = coref_wanted(coref)
        self._download = download
        self._coref_nlp: Any = None
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
    def shared(cls, *, model_dir: str | None = None, download: bool | None = None,
               coref: bool | None = None) -> StanzaAnnotator:
        """Returns one annotator per model folder, loading it on first use."""
        key = (str(resolve_model_dir(model_dir)), download_allowed(download), coref_wanted(coref))
        if key not in cls._shared:
            cls._shared[key] = cls(model_dir, download=download, coref=coref)
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
        docs = [_convert(text, parts) for text, parts in zip(texts, per_text, strict=True)]
        return [self._with_coref(d) for d in docs] if self.coref else docs

    def _coref_pipeline(self) -> Any:
        """Stanza's coreference model over given sentences and tokens, loaded on first use."""
        if self._coref_nlp is None:
            import stanza

            if not any((self.model_dir / "en" / "coref").glob("*.pt")):
                if not download_allowed(self._download):
                    where = self.model_dir / "en" / "coref"
                    raise ModelsNotFoundError(f"no stanza coref model in {where}; {COREF_HINT}")
                try:
                    stanza.download("en", model_dir=str(self.model_dir), processors="coref", logging_level="WARN")
                except Exception as exc:
                    raise ModelsNotFoundError(f"could not download stanza's coref model: {exc}") from exc
            try:
                self._coref_nlp = stanza.Pipeline(
                    "en", dir=str(self.model_dir), processors="tokenize,coref", tokenize_pretokenized=True,
                    download_method=None, logging_level="WARN",
                )
            except Exception as exc:  # ImportError without transformers/peft, or a broken model
                raise ModelsNotFoundError(f"{COREF_HINT}: {exc}") from exc
        return self._coref_nlp

    def _with_coref(self, doc: Document) -> Document:
        """``doc`` with stanza's coreference chains over the whole article."""
        if not doc.sentences:
            return doc
        sentences = [[t.text for t in doc.tokens[s.first:s.last]] for s in doc.sentences]
        try:
            sdoc = self._coref_pipeline()(sentences)
        except ModelsNotFoundError:
            raise
        except Exception as exc:
            raise AnnotationError(f"stanza's coreference model failed: {exc}") from exc
        return attrs.evolve(doc, coref=coref_chains(doc, getattr(sdoc, "coref", None) or []))


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
