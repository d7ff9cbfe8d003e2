"""The ``claimx`` command line: a thin layer over ``claimx.Extractor`` and the writers.

stdout carries data only (the table, JSON or JSONL); progress, warnings, errors and the
summary go to stderr. Exit codes: 0 all went well, 1 some input failed (the rest was still
written), 2 usage error (bad option, nothing to read), 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
import time
from contextlib import ExitStack, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claimx import __version__
from claimx.errors import ClaimxError, NoInputsError
from claimx.extract import Extractor
from claimx.ingest import DEFAULT_PATTERNS, JSONL_SUFFIXES, expand, iter_inputs
from claimx.output import atomic_output, eval_tables, make_writer
from claimx.records import Document, json_schema

app = typer.Typer(
    name="claimx",
    help="Extract who said what (quotes) and which numbers are claimed from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)


class Format(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", "-m", help="spaCy model name or path (default: $CLAIMX_MODEL, then en_core_web_sm)."
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Extract who said what (quotes) and which numbers are claimed from news text."""


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    return typer.Exit(code)


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories (searched recursively), JSONL files of {id, text}, or - for stdin."
        ),
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="table for people; json or jsonl for pipes. auto: table on a terminal, else jsonl.",
        ),
    ] = Format.auto,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
    ] = None,
    model: ModelOption = None,
    include_boilerplate: Annotated[
        bool, typer.Option(help="Keep quotes and claims from banners, disclaimers etc. (marked boilerplate).")
    ] = False,
    glob: Annotated[
        list[str] | None, typer.Option("--glob", help="File patterns to read in directories (repeatable).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per nlp.pipe batch.")] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Extract quotes, numeric claims and metadata from news articles."""
    try:
        files = expand(paths, glob or DEFAULT_PATTERNS)
        extractor = Extractor(model, batch_size=batch_size, include_boilerplate=include_boilerplate)
    except NoInputsError as exc:
        raise fail(str(exc), 2) from None
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None
    if fmt is Format.auto:
        fmt = Format.table if output is None and sys.stdout.isatty() else Format.jsonl

    total = None if any(Path(f).suffix.lower() in JSONL_SUFFIXES or f == "-" for f in files) else len(files)
    # A bar only when the data goes elsewhere: on a terminal the table itself shows progress.
    show_progress = not quiet and err.is_terminal and (output is not None or not sys.stdout.isatty())
    counts = {"documents": 0, "quotes": 0, "claims": 0, "failed": 0}
    started = time.perf_counter()
    try:
        with ExitStack() as stack:
            out = stack.enter_context(atomic_output(output) if output else nullcontext(sys.stdout))
            progress = stack.enter_context(
                Progress(
                    TextColumn("extracting"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeElapsedColumn(),
                    console=err,
                    transient=True,
                    disable=not show_progress,
                )
            )
            task = progress.add_task("extract", total=total)
            writer = make_writer(fmt.value, out)
            for result in extractor.extract_sources(iter_inputs(files)):
                progress.advance(task)
                if isinstance(result, Document):
                    for warning in result.warnings:
                        err.print(
                            f"[yellow]warning:[/] {result.path or result.id}: {warning}", soft_wrap=True
                        )
                    writer.write(result)
                    counts["documents"] += 1
                    counts["quotes"] += len(result.quotes)
                    counts["claims"] += len(result.claims)
                else:
                    counts["failed"] += 1
                    err.print(f"[bold red]error:[/] {result}", soft_wrap=True)
            writer.close()
    except BrokenPipeError:  # `claimx extract ... | head -1`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        raise fail("interrupted" + (f"; {output} was not written" if output else ""), 130) from None

    if not quiet:
        elapsed = time.perf_counter() - started
        err.print(
            f"{_n(counts['documents'], 'document')}, {_n(counts['quotes'], 'quote')}, "
            f"{_n(counts['claims'], 'claim')} "
            f"in {elapsed:.1f} s"
            + (f"; [bold red]{counts['failed']} failed[/]" if counts["failed"] else "")
            + (f"; written to {output}" if output else ""),
            soft_wrap=True,
        )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records (a Document with its quotes and claims)."""
    typer.echo(json.dumps(json_schema(), indent=2))


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Labelled data: claimx gold JSON (seeds.gold.json), PolNeAR-style quotes JSONL, "
            "or NewsQuant/MeasEval quantities JSONL."
        ),
    ],
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.table,
    model: ModelOption = None,
    misses: Annotated[
        bool, typer.Option("--misses", "-v", help="List every miss (claimx gold only).")
    ] = False,
) -> None:
    """Score claimx against labelled data; the kind of data is detected from the file."""
    kind = _gold_kind(gold)
    try:
        extractor = Extractor(model)
        if kind == "seeds":
            from claimx.evaluate.seeds import evaluate_seeds

            result = evaluate_seeds(gold, extractor)
        elif kind == "quotes":
            from claimx.evaluate.quotes import evaluate_quotes

            result = evaluate_quotes(gold, extractor.nlp)
        else:
            from claimx.evaluate.quantities import evaluate_quantities

            result = evaluate_quantities(gold, extractor.nlp)
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None
    found = result.pop("misses", [])
    if misses:
        for line in found:
            err.print(line, soft_wrap=True, markup=False)
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(result, indent=2))
        return
    out = Console()
    for table in eval_tables(f"claimx eval {gold.name}", result):
        out.print(table)


def _gold_kind(path: Path) -> str:
    """'seeds' (claimx-gold/1 JSON), 'quotes' or 'quantities' (JSONL); a usage error otherwise."""
    try:
        with path.open(encoding="utf-8") as fh:
            head = fh.read(1 << 16)
            if path.suffix == ".json":
                return "seeds" if json.loads(head + fh.read()).get("format") == "claimx-gold/1" else ""
            first = json.loads(next((line for line in head.splitlines() if line.strip()), "{}"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as exc:
        raise fail(f"{path}: cannot be read as labelled data ({exc})", 2) from None
    for kind in ("quotes", "quantities"):
        if kind in first:
            return kind
    raise fail(f"{path}: records have neither 'quotes' nor 'quantities'", 2)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
