"""Running claimx on a Dask cluster (the optional ``dask`` extra: ``pip install 'claimx[dask]'``).

The inputs (paths, fsspec URLs, globs) are listed here and cut into partitions of files; a
``dask.bag`` maps ``extract_files`` over the partitions on the workers. ``extract_files`` reads
its files there (with fsspec) and runs ``claimx.parallel.run_partition``: the code of a local
run, so the records are the same. ``ModelPlugin`` loads the model once per worker when it joins.

Results come back as ``Document`` records, or as an error line for an input or document that
failed (exceptions with their own arguments do not always survive pickling).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from claimx.errors import ClaimxError, UsageError
from claimx.ingest import DEFAULT_PATTERNS, JSONL_SUFFIXES, Source, expand, iter_inputs, read_jsonl
from claimx.ingest import read_text_source as _read_text
from claimx.parallel import run_partition, worker_extractor

if TYPE_CHECKING:  # pragma: no cover
    from claimx.records import Document

INSTALL_HINT = "--scheduler needs the dask extra: pip install 'claimx[dask]' (or uv sync --extra dask)"
_LOCK = threading.Lock()  # one extraction at a time per worker process (spaCy is not thread-safe)


def require_dask() -> None:
    """Raise a one-line ``UsageError`` if dask.distributed or fsspec is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"{INSTALL_HINT} ({exc})") from None


def is_url(path: str) -> bool:
    return "://" in path


def list_inputs(paths: Iterable[str], patterns: Iterable[str] = DEFAULT_PATTERNS) -> list[str]:
    """Expand the arguments: local paths as ``claimx extract`` does; fsspec URLs and globs
    (``s3://bucket/news/*.jsonl``, ``memory://in/``, ``file:///data/*.txt``) with fsspec, a URL
    directory searched recursively for ``patterns`` (and JSONL files)."""
    import fsspec

    patterns = tuple(patterns)
    out: list[str] = []
    for arg in paths:
        if not is_url(arg):
            if arg == "-":
                raise UsageError("--scheduler reads files and URLs, not stdin (-)")
            out.extend(expand([arg], patterns))
            continue
        fs, _, roots = fsspec.get_fs_token_paths(arg)
        found: list[str] = []
        for root in roots:
            if fs.isdir(root):
                names = sorted(fs.find(root))
                wanted = (*patterns, *(f"*{s}" for s in JSONL_SUFFIXES))
                found.extend(n for n in names if any(PurePosixPath(n).match(p) for p in wanted))
            else:
                found.append(root)
        if not found:
            raise UsageError(f"{arg}: no input files")
        out.extend(fs.unstrip_protocol(n) for n in found)
    return out


def read_inputs(path: str) -> Iterator[Source | ClaimxError]:
    """The documents of one input, read where this runs (on a worker): a local path, or an
    fsspec URL (JSONL streamed line by line)."""
    if not is_url(path):
        yield from iter_inputs([path])
        return
    import fsspec

    from claimx.errors import InputError

    suffix = PurePosixPath(path.split("://", 1)[1]).suffix.lower()
    try:
        with fsspec.open(path, "rb") as fh:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl(fh, path)
                return
            data = fh.read()
    except (OSError, ValueError) as exc:
        yield InputError(path, f"cannot be read ({exc})")
        return
    try:
        yield _read_text(data, path, PurePosixPath(path).stem, path)
    except InputError as exc:
        yield exc


def extract_files(paths: list[str], settings: dict) -> list[Document | str]:
    """A partition of inputs in, its records out, in input order (an error as its message)."""
    items = [item for path in paths for item in read_inputs(path)]
    sources = [s for s in items if isinstance(s, Source)]
    with _LOCK:
        results = iter(run_partition(settings, sources))
    return [str(item) if isinstance(item, ClaimxError) else _str_errors(next(results)) for item in items]


def _str_errors(result: Any) -> Document | str:
    return str(result) if isinstance(result, ClaimxError) else result


def write_part(paths: list[str], settings: dict, directory: str, index: int, fmt: str) -> dict:
    """Extract one partition and write its records to ``directory/part-NNNNN.EXT`` from the worker
    (written under a temporary name and moved into place). Returns counts and error lines."""
    import fsspec

    from claimx.output import make_writer

    results = extract_files(paths, settings)
    fs, _, (root,) = fsspec.get_fs_token_paths(directory)
    ext = {"json": "json", "jsonl": "jsonl"}.get(fmt, "txt")
    final = f"{root.rstrip('/')}/part-{index:05d}.{ext}"
    tmp = f"{root.rstrip('/')}/.part-{index:05d}.{ext}.tmp"
    counts = {"documents": 0, "quotes": 0, "claims": 0, "errors": []}
    with fs.open(tmp, "w", encoding="utf-8") as fh:
        writer = make_writer(fmt, fh)
        for r in results:
            if isinstance(r, str):
                counts["errors"].append(r)
                continue
            writer.write(r)
            counts["documents"] += 1
            counts["quotes"] += len(r.quotes)
            counts["claims"] += len(r.claims)
        writer.close()
    fs.mv(tmp, final)
    return counts


class ModelPlugin:
    """A Dask ``WorkerPlugin``: each worker loads the claimx pipeline once, when it starts."""

    name = "claimx-model"

    def __init__(self, settings: dict) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        worker_extractor(self.settings).nlp  # noqa: B018  (loads the model now, not in the first task)

    def teardown(self, worker: Any) -> None:
        pass


def connect(scheduler: str, n_workers: int | None = None):
    """A ``distributed.Client`` for ``scheduler`` (an address), or for a new ``LocalCluster`` of
    ``n_workers`` single-threaded worker processes when ``scheduler`` is ``"local"``."""
    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster)
    try:
        return Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None


def register(client, settings: dict) -> None:
    """Load the model on every worker (and every worker that joins later)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    plugin = type("ClaimxModelPlugin", (ModelPlugin, WorkerPlugin), {})(settings)
    if hasattr(client, "register_plugin"):
        client.register_plugin(plugin, name=ModelPlugin.name)
    else:  # pragma: no cover - older distributed
        client.register_worker_plugin(plugin, name=ModelPlugin.name)


def partitions(inputs: list[str], client) -> int:
    """How many partitions: a few per worker thread, at most one per input."""
    threads = sum(client.nthreads().values()) or 1
    return max(1, min(len(inputs), 4 * threads))


def extract_on_cluster(client, inputs: list[str], settings: dict) -> Iterator[Document | str]:
    """Run the extraction on the cluster; yield the results in input order, partition by partition."""
    import dask.bag as db

    bag = db.from_sequence(inputs, npartitions=partitions(inputs, client))
    parts = bag.map_partitions(extract_files, settings).to_delayed()
    futures = client.compute(parts)
    try:
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        client.cancel(futures)


def write_parts_on_cluster(client, inputs: list[str], settings: dict, directory: str, fmt: str) -> list[dict]:
    """Each partition written to a part file by the worker that ran it; their counts, in order."""
    import dask
    import dask.bag as db

    bag = db.from_sequence(inputs, npartitions=partitions(inputs, client))
    tasks = [
        dask.delayed(write_part)(part, settings, directory, i, fmt) for i, part in enumerate(bag.to_delayed())
    ]
    futures = client.compute(tasks)
    try:
        return [f.result() for f in futures]
    finally:
        client.cancel(futures)
