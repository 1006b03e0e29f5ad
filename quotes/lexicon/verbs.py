"""Verbs of saying, and the verbs the rules treat alike, in one table: what each verb allows.

Each row is a lemma, its frames (what it takes as content; ``-`` for a verb that is not itself
a verb of saying), and its properties. The frames:

``ccomp``
    a content clause (``said that …``); every verb of saying not listed takes it;
``as`` / ``of``
    an object and an ``as`` or ``of`` phrase (``described the talks as candid``, ``accused
    Afghanistan of …``);
``xobj``
    an object and a predicate (``called it an important meeting``);
``obj``
    the object is the content (``raised the issue``);
``about``
    a topic only (``spoke about his plans``).

The properties (:data:`PROPERTIES`):

``object`` / ``no-object``
    its object phrase reports what was said even with no clause (``criticized the plan``) /
    seldom does (``told reporters``, ``wrote a book``, ``maintains ties``); a verb with neither
    reports its object when it has no clause;
``addressee``
    its object is the person spoken to (``told reporters``, ``urged Congress``);
``question`` / ``wh``
    it reports a question / a wh-clause too (``asked whether``, ``explained why``);
``clause-object``
    its object, when it has one, is nearly always a clause (``said each year …``);
``short-object``
    a two-word object is still a report (``declined to comment``, ``claimed victory``);
``topic`` / ``topic-to``
    its ``about``/``of``/``against`` (``topic``) or ``to`` (``topic-to``: ``pointed to``)
    phrase right after it is what it reports;
``no-topic``
    its ``on`` phrase says where, not what about (``said on CNN``);
``asks-for``
    ``for`` after it opens what is asked (``asked for $1.9 billion``);
``infinitive``
    an infinitive after it is what it reports (``vowed to press on``), even tagged as a noun;
``intro``
    it introduces a quotation in quotation marks right after it (``Stone continued: “…”``,
    ``Billy Joel sings, “…”``) without reporting speech in general;
``light``
    its subject is the source of the noun of saying it takes (``made no mention of``, ``issued a
    warning that``);
``act``
    a speaker's act after a report that ends the report (``declined``, ``shrugged``).
"""

from __future__ import annotations

import attrs

PROPERTIES = frozenset(
    {
        "object",
        "no-object",
        "addressee",
        "question",
        "wh",
        "clause-object",
        "short-object",
        "topic",
        "topic-to",
        "no-topic",
        "asks-for",
        "infinitive",
        "intro",
        "light",
        "act",
    }
)
"""The properties a row of :data:`VERB_TABLE` may give a verb."""
FRAMES = frozenset({"ccomp", "as", "of", "xobj", "obj", "about"})
"""The frames a row may give a verb."""

VERB_TABLE = """
# lemma       frames     properties
say           ccomp      no-object clause-object no-topic
tell          ccomp      no-object addressee wh no-topic
add           ccomp      no-object no-topic
insist        ccomp      clause-object
admit         ccomp      object
declare       ccomp      short-object
describe      as         wh
tweet         ccomp      topic
write         ccomp      no-object topic
note          ccomp      clause-object
claim         ccomp      object short-object infinitive
argue         ccomp      clause-object
state         ccomp      no-object
announce      ccomp      short-object
explain       ccomp      no-object wh intro
ask           ccomp      object addressee question short-object topic asks-for intro
reply         ccomp      intro
respond       ccomp      topic-to
warn          ccomp      object addressee clause-object topic
acknowledge   ccomp      object clause-object
predict       ccomp      object clause-object
suggest       ccomp      object clause-object
report        ccomp      topic
urge          ccomp      object addressee infinitive
accuse        of         object
deny          ccomp,obj  object short-object
confirm       ccomp,obj  no-object
promise       ccomp      object infinitive act
vow           ccomp      object infinitive act
contend       ccomp      clause-object
maintain      ccomp      no-object
stress        ccomp
reiterate     ccomp      light
allege        ccomp
repeat        ccomp      light
recall        ccomp      wh intro
quip          ccomp
joke          ccomp      topic intro
conclude      ccomp      intro
comment       ccomp      topic
assert        ccomp      clause-object
emphasize     ccomp
emphasise     ccomp
testify       ccomp      topic
concede       ccomp      clause-object
complain      ccomp      topic
boast         ccomp      no-object topic
pledge        ccomp      object infinitive
demand        ccomp      object
answer        ccomp      no-object intro
recount       ccomp
observe       ccomp
remark        ccomp      topic
mention       ccomp
counter       ccomp
retort        ccomp
charge        ccomp      no-object
lament        ccomp
post          ccomp      no-object topic
assure        ccomp      no-object addressee
shout         ccomp
yell          ccomp
whisper       ccomp
caution       ccomp
disclose      ccomp      no-object
reveal        ccomp      no-object wh
indicate      ccomp
signal        ccomp      no-object
hint          ccomp
point         ccomp      topic-to
call          xobj       short-object infinitive
criticize     of         object short-object
criticise     of         object
blame         of         object
praise        of         object
estimate      ccomp
agree         ccomp
scoff         ccomp
muse          ccomp      topic intro
wonder        ccomp      question
propose       ccomp      object
proclaim      ccomp
affirm        ccomp
speculate     ccomp
interject     ccomp
exclaim       ccomp
opine         ccomp
concur        ccomp
grumble       ccomp
recommend     ccomp      object
advise        ccomp      no-object addressee
inform        ccomp      no-object addressee
remind        ccomp      no-object addressee
notify        ccomp      no-object addressee
brief         ccomp      no-object addressee
tout          ccomp
confess       ccomp      intro
speak         about      topic
talk          about      topic
question      ccomp,obj  object question short-object
cite          obj        intro
decline       obj        short-object act
refute        obj
dispute       ccomp,obj
inquire       -          question
query         -          question
detail        -          wh
discuss       -          wh
rave          -          topic intro
appeal        -          asks-for
plead         -          asks-for intro
threaten      -          infinitive
beg           -          intro
begin         -          intro
chant         -          intro
chime         -          intro
continue      -          intro
cry           -          intro
email         -          intro
fire          -          intro
go            -          intro
gush          -          intro
interrupt     -          intro
laugh         -          intro act
list          -          intro
marvel        -          intro
message       -          intro
offer         -          intro light act
pen           -          intro
put           -          intro
quote         -          intro
read          -          intro
recite        -          intro
scream        -          intro
shoot         -          intro
shrug         -          intro act
sigh          -          intro
sing          -          intro
smile         -          intro act
snap          -          intro
sneer         -          intro
text          -          intro
deliver       -          light
double        -          light
echo          -          light
express       -          light
file          -          light
give          -          light act
have          -          light
issue         -          light
keep          -          light
launch        -          light
level         -          light
lodge         -          light
make          -          light
open          -          light
raise         -          light
renew         -          light
sound         -          light
step          -          light
voice         -          light
apologize     -          act
defend        -          act
dismiss       -          act
endorse       -          act
leave         -          act
pause         -          act
refuse        -          act
reject        -          act
sign          -          act
stop          -          act
thank         -          act
turn          -          act
walk          -          act
withhold      -          act
"""
"""The table, one verb a row: lemma, frames (comma-separated, ``-`` for none), properties."""


@attrs.frozen
class Verb:
    """A row of the verb table."""

    lemma: str
    frames: frozenset[str]
    """What it takes as content; empty for a verb that is not itself a verb of saying."""
    properties: frozenset[str]

    def __contains__(self, prop: str) -> bool:
        return prop in self.properties


def parse_table(table: str) -> dict[str, Verb]:
    """The rows of a verb table, by lemma.

    Raises:
        ValueError: A row repeats a lemma, names an unknown frame or property, or contradicts
            itself (``object`` and ``no-object``).
    """
    verbs: dict[str, Verb] = {}
    for n, line in enumerate(table.splitlines(), 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) < 2:
            raise ValueError(f"verb table, line {n}: a lemma and its frames (or -) are needed: {line!r}")
        lemma, frames, props = (
            fields[0],
            frozenset() if fields[1] == "-" else frozenset(fields[1].split(",")),
            fields[2:],
        )
        problems = [
            *(f"repeats {lemma!r}" for _ in [0] if lemma in verbs),
            *(f"unknown frame {f!r}" for f in sorted(frames - FRAMES)),
            *(f"unknown property {p!r}" for p in props if p not in PROPERTIES),
            *("both object and no-object" for _ in [0] if {"object", "no-object"} <= set(props)),
        ]
        if problems:
            raise ValueError(f"verb table, line {n} ({lemma}): {'; '.join(problems)}")
        verbs[lemma] = Verb(lemma=lemma, frames=frames, properties=frozenset(props))
    return verbs


VERBS: dict[str, Verb] = parse_table(VERB_TABLE)
"""The verb table, by lemma."""


def having(prop: str) -> frozenset[str]:
    """The lemmas of the verbs with a property."""
    if prop not in PROPERTIES:
        raise ValueError(f"no verb property {prop!r} (see quotes.lexicon.verbs.PROPERTIES)")
    return frozenset(v.lemma for v in VERBS.values() if prop in v)


REPORTING_VERBS: dict[str, frozenset[str]] = {v.lemma: v.frames for v in VERBS.values() if v.frames}
"""Lemmas of verbs that report speech, with the frames they take (verbs not named take ``ccomp``)."""


def allows(lemma: str | None, *props: str) -> bool:
    """Whether the verb ``lemma`` has one of the properties ``props`` in the table (a verb not in
    it has none).

    >>> allows("tell", "addressee"), allows("say", "addressee"), allows("laugh", "intro", "act")
    (True, False, True)

    Raises:
        ValueError: A property that is not in :data:`PROPERTIES` (a typo).
    """
    for prop in props:
        if prop not in PROPERTIES:
            raise ValueError(f"no verb property {prop!r} (see quotes.lexicon.verbs.PROPERTIES)")
    verb = VERBS.get(lemma) if lemma is not None else None
    return verb is not None and not verb.properties.isdisjoint(props)


INFLECTIONS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ped", "p"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("es", ""),
    ("s", ""),
    ("d", ""),
)
"""Regular inflections, (suffix, what replaces it), tried in order to find a lemma the
lemmatizer missed (``quipped`` -> ``quip``)."""
VERB_ONLY_FORMS = frozenset(
    {
        "spoke",
        "wrote",
        "written",
        "spoken",
        "argued",
        "insisted",
        "asserted",
        "declared",
        "explained",
        "acknowledged",
        "tweeted",
        "urged",
        "warned",
        "predicted",
        "announced",
        "insists",
        "argues",
        "asserts",
        "declares",
        "explains",
        "acknowledges",
        "urges",
        "warns",
        "predicts",
        "announces",
        "contends",
        "denies",
        "admits",
        "adds",
    }
)
"""Forms of verbs of saying that are never nouns, whatever a tagger calls them."""
