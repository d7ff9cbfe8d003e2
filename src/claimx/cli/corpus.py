"""``claimx speakers``, ``echoes`` and ``conflicts``: questions across the documents of a store."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.app import app, fail
from claimx.errors import ClaimxError

PANEL = "Across documents (a store written by extract --db)"


class Format(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"


DbArgument = Annotated[
    Path,
    typer.Argument(help="A claimx store, written by claimx extract ... --db FILE.db.", show_default=False),
]
FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="table for people, json or jsonl for pipes. auto: a table on a "
                 "terminal, jsonl when piped."),
]  # fmt: skip


def _emit(name: str, items: list, fmt: Format, table) -> None:
    """Print the results: {"name": [...]} for json, one object a line for jsonl, else a table."""
    import json

    if fmt is Format.auto:
        fmt = Format.table if sys.stdout.isatty() else Format.jsonl
    if fmt is Format.table:
        from rich.console import Console

        Console(soft_wrap=False).print(table(items))
    elif fmt is Format.json:
        typer.echo(
            json.dumps({name: [i.model_dump(mode="json") for i in items]}, indent=2, ensure_ascii=False)
        )
    else:
        for item in items:
            typer.echo(item.model_dump_json())


def _run(function, db: Path, **options):
    try:
        return function(db, **options)
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None


@app.command(rich_help_panel=PANEL)
def speakers(db: DbArgument, fmt: FormatOption = Format.auto) -> None:
    """One entry per real-world speaker across the stored documents, every spelling merged."""
    from claimx.corpus import speakers as find
    from claimx.corpus.tables import speakers_table

    _emit("speakers", _run(find, db), fmt, speakers_table)


class EchoKind(StrEnum):
    all = "all"
    quote = "quote"
    claim = "claim"


@app.command(rich_help_panel=PANEL)
def echoes(
    db: DbArgument,
    fmt: FormatOption = Format.auto,
    kind: Annotated[EchoKind, typer.Option(help="Quotes, claims (figures), or both.")] = EchoKind.all,
) -> None:
    """Quotes and figures carried by several documents, and which document had each first."""
    from claimx.corpus import echoes as find
    from claimx.corpus.tables import echoes_table

    kinds = ("quote", "claim") if kind is EchoKind.all else (kind.value,)
    _emit("echoes", _run(find, db, kinds=kinds), fmt, echoes_table)


@app.command(rich_help_panel=PANEL)
def conflicts(db: DbArgument, fmt: FormatOption = Format.auto) -> None:
    """Figures about the same quantity that disagree across documents, and why."""
    from claimx.corpus import conflicts as find
    from claimx.corpus.tables import conflicts_table

    _emit("conflicts", _run(find, db), fmt, conflicts_table)
