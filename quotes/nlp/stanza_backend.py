"""Stanza behind the :class:`~quotes.nlp.Annotator` interface. The only module that imports stanza."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import attrs

from quotes.errors import AnnotationError, ModelsNotFoundError
from quotes.model import CorefChain, Document, EntitySpan, Sentence, Span, Token
from quotes.nlp.chunking import MAX_SENTENCE_WORDS, split_long_sentences
from quotes.nlp.text import mask_markup, paragraphs

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


def model_identity(model_dir: Path, *, coref: bool = False, lang: str = "en") -> str:
    """A short hash of everything an annotation depends on: stanza's version, the processors,
    the sentence limit, coreference on or off, and each model file (its name, its size and a
    hash of its first and last MiB; the whole of ``resources.json``)."""
    import stanza

    h = hashlib.sha256(f"{stanza.__version__}|{PROCESSORS}|{MAX_SENTENCE_WORDS}|{coref}".encode())
    files = [model_dir / "resources.json", *sorted((model_dir / lang).glob("*/*.pt"))]
    for f in files:
        if not f.is_file():
            continue
        size = f.stat().st_size
        h.update(f"|{f.relative_to(model_dir)}|{size}|".encode())
        with f.open("rb") as fh:
            h.update(fh.read(2**20))
            if size > 2**21:
                fh.seek(-(2**20), os.SEEK_END)
                h.update(fh.read())
    return "stanza:" + h.hexdigest()[:16]


def annotator_record(model_dir: str | os.PathLike[str] | None = None, *, coref: bool | None = None) -> dict[str, Any]:
    """Who annotates, as a confidence model records it (``meta["annotator"]``): the identity
    (:func:`model_identity`), stanza's version, the models folder and each model file's size
    and SHA-256."""
    import stanza

    folder = resolve_model_dir(model_dir)
    files: dict[str, dict[str, Any]] = {}
    for f in sorted(folder.glob("*/*/*.pt")) + sorted(folder.glob("*/*.pt")):
        digest = hashlib.sha256(f.read_bytes())
        files[str(f.relative_to(folder))] = {"bytes": f.stat().st_size, "sha256": digest.hexdigest()}
    return {
        "identity": model_identity(folder, coref=coref_wanted(coref)),
        "stanza": stanza.__version__,
        "models": files,
    }


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
        self._use_gpu = use_gpu
        self.identity = model_identity(self.model_dir, coref=self.coref)
        """What the annotations depend on (:func:`model_identity`): the annotation cache's key."""
        try:
            # two stages, so that over-long sentences can be cut between them (quotes.nlp.chunking)
            self._tokenize = self._pipeline("tokenize,mwt", tokenize_batch_size=2048)
            self._nlp = self._pipeline("tokenize,pos,lemma,depparse,ner", tokenize_pretokenized=True)
        except Exception as exc:
            raise ModelsNotFoundError(
                f"stanza could not load the English models from {self.model_dir}: {exc}. "
                "Run `quotes download` to fetch them again."
            ) from exc

    def _pipeline(self, processors: str, **options: Any) -> Any:
        """A stanza pipeline over this folder's English models (never downloading)."""
        import stanza

        if self._use_gpu is not None:
            options["use_gpu"] = self._use_gpu
        return stanza.Pipeline(
            "en", dir=str(self.model_dir), processors=processors, download_method=None, logging_level="WARN", **options
        )

    @classmethod
    def shared(
        cls, *, model_dir: str | None = None, download: bool | None = None, coref: bool | None = None
    ) -> StanzaAnnotator:
        """Returns one annotator per model folder, loading it on first use."""
        key = (str(resolve_model_dir(model_dir)), download_allowed(download), coref_wanted(coref))
        if key not in cls._shared:
            cls._shared[key] = cls(model_dir, download=download, coref=coref)
        return cls._shared[key]

    def annotate(self, texts: Sequence[str]) -> list[Document]:
        """Annotates ``texts`` in batches of paragraphs and returns one document per text.

        Sentences of more than :data:`~quotes.nlp.chunking.MAX_SENTENCE_WORDS` words are cut
        into chunks before tagging and parsing, so no input makes time or memory explode.
        """
        import stanza

        cleaned = [mask_markup(t) for t in texts]
        pieces = [(i, para) for i, clean in enumerate(cleaned) for para in paragraphs(clean)]
        per_text: list[list[_Paragraph]] = [[] for _ in texts]
        for b in range(0, len(pieces), self.batch_size):
            batch = pieces[b : b + self.batch_size]
            # single line breaks inside a paragraph are wrapping, not structure
            docs = [stanza.Document([], text=p.of(cleaned[i]).replace("\r", " ").replace("\n", " ")) for i, p in batch]
            try:
                parsed = self._nlp.bulk_process([_bounded(d) for d in self._tokenize.bulk_process(docs)])
            except Exception as exc:
                raise AnnotationError(f"stanza failed while annotating: {exc}") from exc
            for (i, para), sdoc in zip(batch, parsed, strict=True):
                per_text[i].append(_paragraph(para.start, sdoc))  # stanza's objects go at once
        docs_out = [_convert(text, parts) for text, parts in zip(texts, per_text, strict=True)]
        return [self._with_coref(d) for d in docs_out] if self.coref else docs_out

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
                self._coref_nlp = self._pipeline("tokenize,coref", tokenize_pretokenized=True)
            except Exception as exc:  # ImportError without transformers/peft, or a broken model
                raise ModelsNotFoundError(f"{COREF_HINT}: {exc}") from exc
        return self._coref_nlp

    def _with_coref(self, doc: Document) -> Document:
        """``doc`` with stanza's coreference chains over the whole article."""
        if not doc.sentences:
            return doc
        sentences = [[t.text for t in doc.tokens[s.first : s.last]] for s in doc.sentences]
        try:
            sdoc = self._coref_pipeline()(sentences)
        except ModelsNotFoundError:
            raise
        except Exception as exc:
            raise AnnotationError(f"stanza's coreference model failed: {exc}") from exc
        return attrs.evolve(doc, coref=coref_chains(doc, getattr(sdoc, "coref", None) or []))


def _bounded(sdoc: Any) -> Any:
    """The tokenized stanza document, its over-long sentences cut into chunks."""
    if all(len(sent.words) <= MAX_SENTENCE_WORDS for sent in sdoc.sentences):
        return sdoc
    import stanza

    return stanza.Document(split_long_sentences(sdoc.to_dict()), text=sdoc.text)


@attrs.frozen
class _Paragraph:
    """What stanza found in one paragraph, in plain values with offsets into the article."""

    sentences: list[list[tuple[int, int, str, str, str, str, int, str, str]]]
    """Per sentence, per word: start, end, lemma, upos, xpos, feats, head (1-based, 0 root), deprel, ner."""
    entities: list[tuple[int, int, str]]
    """Named entities: start, end, label."""


def _paragraph(base: int, sdoc: Any) -> _Paragraph:
    """Copies the annotations of one paragraph out of stanza's objects."""
    sentences = []
    for sent in sdoc.sentences:
        words = []
        for tok in sent.tokens:
            t_start, t_end = tok.start_char + base, tok.end_char + base
            ner = getattr(tok, "ner", None) or "O"
            for w in tok.words:
                ws, we = getattr(w, "start_char", None), getattr(w, "end_char", None)
                if ws is None or we is None:
                    ws, we = tok.start_char, tok.end_char
                words.append(
                    (
                        max(t_start, ws + base),
                        min(t_end, we + base),
                        w.lemma or w.text,
                        w.upos or "X",
                        w.xpos or "",
                        w.feats or "",
                        w.head or 0,
                        w.deprel or "dep",
                        ner,
                    )
                )
        sentences.append(words)
    entities = [(e.start_char + base, e.end_char + base, e.type) for e in sdoc.ents]
    return _Paragraph(sentences, entities)


def _convert(text: str, parts: list[_Paragraph]) -> Document:
    """Turns the paragraphs' annotations into one document of the article."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[EntitySpan] = []
    for para in parts:
        for words in para.sentences:
            first = len(tokens)
            for start, end, lemma, upos, xpos, feats, head, deprel, ner in words:
                tokens.append(
                    Token(
                        index=len(tokens),
                        text=text[start:end],
                        span=Span(start, max(start, end)),
                        lemma=lemma,
                        upos=upos,
                        xpos=xpos,
                        feats=feats,
                        head=first + head - 1 if head else -1,
                        deprel=deprel,
                        sentence=len(sentences),
                        ner=ner,
                    )
                )
            if len(tokens) > first:
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        span=Span(tokens[first].span.start, tokens[-1].span.end),
                        first=first,
                        last=len(tokens),
                    )
                )
        for start, end, label in para.entities:
            span = Span(start, end)
            entities.append(EntitySpan(span=span, label=label, text=span.of(text)))
    return Document(text=text, tokens=tokens, sentences=sentences, entities=entities)
