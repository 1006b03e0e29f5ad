"""The rules, by name: each shape of quote the library finds is a named rule, in one visible list.

Takes an annotated document (through :class:`~quotes.nlp.doc.DocView`) and a cue or a quoted
passage; gives matches: a content, a cue and the words that name its source. The registry
(:mod:`~quotes.find.rules.registry`) lists every rule with its label, stage and an example;
the modules beside it hold the finders, one shape of report each:

- :mod:`~quotes.find.rules.direct`: who a quoted passage belongs to (a cue after or before it,
  a colon, a transcript label);
- :mod:`~quotes.find.rules.clauses`, :mod:`~quotes.find.rules.objects`,
  :mod:`~quotes.find.rules.passive`, :mod:`~quotes.find.rules.trailing`,
  :mod:`~quotes.find.rules.nominal`: indirect reports, by the shape of the verb's content;
- :mod:`~quotes.find.rules.context`, :mod:`~quotes.find.rules.bounds`,
  :mod:`~quotes.find.rules.subjects`, :mod:`~quotes.find.rules.sources`,
  :mod:`~quotes.find.rules.merge`, :mod:`~quotes.find.rules.words`: what they share (a cue's
  context, where a content ends, the subject of a cue, merging overlapping matches).

Public names: the registry's (below).
"""

from quotes.find.rules.registry import (
    EXAMPLES,
    LABEL_CONFIDENCE,
    ORDER,
    RULE_TABLE,
    RULES,
    STAGES,
    Rule,
    UnknownRuleError,
    example_documents,
    example_quotes,
    label_confidence,
    parse_rules,
    registrar,
    rule,
)

__all__ = [
    "EXAMPLES",
    "LABEL_CONFIDENCE",
    "ORDER",
    "RULES",
    "RULE_TABLE",
    "STAGES",
    "Rule",
    "UnknownRuleError",
    "example_documents",
    "example_quotes",
    "label_confidence",
    "parse_rules",
    "registrar",
    "rule",
]
