"""Candidate contents (quotes.confidence.candidates) and the learned choice among them, without models."""

from __future__ import annotations

import attrs
import pytest

from quotes.confidence.calibrate import bounds_examples, fit_models, join_examples
from quotes.confidence.candidates import candidates, continues, join_features
from quotes.confidence.scorer import Model
from quotes.evaluate import Attribution, GoldArticle
from quotes.model import Mention, Quote, Span


def _indirect(text: str, content: str, rule: str = "ccomp") -> Quote:
    start = text.index(content)
    return Quote(
        kind="indirect",
        spans=[Span(start, start + len(content))],
        text=content,
        rule=rule,
        rule_name=f"{rule}.clause",
        cue=Mention("said", Span(text.index("said"), text.index("said") + 4)),
        speaker_mention=Mention("He", Span(0, 2)),
    )


@pytest.mark.parametrize(
    ("content", "cut", "kept"),
    [
        ("the plan would fail, which angered his aides", "relative", "the plan would fail"),
        ("the plan would fail and he left the room early", "clause", "the plan would fail"),
        ("the plan would fail, although no vote was held", "adverbial", "the plan would fail"),
        ("the plan would fail, according to two aides", "according", "the plan would fail"),
        ("the plan would fail. Then the vote was held", "sentence", "the plan would fail."),
        ("the plan would fail — a blow to the party", "dash", "the plan would fail"),
        ("the plan would fail, Smith added on Monday", "said", "the plan would fail"),
    ],
)
def test_each_kind_of_cut(content, cut, kept):
    text = f"He said {content}."
    cands = {c.name: c.spans[-1].of(text) for c in candidates(text, _indirect(text, content))}
    assert cands["rules"] == content
    assert cands[cut] == kept


def test_no_cut_leaves_fewer_than_three_words_or_touches_a_direct_quote():
    text = "He said taxes, which rose, fell."
    assert [c.name for c in candidates(text, _indirect(text, "taxes, which rose, fell"))] == ["rules"]
    q = Quote(kind="direct", spans=[Span(1, 40)], text="x, which y and he z. Then w", rule="cue-after")
    assert [c.name for c in candidates("“" + "x" * 50, q)] == ["rules"]


def _article(i: int, relative: bool) -> tuple[GoldArticle, list[Quote]]:
    """Annotators end the content before ", which" but keep ", although" in it."""
    ending = "which angered his aides" if relative else "although aides disagreed"
    clause = f"the plan would fail, {ending}"
    text = f"He said {clause}."
    gold_end = text.index("fail") + 4 if relative else len(text) - 1
    gold = GoldArticle(f"a{i}", text, (Attribution((Span(8, gold_end),), (Span(3, 7),), (Span(0, 2),)),))
    return gold, [_indirect(text, clause)]


def test_the_bounds_scorer_learns_a_cut_and_keeps_the_rules_elsewhere():
    pairs = [_article(i, relative=i % 2 == 0) for i in range(30)]
    gold, quotes = [g for g, _ in pairs], [q for _, q in pairs]
    xs, ys = bounds_examples(gold, quotes)
    assert len(xs) == len(ys) == 60 and sum(ys) == 30
    model = fit_models(gold, quotes, drop=False)
    assert model.bounded(gold[0].text, quotes[0][0]).text == "the plan would fail"
    assert model.bounded(gold[1].text, quotes[1][0]) == quotes[1][0]  # the rules' span stays


def _said_then_goes_on(i: int, annotators_join: bool) -> tuple[GoldArticle, list[Quote]]:
    """``"…," Lee said. "…"``: annotators join the second quotation to the first when it follows
    in the same paragraph, and mark it apart (same source, no cue) after a paragraph break."""
    first, second = f"We will win seat {i}", "Wait and see what the voters say"
    sep = " " if annotators_join else "\n\n"
    text = f'"{first}," Lee said.{sep}"{second}."'
    a, b = Span(1, 1 + len(first)), Span(text.index(second), text.index(second) + len(second))
    lee, said = Span(text.index("Lee"), text.index("Lee") + 3), Span(text.index("said"), text.index("said") + 4)
    if annotators_join:
        gold = (Attribution((a, b), (said,), (lee,)),)
    else:
        gold = (Attribution((a,), (said,), (lee,)), Attribution((b,), (), (lee,)))
    mention = Mention("Lee", lee)
    quotes = [
        Quote(
            kind="direct",
            spans=[a],
            text=first,
            cue=Mention("said", said),
            speaker_mention=mention,
            rule="cue-after",
            rule_name="cue-after.subject",
        ),
        Quote(
            kind="direct",
            spans=[b],
            text=second,
            speaker_mention=mention,
            rule="continuation",
            rule_name="continuation",
        ),
    ]
    return GoldArticle(f"j{i}", text, gold), quotes


def test_a_continuation_is_joined_only_to_the_quote_of_the_same_mention():
    gold, (a, b) = _said_then_goes_on(0, True)
    assert continues(a, b) and not continues(b, a)
    assert not continues(a, attrs.evolve(b, speaker_mention=Mention("he", Span(40, 42))))
    assert not continues(a, attrs.evolve(b, rule_name="none"))
    assert join_features(gold.text, a, b)["cue_between"] == 1.0


def test_the_join_scorer_learns_when_annotators_join_a_continuation():
    pairs = [_said_then_goes_on(i, annotators_join=i % 2 == 0) for i in range(30)]
    gold, quotes = [g for g, _ in pairs], [q for _, q in pairs]
    xs, ys = join_examples(gold, quotes)
    assert len(xs) == 30 and ys == [i % 2 == 0 for i in range(30)]
    model = fit_models(gold, quotes, drop=False)
    together = model.join(gold[0].text, quotes[0])
    assert [q.text for q in together] == ["We will win seat 0 Wait and see what the voters say"]
    assert together[0].cue == quotes[0][0].cue and together[0].kind == "direct"
    assert model.join(gold[1].text, quotes[1]) == quotes[1]  # marked apart: kept apart
    assert Model(weights={}).join(gold[0].text, quotes[0]) == quotes[0]  # no join scorer: nothing joined


def test_when_annotators_always_join_every_continuation_is_joined():
    pairs = [_said_then_goes_on(i, annotators_join=True) for i in range(10)]
    gold, quotes = [g for g, _ in pairs], [q for _, q in pairs]
    model = fit_models(gold, quotes, drop=False)
    assert not model.joins and model.joins_bias > 0
    assert [len(model.join(g.text, qs)) for g, qs in zip(gold, quotes, strict=True)] == [1] * 10
    never = fit_models(
        [_said_then_goes_on(i, annotators_join=False)[0] for i in range(10)],
        [_said_then_goes_on(i, annotators_join=False)[1] for i in range(10)],
        drop=False,
    )
    assert never.join(gold[0].text, quotes[0]) == quotes[0]
