"""Saved web pages in: article text and page metadata through trafilatura, nothing from the
navigation, asides or footer, a clear error for a page with no article, and the declared charset."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from claimx import Extractor
from claimx.cli import app
from claimx.errors import InputError
from claimx.ingest import Source, iter_inputs
from claimx.webpage import declared_charset, decode_page, read_page

from .conftest import FIXTURES, SEEDS

PAGES = FIXTURES / "html"
SAVED_001 = PAGES / "001_saved.html"
SEED_001 = SEEDS / "001_740a92e04bc3f777.txt"
# Words that occur only in the nav bar, the donation aside or the footer of the saved page.
NOT_ARTICLE = ("Subscribe", "9 euros", "our editors", "Arts and Life", "Dear readers", "Independent",
               "25,000", "Contribute", "rights reserved", "4 million", "Privacy")  # fmt: skip


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def read(*paths, stdin: bytes = b"") -> list:
    return list(iter_inputs([str(p) for p in paths], stdin=io.BytesIO(stdin)))


@pytest.fixture(scope="module")
def saved_001(extractor):
    (source,) = read(SAVED_001)
    return extractor.extract_sources([source]).__next__()


def test_saved_page_metadata_comes_from_the_page(saved_001):
    doc = saved_001
    assert doc.title == (
        "Russia Says Ready to Activate Tajik Military Base Amid U.S. Pullout, Taliban Advance in Afghanistan"
    )
    assert doc.published == "2021-07-07"  # article:published_time, not the later modified_time
    assert doc.byline == ["AFP"]
    assert doc.publisher == "The Moscow Times"
    assert doc.url == (
        "https://www.themoscowtimes.com/2021/07/07/russia-says-ready-to-activate-tajik-military-base"
        "-amid-u-s-pullout-taliban-advance-in-afghanistan-a74450"
    )
    assert doc.warnings == []


def test_saved_page_finds_the_quotes_of_the_plain_text_seed(saved_001, extractor):
    plain = extractor.extract(SEED_001.read_text(encoding="utf-8"), id="plain")
    found = {q.text for q in saved_001.quotes}
    share = sum(q.text in found for q in plain.quotes) / len(plain.quotes)
    assert len(plain.quotes) >= 6 and share >= 0.9, sorted({q.text for q in plain.quotes} - found)


def test_nothing_from_nav_aside_or_footer(saved_001):
    doc = saved_001
    records = [q.text for q in doc.quotes] + [c.text for c in doc.claims]
    for words in NOT_ARTICLE:
        assert words not in doc.text
        assert not any(words in r for r in records)


def test_offsets_point_into_the_extracted_text(saved_001):
    doc = saved_001
    assert doc.text.startswith("Russia Says Ready")  # the headline, then the body
    assert "<" not in doc.text and "\n\n" in doc.text  # text, not markup; paragraphs kept apart
    for rec in [*doc.quotes, *doc.claims]:
        assert doc.text[rec.start : rec.end] == rec.text


def test_page_without_article_is_an_error_and_the_others_go_on(tmp_path):
    result = CliRunner().invoke(
        app, ["extract", str(PAGES / "no_body.html"), str(SAVED_001), "-f", "jsonl", "-q"]
    )
    assert result.exit_code == 1
    assert "no_body.html: HTML page with no article text" in result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs if d["type"] == "document"] == ["001_saved"]


def test_several_articles_are_one_document_in_page_order(extractor):
    (source,) = read(PAGES / "several_articles.html")
    doc = extractor.extract_sources([source]).__next__()
    positions = [doc.text.find(s) for s in ("harbour master", "city council approved", "Train drivers")]
    assert -1 not in positions and positions == sorted(positions)
    assert doc.title == "Morning briefing, 4 March 2024" and doc.published == "2024-03-04"
    assert {q.speaker.text for q in doc.quotes} >= {"Ana Lopes", "their union"}
    assert "Subscribe" not in doc.text and "trust" not in doc.text


def test_non_utf8_page_is_decoded_with_its_declared_charset():
    (source,) = read(PAGES / "windows1252.html")
    assert isinstance(source, Source) and source.warnings == []
    assert "“We pay €1,200 a month" in source.text and "Zoë Lefèvre" in source.text
    assert source.meta["byline"] == ["Marie Dubois"] and source.meta["published"] == "2023-11-20"


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<html><head><meta charset="windows-1251"><title>x</title>', "windows-1251"),
        (b"<meta charset=ISO-8859-15>", "ISO-8859-15"),
        (b'<meta http-equiv="content-type" content="text/html; charset=koi8-r">', "koi8-r"),
        (b'<META HTTP-EQUIV="Content-Type" CONTENT="text/html;charset=Shift_JIS">', "shift_jis"),
        (b'<meta name="author" content="x"><p>no declaration</p>', None),
        (b"", None),
    ],
)
def test_declared_charset(head, charset):
    assert declared_charset(head) == charset


def test_undeclared_non_utf8_page_is_detected_with_a_warning():
    data = "<html><body><p>Le maire a déclaré « nous sommes prêts » à Genève.</p></body></html>"
    text, warnings = decode_page(data.encode("cp1252"), "page.html")
    assert "déclaré" in text and warnings and warnings[0].startswith("not UTF-8")


def test_jsonl_html_field_and_stdin(tmp_path):
    page = SAVED_001.read_text(encoding="utf-8")
    line = json.dumps({"id": "p1", "html": page}) + "\n" + json.dumps({"id": "t1", "text": "Plain."})
    f = tmp_path / "pages.jsonl"
    f.write_text(line + "\n")
    for sources in (read(f), read("-", stdin=line.encode())):
        assert [s.id for s in sources] == ["p1", "t1"]
        assert sources[0].meta["byline"] == ["AFP"] and sources[0].keep_text
        assert sources[1].meta is None


def test_jsonl_html_without_article_is_a_per_line_error(tmp_path):
    f = tmp_path / "pages.jsonl"
    empty = (PAGES / "no_body.html").read_text(encoding="utf-8")
    f.write_text(json.dumps({"id": "e", "html": empty}) + "\n" + json.dumps({"id": "t", "text": "A."}) + "\n")
    err, ok = read(f)
    assert isinstance(err, InputError) and err.source == f"{f}:1" and ok.id == "t"


def test_html_file_in_a_directory_is_read(tmp_path):
    (tmp_path / "page.htm").write_bytes(SAVED_001.read_bytes())
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["id"] == "page" and doc["byline"] == ["AFP"] and doc["text"].startswith("Russia Says")


def test_read_page_from_a_string():
    source = read_page("<html><body><article><p>“Yes,” she said.</p></article></body></html>", "s", "s", None)
    assert source.text == "“Yes,” she said." and source.keep_text


def test_binary_html_file_is_refused_as_binary(tmp_path):
    f = tmp_path / "image.html"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (err,) = read(f)
    assert isinstance(err, InputError) and "binary" in err.message
