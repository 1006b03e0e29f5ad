"""quotes: who said what in English news.

Find direct, indirect and mixed quotations, attribute each to its speaker, and merge the
many names of one speaker across articles.

>>> import quotes
>>> quotes.Span(0, 5).of("Kerry said.")
'Kerry'
"""

from quotes.errors import AnnotationError, InputError, ModelsNotFoundError, QuotesError
from quotes.model import (
    Article,
    CorefChain,
    Corpus,
    Document,
    Entity,
    EntityMention,
    Mention,
    Quote,
    Span,
    Speaker,
)
from quotes.pipeline import extract, extract_documents, extract_many

__all__ = [
    "AnnotationError",
    "Article",
    "Corpus",
    "CorefChain",
    "Document",
    "Entity",
    "EntityMention",
    "InputError",
    "Mention",
    "ModelsNotFoundError",
    "Quote",
    "QuotesError",
    "Span",
    "Speaker",
    "extract",
    "extract_documents",
    "extract_many",
]
