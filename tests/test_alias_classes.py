"""The alias resolver on the classes of names news writes: initials, hyphens, nicknames,
honorifics, suffixes, relatives; organizations, coordinations and descriptions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.model import Span
from quotes.speakers.aliases import cluster_names, given_name_conflicts, resolve_entities
from quotes.speakers.coref import LocalEntity, coordination
from quotes.speakers.names import parse_name, same_person
from quotes.testing import HARD_CASTS, hard_cast


def partition(names: list[str]) -> set[frozenset[str]]:
    return {frozenset(names[i] for i in g) for g in cluster_names(names)}


# One row per class of the table: the names, and how many people they are.
TABLE = [
    pytest.param(["J. Smith", "M. Smith"], 2, id="initials differ"),
    pytest.param(["George W. Bush", "George H.W. Bush"], 2, id="middle initials differ"),
    pytest.param(["A. Kiani", "M. Kayani"], 2, id="initials differ, surname transliterated"),
    pytest.param(["Kim Jong Un", "Kim Jong-un"], 1, id="hyphen or space in a given name"),
    pytest.param(["Ban Ki-moon", "Ban Ki Moon"], 1, id="hyphen or space, Korean order"),
    pytest.param(["Bill Clinton", "William J. Clinton"], 1, id="nickname"),
    pytest.param(["Joe Biden", "Joseph R. Biden Jr."], 1, id="nickname and suffix"),
    pytest.param(["Mian Nawaz Sharif", "Nawaz Sharif"], 1, id="honorific"),
    pytest.param(["Syed Yousuf Raza Gilani", "Yousuf Raza Gilani"], 1, id="honorific Syed"),
    pytest.param(["Haji Mohammad Mohaqiq", "Mohammad Mohaqiq"], 1, id="honorific Haji"),
    pytest.param(["George Smith Jr.", "George Smith Sr."], 2, id="Jr. and Sr."),
    pytest.param(["George Walker Bush", "George H. W. Bush"], 2, id="middle name against an initial"),
    pytest.param(["George W. Bush", "George Walker Bush", "G. W. Bush"], 1, id="initials agree"),
    pytest.param(["Bill Clinton", "Will Clinton"], 2, id="two nicknames of one name are two names"),
    pytest.param(["W. Bush", "Billy Bush"], 2, id="an initial is of the name as written"),
    pytest.param(["Joe Biden", "Joey Biden"], 1, id="a nickname with an ending"),
    pytest.param(["Amandla Stenberg", "Actress Amandla Stenberg"], 1, id="a descriptor read as a given name"),
    pytest.param(["Patrick Leahy", "Michael Patrick Leahy"], 2, id="a given name before another's"),
    pytest.param(["J. Christopher Stevens", "John Paul Stevens"], 2, id="middle names differ"),
    pytest.param(["Kim Jong-un", "Kim Jong-il"], 2, id="Korean names that differ"),
    pytest.param(["Hillary Clinton", "Mrs. Clinton", "Bill Clinton"], 2, id="a title's gender"),
]


@pytest.mark.parametrize("names, people", TABLE)
def test_name_classes(names, people):
    """Each class of the issue's table comes out as it should, in any order."""
    assert len(cluster_names(names)) == people
    assert len(cluster_names(names[::-1])) == people


def test_a_name_that_fits_two_people_equally_joins_neither():
    """``George Bush`` beside both Bushes, a bare ``Clinton`` beside both Clintons: an entity of
    its own, never one of them."""
    bush = ["George W. Bush", "George H.W. Bush", "George Bush"]
    assert partition(bush) == {frozenset({n}) for n in bush}
    clinton = ["Hillary Clinton", "Bill Clinton", "Clinton"]
    assert partition(clinton) == {frozenset({n}) for n in clinton}


def test_the_canonical_name_passes_over_a_descriptor():
    """``Actress Amandla Stenberg`` joins ``Amandla Stenberg``, whose name the entity takes."""
    entities, _ = resolve_entities(
        [("a", "x", [_person(0, "Actress Amandla Stenberg")]), ("b", "x", [_person(0, "Amandla Stenberg")])]
    )
    assert [e.name for e in entities] == ["Amandla Stenberg"]


def test_the_canonical_name_opens_with_a_given_name():
    """``B. Hussein Obama`` joins ``Barack Obama``, whose name the entity takes; ``Neither
    Warren`` (a sentence's first words) is Warren."""
    entities, _ = resolve_entities(
        [("a", "x", [_person(0, "B. Hussein Obama")]), ("b", "x", [_person(0, "Barack Obama")])]
    )
    assert [e.name for e in entities] == ["Barack Obama"]
    assert parse_name("Neither Warren").bare == "Warren"


def test_a_title_tells_two_relatives_apart():
    """``Mrs. Clinton`` is Hillary, not Bill."""
    assert frozenset({"Hillary Clinton", "Mrs. Clinton"}) in partition(
        ["Bill Clinton", "Hillary Clinton", "Mrs. Clinton"]
    )


# The name joins the group it fits most specifically: the one whose surname it spells the
# same way. In the first case that group is the older and the smaller, in the second the
# newer and the bigger, so choosing the biggest, the smallest, the first or the last
# compatible group each fails one of them.
@pytest.mark.parametrize(
    "names, joined",
    [
        (["Ashraf Kiani", "Ashraf Kiani", "Ashfaq Kayani", "A. Kayani"], {"Ashfaq Kayani", "A. Kayani"}),
        (["Ashfaq Kayani", "Ashraf Kiani", "Ashraf Kiani", "A. Kiani"], {"Ashraf Kiani", "A. Kiani"}),
        (["Mohammad Khan", "Mohammad Khan", "Mohammed Kahn", "M. Kahn"], {"Mohammed Kahn", "M. Kahn"}),
    ],
)
def test_joins_the_most_specific_group(names, joined):
    """An initial fits two people; the same spelling of the surname decides."""
    assert frozenset(joined) in partition(names)


def _person(key: int, *forms: str) -> LocalEntity:
    return LocalEntity(
        key=key, kind="person", forms=list(forms), names=[parse_name(f) for f in forms], mentions=[Span(0, 1)]
    )


def _entities(docs: list[list[LocalEntity]]) -> list[list[str]]:
    entities, _ = resolve_entities([(f"d{i}", "x", ents) for i, ents in enumerate(docs)])
    return sorted(sorted({e.name, *e.aliases}) for e in entities)


def test_a_suffix_named_beside_the_plain_name_is_another_person():
    """An article that names Donald Trump Jr. and Donald Trump means two people; across
    articles the plain name then never joins the Jr.; where no article tells them apart, a
    name without its suffix joins the suffixed one (Joe Biden is Joseph R. Biden Jr.)."""
    trump = _entities([[_person(0, "Donald Trump Jr."), _person(1, "Donald Trump")], [_person(0, "Donald J. Trump")]])
    assert ["Donald Trump Jr."] in trump
    biden = _entities([[_person(0, "Joseph R. Biden Jr.")], [_person(0, "Joe Biden")]])
    assert len(biden) == 1


def test_organizations_merge_on_their_name_and_abbreviation():
    """CBO is the Congressional Budget Office; organizations that share a word stay apart; an
    abbreviation of two names joins neither."""

    def org(key: int, name: str) -> LocalEntity:
        return LocalEntity(
            key=key, kind="organization", forms=[name], words=frozenset(name.lower().split()), mentions=[Span(0, 1)]
        )

    got = _entities(
        [
            [org(0, "Congressional Budget Office"), org(1, "Tax Policy Center")],
            [org(0, "CBO"), org(1, "Center for Transatlantic Relations")],
            [org(0, "George W. Bush Presidential Center"), org(1, "Department of Justice")],
            [org(0, "DOJ"), org(1, "U.N."), org(2, "United Nations")],
            [org(0, "NRC"), org(1, "National Research Council"), org(2, "Nuclear Regulatory Commission")],
            [org(0, "NBC"), org(1, "Nobody in British Columbia"), org(2, "CW"), org(3, "Cornel West")],
        ]
    )
    assert ["CBO", "Congressional Budget Office"] in got
    assert ["DOJ", "Department of Justice"] in got
    assert ["U.N.", "United Nations"] in got
    assert ["Tax Policy Center"] in got and ["Center for Transatlantic Relations"] in got
    assert ["NRC"] in got  # National Research Council or Nuclear Regulatory Commission: neither
    assert ["NBC"] in got and ["CW"] in got  # a phrase, two letters: no abbreviation


def test_descriptions_are_their_articles_own():
    """``the poll``, ``Police`` and ``the union`` of two articles are four sources, not two."""

    def org(key: int, name: str) -> LocalEntity:
        return LocalEntity(
            key=key,
            kind="organization",
            forms=[name],
            words=frozenset(name.lower().split()[-1:]),
            mentions=[Span(0, 1)],
        )

    entities, _ = resolve_entities(
        [(f"d{i}", "x", [org(0, "the poll"), org(1, "Police"), org(2, "the union")]) for i in range(2)]
    )
    assert len(entities) == 6
    assert {e.kind for e in entities} == {"unknown"}


def test_a_description_is_one_source_of_its_article_however_read():
    """``Police said`` (read as an institution) and ``police said`` (a group) in one article are
    one source, a group."""
    ents = [
        LocalEntity(key=0, kind="organization", forms=["Police"], words=frozenset({"police"}), mentions=[Span(0, 6)]),
        LocalEntity(key=1, kind="group", forms=["police"], words=frozenset({"police"}), mentions=[Span(9, 15)]),
    ]
    entities, _ = resolve_entities([("a", "x", ents)])
    assert [(e.kind, len(e.mentions)) for e in entities] == [("group", 2)]


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Larry King and Ed Schultz", True),
        ("Marco Rubio and Ted Cruz", True),
        ("Procter & Gamble", False),
        ("the Committee on Ways and Means", False),
        ("Bill and Melinda Gates Foundation", False),
    ],
)
def test_a_coordination_is_not_one_name(text, joined):
    """Two people joined by *and* are two speakers (a group of the article), never an alias of one."""
    assert coordination(text) is joined


@given(hard_cast(), st.randoms())
def test_hard_casts(cast, rnd):
    """On forms of people hard to tell apart (:data:`quotes.testing.HARD_CASTS`): no cluster
    holds two people, every person's forms are one cluster, and the order does not matter."""
    names, person = cast
    groups = cluster_names(names)
    for g in groups:
        assert len({person[i] for i in g}) == 1, [names[i] for i in g]
    assert len(groups) == len(set(person)), [[names[i] for i in g] for g in groups]
    order = list(range(len(names)))
    rnd.shuffle(order)
    shuffled = [names[i] for i in order]
    assert partition(shuffled) == partition(names)


@pytest.mark.parametrize("cls", sorted(HARD_CASTS))
def test_people_of_a_class_cannot_be_one(cls):
    """The casts mean what they say: the full forms of two people of a class never fit, and
    the forms of one person always do."""
    people = HARD_CASTS[cls]
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            assert not any(
                same_person(parse_name(x), parse_name(y)) for x in a for y in b if len(x.split()) > 2 or "." not in x
            )
    for forms in people:
        assert all(same_person(parse_name(x), parse_name(y)) for x in forms for y in forms)


def test_nickname_entities_pass_the_given_name_check():
    """``Bill Clinton`` and ``William J. Clinton`` in one entity are no conflict of given names."""
    from quotes.model import Entity

    ok = Entity(id="p", name="William J. Clinton", kind="person", aliases=("Bill Clinton", "Billy Clinton"))
    bad = Entity(id="q", name="William J. Clinton", kind="person", aliases=("Hillary Clinton",))
    assert given_name_conflicts([ok]) == []
    assert [(a, b) for _, a, b in given_name_conflicts([bad])] == [("William J. Clinton", "Hillary Clinton")]


def test_entity_ids_are_unique_even_when_a_name_looks_numbered():
    """``Trump 34`` and the 34th bare ``Trump`` of a corpus would both be ``person:trump-34``."""
    docs = [
        (f"d{i}", "x", [_person(0, "Trump"), _person(1, "Hillary Clinton"), _person(2, "Bill Clinton")])
        for i in range(3)
    ]
    docs.append(("e", "x", [_person(0, "Trump 2")]))
    ids = [e.id for e in resolve_entities(docs)[0]]
    assert len(ids) == len(set(ids))
    docs.insert(0, docs.pop())
    ids = [e.id for e in resolve_entities(docs)[0]]
    assert len(ids) == len(set(ids))
