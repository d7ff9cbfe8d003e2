"""Rich tables of ``claimx speakers``, ``echoes`` and ``conflicts``, for reading in a terminal."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from claimx.corpus.conflicts import ConflictGroup
from claimx.corpus.echoes import EchoGroup
from claimx.corpus.speakers import SpeakerEntry


def _clip(text: str | None, n: int = 140) -> Text:
    text = " ".join((text or "").split())
    return Text(text if len(text) <= n else text[: n - 1] + "…")  # a Text: news has [brackets]


def speakers_table(entries: list[SpeakerEntry]) -> Table:
    t = Table(title=f"{len(entries)} speakers", title_justify="left", expand=True, show_lines=True)
    t.add_column("speaker", ratio=3, min_width=14)
    t.add_column("also written", ratio=3, min_width=14)
    t.add_column("type", ratio=1)
    t.add_column("quotes", justify="right", no_wrap=True)
    t.add_column("documents", ratio=2, overflow="fold")
    t.add_column("first / last", no_wrap=True)
    for e in entries:
        who = Text(e.name, style="bold")
        for role in e.roles:
            who.append(f"\n{role}", style="italic")
        dates = "\n".join(dict.fromkeys(d for d in (e.first_date, e.last_date) if d))
        t.add_row(
            who,
            Text("; ".join(a for a in e.aliases if a != e.name)),
            e.type,
            str(e.n_quotes),
            Text("\n".join(e.documents)),
            dates,
        )
    return t


def echoes_table(groups: list[EchoGroup]) -> Table:
    t = Table(title=f"{len(groups)} echoes", title_justify="left", expand=True, show_lines=True)
    t.add_column("kind", no_wrap=True)
    t.add_column("what", ratio=3)
    t.add_column("carried by (first one first)", ratio=4)
    for g in groups:
        carried = Text()
        for n, item in enumerate(g.items):
            line = f"{item.doc_id}/{item.id}  {item.published or 'undated'}  {item.publisher or ''}"
            carried.append(("\n" if n else "") + line, style="bold" if item.doc_id == g.first else "")
            if g.kind == "claim":
                carried.append(f"  {' '.join(item.text.split())} {item.subject or ''}", style="dim")
        t.add_row(g.kind, _clip(g.what), carried)
    return t


def conflicts_table(groups: list[ConflictGroup]) -> Table:
    t = Table(title=f"{len(groups)} conflicts", title_justify="left", expand=True, show_lines=True)
    t.add_column("about", ratio=2, style="bold")
    t.add_column("claims", ratio=5)
    t.add_column("why they conflict", ratio=3)
    for g in groups:
        claims = Text()
        for n, c in enumerate(g.claims):
            claims.append(("\n" if n else "") + f"{c.amount}", style="bold")
            claims.append(f"  {c.doc_id}/{c.id}, {c.claimed_by}, {c.published or 'undated'}\n")
            claims.append_text(_clip(c.context or f"{c.text} {c.subject}"))
            claims.stylize("dim", len(claims) - len(_clip(c.context or f"{c.text} {c.subject}")))
        t.add_row(Text(g.subject), claims, Text("\n".join(d.reason for d in g.conflicts)))
    return t
