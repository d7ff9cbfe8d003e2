"""``claimx_attribute_ruler`` writes exactly what the model's spaCy ``AttributeRuler`` writes, faster:
on text that fires every kind of rule (tag map, one-token exceptions with IN, NOT_IN and REGEX
tests, two-token rules such as "gon na" and "let 's"), on the seeds, and with rules of other
shapes."""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from claimx.model import load_model
from claimx.pipeline.attributes import BulkAttributeRuler

from .conftest import SEEDS

EVERY_KIND = (
    "Let's go, y'all: we're gonna win, and I ain't got nothin' to lose. There is a plan and there "
    "were two. That one, which he said was his, isn't. \n\n  Those who can do; she has done it.\t"
    "C'mon, gotta go! Which was it? All but one were there, but they had left."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def _both(model, texts, patterns=None):
    """The same texts through spaCy's ruler and through the bulk one (each on its own copy)."""
    spacy_ruler = model.get_pipe("attribute_ruler")
    patterns = spacy_ruler.patterns if patterns is None else patterns
    ours = AttributeRuler(model.vocab, "attribute_ruler")
    ours.add_patterns(patterns)
    bulk = BulkAttributeRuler(model.vocab, "attribute_ruler", patterns)
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(model.pipe(texts))
    lemmatizer = model.get_pipe("lemmatizer")
    a = [lemmatizer(ours(d.copy())) for d in docs]
    b = [lemmatizer(bulk(d.copy())) for d in docs]
    return bulk, a, b


def test_the_same_attributes_as_spacy_on_every_kind_of_rule(model):
    bulk, a, b = _both(model, [EVERY_KIND])
    assert bulk.plan is not None  # the English rules take the fast path
    assert _annotations(a[0]) == _annotations(b[0])
    got = {t.text: (t.pos_, t.lemma_) for t in b[0]}
    assert got["ai"][1] == "be" and got["nothin'"][1] == "nothing"  # a two-token rule and a REGEX rule
    assert got["gon"][1] == "go" and got["na"][1] == "to"  # one rule per token of "gon na"


def test_the_same_attributes_as_spacy_on_the_seeds(model):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    _, a, b = _both(model, texts)
    assert [_annotations(d) for d in a] == [_annotations(d) for d in b]


@pytest.mark.filterwarnings("ignore:.*W108")  # these few rules leave some tokens without a POS
def test_a_later_rule_wins_as_in_spacy(model):
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # the same tag again: this wins
        {"patterns": [[{"LOWER": "plan"}]], "attrs": {"POS": "X", "LEMMA": "scheme"}},
        {"patterns": [[{"LOWER": {"IN": ["plan", "deal"]}, "TAG": "NN"}]], "attrs": {"POS": "SYM"}},
    ]
    bulk, a, b = _both(model, ["The plan is a deal for the team."], patterns)
    assert bulk.plan is not None
    assert _annotations(a[0]) == _annotations(b[0])
    pos = {t.text: t.pos_ for t in b[0]}
    assert (pos["plan"], pos["deal"], pos["team"]) == ("SYM", "SYM", "PROPN")


@pytest.mark.filterwarnings("ignore:.*W108")
def test_rules_of_another_shape_run_spacys_code(model):
    patterns = [{"patterns": [[{"LOWER": "plan", "OP": "+"}]], "attrs": {"POS": "X"}}]  # no tag map first
    bulk, a, b = _both(model, ["The plan is a plan."], patterns)
    assert bulk.plan is None
    assert _annotations(a[0]) == _annotations(b[0])


def test_the_claimx_pipeline_uses_it(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), BulkAttributeRuler)
