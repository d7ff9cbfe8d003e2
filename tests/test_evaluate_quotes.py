"""evaluate_quotes / score_quotes on a tiny synthetic gold file (our own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.evaluate.quotes import evaluate_quotes, read_jsonl, score_quotes

TINY = Path(__file__).resolve().parent.parent / "fixtures" / "eval" / "quotes_tiny.jsonl"


@pytest.fixture(scope="module")
def gold():
    return {r["id"]: r for r in read_jsonl(TINY)}


def _pred(start, end, speaker=None):
    return {
        "quote_start": start,
        "quote_end": end,
        "speaker_start": speaker and speaker[0],
        "speaker_end": speaker and speaker[1],
    }


def test_perfect_prediction_scores_100(gold):
    pred = {did: {"quotes": [dict(q) for q in g["quotes"]]} for did, g in gold.items()}
    res = score_quotes(gold, pred)
    for key in ("strict", "exact", "ggt@0.3", "ggt@0.8", "ggt_merged@0.3", "ggt_merged@0.8"):
        assert res["protocols"][key]["f1"] == 100.0, key
    assert res["protocols"]["ggt@0.8"]["speaker_acc"] == 100.0


def test_overlap_protocols_and_merging(gold):
    g = gold["tiny-1"]["quotes"][0]  # the direct quote, 45 chars with its marks
    mid = (g["quote_start"] + g["quote_end"]) // 2
    # two halves of one gold quote: neither covers 0.8 alone; merged they do
    pred = {"tiny-1": {"quotes": [_pred(g["quote_start"], mid), _pred(mid, g["quote_end"], (0, 3))]}}
    res = score_quotes({"tiny-1": gold["tiny-1"]}, pred)["protocols"]
    assert res["ggt@0.3"]["tp"] == 1 and res["ggt@0.3"]["fp"] == 1
    assert res["ggt@0.8"]["tp"] == 0
    assert res["ggt_merged@0.8"]["tp"] == 1 and res["ggt_merged@0.8"]["fp"] == 0
    assert res["ggt_merged@0.8"]["fn"] == 1  # the indirect quote was not predicted
    assert res["exact"]["tp"] == 0


def test_kind_filter_ignores_other_kinds(gold):
    ind = gold["tiny-1"]["quotes"][1]
    pred = {"tiny-1": {"quotes": [_pred(ind["quote_start"], ind["quote_end"])]}}
    res = score_quotes({"tiny-1": gold["tiny-1"]}, pred, {"direct"})["protocols"]
    assert res["ggt@0.3"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1, "speaker_acc": None}


def test_evaluate_quotes_runs_the_pipeline(nlp):
    res = evaluate_quotes(TINY, nlp)
    assert res["documents"] == 2
    merged = res["all"]["protocols"]["ggt_merged@0.3"]
    # the direct and the indirect quote are found with their speakers; a noun cue ("criticism from") is not
    assert (merged["tp"], merged["fp"], merged["fn"]) == (2, 0, 1)
    assert merged["speaker_acc"] == 100.0
    direct = evaluate_quotes(TINY, nlp, kinds=["direct"])["protocols"]["ggt_merged@0.8"]
    assert (direct["tp"], direct["fp"], direct["fn"]) == (1, 0, 0)


def test_like_for_like_drops_predictions_of_other_kinds(gold):
    ind = gold["tiny-1"]["quotes"][1]
    stray = {"quote_start": 0, "quote_end": 5, "kind": "indirect"}  # hits no gold quote
    pred = {
        "tiny-1": {"quotes": [{**_pred(ind["quote_start"], ind["quote_end"]), "kind": "indirect"}, stray]}
    }
    plain = score_quotes({"tiny-1": gold["tiny-1"]}, pred, {"direct"})["protocols"]["ggt@0.3"]
    fair = score_quotes({"tiny-1": gold["tiny-1"]}, pred, {"direct"}, like_for_like=True)["protocols"][
        "ggt@0.3"
    ]
    assert (plain["fp"], fair["fp"]) == (1, 0)


def test_predict_quotes_scores_every_attribution_unless_told(nlp):
    from claimx.evaluate.quotes import predict_quotes

    records = [{"id": "a", "text": "She said the vote would be close. He believes the count was wrong."}]
    every = predict_quotes(records, nlp)["a"]["quotes"]
    assert [q["cue_class"] for q in every] == ["speech", "cognition"]
    speech = predict_quotes(records, nlp, attributions="speech")["a"]["quotes"]
    assert [q["cue_class"] for q in speech] == ["speech"]
