"""Stage 2, finding quotes: an annotated document in, quotes with their cue and source words out.

Takes a :class:`~quotes.model.Document` (read through :class:`~quotes.nlp.doc.DocView`); gives
draft quotes (:class:`~quotes.find.attribute.Draft`): the content's spans, its kind (direct,
indirect, mixed), the cue and the words that name its source, and the rule that found it.

- :mod:`~quotes.find.marks`: quotation marks paired into quoted passages (every convention,
  unbalanced marks flagged, never lost);
- :mod:`~quotes.find.attribute`: who each quoted passage belongs to (direct quotes);
- :mod:`~quotes.find.indirect`: reports in the parse (indirect and mixed quotes);
- :mod:`~quotes.find.rules`: the named rules both use, in one registry;
- :mod:`~quotes.find.sections`, :mod:`~quotes.find.windows`: what is read (the article before its
  reader comments; very long inputs in windows).

Public names: :func:`find_quoted`, :class:`Quoted`, :func:`attribute_direct`,
:func:`continue_speakers`, :class:`Draft`, :func:`find_indirect`, :func:`comments_start`.
"""

from quotes.find.attribute import Draft, attribute_direct, continue_speakers
from quotes.find.indirect import find_indirect
from quotes.find.marks import Quoted, find_quoted
from quotes.find.sections import comments_start

__all__ = [
    "Draft",
    "Quoted",
    "attribute_direct",
    "comments_start",
    "continue_speakers",
    "find_indirect",
    "find_quoted",
]
