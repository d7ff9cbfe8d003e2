"""``claimx schema`` and ``claimx eval``: what the records look like, and how good they are."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.app import ModelOption, app, err, fail
from claimx.errors import ClaimxError


class SchemaKind(StrEnum):
    json = "json"
    jsonl = "jsonl"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def schema(
    kind: Annotated[
        SchemaKind,
        typer.Option(
            "--format",
            "-f",
            help="json: the Document of --format json (quotes and claims inside). jsonl: the three "
            "kinds of JSONL line (document with n_quotes/n_claims, quote and claim with doc_id).",
        ),
    ] = SchemaKind.json,
) -> None:
    """Print the JSON Schema of the records claimx writes."""
    from claimx.records import json_schema, jsonl_schema

    typer.echo(json.dumps(json_schema() if kind is SchemaKind.json else jsonl_schema(), indent=2))


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Labelled data: claimx gold JSON (fixtures/seeds.gold.json), PolNeAR-style quotes "
            "JSONL, or NewsQuant/MeasEval quantities JSONL (samples in fixtures/eval/).",
            show_default=False,
        ),
    ],
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.table,
    model: ModelOption = None,
    misses: Annotated[
        bool, typer.Option("--misses", "-v", help="List every miss (claimx gold only).")
    ] = False,
) -> None:
    """Score claimx against labelled data; the kind of data is detected from the file.

    Quotes are scored with every attribution (--attributions all), PolNeAR's notion."""
    kind = _gold_kind(gold)
    from claimx.extract import Extractor

    try:
        if kind == "seeds":
            from claimx.evaluate.seeds import evaluate_seeds

            result = evaluate_seeds(gold, Extractor(model))
        elif kind == "quotes":
            from claimx.evaluate.quotes import evaluate_quotes

            result = evaluate_quotes(gold, Extractor(model, attributions="all").nlp)
        else:
            from claimx.evaluate.quantities import evaluate_quantities

            result = evaluate_quantities(gold, Extractor(model).nlp)
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise fail(
            f"{gold}: not labelled data claimx can read ({exc.__class__.__name__}: {exc})", 2
        ) from None
    found = result.pop("misses", [])
    if misses:
        for line in found:
            err.print(line, soft_wrap=True, markup=False, highlight=False)
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(result, indent=2))
        return
    from rich.console import Console

    from claimx.output.table import eval_tables

    out = Console()
    for table in eval_tables(f"claimx eval {gold.name}", result):
        out.print(table)


def _gold_kind(path: Path) -> str:
    """'seeds' (claimx-gold/1 JSON), 'quotes' or 'quantities' (JSONL); a usage error otherwise."""
    try:
        with path.open(encoding="utf-8") as fh:
            head = fh.read(1 << 16)
            if path.suffix == ".json":
                data = json.loads(head + fh.read())
                if isinstance(data, dict) and data.get("format") == "claimx-gold/1":
                    return "seeds"
                raise fail(f'{path}: not claimx gold (a JSON object with "format": "claimx-gold/1")', 2)
            first = json.loads(next((line for line in head.splitlines() if line.strip()), "{}"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise fail(f"{path}: cannot be read as labelled data ({exc})", 2) from None
    if isinstance(first, dict):
        for kind in ("quotes", "quantities"):
            if kind in first:
                return kind
    raise fail(f"{path}: records have neither 'quotes' nor 'quantities'", 2)
