"""The digest's default thresholds: one for direct quotations of their own, chosen so that nearly
all of them are kept while what is kept stays as precise; the annotator a model was fitted with."""

from __future__ import annotations

import warnings

import pytest

from quotes.confidence.calibrate import choose_thresholds, examples
from quotes.confidence.scorer import Model, check_annotator
from quotes.digests.building import build
from quotes.errors import ModelMismatchWarning
from quotes.evaluate import Attribution, GoldArticle, gold_kind, score
from quotes.model import Article, Corpus, Mention, Quote, Span


def _article(i: int, kind: str, right: bool) -> tuple[GoldArticle, Quote]:
    """One article with one attribution by Kerry, and a prediction of it (right: naming Kerry)."""
    if kind == "direct":
        text = "Kerry said: “The talks went well and more will follow.”"
        content = Span(13, len(text) - 1)
        gold_content = Span(12, len(text))
    else:
        text = "Kerry said that the talks went well and that more would follow."
        content = gold_content = Span(11, len(text) - 1)
    gold = GoldArticle(f"a{i}", text, (Attribution((gold_content,), (Span(6, 10),), (Span(0, 5),)),))
    mention = Mention("Kerry", Span(0, 5)) if right else Mention("talks", Span(20, 25))
    q = Quote(kind=kind, spans=[content], text=content.of(text), speaker_mention=mention,
              cue=Mention("said", Span(6, 10)))  # fmt: skip
    return gold, q


def _corpus(spec):
    """Articles from (kind, right, confidence) triples: gold, predictions and their confidence."""
    pairs = [_article(i, kind, right) for i, (kind, right, _) in enumerate(spec)]
    gold = [g for g, _ in pairs]
    quotes = [[q] for _, q in pairs]
    exs = examples(gold, quotes)
    probs = [p for _, _, p in spec]
    return gold, quotes, exs, probs


def test_gold_kinds_follow_the_marks():
    """An annotated content wholly in quotation marks is direct."""
    g, _ = _article(0, "direct", True)
    assert gold_kind(g.text, g.attributions[0].content) == "direct"
    g, _ = _article(0, "indirect", True)
    assert gold_kind(g.text, g.attributions[0].content) == "indirect"


def test_direct_quotations_get_a_lower_threshold_when_they_are_surer_than_their_confidence():
    """Right direct quotations of middling confidence are kept by a threshold of their own, and
    what is kept stays at the target precision."""
    spec = (
        [("direct", True, 0.62)] * 8  # right, but scored low: one threshold for all would lose them
        + [("direct", False, 0.30)] * 1
        + [("indirect", True, 0.95)] * 10
        + [("indirect", False, 0.70)] * 4  # wrong reports at 0.70: the other threshold stays above
        + [("indirect", True, 0.72)] * 2
    )
    gold, quotes, exs, probs = _corpus(spec)
    other, direct, scores = choose_thresholds(gold, quotes, exs, probs, target_precision=0.9, direct_recall=0.92)
    assert direct <= 0.62 < 0.70 < other
    assert scores.recall_speech_direct >= 0.88  # 8 of 9 direct attributions found
    assert scores.e2e_precision >= 0.9
    one = score(
        gold, [[q for q, p in zip(qs, [pr], strict=True) if p >= other] for qs, pr in zip(quotes, probs, strict=True)]
    )
    assert one.recall_speech_direct < scores.recall_speech_direct


def test_no_pair_reaching_the_precision_falls_back_to_one_threshold():
    """Where nothing reaches the target precision, one threshold serves both kinds."""
    gold, quotes, exs, probs = _corpus([("direct", False, 0.9), ("indirect", False, 0.8)])
    other, direct, _ = choose_thresholds(gold, quotes, exs, probs, target_precision=0.9)
    assert other == direct


def test_thresholds_round_trip_and_older_files_have_none(tmp_path):
    """A model's thresholds per kind survive its file; a file without them gives the one threshold."""
    m = Model(weights={"prior": 1.0}, threshold=0.75, thresholds={"direct": 0.55})
    m.save(tmp_path / "p.json")
    back = Model.load(tmp_path / "p.json")
    assert back == m and back.threshold_for("direct") == 0.55 and back.threshold_for("mixed") == 0.75
    old = Model.from_dict({"format": "quotes-confidence/1", "weights": {}, "threshold": 0.7})
    assert old.thresholds == {} and old.threshold_for("direct") == 0.7


def test_the_digest_keeps_each_kind_at_its_threshold(tmp_path):
    """quotes.digest keeps a direct quotation at its own threshold and a report at the other."""
    text = "“We won,” Kerry said. Kerry said that they won."
    direct = Quote(kind="direct", spans=[Span(1, 8)], text="We won,", confidence=0.6)
    report = Quote(kind="indirect", spans=[Span(33, 46)], text="that they won", confidence=0.6)
    corpus = Corpus(articles=[Article(doc="a", text=text, quotes=[direct, report])], entities=[])
    m = Model(weights={}, threshold=0.75, thresholds={"direct": 0.55})
    kept = [o.quote.kind for s in build(corpus, params=m).speakers for g in s.groups for o in g.occurrences]
    assert kept == ["direct"]
    assert len([1 for s in build(corpus, params=m, min_confidence=0.5).speakers for g in s.groups]) == 2


def test_a_model_fitted_with_other_models_warns_once():
    """Articles annotated by other models than the confidence model's are warned of, once a pair."""
    m = Model(weights={}, meta={"annotator": {"identity": "stanza:aaaa"}})
    with pytest.warns(ModelMismatchWarning, match="quotes calibrate"):
        check_annotator(["stanza:bbbb", "stanza:bbbb"], m)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_annotator(["stanza:bbbb"], m)  # said once already
        check_annotator(["stanza:aaaa", ""], m)  # the same models, or an annotator that does not say
        check_annotator(["stanza:cccc"], Model(weights={}))  # a model that does not say


def test_the_shipped_model_knows_its_annotator_and_direct_threshold():
    """The shipped parameters record the annotator they were fitted on and a direct threshold."""
    shipped = Model.default()
    record = shipped.meta["annotator"]
    assert record["identity"].startswith("stanza:") and record["models"]
    assert all(len(f["sha256"]) == 64 for f in record["models"].values())
    assert shipped.threshold_for("direct") <= shipped.threshold


def test_where_no_pair_finds_enough_direct_quotes_recall_is_not_traded_away():
    """Where no pair of thresholds finds the direct recall asked for, the pair chosen keeps the most
    direct quotations among those that lose at most RECALL_LOSS of the best end-to-end recall."""
    spec = (
        [("direct", True, 0.62)] * 6
        + [("direct", False, 0.61)] * 3  # wrong direct quotations at the same confidence as right ones
        + [("direct", True, 0.20)] * 4  # right ones too unsure to keep at any precision
        + [("indirect", True, 0.95)] * 30
        + [("indirect", False, 0.70)] * 2
    )
    gold, quotes, exs, probs = _corpus(spec)
    other, direct, scores = choose_thresholds(gold, quotes, exs, probs, target_precision=0.9, direct_recall=0.99)
    assert scores.e2e_precision >= 0.9
    best_recall = max(
        score(
            gold,
            [
                [q for q in qs if p >= (td if q.kind == "direct" else to) / 100]
                for qs, p in zip(quotes, probs, strict=True)
            ],
        ).e2e_recall
        for td in range(0, 100, 5)
        for to in range(0, 100, 5)
        if score(
            gold,
            [
                [q for q in qs if p >= (td if q.kind == "direct" else to) / 100]
                for qs, p in zip(quotes, probs, strict=True)
            ],
        ).e2e_precision
        >= 0.9
    )
    assert scores.e2e_recall >= 0.97 * best_recall
    assert direct <= 0.62  # the right direct quotations at 0.62 are kept
