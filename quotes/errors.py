"""Exceptions. Every error the library raises derives from :class:`QuotesError`."""

from __future__ import annotations


class QuotesError(Exception):
    """Base class of every error raised by ``quotes``: catch it to handle them all.

    >>> from quotes import extract
    >>> try:
    ...     extract(b"Kerry said.")
    ... except QuotesError as exc:
    ...     print(type(exc).__name__, exc)
    InputError extract takes the article's text as a str, got bytes; decode it first, e.g. data.decode('utf-8')
    """


class ModelsNotFoundError(QuotesError, FileNotFoundError):
    """The NLP models are not where we looked, and could not be fetched.

    >>> from quotes.nlp.annotator import default_annotator
    >>> try:
    ...     default_annotator(model_dir="/nowhere", download=False)
    ... except ModelsNotFoundError as exc:
    ...     print(str(exc)[:40])
    no stanza English models in /nowhere (lo
    """


class AnnotationError(QuotesError, RuntimeError):
    """The NLP engine failed on a text (the message names the article where it is known).

    >>> from quotes import extract_many
    >>> from quotes.nlp.samples import SampleAnnotator
    >>> try:
    ...     extract_many([("x.txt", "Not a sample.")], annotator=SampleAnnotator())
    ... except AnnotationError as exc:
    ...     print(str(exc)[:24])
    x.txt: not a sample text
    """


class InputError(QuotesError, ValueError):
    """An input could not be read or decoded, or is not what the API takes; the message names it.

    >>> from quotes.corpus.reader import decode
    >>> try:
    ...     decode(b"caf\\xe9", "menu.txt")
    ... except InputError as exc:
    ...     print(exc)
    menu.txt: not UTF-8 text (unexpected end of data at byte 3); give the right --encoding
    """


class StoreError(QuotesError):
    """A quote store cannot be opened or written: not a store, another schema version, or a
    database error; the message names the file."""


class QuotesWarning(UserWarning):
    """Base class of the warnings ``quotes`` gives: something a user should know, nothing lost."""


class EmptyInputWarning(QuotesWarning):
    """An article with no text (an empty file, a JSON line with ``"text": ""``): read, and no
    quote can come of it. The command line prints it as ``quotes: warning: ...``."""


class ModelMismatchWarning(QuotesWarning):
    """The confidence model was fitted on annotations by other NLP models than those running: its
    figures may be off until it is refitted (``quotes calibrate``)."""
