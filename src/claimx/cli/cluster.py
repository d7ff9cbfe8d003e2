"""``claimx extract --scheduler ADDRESS|local``: the command-line side of ``claimx.cluster``."""

from __future__ import annotations

import sys
import time
from contextlib import ExitStack, nullcontext
from pathlib import Path

import typer

from claimx.cli.app import err, fail, plural, warn
from claimx.errors import ClaimxError, UsageError


def run_on_cluster(
    paths: list[str],
    *,
    fmt: str,
    output: str | None,
    model: str | None,
    attributions: str,
    include_boilerplate: bool,
    include_text: bool,
    glob: list[str] | None,
    scheduler: str,
    jobs: int | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Extract on a Dask cluster. ``-o DIR/`` (a trailing slash): one part file per partition,
    written by the workers; ``-o FILE`` or stdout: the records gathered here, in input order.
    ``jobs`` is the number of workers of ``--scheduler local`` (0 or None: one per core)."""
    import os

    try:
        from claimx import cluster
        from claimx.extract import Extractor
        from claimx.ingest import DEFAULT_PATTERNS

        cluster.require_dask()
        if jobs is not None and scheduler != "local":
            raise UsageError(
                f"--jobs sets the workers of --scheduler local; the cluster at {scheduler} has its own"
            )
        to_dir = output is not None and output.endswith("/")
        if fmt in ("table", "html") and to_dir:
            raise ClaimxError(f"-o {output}: part files are json or jsonl; add --format jsonl")
        if output and not to_dir and not cluster.is_url(output):
            from claimx.output import check_output_path

            check_output_path(Path(output))
        inputs = cluster.list_inputs(paths, glob or DEFAULT_PATTERNS)
        settings = Extractor(
            model, batch_size=batch_size, include_boilerplate=include_boilerplate,
            include_text=include_text or fmt == "html", attributions=attributions,
        ).settings()  # fmt: skip
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None

    counts = {"documents": 0, "quotes": 0, "claims": 0, "failed": 0}
    started = time.perf_counter()
    try:
        with ExitStack() as stack:
            client = cluster.connect(scheduler, n_workers=jobs or os.cpu_count())
            stack.callback(_close_cluster, client)
            cluster.register(client, settings)
            if to_dir:
                import fsspec

                fs, _, (root,) = fsspec.get_fs_token_paths(output)
                fs.makedirs(root, exist_ok=True)
                for part in cluster.write_parts_on_cluster(client, inputs, settings, output, fmt):
                    for message in part["errors"]:
                        counts["failed"] += 1
                        fail(message)
                    for key in ("documents", "quotes", "claims"):
                        counts[key] += part[key]
            else:
                from claimx.output import atomic_output, make_writer

                out = stack.enter_context(atomic_output(Path(output)) if output else nullcontext(sys.stdout))
                writer = make_writer(fmt, out)
                for result in cluster.extract_on_cluster(client, inputs, settings):
                    if isinstance(result, str):
                        counts["failed"] += 1
                        fail(result)
                        continue
                    for warning in result.warnings:
                        warn(f"{result.path or result.id}: {warning}")
                    writer.write(result)
                    counts["documents"] += 1
                    counts["quotes"] += len(result.quotes)
                    counts["claims"] += len(result.claims)
                writer.close()
    except KeyboardInterrupt:
        raise fail("interrupted" + (f"; {output} was not written" if output else ""), 130) from None
    except ClaimxError as exc:
        raise fail(str(exc), exc.exit_code) from None

    if not quiet:
        err.print(
            f"{plural(counts['documents'], 'document')}, {plural(counts['quotes'], 'quote')}, "
            f"{plural(counts['claims'], 'claim')} in {time.perf_counter() - started:.1f} s on {scheduler}"
            + (f"; [bold red]{counts['failed']} failed[/]" if counts["failed"] else "")
            + (f"; written to {output}" if output else ""),
            soft_wrap=True,
        )
    if counts["failed"]:
        raise typer.Exit(1)


def _close_cluster(client) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()
