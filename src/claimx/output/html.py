"""The ``html`` format: one self-contained page to read in a browser.

A document index, then each article's text with its quotes highlighted (a colour per speaker),
its claims boxed and its boilerplate greyed, beside a panel of speakers and claims. CSS and JS
are inline and a Content-Security-Policy forbids every outside load, so the page works from a
file with no network. Jinja2 templates (``claimx/templates/``) with autoescape render it.

Each quote's highlight is one element with ``data-quote-id`` whose text is exactly the quote's
text (likewise ``data-claim-id`` for claims; ``data-doc-id`` on the article). Spans nest: a
claim inside a quote, a quote inside a quote. Boilerplate regions are cut where a record crosses
them; two records that cross (neither inside the other, which claimx does not produce today)
would leave the later one in pieces marked ``data-quote-part`` / ``data-claim-part``.

Articles are written to a temporary file as they come and copied out after the index at
``close``: the writer holds only a line of index per document.
"""

from __future__ import annotations

import heapq
import itertools
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import cache
from typing import IO, Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from claimx.output.table import _amount
from claimx.records import Claim, Document, Quote, Speaker
from claimx.text import normalize

N_COLOURS = 10  # speaker colours .sp0 ... .sp9 in report.css
RANK = {"region": 0, "quote": 1, "claim": 2}  # equal spans: the region outside, the claim inside


@dataclass(slots=True)
class Node:
    """A piece of the rendered text: plain text (``kind == "text"``) or a highlight with children."""

    kind: str
    start: int
    end: int
    text: str = ""
    record: Any = None
    part: bool = False
    children: list[Node] = field(default_factory=list)


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("claimx", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["verbatim"] = verbatim
    return env


def verbatim(text: str) -> Markup:
    """Escaped text that the HTML parser gives back unchanged: a carriage return as a character
    reference (the parser would drop a raw one), so record texts and offsets stay true."""
    return escape(text).replace("\r", Markup("&#13;"))


def _asset(name: str) -> Markup:
    env = environment()
    source, _, _ = env.loader.get_source(env, name)
    return Markup(source)


class HtmlWriter:
    """The report page (see the module docstring)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.articles = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.index: list[dict[str, Any]] = []
        self.template = environment().get_template("article.html.j2")

    def write(self, doc: Document) -> None:
        n = len(self.index) + 1
        view = document_view(doc, f"d{n}")
        self.template.stream(**view).dump(self.articles)
        self.index.append(
            {
                "anchor": view["anchor"], "title": doc.title or doc.id, "id": doc.id,
                "published": doc.published, "publisher": doc.publisher,
                "quotes": len(doc.quotes), "claims": len(doc.claims), "warnings": len(doc.warnings),
            }
        )  # fmt: skip

    def close(self) -> None:
        page = environment().get_template("report.html.j2")
        head, _, tail = page.render(
            index=self.index,
            totals={k: sum(row[k] for row in self.index) for k in ("quotes", "claims")},
            css=_asset("report.css"),
            js=_asset("report.js"),
            articles=Markup("\0ARTICLES\0"),
        ).partition("\0ARTICLES\0")
        self.out.write(head)
        self.articles.seek(0)
        shutil.copyfileobj(self.articles, self.out)
        self.articles.close()
        self.out.write(tail)
        self.out.flush()


def speaker_name(sp: Speaker | None) -> str:
    if sp is None:
        return "unattributed"
    return sp.name or " ".join(normalize(sp.text).text.split())


def quote_tip(q: Quote) -> str:
    sp = q.speaker
    who = speaker_name(sp)
    if sp is not None and sp.name and sp.name.lower() not in sp.text.lower():
        who += f" ({' '.join(sp.text.split())})"
    parts = [who]
    if sp is not None and (sp.role or sp.organization):
        parts.append(", ".join(x for x in (sp.role, sp.organization) if x))
    cue = f"cue: {' '.join(normalize(q.cue).text.split())}" if q.cue else "no cue"
    parts.append(f"{cue} · {q.kind}" + (" · belief" if q.cue_class == "belief" else ""))
    if q.via:
        parts.append(f"via {q.via}")
    return " — ".join(parts)


def claim_summary(c: Claim) -> str:
    amount = _amount(c)
    if c.qualifier_text:
        amount += f" ({c.qualifier_text})"
    if c.unit:
        amount += f" {c.unit}"
    if c.change:
        amount += f", a {'rise' if c.change == 'up' else 'fall'}"
    return amount + (f" of {c.subject}" if c.subject else "")


def claim_tip(c: Claim) -> str:
    by = speaker_name(c.speaker) if c.speaker else "the publication"
    return f"{claim_summary(c)} — claimed by {by}"


def document_view(doc: Document, anchor: str) -> dict[str, Any]:
    """What the article template needs: the document, its text as nested nodes, the speakers
    (with their colour and quotes) and the claims."""
    colours: dict[str, int] = {}
    speakers: dict[str, dict[str, Any]] = {}
    for q in doc.quotes:
        key = speaker_name(q.speaker)
        if key not in colours:
            colours[key] = len(colours) % N_COLOURS
            speakers[key] = {"name": key, "colour": colours[key], "speaker": q.speaker, "quotes": []}
        speakers[key]["quotes"].append(q)
    quotes = {q.id: {"colour": colours[speaker_name(q.speaker)], "tip": quote_tip(q)} for q in doc.quotes}
    claims = {
        c.id: {
            "tip": claim_tip(c), "summary": claim_summary(c),
            "by": speaker_name(c.speaker) if c.speaker else "the publication",
        }
        for c in doc.claims
    }  # fmt: skip
    return {
        "anchor": anchor,
        "doc": doc,
        "nodes": nest(doc) if doc.text is not None else [],
        "speakers": list(speakers.values()),
        "quote_view": quotes,
        "claim_view": claims,
    }


def nest(doc: Document) -> list[Node]:
    """The document's text as a tree of text and highlight nodes (see the module docstring)."""
    text = doc.text or ""
    records: list[tuple[str, int, int, Any]] = [("quote", q.start, q.end, q) for q in doc.quotes]
    records += [("claim", c.start, c.end, c) for c in doc.claims]
    marks = [(s, -e, RANK[kind], i, kind, e, rec) for i, (kind, s, e, rec) in enumerate(records) if s < e]
    bounds = sorted({x for _, s, e, _ in records for x in (s, e)})
    for i, region in enumerate(doc.boilerplate):
        cuts = [x for x in bounds if region.start < x < region.end]
        edges = [region.start, *cuts, region.end]
        for a, b in itertools.pairwise(edges):
            marks.append((a, -b, RANK["region"], len(records) + i, "region", b, region))
    heapq.heapify(marks)

    root = Node("root", 0, len(text))
    stack = [root]
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            stack[-1].children.append(Node("text", pos, upto, text=text[pos:upto]))
            pos = upto

    while marks:
        start, neg_end, rank, order, kind, end, rec = heapq.heappop(marks)
        while stack[-1] is not root and stack[-1].end <= start:
            emit(stack[-1].end)
            stack.pop()
        emit(start)
        if end > stack[-1].end:  # crosses the open highlight: the rest goes back in the queue
            heapq.heappush(marks, (stack[-1].end, neg_end, rank, order, kind, end, rec))
            end = stack[-1].end
        part = kind != "region" and (start, end) != (rec.start, rec.end)
        node = Node(kind, start, end, record=rec, part=part)
        stack[-1].children.append(node)
        stack.append(node)
    while len(stack) > 1:
        emit(stack[-1].end)
        stack.pop()
    emit(len(text))
    return root.children
