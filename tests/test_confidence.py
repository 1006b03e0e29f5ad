"""The confidence model: features, parameter files, fitting and cross-validation, without models."""

from __future__ import annotations

import json
import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.confidence.calibrate import calibration_error, cross_validate, fit, folds, reliability
from quotes.confidence.features import article_features, features
from quotes.confidence.scorer import ENV, FORMAT, Model, always_kept, resolve_model
from quotes.errors import InputError
from quotes.evaluate import Attribution, GoldArticle
from quotes.model import Mention, Quote, Span, Speaker

KERRY = Speaker(id="person:john-kerry", name="John Kerry", kind="person", aliases=("Kerry",))


def _direct(speaker: Speaker | None = KERRY, mention: str = "Kerry") -> Quote:
    text = "We made real progress in the talks today,"
    return Quote(
        kind="direct",
        spans=[Span(1, 1 + len(text))],
        text=text,
        cue=Mention("said", Span(50, 54)),
        speaker=speaker,
        speaker_mention=Mention(mention, Span(44, 44 + len(mention))),
        rule="cue-after",
        rule_name="cue-after.subject",
    )


def test_features_describe_how_the_speaker_was_found():
    assert features(_direct())["mention=name"] == 1.0
    assert features(_direct(mention="he"))["mention=pronoun"] == 1.0
    assert features(_direct(speaker=None))["speaker=none"] == 1.0
    official = Speaker(id="anonymous:official", name="a senior official", kind="anonymous")
    assert features(_direct(official, "a senior official"))["mention=description"] == 1.0


def test_features_describe_the_content():
    text = "to raise taxes. Then he left, which angered aides"
    q = Quote(kind="indirect", spans=[Span(0, 60)], text=text, rule="ccomp")
    f = features(q)
    assert f["starts_to"] == f["sentence_break"] == f["has_which"] == f["cue=none"] == 1.0
    assert f["log_words"] == pytest.approx(math.log1p(9))


def test_shipped_model_prefers_a_named_direct_quote_to_an_orphan_object():
    model = Model.default()
    orphan = Quote(kind="indirect", spans=[Span(0, 2)], text="it", rule="object", rule_name="object.object")
    assert model.probability(_direct()) > 0.7 > 0.3 > model.probability(orphan)
    assert 0.0 < model.threshold < 1.0
    assert "cross_validation" in model.meta


def test_article_features_count_the_speakers_quotes_and_shared_cues():
    lee = Speaker(id="person:mike-lee", name="Mike Lee", kind="person")
    first = _direct()
    second = attrs.evolve(first, spans=[Span(60, 80)], text="and we will meet again")
    third = Quote(
        kind="indirect",
        spans=[Span(120, 140)],
        text="that talks had failed",
        speaker=lee,
        cue=Mention("said", Span(110, 114)),
        rule="ccomp",
    )
    f1, f2, f3 = article_features([first, second, third])
    assert f1["article_log_quotes"] == pytest.approx(math.log1p(3))
    assert f1["article_speaker_log_quotes"] == pytest.approx(math.log1p(1)) and f1["article_speaker_top"] == 1.0
    assert f3["article_speaker_log_quotes"] == 0.0 and f3["article_speaker_top"] == 0.0
    assert f1["article_cue_shared"] == f2["article_cue_shared"] == 1.0 and f3["article_cue_shared"] == 0.0
    assert "article_follows_same_speaker" not in f1
    assert f2["article_follows=direct"] == f2["article_follows_same_speaker"] == 1.0
    assert f3["article_follows_same_speaker"] == 0.0
    assert f3["article_log_gap"] == pytest.approx(math.log1p(40))
    assert f1["article_overlaps"] == 0.0
    assert article_features([]) == []


def test_a_direct_quote_is_dropped_only_without_a_speaker():
    model = Model(weights={}, bias=-5.0, drop_below=0.5)  # every quote scores under drop_below
    orphan = _direct(speaker=None)
    report = Quote(kind="indirect", spans=[Span(60, 80)], text="that talks failed", speaker=KERRY, rule="ccomp")
    assert [q.speaker for q in model.apply("x" * 100, [_direct(), orphan, report])] == [KERRY]
    assert always_kept(_direct()) and not always_kept(orphan) and not always_kept(report)


def test_article_features_absent_weigh_their_training_mean():
    model = Model(weights={"article_log_quotes": 1.0}, absent={"article": 0.7})
    q = _direct()
    with_article = model.probability(q, {"article_log_quotes": 0.7})
    assert model.probability(q) == pytest.approx(with_article)
    assert model.probability(q, {}) < with_article


def test_parameters_round_trip(tmp_path):
    m = Model(
        weights={"prior": 1.5, "cue=said": 0.25},
        bias=-0.5,
        threshold=0.61,
        meta={"trained_on": "x"},
        joins={"paragraphs": -1.0},
        joins_bias=0.5,
    )
    path = tmp_path / "p.json"
    m.save(path)
    back = Model.load(path)
    assert back == m
    assert back.probability(_direct()) == m.probability(_direct())


def test_trees_round_trip_and_score_quotes_with_their_evidence_and_article(tmp_path):
    trees = [["article_speaker_top", 0.5, -2.0, 1.0], ["mention=name", 0.5, 0.0, 0.5]]
    m = Model(weights={"prior": 1.0}, bias=-1.0, trees=trees, trees_bias=0.25, absent={"evidence": 0.1})
    path = tmp_path / "p.json"
    m.save(path)
    assert Model.load(path) == m
    assert path.read_text(encoding="utf-8").count("\n  [") == 2  # one tree a line
    q = attrs.evolve(_direct(), evidence={"content_has_verb": 1.0})
    top = {"article_speaker_top": 1.0}
    assert m.probability(q, top) == pytest.approx(1 / (1 + math.exp(-(0.25 + 1.0 + 0.5))))
    assert m.probability(q, {}) == pytest.approx(1 / (1 + math.exp(-(0.25 - 2.0 + 0.5))))
    # without the evidence or the article, the regression (with its absent features) answers
    prior = features(q)["prior"]
    assert m.probability(q) == pytest.approx(1 / (1 + math.exp(-(-1.0 + prior))))
    assert m.probability(_direct(), top) == pytest.approx(1 / (1 + math.exp(-(-1.0 + 0.1 + prior))))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{not json", "not a parameter file \\(not JSON"),
        (json.dumps({"format": "other/2", "weights": {}}), "of format 'quotes-confidence/1' \\(format: 'other/2'\\)"),
        (json.dumps({"format": FORMAT, "weights": {"prior": "high"}}), "'weights' must map feature names to numbers"),
        (json.dumps({"format": FORMAT, "weights": {}, "bias": None}), "'bias' must be a number"),
        (json.dumps([1, 2]), "format: 'list'"),
        (json.dumps({"format": FORMAT, "weights": {}, "trees": [["a", 0.5, 1.0]]}), "'trees' must be a list of trees"),
        (json.dumps({"format": FORMAT, "weights": {}, "trees": {}}), "'trees' must be a list of trees"),
        (json.dumps({"format": FORMAT, "weights": {}, "trees_bias": "0"}), "'trees_bias' must be a number"),
        (json.dumps({"format": FORMAT, "weights": {}, "joins": {"paragraphs": []}}), "'joins' must map feature"),
        (json.dumps({"format": FORMAT, "weights": {}, "joins_bias": float("inf")}), "'joins_bias' must be a number"),
    ],
)
def test_a_malformed_parameter_file_is_a_clear_error(tmp_path, body, message):
    path = tmp_path / "params.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=f"{path}: .*{message}"):
        Model.load(path)


def test_a_missing_parameter_file_is_named(tmp_path):
    with pytest.raises(InputError, match="nowhere.json: no such parameter file"):
        resolve_model(tmp_path / "nowhere.json")


def test_environment_selects_the_parameter_file(tmp_path, monkeypatch):
    path = tmp_path / "mine.json"
    Model(weights={}, bias=2.0, threshold=0.3).save(path)
    monkeypatch.setenv(ENV, str(path))
    assert Model.default().threshold == 0.3
    assert Model.default().confidence(_direct()) == round(1 / (1 + math.exp(-2.0)), 3)


def test_fit_learns_which_feature_predicts_right():
    good, bad = features(_direct()), features(_direct(speaker=None, mention="it"))
    xs = [good] * 50 + [bad] * 50
    ys = [True] * 45 + [False] * 5 + [True] * 10 + [False] * 40
    m = fit(xs, ys)
    assert m.score(good) == pytest.approx(0.9, abs=0.03)
    assert m.score(bad) == pytest.approx(0.2, abs=0.03)


@given(st.integers(1, 200), st.integers(2, 10), st.integers(0, 5))
def test_folds_split_articles_evenly(n, k, seed):
    f = folds(n, k, seed)
    sizes = [f.count(i) for i in range(k)]
    assert len(f) == n and max(sizes) - min(sizes) <= 1
    assert f == folds(n, k, seed)  # fixed by the seed


def test_reliability_table_and_calibration_error():
    probs = [0.15] * 10 + [0.85] * 10
    right = [True] * 2 + [False] * 8 + [True] * 8 + [False] * 2
    table = reliability(probs, right)
    assert [b.n for b in table] == [0, 10, 0, 0, 0, 0, 0, 0, 10, 0]
    assert (table[1].share_right, table[8].share_right) == (0.2, 0.8)
    assert calibration_error(table) == pytest.approx(0.05)


def _article(i: int, right: bool) -> tuple[GoldArticle, list[Quote]]:
    text = "Kerry said the talks went well and that more would follow soon."
    content = Span(11, len(text) - 1)
    gold = GoldArticle(f"a{i}", text, (Attribution((content,), (Span(6, 10),), (Span(0, 5),)),))
    mention = Mention("Kerry", Span(0, 5)) if right else Mention("talks", Span(15, 20))
    q = Quote(kind="indirect", spans=[content], text=content.of(text), speaker_mention=mention,
              cue=Mention("said", Span(6, 10)), rule="ccomp", rule_name="ccomp.that-clause",
              speaker=KERRY if right else None)  # fmt: skip
    return gold, [q]


def test_cross_validation_scores_every_prediction_out_of_fold():
    pairs = [_article(i, right=i % 4 != 0) for i in range(40)]
    gold, quotes = [g for g, _ in pairs], [q for _, q in pairs]
    report, exs, probs = cross_validate(gold, quotes, k=5, seed=1, drop=False)
    assert report.predictions == len(exs) == len(probs) == 40
    assert report.rules.e2e_precision == report.output.e2e_precision == 0.75
    # a quote with a speaker is right, one without is wrong: the out-of-fold model sees it
    assert all((p > 0.5) == e.right for p, e in zip(probs, exs, strict=True))
    assert report.at_threshold.e2e_precision == 1.0 and report.threshold > 0.0
    assert "expected calibration error" in report.to_text()
    # with the "no quote" choice the wrong ones are left out, and nothing right is lost
    dropped, exs, _ = cross_validate(gold, quotes, k=5, seed=1)
    assert len(exs) == 30 and dropped.output.e2e_precision == 1.0
    assert dropped.output.e2e_recall == report.rules.e2e_recall
    with pytest.raises(ValueError, match="at least 5 articles"):
        cross_validate(gold[:3], quotes[:3])


def test_shipped_model_on_the_seeds_keeps_every_attributed_direct_quote(seed_docs):
    """On the seeds' frozen annotations: what the model leaves out is only quotes it may drop
    (not a direct quotation with a speaker), each under its ``drop_below``; every quote written
    carries its parse evidence and a confidence; a quote joined to another is not lost."""
    from quotes.confidence.calibrate import RULES_ONLY
    from quotes.corpus.pipeline import extract_documents

    docs = sorted(seed_docs.items())
    rules = extract_documents(docs, params=RULES_ONLY)
    shipped = extract_documents(docs)
    model = Model.default()
    left_out = []
    for a, out in zip(rules.articles, shipped.articles, strict=True):
        bounded = [model.bounded(a.text, q) for q in a.quotes]
        chosen = model.join(a.text, bounded)
        written = {q.spans for q in out.quotes}
        dropped = [(q, f) for q, f in zip(chosen, article_features(chosen), strict=True) if q.spans not in written]
        # each content part is written, alone or joined to another, or left out with its quote
        parts = {s for q in [*out.quotes, *(q for q, _ in dropped)] for s in q.spans}
        assert parts >= {s for q in bounded for s in q.spans}
        left_out += dropped
    assert left_out, "the seeds hold reports the model finds unlikely"
    assert all(not always_kept(q) and model.probability(q, f) < model.drop_below for q, f in left_out)
    assert all(q.evidence and 0.0 < q.confidence < 1.0 for a in shipped.articles for q in a.quotes)


def test_confidence_without_evidence_stays_near(seed_docs):
    """A quote read back from JSON (no parse evidence) is scored with those features'
    average weight: its confidence moves, but stays on the same side of a coin toss mostly."""
    from quotes.corpus.pipeline import extract_documents
    from quotes.digests.serialize import quote_from_dict, quote_to_dict

    model = Model.default()
    corpus = extract_documents(sorted(seed_docs.items()))
    gaps = []
    for art in corpus.articles:
        for q in art.quotes:
            bare = quote_from_dict(quote_to_dict(q, art.doc))
            assert not bare.evidence
            gaps.append(abs(model.probability(bare) - q.confidence))
    assert sum(gaps) / len(gaps) < 0.15


def test_corpus_run_takes_the_confidence_model():
    """The corpus runner passes ``params`` to the reduce: the keep-everything model keeps the
    report the shipped one leaves out."""
    from quotes.confidence.calibrate import RULES_ONLY
    from quotes.corpus.mapping import AnnotatorSpec, run
    from quotes.nlp.samples import SampleAnnotator, sample_texts

    items = sorted(sample_texts().items())
    spec = AnnotatorSpec(factory=SampleAnnotator)
    every = run(items, annotator=spec, params=RULES_ONLY)
    shipped = run(items, annotator=spec)
    assert sum(len(a.quotes) for a in every.articles) > sum(len(a.quotes) for a in shipped.articles)
    assert {q.confidence for a in every.articles for q in a.quotes} == {0.5}


def test_extract_takes_the_confidence_model(tmp_path):
    from quotes import extract
    from quotes.confidence.calibrate import RULES_ONLY
    from quotes.nlp.samples import SampleAnnotator, sample_texts

    text = sample_texts()["002_7889bdde1191228b.txt"]
    rules = extract(text, annotator=SampleAnnotator(), params=RULES_ONLY)
    shipped = extract(text, annotator=SampleAnnotator())
    assert any(q.rule_name == "continuation" for q in rules.quotes)
    assert len(rules.quotes) == len(shipped.quotes) + 1  # the shipped model joins the continuation
    with pytest.raises(InputError, match="nowhere.json: no such parameter file"):
        extract(text, annotator=SampleAnnotator(), params=tmp_path / "nowhere.json")
