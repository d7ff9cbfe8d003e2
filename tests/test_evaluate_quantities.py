"""Quantity evaluation: overlap matching, P/R/F1, value and qualifier accuracy."""

from __future__ import annotations

import pytest

from claimx.evaluate.quantities import evaluate_quantities, match_spans, score_records
from claimx.matches import QuantityMatch

from .conftest import FIXTURES


def test_match_spans_is_greedy_one_to_one():
    # one gold span overlapped by two predictions: only the larger overlap counts
    assert match_spans([(10, 20)], [(8, 12), (11, 20)]) == [(0, 1)]
    assert match_spans([(0, 5), (10, 15)], [(20, 25)]) == []
    assert match_spans([(0, 5)], [(5, 9)]) == []  # touching is not overlapping


def test_score_records_maps_bounds_and_skips_directions():
    records = [
        {
            "text": "x" * 40,
            "quantities": [
                {"start": 0, "end": 5, "value": 100.0, "change": ">"},
                {"start": 10, "end": 15, "value": 8.0, "change": "up"},
                {"start": 20, "end": 25, "value": 3.0, "change": "<"},
            ],
        },
    ]
    preds = [
        [
            QuantityMatch(0, 5, 100.0, low=100.0, qualifier=">="),
            QuantityMatch(10, 15, 9.0),
            QuantityMatch(20, 25, 3.0, high=3.0, qualifier="<="),
            QuantityMatch(30, 35, 1.0),
        ]
    ]
    result = score_records(records, preds, dataset="toy")
    assert result["span"] == {"p": 0.75, "r": 1.0, "f1": pytest.approx(0.8571, abs=1e-4)}
    assert result["value_acc"] == pytest.approx(2 / 3, abs=1e-4)  # 9 is not within 1 % of 8
    assert result["qualifier_acc"] == 1.0  # >= counts as >, <= as <, "up" is not scored


def test_evaluate_newsquant_format(nlp):
    result = evaluate_quantities(FIXTURES / "eval" / "quantities.newsquant.jsonl", nlp)
    assert result["dataset"] == "quantities.newsquant.jsonl"
    assert result["documents"] == 8
    # missed: "one of the best"; extra: "Dozens of protesters" (not gold there)
    assert (result["gold"], result["predicted"], result["matched"]) == (7, 7, 6)
    assert result["span"]["f1"] == pytest.approx(6 / 7, abs=1e-4)
    assert result["value_acc"] == 1.0
    assert result["qualifier_acc"] == pytest.approx(0.8)  # "some seven miles" is = in the gold, ~ for us


def test_evaluate_measeval_format(nlp):
    result = evaluate_quantities(FIXTURES / "eval" / "quantities.measeval.jsonl", nlp)
    assert (result["gold"], result["matched"]) == (4, 4)
    assert result["span"]["p"] == 1.0  # "Fig. 3" is not a quantity
    assert result["qualifier_acc"] is None


def test_missing_value_on_a_single_gold_value_is_wrong():
    records = [{"text": "x" * 20, "quantities": [{"start": 0, "end": 5, "value": 7.0, "change": "="}]}]
    preds = [[QuantityMatch(0, 5, None, low=5.0, high=9.0)]]
    assert score_records(records, preds)["value_acc"] == 0.0


def test_change_accuracy_scores_gold_directions_only():
    records = [
        {
            "text": "x" * 40,
            "quantities": [
                {"start": 0, "end": 5, "value": 4.5, "change": "up"},
                {"start": 10, "end": 15, "value": 12.0, "change": "down"},
                {"start": 20, "end": 25, "value": 212.0, "change": "="},
            ],
        }
    ]
    preds = [
        [
            QuantityMatch(0, 5, 4.5, change="up"),
            QuantityMatch(10, 15, 12.0, change="up"),
            QuantityMatch(20, 25, 212.0),
        ]
    ]
    result = score_records(records, preds)
    assert result["change_acc"] == 0.5  # the level (=) is scored as a qualifier, not a direction
    assert result["qualifier_acc"] == 1.0
