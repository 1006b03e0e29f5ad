"""Speakers a reader can trust: names or described sources, one section per source per article."""

from __future__ import annotations

import re

import pytest

from quotes import extract_documents
from quotes.digests.building import build
from quotes.lexicon import PLACES
from quotes.model import Document, Span
from quotes.nlp.text import fold
from quotes.speakers.aliases import resolve_entities
from quotes.speakers.coref import LocalEntity
from quotes.speakers.names import alias_forms


@pytest.fixture(scope="module")
def corpus(seed_docs):
    return extract_documents(sorted(seed_docs.items()))


@pytest.fixture(scope="module")
def digest(corpus):
    return build(corpus)


def _capitalised(text: str) -> bool:
    return any(w[:1].isupper() for w in re.sub(r"^(?i:the|a|an)\s+", "", text).split())


def test_no_place_is_a_person(corpus):
    """A country or city that speaks is an institution, never a person ("Pakistan in turn" names Pakistan)."""
    people = [e.name for e in corpus.entities if e.kind == "person"]
    assert not [n for n in people if fold(n) in PLACES]
    pakistan = [e for e in corpus.entities if e.name == "Pakistan"]
    assert pakistan and all(e.kind == "organization" for e in pakistan)
    assert not [a for e in corpus.entities for a in e.aliases if "in turn" in a]


def test_organizations_and_aliases_are_names(corpus):
    """An organization has a name, and the aliases of people and organizations are names, never
    descriptions ("the newspaper" is a mention of The Washington Post, not one of its names)."""
    for e in corpus.entities:
        if e.kind == "organization":
            assert _capitalised(e.name), e
        if e.kind in {"person", "organization"}:
            assert all(_capitalised(a) for a in e.aliases), e
    post = next(e for e in corpus.entities if e.name == "Washington Post")
    assert "newspaper" not in post.aliases


def test_a_described_source_is_its_articles_own(corpus):
    """'A resolution' said: a described source of its article (kind unknown), not an institution."""
    resolution = [e for e in corpus.entities if fold(e.name) == "resolution"]
    assert resolution and all(e.kind == "unknown" for e in resolution)
    assert all(len({m.doc for m in e.mentions}) == 1 for e in resolution)


def test_title_words_are_not_given_names(corpus):
    """'Secretary General' is one title: 'General Anders Fogh Rasmussen' is no name of his."""
    rasmussen = next(e for e in corpus.entities if e.name == "Anders Fogh Rasmussen")
    assert "General Anders Fogh Rasmussen" not in rasmussen.aliases
    assert "Secretary General Anders Fogh Rasmussen" in rasmussen.aliases


@pytest.mark.parametrize(
    "form, expected",
    [
        ("Nato Secretary General Anders Fogh Rasmussen", "Secretary General Anders Fogh Rasmussen"),
        ("U.S. Secretary of State John Kerry", "Secretary of State John Kerry"),
        ("Afghan President Hamid Karzai", "President Hamid Karzai"),
    ],
)
def test_alias_forms_start_at_a_whole_title(form, expected):
    """A form is cut at the first word of a title, never inside one."""
    forms = alias_forms(form)
    assert expected in forms
    assert not [f for f in forms if f.split()[0] == "General"]


def test_one_section_per_source_per_article(digest):
    """Descriptions that differ only by dots, case or spacing are one source of their article."""
    scoped = [(s.docs[0], fold(s.name).replace(" ", "")) for s in digest.speakers if s.scoped]
    assert len(scoped) == len(set(scoped)), scoped
    officials = [s for s in digest.speakers if s.scoped and fold(s.name) == "us official"]
    assert len(officials) == 1 and officials[0].quotes == 3


def test_scoped_sections_are_labelled_with_their_article(digest):
    """An anonymous, group or described source's heading names its article."""
    md = digest.to_markdown()
    for s in digest.speakers:
        if s.scoped:
            assert f"## {s.name} — " in md.replace("\\", ""), s.name


def _local(key: int, kind: str, form: str) -> LocalEntity:
    e = LocalEntity(key=key, kind=kind, forms=[form], mentions=[Span(0, len(form))])
    e.words = frozenset(w for w in fold(form).split() if w not in {"the", "a"})
    return e


def test_descriptions_are_never_merged_across_articles():
    """'The poll' of one article and of another are two sources; 'CBO' is one organization."""
    docs = [
        (
            "a.txt",
            "The poll said so. CBO said so.",
            [_local(0, "organization", "the poll"), _local(1, "organization", "CBO")],
        ),
        (
            "b.txt",
            "The poll said so. CBO said so.",
            [_local(0, "organization", "the poll"), _local(1, "organization", "CBO")],
        ),
    ]
    entities, _ = resolve_entities(docs)
    polls = [e for e in entities if fold(e.name) == "poll"]
    assert len(polls) == 2 and {e.kind for e in polls} == {"unknown"}
    assert len([e for e in entities if e.name == "CBO"]) == 1


def test_same_description_in_one_article_is_one_source():
    """'a U.S. official' and 'a US official' of one article are one anonymous source."""
    docs = [("a.txt", "x", [_local(0, "anonymous", "a U.S. official"), _local(1, "anonymous", "a US official")])]
    entities, mapping = resolve_entities(docs)
    assert len(entities) == 1 and mapping[(0, 0)] is mapping[(0, 1)]


APPOSITION = """
One        one        NUM   CD  4  nummod
Republican Republican ADJ   JJ  4  amod
presidential presidential ADJ JJ 4 amod
hopeful    hopeful    NOUN  NN  9  nsubj
,          ,          PUNCT ,   6  punct
Carly      Carly      PROPN NNP 4  appos
Fiorina    Fiorina    PROPN NNP 6  flat
,          ,          PUNCT ,   6  punct
says       say        VERB  VBZ 0  root
she        she        PRON  PRP 12 nsubj
plans      plan       VERB  VBZ 9  ccomp
to         to         PART  TO  13 mark
root       root       VERB  VB  11 xcomp
for        for        ADP   IN  15 case
Iowa       Iowa       PROPN NNP 13 obl
.          .          PUNCT .   9  punct
"""


def test_an_appositive_name_wins_over_the_role_beside_it():
    """'One Republican presidential hopeful, Carly Fiorina, says': the speaker is Carly Fiorina."""
    from tests.parses import parse

    doc = parse(APPOSITION)
    quotes = extract_documents([("t", doc)]).articles[0].quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes if q.speaker] == [("Carly Fiorina", "person")]


def _names_said(words: str) -> Document:
    """``WORDS said the talks failed.``: the words a run of proper nouns, the subject of 'said'."""
    from tests.parses import parse

    names = words.split()
    n = len(names)
    rows = [f"{w} {w} {'DET' if w in {'The', 'A'} else 'PROPN'} NNP {n} {'flat' if i < n - 1 else 'nsubj'}"
            for i, w in enumerate(names)]  # fmt: skip
    rows[-1] = f"{names[-1]} {names[-1]} PROPN NNP {n + 1} nsubj"
    rows += ["said say VERB VBD 0 root", f"talks talk NOUN NNS {n + 3} nsubj", f"failed fail VERB VBD {n + 1} ccomp",
             f". . PUNCT . {n + 1} punct"]  # fmt: skip
    return parse("\n".join(rows))


@pytest.mark.parametrize(
    "words, name",
    [
        ("The Bernie Sanders", "Bernie Sanders"),  # an article is no part of a name
        ("The Street Donald Trump", "Donald Trump"),  # headline words before a known given name
        ("Sign Of Leadership Marco Rubio", "Marco Rubio"),
        ("Ben Carson For Telling Supporters Carson", "Ben Carson"),  # the headline after the name
        ("Secretary Of State John Kerry", "John Kerry"),  # a title stays a title, not a headline
    ],
)
def test_a_headline_never_becomes_a_persons_name(words, name):
    """Title-case headline words around a person's name are not part of it."""
    quotes = extract_documents([("t", _names_said(words))]).articles[0].quotes
    assert [q.speaker.name for q in quotes if q.speaker] == [name]
