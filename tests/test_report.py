"""The HTML report: every record has one highlight whose text is the record's text, spans nest,
everything is escaped, and the page loads nothing from outside. (Rendered in a real browser in
test_report_browser.py.)"""

from __future__ import annotations

import io
import json
import re

import lxml.html
import pytest
from typer.testing import CliRunner

from claimx import Extractor
from claimx.cli import app
from claimx.ingest import iter_inputs
from claimx.output import make_writer
from claimx.output.html import nest
from claimx.records import Claim, Document, Quote, Region, Speaker

from .conftest import SEEDS

TEXT = 'Intro. "Prices rose by 5% and wages by 2%," said Ana Lopes, an economist. Donate now: $10!'


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(part, after) if text is TEXT else text.index(part, after)
    return start, start + len(part)


def quote(qid: str, part: str, text: str = TEXT, **kw) -> Quote:
    a, b = span(text, part)
    sp = Speaker(text="Ana Lopes", name="Ana Lopes", role="an economist", type="person", start=0, end=1)
    return Quote(id=qid, kind="direct", text=text[a:b], start=a, end=b, cue="said", speaker=sp, **kw)


def claim(cid: str, part: str, text: str = TEXT, **kw) -> Claim:
    a, b = span(text, part)
    return Claim(id=cid, text=text[a:b], start=a, end=b, value=1.0, **kw)


def render(*docs: Document) -> str:
    out = io.StringIO()
    writer = make_writer("html", out)
    for doc in docs:
        writer.write(doc)
    writer.close()
    return out.getvalue()


def highlights(page: str) -> dict[tuple[str, str], list[str]]:
    """(doc id, record id) -> the text of each element that carries the record's id."""
    tree = lxml.html.document_fromstring(page)
    found: dict[tuple[str, str], list[str]] = {}
    for article in tree.iter("article"):
        for el in article.xpath(".//*[@data-quote-id or @data-claim-id]"):
            key = (article.get("data-doc-id"), el.get("data-quote-id") or el.get("data-claim-id"))
            found.setdefault(key, []).append(el.text_content())
    return found


def assert_every_record_has_one_exact_highlight(page: str, docs: list[Document]) -> None:
    found = highlights(page)
    expected = {(d.id, r.id): [r.text] for d in docs for r in [*d.quotes, *d.claims]}
    assert found == expected


def test_claims_inside_quotes_nest_and_keep_their_text():
    q = quote("q1", "Prices rose by 5% and wages by 2%,")
    doc = Document(id="d", text=TEXT, quotes=[q], claims=[claim("c1", "5%"), claim("c2", "2%")])
    page = render(doc)
    assert_every_record_has_one_exact_highlight(page, [doc])
    tree = lxml.html.document_fromstring(page)
    (outer,) = tree.xpath('//*[@data-quote-id="q1"]')
    assert [el.get("data-claim-id") for el in outer.xpath(".//*[@data-claim-id]")] == ["c1", "c2"]
    assert tree.xpath('//div[@class="text"]')[0].text_content() == TEXT  # the text is all there, in order


def test_nested_quotes_and_equal_spans():
    inner = "wages by 2%"
    doc = Document(
        id="d", text=TEXT,
        quotes=[quote("q1", "Prices rose by 5% and wages by 2%,"), quote("q2", inner), quote("q3", inner)],
        claims=[claim("c1", "2%"), claim("c2", inner)],
    )  # fmt: skip
    assert_every_record_has_one_exact_highlight(render(doc), [doc])


def test_boilerplate_is_greyed_and_cut_where_a_record_crosses_it():
    a, _ = span(TEXT, "an economist")
    _, b = span(TEXT, "Donate now")
    doc = Document(
        id="d", text=TEXT, quotes=[quote("q1", "Ana Lopes, an economist. Donate")],
        claims=[claim("c1", "$10", boilerplate=True)], boilerplate=[Region(start=a, end=b, label="donation")],
    )  # fmt: skip
    page = render(doc)
    assert_every_record_has_one_exact_highlight(page, [doc])
    tree = lxml.html.document_fromstring(page)
    greyed = "".join(el.text_content() for el in tree.xpath('//*[@data-region="donation"]'))
    assert greyed == TEXT[a:b]


def test_crossing_records_are_drawn_in_marked_pieces():
    q, c = quote("q1", 'Intro. "Prices'), claim("c1", "Prices rose")
    doc = Document(id="d", text=TEXT, quotes=[q], claims=[c])
    tree = lxml.html.document_fromstring(render(doc))
    assert tree.xpath('//*[@data-quote-id="q1"]')[0].text_content() == doc.quotes[0].text
    pieces = tree.xpath('//*[@data-claim-part="c1"]')
    assert "".join(p.text_content() for p in pieces) == "Prices rose" and len(pieces) == 2


def test_nest_covers_the_text_exactly():
    doc = Document(id="d", text=TEXT, quotes=[quote("q1", "Prices rose by 5%")], claims=[claim("c1", "5%")])

    def flat(nodes) -> str:
        return "".join(n.text if n.kind == "text" else flat(n.children) for n in nodes)

    assert flat(nest(doc)) == TEXT


def test_carriage_returns_survive_the_html_parser():
    text = 'One.\r\n"Two lines\r\nof it," she said.\r\n'
    q = quote("q1", "Two lines\r\nof it,", text=text)
    doc = Document(id="crlf", text=text, quotes=[q])
    assert_every_record_has_one_exact_highlight(render(doc), [doc])


def test_everything_is_escaped():
    evil = '<script>alert("x")</script> & <b>bold</b> "quoted" \'single\''
    text = f"{evil} said the mayor."
    q = Quote(id="q1", kind="indirect", text=evil, start=0, end=len(evil), cue="<said>")
    doc_id = 'doc"><script>x()</script>'
    doc = Document(id=doc_id, title=evil, url='javascript:"><script>', text=text, quotes=[q])
    page = render(doc)
    tree = lxml.html.document_fromstring(page)
    assert len(tree.xpath("//script")) == 1  # ours only
    assert not tree.xpath("//b")
    assert_every_record_has_one_exact_highlight(page, [doc])
    assert tree.xpath("//article")[0].get("data-doc-id") == doc.id


def test_page_is_self_contained():
    page = render(Document(id="d", text=TEXT, url="https://example.org/a", quotes=[quote("q1", "Prices")]))
    tree = lxml.html.document_fromstring(page)
    assert "default-src 'none'" in tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert not tree.xpath("//link | //img | //iframe | //object | //*[@src]")
    assert [a.get("href") for a in tree.xpath("//a") if not a.get("href").startswith("#")] == [
        "https://example.org/a"  # a link to the article, which nothing loads
    ]


def test_a_document_without_text_still_lists_its_records():
    doc = Document(id="d", quotes=[quote("q1", "Prices")], claims=[claim("c1", "5%")])
    tree = lxml.html.document_fromstring(render(doc))
    assert "--include-text" in tree.text_content()
    assert tree.xpath('//a[@data-target="d1-q1"]') and tree.xpath('//a[@data-target="d1-c1"]')


def test_empty_report():
    tree = lxml.html.document_fromstring(render())
    assert "0 documents" in tree.text_content() and not tree.xpath("//article")


@pytest.fixture(scope="module")
def seed_docs(nlp):
    extractor = Extractor(nlp=nlp, include_text=True)
    return list(extractor.extract_sources(iter_inputs(sorted(str(p) for p in SEEDS.glob("*.txt")))))


def test_seeds_report_has_one_exact_highlight_per_record(seed_docs):
    page = render(*seed_docs)
    assert_every_record_has_one_exact_highlight(page, seed_docs)
    tree = lxml.html.document_fromstring(page)
    assert len(tree.xpath('//nav[@id="index"]//tbody/tr')) == len(seed_docs)
    for n in range(1, len(seed_docs) + 1):  # every panel entry points at a highlight that exists
        for target in tree.xpath(f'//article[@id="d{n}"]//aside//a/@data-target'):
            assert tree.xpath(f'//*[@id="{target}"][@tabindex="0"]')


def test_speakers_get_one_colour_each(seed_docs):
    doc = next(d for d in seed_docs if d.id.startswith("001"))
    tree = lxml.html.document_fromstring(render(doc))
    colour = {}
    for q in doc.quotes:
        (el,) = tree.xpath(f'//*[@data-quote-id="{q.id}"]')
        sp = next(c for c in el.get("class").split() if c.startswith("sp"))
        key = q.speaker.name or q.speaker.text if q.speaker else None
        assert colour.setdefault(key, sp) == sp
        assert q.cue in el.get("data-tip") and (key or "unattributed") in el.get("data-tip")
    assert len(set(colour.values())) == len(colour)


def test_cli_writes_the_report_from_the_output_name(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    data = CliRunner().invoke(app, ["extract", str(SEEDS), "-f", "json", "-q"])
    docs = [Document.model_validate(d) for d in json.loads(data.stdout)["documents"]]
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert_every_record_has_one_exact_highlight(page, docs)


def contrast(a: str, b: str) -> float:
    def luminance(hex_colour: str) -> float:
        rgb = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colours_pass_wcag_aa():
    from importlib import resources

    css = resources.files("claimx").joinpath("templates/report.css").read_text(encoding="utf-8")
    fills = re.findall(r"\.sp\d \{ --fill: (#[0-9a-f]{6}); --edge: (#[0-9a-f]{6}); \}", css)
    assert len(fills) == 10
    for fill, edge in fills:
        for text in ("#1a1a1a", "#0b4f9c"):  # article text; a quoted link would be no darker
            assert contrast(text, fill) >= 4.5, (text, fill)
        assert contrast(edge, fill) >= 3  # the underline that tells nested quotes apart
    pairs = [("#1a1a1a", "#ffffff"), ("#4d4d4d", "#ffffff"), ("#4d4d4d", "#f6f6f6"), ("#0b4f9c", "#f6f6f6"),
             ("#595959", "#ececec"), ("#3d3d3d", "#ececec"), ("#8a3c00", "#ffffff")]  # fmt: skip
    for fg, bg in pairs:
        assert fg in css and (bg in css or bg == "#ffffff")
        assert contrast(fg, bg) >= 4.5, (fg, bg)
