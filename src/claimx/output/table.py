"""The ``table`` format: a Rich panel per document, for reading in a terminal; and the tables
of ``claimx eval``."""

from __future__ import annotations

from typing import IO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimx.records import Claim, Document, Quote, Speaker
from claimx.text import normalize


class TableWriter:
    """A panel per document with its quotes and claims, for reading in a terminal."""

    def __init__(self, out: IO[str]) -> None:
        self.console = Console(file=out, soft_wrap=False)
        self.console.on_broken_pipe = _broken_pipe  # Rich would exit 1; the CLI ends quietly with 0

    def write(self, doc: Document) -> None:
        self.console.print(render_document(doc))

    def close(self) -> None:
        pass


def _broken_pipe() -> None:
    raise BrokenPipeError


def _speaker(sp: Speaker | None) -> Text:
    if sp is None:
        return Text("-", style="dim")
    name = sp.name or " ".join(normalize(sp.text).text.split())
    out = Text(name, style="bold")
    if sp.name and sp.name.lower() not in sp.text.lower():
        out.append(f" ({' '.join(normalize(sp.text).text.split())})", style="dim")
    if sp.role and (sp.name or sp.role.lower() not in name.lower()):  # not the mention again
        out.append(f"\n{sp.role}", style="italic")
    if sp.type not in ("person", "unknown"):
        out.append(f"\n[{sp.type}]", style="cyan")
    return out


def _clip(text: str, n: int = 160) -> Text:
    """Record text for reading: markup normalised away (links read as their text), white space
    folded, long text clipped. A Text, never a markup string: news text is full of [brackets]."""
    text = " ".join(normalize(text).text.split())
    return Text(text if len(text) <= n else text[: n - 1] + "…")


def _amount(c: Claim) -> str:
    def fmt(x: float) -> str:
        return f"{x:,.4g}" if abs(x) < 1e4 or x != int(x) else f"{x:,.0f}"

    arrow = {"up": "▲ ", "down": "▼ "}.get(c.change or "", "")
    if c.vague:  # the words as written: "dozens", "hundreds of"
        words = (
            c.text[len(c.qualifier_text) :]
            if c.qualifier_text and c.text.startswith(c.qualifier_text)
            else c.text
        )
        return arrow + " ".join(normalize(words).text.split()).lower()
    if c.value is not None:
        return arrow + (f"{c.qualifier} {fmt(c.value)}" if c.qualifier != "=" else fmt(c.value))
    if c.low is not None and c.high is not None:
        return f"{arrow}{fmt(c.low)}–{fmt(c.high)}"
    return "-"


def render_document(doc: Document) -> Panel:
    meta = Table.grid(padding=(0, 1))
    meta.add_column(style="dim", no_wrap=True)
    meta.add_column(overflow="fold")
    for label, value in (
        ("published", doc.published),
        ("byline", ", ".join(doc.byline) or None),
        ("publisher", doc.publisher),
        ("source", doc.source),
        ("url", doc.url),
    ):
        if value:
            meta.add_row(label, Text(value))
    parts: list = [meta] if meta.row_count else []
    if doc.warnings:
        parts.append(Text("warnings: " + "; ".join(doc.warnings), style="yellow"))
    if doc.quotes:
        parts.append(quote_table(doc.quotes))
    if doc.claims:
        parts.append(claim_table(doc.claims))
    if not doc.quotes and not doc.claims:
        parts.append(Text("no quotes or claims found", style="dim"))
    title = Text(doc.title or doc.id, style="bold")  # a Text: titles may hold [brackets]
    return Panel(Group(*parts), title=title, subtitle=doc.path or doc.id, title_align="left")


def quote_table(quotes: list[Quote]) -> Table:
    t = Table(title="Quotes", title_justify="left", expand=True, show_lines=True)
    t.add_column("id", style="dim", no_wrap=True)
    t.add_column("speaker", ratio=2)
    t.add_column("kind", no_wrap=True)
    t.add_column("cue", no_wrap=True)
    t.add_column("what was said", ratio=5)
    for q in quotes:
        cue = (
            (q.cue or "")
            + (f"\nvia {q.via}" if q.via else "")
            + (f"\n({q.cue_class})" if q.cue_class != "speech" else "")
        )
        t.add_row(q.id, _speaker(q.speaker), q.kind, cue, _clip(q.text))
    return t


def claim_table(claims: list[Claim]) -> Table:
    t = Table(title="Numeric claims", title_justify="left", expand=True)
    t.add_column("id", style="dim", no_wrap=True)
    t.add_column("as written", ratio=2)
    t.add_column("amount", justify="right", no_wrap=True)
    t.add_column("unit", no_wrap=True)
    t.add_column("of what", ratio=2)
    t.add_column("claimed by", ratio=2)
    for c in claims:
        by = _speaker(c.speaker) if c.speaker else Text("publication", style="dim")
        t.add_row(c.id, _clip(c.text), _amount(c), c.unit or "", _clip(c.subject or ""), by)
    return t


def eval_tables(title: str, result: dict) -> list:
    """An evaluation result for reading: a heading, the figures as measure/value rows, and one
    P/R/F1 table per view that has ``protocols`` (quote scores)."""
    measures = Table()
    measures.add_column("measure")
    measures.add_column("value", justify="right")
    tables = [measures]

    def flat(obj: object, prefix: str = "") -> None:
        if isinstance(obj, dict) and "protocols" in obj:
            tables.append(protocol_table(prefix.strip() or "quotes", obj))
        elif isinstance(obj, dict):
            for key, value in obj.items():
                flat(value, f"{prefix}{key} ")
        elif not isinstance(obj, list):
            measures.add_row(prefix.strip(), f"{obj:.3f}" if isinstance(obj, float) else str(obj))

    flat(result)
    return [Text(title, style="bold"), *(tables if measures.row_count else tables[1:])]


def protocol_table(name: str, result: dict) -> Table:
    t = Table(title=name, title_justify="left")
    for col in ("protocol", "P", "R", "F1", "tp", "fp", "fn", "speaker"):
        t.add_column(col, justify="left" if col == "protocol" else "right")
    for key, r in result["protocols"].items():
        spk = r.get("speaker_acc")
        t.add_row(
            key, *(str(r[k]) for k in ("p", "r", "f1", "tp", "fp", "fn")), "" if spk is None else str(spk)
        )
    if "chars" in result:
        t.caption = f"character overlap: P {result['chars']['p']} R {result['chars']['r']}"
    return t
