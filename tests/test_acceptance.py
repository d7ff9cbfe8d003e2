"""The seed gold is the product's acceptance test: these floors only ever go up."""

from __future__ import annotations

import pytest

from claimx import Extractor
from claimx.evaluate.seeds import evaluate_seeds, load_gold
from claimx.ingest import Source

from .conftest import FIXTURES, SEEDS

FLOORS = {
    "quote_core_recall": 1.0,
    "quote_stretch_recall": 1.0,
    "quote_speaker_acc": 1.0,
    "quote_precision": 0.95,
    "claim_core_recall": 1.0,
    "claim_value_acc": 1.0,
    "claim_qualifier_acc": 1.0,
    "claim_speaker_acc": 1.0,
    "meta_acc": 1.0,
}
CEILINGS = {"quote_leaks": 0, "claim_leaks": 0, "claim_extra": 0, "missing_docs": 0}


@pytest.fixture(scope="module")
def scores(nlp):
    return evaluate_seeds(FIXTURES / "seeds.gold.json", Extractor(nlp=nlp), seeds_dir=SEEDS)


@pytest.mark.parametrize(("measure", "floor"), FLOORS.items())
def test_floor(scores, measure, floor):
    assert scores[measure] >= floor, "\n".join(scores["misses"])


@pytest.mark.parametrize(("measure", "ceiling"), CEILINGS.items())
def test_no_leaks(scores, measure, ceiling):
    assert scores[measure] <= ceiling, "\n".join(scores["misses"])


@pytest.fixture(scope="module")
def documents(nlp):
    ids = [d["id"] for d in load_gold(FIXTURES / "seeds.gold.json")["documents"]]
    sources = [Source(i, (SEEDS / f"{i}.txt").read_text(encoding="utf-8")) for i in ids]
    return {d.id: d for d in Extractor(nlp=nlp).extract_sources(sources)}


@pytest.mark.parametrize("gold", load_gold(FIXTURES / "seeds.gold.json")["documents"], ids=lambda d: d["id"])
def test_metadata_matches_the_gold(documents, gold):
    doc, meta = documents[gold["id"]], gold["meta"]
    assert doc.title == meta["title"]
    assert doc.published in meta["published"] if meta["published"] else doc.published is None
    assert doc.byline == meta["byline"]
    assert doc.url == meta["url"]
