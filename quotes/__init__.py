"""quotes: who said what in English news.

Find direct, indirect and mixed quotations, attribute each to its speaker, and merge the
many names of one speaker across articles.

>>> import quotes
>>> quotes.Span(0, 5).of("Kerry said.")
'Kerry'
"""

from quotes.corpus.pipeline import extract, extract_documents, extract_many
from quotes.corpus.reader import read_articles
from quotes.digests.building import build as digest
from quotes.digests.records import Digest, DigestArticle, DigestSpeaker, Occurrence, QuoteGroup
from quotes.errors import AnnotationError, InputError, ModelsNotFoundError, QuotesError
from quotes.model import (
    Article,
    ArticleText,
    CorefChain,
    Corpus,
    Document,
    Entity,
    EntityMention,
    Mention,
    Metadata,
    Quote,
    Span,
    Speaker,
)

__all__ = [
    "AnnotationError",
    "Article",
    "ArticleText",
    "Corpus",
    "CorefChain",
    "Digest",
    "DigestArticle",
    "DigestSpeaker",
    "Document",
    "Entity",
    "EntityMention",
    "InputError",
    "Mention",
    "Metadata",
    "ModelsNotFoundError",
    "Occurrence",
    "Quote",
    "QuoteGroup",
    "QuotesError",
    "Span",
    "Speaker",
    "digest",
    "extract",
    "extract_documents",
    "extract_many",
    "read_articles",
]
