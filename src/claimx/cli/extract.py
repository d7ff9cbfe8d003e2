"""``claimx extract``: articles in, records out."""

from __future__ import annotations

import os
import signal
import sys
import time
from contextlib import ExitStack, closing, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.app import ModelOption, app, err, fail, plural, warn
from claimx.errors import ClaimxError

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm")  # kept equal to claimx.ingest.DEFAULT_PATTERNS (tested)


class Format(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class Attributions(StrEnum):
    speech = "speech"
    all = "all"


class Terminated(BaseException):
    """SIGTERM, handled like Ctrl-C: no half-written output."""


def _terminate(signum, frame):  # pragma: no cover - exercised through a subprocess test
    raise Terminated()


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files, directories (searched recursively), JSONL files of {id, text} or {id, html}, "
            "fsspec URLs and globs (with --scheduler), or - for stdin.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="table for people, html for a browser, json or jsonl for pipes. auto: from the "
            "extension of -o (.json, .jsonl, .html), else a table on a terminal and jsonl when piped.",
        ),
    ] = Format.auto,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here instead of stdout (atomically: no half file after an error or Ctrl-C). "
            "With --scheduler, a name ending in / is a directory of one part file per partition.",
            show_default=False,
        ),
    ] = None,
    model: ModelOption = None,
    attributions: Annotated[
        Attributions,
        typer.Option(
            help="speech: what a reporter calls a quote (said, told, according to). all: every "
            "attribution, also beliefs, intentions and evidence (PolNeAR's notion)."
        ),
    ] = Attributions.speech,
    include_boilerplate: Annotated[
        bool, typer.Option(help="Keep quotes and claims from banners, disclaimers etc. (marked boilerplate).")
    ] = False,
    include_text: Annotated[
        bool, typer.Option(help="Put each document's text (the one offsets point into) in its record.")
    ] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            metavar="PATTERN",
            help=f"File pattern to read in directories (repeatable). Default: {' '.join(DEFAULT_GLOBS)}. "
            "Patterns are relative to the directory and may not leave it.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Worker processes on this machine; 0: one per core. [default: 1; with --scheduler "
            "local: one per core]",
            show_default=False,
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Run on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a "
            "LocalCluster on this machine. Needs the dask extra: pip install 'claimx[dask]'.",
            show_default=False,
        ),
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option(
            help="Also store the records in this SQLite database (created if missing; a document "
            "extracted again replaces its rows). Query it with claimx speakers/echoes/conflicts.",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per nlp.pipe batch.")] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Extract quotes, numeric claims and metadata from news articles."""
    from claimx.output import EXTENSIONS, check_output_path

    if fmt is Format.auto:
        suffix = Path(output).suffix.lower() if output else ""
        if output and suffix in (".html", ".htm"):
            fmt = Format.html
        elif output and suffix in EXTENSIONS:
            fmt = Format(EXTENSIONS[suffix])
        else:
            fmt = Format.table if output is None and sys.stdout.isatty() else Format.jsonl
    if scheduler is not None:
        from claimx.cli.cluster import run_on_cluster

        run_on_cluster(
            paths, fmt=fmt.value, output=output, model=model, attributions=attributions.value,
            include_boilerplate=include_boilerplate, include_text=include_text, glob=glob,
            scheduler=scheduler, jobs=jobs, batch_size=batch_size, quiet=quiet,
        )  # fmt: skip
        return

    from claimx.extract import Extractor
    from claimx.ingest import DEFAULT_PATTERNS, JSONL_SUFFIXES, expand, iter_inputs
    from claimx.model import model_warnings
    from claimx.output import atomic_output, make_writer
    from claimx.records import Document

    try:
        if output:
            check_output_path(Path(output))
        files = expand(paths, glob or DEFAULT_PATTERNS)
        for warning in files.warnings:
            warn(warning)
        extractor = Extractor(
            model,
            batch_size=batch_size,
            include_boilerplate=include_boilerplate,
            include_text=include_text or fmt is Format.html,
            attributions=attributions.value,
        )
        for warning in model_warnings(extractor.nlp):
            warn(warning)
        store = None
        if db is not None:
            from claimx.output.sqlite import SqliteWriter

            store = SqliteWriter(db)
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None

    total = None if any(Path(f).suffix.lower() in JSONL_SUFFIXES or f == "-" for f in files) else len(files)
    # A bar only when the data goes elsewhere: on a terminal the table itself shows progress.
    show_progress = not quiet and err.is_terminal and (output is not None or not sys.stdout.isatty())
    counts = {"documents": 0, "quotes": 0, "claims": 0, "failed": 0}
    started = time.perf_counter()
    previous_term = signal.signal(signal.SIGTERM, _terminate)
    try:
        with ExitStack() as stack:
            out = stack.enter_context(atomic_output(Path(output)) if output else nullcontext(sys.stdout))
            progress = stack.enter_context(_progress(show_progress))
            task = progress.add_task("extract", total=total)
            writer = make_writer(fmt.value, out)
            if store is not None:
                stack.callback(store.close)
            sources = _warn_non_english(iter_inputs(files))
            # closed on the way out (Ctrl-C, an error): the --jobs workers stop before we exit
            results = stack.enter_context(
                closing(extractor.extract_sources(sources, jobs=1 if jobs is None else jobs))
            )
            for result in results:
                progress.advance(task)
                if isinstance(result, Document):
                    for warning in result.warnings:
                        warn(f"{result.path or result.id}: {warning}")
                    writer.write(result)
                    if store is not None:
                        store.write(result)
                    counts["documents"] += 1
                    counts["quotes"] += len(result.quotes)
                    counts["claims"] += len(result.claims)
                else:
                    counts["failed"] += 1
                    fail(str(result))
            writer.close()
            if output is None:
                sys.stdout.flush()
    except BrokenPipeError:  # `claimx extract ... | head -1`: the reader has what it wanted
        _quiet_stdout()
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        raise fail("interrupted" + (f"; {output} was not written" if output else ""), 130) from None
    except Terminated:
        raise fail("terminated" + (f"; {output} was not written" if output else ""), 143) from None
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None
    except OSError as exc:  # the output went away under us: disk full, a removed directory
        raise fail(f"{output or 'stdout'}: cannot write ({exc.strerror or exc})", 1) from None
    finally:
        signal.signal(signal.SIGTERM, previous_term)

    if not quiet:
        elapsed = time.perf_counter() - started
        err.print(
            f"{plural(counts['documents'], 'document')}, {plural(counts['quotes'], 'quote')}, "
            f"{plural(counts['claims'], 'claim')} in {elapsed:.1f} s"
            + (f"; [bold red]{counts['failed']} failed[/]" if counts["failed"] else "")
            + (f"; written to {output}" if output else "")
            + (f"; stored in {db}" if db else ""),
            soft_wrap=True,
        )
    if counts["failed"]:
        raise typer.Exit(1)


def _warn_non_english(items):
    """Pass inputs through, warning once (at the first) if some do not look like English."""
    from claimx.ingest import Source
    from claimx.rules.language import looks_english

    warned = False
    for item in items:
        if not warned and isinstance(item, Source) and not looks_english(item.text):
            where = item.path or item.id
            warn(f"{where}: does not look like English; claimx's rules are for English (warned once)")
            warned = True
        yield item


def _progress(enabled: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not enabled,
    )


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so Python's exit flush stays silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
