"""Stable entity ids across ingests.

Each ingest resolves the speakers of the whole store again, which makes new entities with ids
of their own (:func:`quotes.speakers.aliases.resolve_entities`). They are matched to the ids the
store already has through their mentions (an article's words, which do not change):

- an entity that holds the mentions of one stored entity keeps its id;
- one that holds the mentions of several (a merge) keeps the oldest id, and the others
  redirect to it (a redirect is followed wherever an id is looked up);
- when the mentions of one stored entity go to several new ones (a split), the one holding
  most of them keeps the id, the others get new ids and the split is recorded;
- an entity with no stored mention gets the id the resolver made, or that id with ``-2``,
  ``-3`` ... where it was used before.

>>> old = {("a", 0, 5): "person:kerry"}
>>> new = [("person:john-kerry", [("a", 0, 5), ("b", 3, 8)]), ("person:karzai", [("b", 9, 15)])]
>>> plan = assign_ids(new, old, seq={"person:kerry": 0}, used={"person:kerry"})
>>> plan.ids, plan.redirects, plan.splits
(['person:kerry', 'person:karzai'], [], [])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

Key = tuple[str, int, int]
"""A mention: (article id, start, end)."""


@attrs.frozen
class IdPlan:
    """What :func:`assign_ids` decided, in the order of the new entities."""

    ids: list[str]
    """The id of each new entity."""
    redirects: list[tuple[str, str]]
    """(old id, id it now resolves to) for each id merged into another."""
    splits: list[tuple[str, str]]
    """(old id, new id) for each entity that took mentions of a stored one that lives on."""


def assign_ids(
    entities: Sequence[tuple[str, Sequence[Key]]],
    stored: Mapping[Key, str],
    *,
    seq: Mapping[str, int],
    used: set[str],
) -> IdPlan:
    """Ids for newly resolved entities that keep the stored ones (see the module).

    Args:
        entities: Each new entity's id as resolved, and its mentions.
        stored: The stored entity id of each mention the store has.
        seq: When each stored id was made (lower is older).
        used: Every id the store has ever given (entities and redirects); new ids avoid them.
    """
    olds = [Counter(stored[m] for m in mentions if m in stored) for _, mentions in entities]
    # each stored id goes to the new entity holding most of its mentions (ties: the first)
    owner: dict[str, int] = {}
    for i, c in enumerate(olds):
        for old, n in c.items():
            if old not in owner or n > olds[owner[old]][old]:
                owner[old] = i
    taken = set(used)
    ids: list[str] = []
    redirects: list[tuple[str, str]] = []
    splits: list[tuple[str, str]] = []
    for i, (fresh, _) in enumerate(entities):
        claimed = sorted((o for o in olds[i] if owner[o] == i), key=lambda o: (seq.get(o, 1 << 62), o))
        if claimed:
            keep = claimed[0]
            redirects += [(o, keep) for o in claimed[1:]]
            ids.append(keep)
            continue
        new = _unused(fresh, taken)
        taken.add(new)
        ids.append(new)
        splits += [(o, new) for o in sorted(olds[i])]
    return IdPlan(ids=ids, redirects=redirects, splits=splits)


def _unused(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


__all__ = ["IdPlan", "Key", "assign_ids"]
