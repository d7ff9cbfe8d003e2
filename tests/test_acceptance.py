"""The seed gold is the product's acceptance test: these floors only ever go up."""

from __future__ import annotations

import pytest

from claimx import Extractor
from claimx.evaluate.seeds import evaluate_seeds

from .conftest import FIXTURES, SEEDS

FLOORS = {
    "quote_core_recall": 0.0,
    "quote_speaker_acc": 0.0,
    "quote_precision": 0.0,
    "claim_core_recall": 0.0,
    "claim_value_acc": 0.0,
    "claim_qualifier_acc": 0.0,
    "claim_speaker_acc": 0.0,
    "meta_acc": 0.0,
}
CEILINGS = {"quote_leaks": 0, "claim_leaks": 0, "missing_docs": 0}


@pytest.fixture(scope="module")
def scores(nlp):
    return evaluate_seeds(FIXTURES / "seeds.gold.json", Extractor(nlp=nlp), seeds_dir=SEEDS)


@pytest.mark.parametrize(("measure", "floor"), FLOORS.items())
def test_floor(scores, measure, floor):
    assert scores[measure] >= floor, "\n".join(scores["misses"])


@pytest.mark.parametrize(("measure", "ceiling"), CEILINGS.items())
def test_no_leaks(scores, measure, ceiling):
    assert scores[measure] <= ceiling, "\n".join(scores["misses"])
