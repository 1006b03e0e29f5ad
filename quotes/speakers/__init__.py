"""Stage 3, speakers: who the source words are, in an article and across articles.

Takes the drafts' source words and the document's names; gives each quote a
:class:`~quotes.model.Speaker` and the corpus its :class:`~quotes.model.Entity` records.

- :mod:`~quotes.speakers.mentions`: the names an article mentions;
- :mod:`~quotes.speakers.coref`: who "he", "the official" or "Kerry" is in one article
  (:class:`~quotes.speakers.coref.Resolver`), as local entities;
- :mod:`~quotes.speakers.names`, :mod:`~quotes.speakers.spelling`: a person's name in parts,
  compared across spellings (Kayani / Kiani / Kaini);
- :mod:`~quotes.speakers.aliases`: one person, many names: local entities merged across articles.

Public names: :func:`name_mentions`, :class:`Resolver`, :class:`LocalEntity`,
:func:`parse_name`, :class:`PersonName`, :func:`same_person`, :func:`resolve_entities`,
:func:`cluster_names`.
"""

from quotes.speakers.aliases import cluster_names, resolve_entities
from quotes.speakers.coref import LocalEntity, Resolver
from quotes.speakers.mentions import name_mentions
from quotes.speakers.names import PersonName, parse_name, same_person

__all__ = [
    "LocalEntity",
    "PersonName",
    "Resolver",
    "cluster_names",
    "name_mentions",
    "parse_name",
    "resolve_entities",
    "same_person",
]
