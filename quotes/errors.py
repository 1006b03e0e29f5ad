"""Exceptions. Every error the library raises derives from :class:`QuotesError`."""

from __future__ import annotations


class QuotesError(Exception):
    """Base class of every error raised by ``quotes``."""


class ModelsNotFoundError(QuotesError, FileNotFoundError):
    """The NLP models are not where we looked, and could not be fetched."""


class AnnotationError(QuotesError, RuntimeError):
    """The NLP engine failed on a text."""


class InputError(QuotesError, ValueError):
    """An input file could not be read or decoded."""
