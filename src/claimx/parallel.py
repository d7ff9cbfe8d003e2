"""``--jobs N``: the extraction in worker processes on this machine, output in input order.

The parent reads the inputs, cuts them into partitions (a quarter of the batches
``extract_partition`` would make, so the workers finish together), and keeps at most
``4 * jobs`` of them in flight, so memory stays bounded however long the input. Each worker
builds its ``Extractor`` once (the model loads once per worker) and runs
``Extractor.extract_partition``: the same code as ``jobs=1`` and the Dask workers.
Input errors never leave the parent, so results come back in exactly the input order.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from claimx.errors import ClaimxError, InputError
from claimx.ingest import Source

if TYPE_CHECKING:  # pragma: no cover
    from claimx.extract import Extractor
    from claimx.records import Document

# One thread of BLAS/OpenMP per worker, as Dask's nanny sets for its workers
# (distributed.nanny.pre-spawn-environ): N workers each with a pool of every core oversubscribe
# the machine. A value the user set is kept.
WORKER_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
_WORKER: dict[str, Extractor] = {}  # the extractor of this worker process, built on first use
_SETTINGS: dict = {}  # what the pool's initializer handed this worker


def worker_extractor(settings: dict) -> Extractor:
    """This process's extractor for ``settings`` (``Extractor.settings()``), built once."""
    from claimx.extract import Extractor

    key = repr(sorted((k, v) for k, v in settings.items() if k != "nlp"))
    if key not in _WORKER:
        _WORKER.clear()
        opts = {k: v for k, v in settings.items() if k not in ("model", "nlp")}
        _WORKER[key] = Extractor(settings["model"], nlp=settings.get("nlp"), **opts)
    return _WORKER[key]


def run_partition(settings: dict, sources: list[Source]) -> list[Document | ClaimxError]:
    """A partition of sources in, its records out (in order): what every worker runs."""
    return list(worker_extractor(settings).extract_partition(sources))


def partitions(
    items: Iterable[Source | InputError], max_docs: int, max_chars: int
) -> Iterator[list[Source | InputError]]:
    """Cut a stream of inputs into lists of at most ``max_docs`` sources or ``max_chars``
    characters (input errors ride along, in place)."""
    part: list[Source | InputError] = []
    docs = chars = 0
    for item in items:
        part.append(item)
        if isinstance(item, Source):
            docs += 1
            chars += len(item.text)
            if docs >= max_docs or chars >= max_chars:
                yield part
                part, docs, chars = [], 0, 0
    if part:
        yield part


def _init_worker(settings: dict) -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides, and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name, value in WORKER_ENV.items():  # before numpy loads (the model loads on first use)
        os.environ.setdefault(name, value)
    _SETTINGS.update(settings)


def _run_in_worker(sources: list[Source]) -> list[Document | ClaimxError]:
    return run_partition(_SETTINGS, sources)


def extract_parallel(
    extractor: Extractor, items: Iterable[Source | InputError], jobs: int
) -> Iterator[Document | ClaimxError]:
    """``extractor.extract_sources(items, jobs=jobs)`` with ``jobs`` worker processes (0: one per core)."""
    from claimx.extract import MAX_BATCH_CHARS

    jobs = jobs or os.cpu_count() or 1
    # forkserver: workers start from a small clean process, not a copy of this one with its
    # threads (a progress bar) and open files. It preloads nothing heavy, so it answers at once
    # (a Ctrl-C while this process waits for a worker to start would strand that worker).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["claimx.parallel"])
    _start_forkserver()
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(extractor.settings(),)
    )
    in_flight: deque[tuple[list[Source | InputError], Future]] = deque()
    finished = False
    try:
        # Partitions of a quarter batch: the workers finish together (a smaller last piece of work).
        for part in partitions(items, extractor.batch_size, MAX_BATCH_CHARS // 4):
            sources = [s for s in part if isinstance(s, Source)]
            in_flight.append((part, pool.submit(_run_in_worker, sources)))
            if len(in_flight) >= 4 * jobs:
                yield from _collect(*in_flight.popleft())
        while in_flight:
            yield from _collect(*in_flight.popleft())
        pool.shutdown(wait=True)
        finished = True
    except BrokenProcessPool as exc:
        raise ClaimxError(
            f"a worker process died ({exc}); try fewer --jobs or a smaller --batch-size"
        ) from None
    finally:
        if not finished:
            _stop(pool)


def _start_forkserver() -> None:
    """Start the fork server with Ctrl-C blocked, a mask that it and the workers it forks
    inherit until they ignore the signal: a Ctrl-C while it starts would otherwise print its
    traceback. Blocked, not ignored, in this process: a Ctrl-C that comes meanwhile is delivered
    when the mask is lifted, so it is never lost."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _collect(part: list[Source | InputError], future: Future) -> Iterator[Document | ClaimxError]:
    results = iter(future.result())
    for item in part:
        yield next(results) if isinstance(item, Source) else item


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop now: cancel what has not started and end the workers (Ctrl-C, an error, a consumer
    that stopped reading)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        with contextlib.suppress(Exception):
            p.terminate()
    for p in processes:
        with contextlib.suppress(Exception):
            p.join(timeout=5)
    # Let the pool's manager thread see its workers gone and close its wake-up pipe now: at exit,
    # concurrent.futures would otherwise write to that pipe while the thread closes it, and print
    # "OSError: Bad file descriptor" with a traceback after our one-line message.
    if manager is not None:
        manager.join(timeout=5)
