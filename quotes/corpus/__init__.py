"""Stage 5, the corpus: articles in, a :class:`~quotes.model.Corpus` out, the stages run in order.

Takes files, folders, JSON Lines of articles or texts; gives the articles with their quotes and
the speakers merged across them. The per-article map (annotate, find, attribute, score) runs
in this process or on Dask workers; the reduce merges speakers over every article.

- :mod:`~quotes.corpus.reader`: reading articles (files, folders, JSON Lines with metadata);
- :mod:`~quotes.corpus.pipeline`: the stages for one article (the map) and across articles
  (the reduce): :func:`extract`, :func:`extract_many`, :func:`extract_documents`;
- :mod:`~quotes.corpus.batch`, :mod:`~quotes.corpus.mapping`: the map a batch at a time, here;
- :mod:`~quotes.corpus.cluster`: the map on ``dask.distributed`` (the ``dask`` extra; not
  imported here).

Public names: :func:`read_articles`, :func:`extract`, :func:`extract_many`,
:func:`extract_documents`, :class:`ArticleResult`, :func:`map_article`, :func:`reduce_articles`,
:func:`map_articles`, :func:`run`, :class:`AnnotatorSpec`.
"""

from quotes.corpus.batch import AnnotatorSpec
from quotes.corpus.mapping import map_articles, run
from quotes.corpus.pipeline import (
    ArticleResult,
    extract,
    extract_documents,
    extract_many,
    map_article,
    reduce_articles,
)
from quotes.corpus.reader import read_articles

__all__ = [
    "AnnotatorSpec",
    "ArticleResult",
    "extract",
    "extract_documents",
    "extract_many",
    "map_article",
    "map_articles",
    "read_articles",
    "reduce_articles",
    "run",
]
