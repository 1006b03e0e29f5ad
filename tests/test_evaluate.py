"""Scoring against a brat corpus (quotes.evaluate) and the ``quotes evaluate`` command, without models."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from quotes.cli.commands import main
from quotes.digests.serialize import quote_to_dict
from quotes.errors import InputError
from quotes.evaluate import Attribution, GoldArticle, parse_brat, read_corpus, score
from quotes.model import Mention, Quote, Span

BRAT = Path(__file__).parent / "fixtures" / "brat"
SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _quote(text: str, content: tuple[Span, ...], source: tuple[Span, ...] | None) -> Quote:
    mention = Mention(source[0].of(text), source[0]) if source else None
    return Quote(kind="indirect", spans=content, text=" ".join(s.of(text) for s in content), speaker_mention=mention)


def _perfect(gold: list[GoldArticle]) -> list[list[Quote]]:
    return [[_quote(g.text, a.content, a.source) for a in g.attributions] for g in gold]


def test_read_corpus_pairs_texts_with_their_annotations():
    gold = read_corpus(BRAT)
    assert [g.doc for g in gold] == ["budget", "court", "senate", "storm", "trade"]
    court = gold[1]
    assert [a.content[0].of(court.text) for a in court.attributions] == ["This law cannot stand,", "it would appeal"]
    assert [a.source[0].of(court.text) for a in court.attributions] == ["she", "The state"]


def test_perfect_predictions_score_one_and_none_score_zero():
    gold = read_corpus(BRAT)
    s = score(gold, _perfect(gold))
    assert (s.e2e_precision, s.e2e_recall, s.precision, s.attribution_accuracy) == (1.0, 1.0, 1.0, 1.0)
    # "believe" is not a verb of saying: 9 of the 10 attributions are speech
    assert (s.attributions, s.speech) == (10, 9)
    empty = score(gold, [[] for _ in gold])
    assert (empty.e2e_recall, empty.e2e_precision, empty.e2e_f1) == (0.0, 0.0, 0.0)


def test_a_wrong_speaker_matches_but_is_not_right_end_to_end():
    gold = read_corpus(BRAT)
    preds = _perfect(gold)
    senate = gold[2]
    wrong = Span(senate.text.index("reporters"), senate.text.index("reporters") + 9)
    preds[2][1] = _quote(senate.text, senate.attributions[1].content, (wrong,))
    s = score(gold, preds)
    assert s.precision == 1.0 and s.recall_speech == 1.0
    assert s.e2e_recall == round(8 / 9, 4) and s.e2e_precision == 0.9
    assert s.attribution_accuracy == round(8 / 9, 4)


def test_a_content_half_covered_does_not_match():
    text = "He said the plan would cut taxes for every family in the state."
    content = Span(8, len(text) - 1)
    art = GoldArticle("a", text, (Attribution((content,), (Span(3, 7),), (Span(0, 2),)),))
    short = _quote(text, (Span(8, 20),), (Span(0, 2),))
    assert score([art], [[short]]).precision == 0.0
    most = _quote(text, (Span(8, 50),), (Span(0, 2),))
    assert score([art], [[most]]).e2e_precision == 1.0


@pytest.mark.skipif(not SCORE_PY.is_file(), reason="../shared/eval/score.py not beside the checkout")
def test_figures_agree_with_polnear_scorer(tmp_path):
    """The library's figures are score.py's own on the same predictions (a wrong source, a miss, a stray)."""
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    gold = read_corpus(BRAT)
    preds = _perfect(gold)
    preds[0] = preds[0][:1]  # a miss
    storm = gold[3]
    preds[3].append(_quote(storm.text, (Span(storm.text.index("Schools"), len(storm.text) - 2),), None))  # a stray
    court = gold[1]
    preds[1][0] = _quote(court.text, court.attributions[0].content, (Span(0, 9),))  # a wrong source
    mine = score(gold, preds)
    by_doc = {g.doc: [quote_to_dict(q, f"{g.doc}.txt") for q in qs] for g, qs in zip(gold, preds, strict=True)}
    theirs = ref.score_polnear(by_doc, BRAT, 0)
    assert mine.e2e_precision == theirs["end_to_end.speech"]["precision"]
    assert mine.e2e_recall == theirs["end_to_end.speech"]["recall"]
    assert mine.precision == theirs["partial"]["precision"]
    assert mine.recall_speech == theirs["recall.speech"]["value"]
    assert mine.attribution_accuracy == theirs["attribution.accuracy.speech"]["value"]


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tContent 5 x\tword\n", "senate.ann:1: bad offsets '5 x'"),
        ("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Content:T9\n", "senate.ann:2: the event names 'T9'"),
        ("T1\n", "senate.ann:1: a brat line needs an id"),
        ("T1\tCue 0 4\tsa\nThe rest of the words\nT2\tContent x\n", "senate.ann:3: bad offsets 'x'"),
    ],
)
def test_a_malformed_annotation_names_the_file_and_line(ann, message):
    with pytest.raises(InputError, match=message):
        parse_brat(ann, "senate.ann")


def test_a_folder_without_annotated_texts_is_an_error(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text("Hi.", encoding="utf-8")
    with pytest.raises(InputError, match="no annotated articles"):
        read_corpus(tmp_path)
    with pytest.raises(InputError, match="not a folder"):
        read_corpus(tmp_path / "nowhere")


def test_evaluate_command_scores_predictions_from_jsonl(tmp_path, capsys):
    gold = read_corpus(BRAT)
    pred = tmp_path / "p.jsonl"
    pairs = zip(gold, _perfect(gold), strict=True)
    lines = [json.dumps(quote_to_dict(q, f"x/{g.doc}.txt")) for g, qs in pairs for q in qs]
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["evaluate", str(BRAT), "--pred", str(pred), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["e2e_f1"] == 1.0 and figures["articles"] == 5


def test_evaluate_command_reports_a_bad_prediction_file(tmp_path, capsys):
    pred = tmp_path / "p.jsonl"
    good = json.dumps({"doc": "senate.txt", "kind": "indirect", "text": "the bill would fail", "spans": [[22, 41]]})
    pred.write_text(good + "\n" + "not json\n" + json.dumps({"doc": "a.txt", "spans": []}) + "\n", encoding="utf-8")
    assert main(["evaluate", str(BRAT), "--pred", str(pred), "--json"]) == 1
    out, err = capsys.readouterr()
    assert f"{pred}:2: not JSON" in err and f"{pred}:3: not a quote record" in err
    assert json.loads(out)["predictions"] == 1  # the good line is still scored


def test_evaluate_scores_only_the_quotes_sure_enough(tmp_path, capsys):
    gold = read_corpus(BRAT)
    pred = tmp_path / "p.jsonl"
    rows = []
    for g, qs in zip(gold, _perfect(gold), strict=True):
        for i, q in enumerate(qs):
            rows.append(json.dumps(quote_to_dict(q, f"{g.doc}.txt") | {"confidence": 0.9 if i == 0 else 0.2}))
    pred.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["evaluate", str(BRAT), "--pred", str(pred), "--json", "--min-confidence", "0.5"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["predictions"] == 5 and figures["e2e_precision"] == 1.0 and figures["e2e_recall"] < 0.6
