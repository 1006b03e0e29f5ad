"""Stage 6, what a reader gets: the per-speaker digest and the JSON of every record.

Takes a :class:`~quotes.model.Corpus`; gives a :class:`Digest` (one section per speaker, the
same statement from several articles shown once), as Markdown, HTML or JSON, and the JSON of
quotes and entities that ``quotes extract`` and ``quotes entities`` write.

- :mod:`~quotes.digests.building`: the digest from a corpus;
- :mod:`~quotes.digests.grouping`: one speaker's quotes grouped into statements;
- :mod:`~quotes.digests.records`: the digest's records and their JSON;
- :mod:`~quotes.digests.render`: Markdown and one self-contained HTML page;
- :mod:`~quotes.digests.serialize`: quotes, speakers and entities as JSON and back.

Public names: :func:`build`, :class:`Digest`, :class:`DigestArticle`, :class:`DigestSpeaker`,
:class:`Occurrence`, :class:`QuoteGroup`, :func:`quote_to_dict`, :func:`quote_from_dict`,
:func:`entity_to_dict`.
"""

from quotes.digests.building import build
from quotes.digests.records import Digest, DigestArticle, DigestSpeaker, Occurrence, QuoteGroup
from quotes.digests.serialize import entity_to_dict, quote_from_dict, quote_to_dict

__all__ = [
    "Digest",
    "DigestArticle",
    "DigestSpeaker",
    "Occurrence",
    "QuoteGroup",
    "build",
    "entity_to_dict",
    "quote_from_dict",
    "quote_to_dict",
]
