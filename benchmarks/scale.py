"""Scale, in one run: --jobs 1 vs --jobs N, peak RSS per worker, a 3 M-character one-line
document vs the corpus rate, a local run vs --scheduler local, and start-up times.

    uv run python benchmarks/scale.py [--articles 220] [--doc-chars 3000000] [--dask-articles 60]
                                      [--jobs 1,2] [--dask-workers 2] [--skip startup,jobs,doc,dask]

``--jobs 1,2,4,8,16 --dask-workers 1,2,4,8,16`` takes the scaling curves of a many-core machine:
every ``--jobs N`` against ``--jobs 1`` (speed-up, efficiency, byte identity), and a LocalCluster
of N workers (``--scheduler local -j N``) against ``--jobs N`` on the same articles.

Everything runs through the real command line (``python -m claimx extract``) in a child process,
timed from the outside (start-up included), with the peak RSS (VmHWM) of that process and of
every process below it (the --jobs workers) sampled from /proc. The corpus is made from the
seed articles: article i joins two seeds in turn (about 7,000 characters each).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CLAIMX = [sys.executable, "-m", "claimx"]


def make_corpus(directory: Path, n: int) -> int:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    chars = 0
    for i in range(n):
        a, b = texts[i % len(texts)], texts[(i + 1 + i // len(texts)) % len(texts)]
        text = f"{a}\n\n{b}"
        (directory / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def make_one_line(path: Path, chars: int) -> int:
    line = " ".join(" ".join(p.read_text(encoding="utf-8") for p in SEEDS).split())
    text = " ".join([line] * (chars // len(line) + 1))[:chars]
    path.write_text(text, encoding="utf-8")
    return len(text)


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            kids = [int(k) for k in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except OSError:
            kids = []
        found += kids
        todo += kids
    return found


def _hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run(args: list[str]) -> dict:
    """Run claimx with ``args``; wall seconds and the peak RSS of every process of the run."""
    peaks: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen([*CLAIMX, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        while proc.poll() is None:
            for pid in [proc.pid, *_descendants(proc.pid)]:
                mb = _hwm_mb(pid)
                if mb is not None:
                    peaks[pid] = max(peaks.get(pid, 0.0), mb)
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"claimx {' '.join(args)} failed ({proc.returncode}):\n{stderr}")
    main_mb = peaks.pop(proc.pid, 0.0)
    # the fork server and small helpers stay under 100 MB; the workers hold a model each
    workers = sorted((mb for mb in peaks.values() if mb > 100), reverse=True)
    return {"seconds": seconds, "main_mb": main_mb, "worker_mb": workers}


def startup() -> None:
    for args in (["--help"], ["schema"]):
        best = min(run(args)["seconds"] for _ in range(3))
        print(f"start-up  claimx {' '.join(args):14} {best:6.2f} s   (target < 0.5 s)")
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text('"We are ready," Lavrov said.', encoding="utf-8")
        best = min(
            run(["extract", str(one), "-q", "-o", str(Path(tmp) / "o.jsonl")])["seconds"] for _ in range(2)
        )
        print(f"start-up  claimx extract (1 short doc) {best:6.2f} s   (model load included)")


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def jobs_curve(corpus: Path, chars: int, tmp: Path, counts: list[int]) -> float:
    """``--jobs N`` for each N (1 first): time, rate, speed-up, RSS; the corpus rate of --jobs 1."""
    counts = sorted(set([1, *counts]))
    results = {}
    for jobs in counts:
        results[jobs] = r = run(
            ["extract", str(corpus), "-j", str(jobs), "-q", "-o", str(tmp / f"jobs{jobs}.jsonl")]
        )
        workers = r["worker_mb"]
        rss = f"{min(workers):.0f}-{max(workers):.0f} MB x {len(workers)}" if workers else "-"
        speedup = results[1]["seconds"] / r["seconds"]
        same = (tmp / f"jobs{jobs}.jsonl").read_bytes() == (tmp / "jobs1.jsonl").read_bytes()
        print(
            f"  --jobs {jobs:2}: {r['seconds']:7.1f} s  {chars / r['seconds']:9,.0f} chars/s  "
            f"speed-up {speedup:5.2f}x  efficiency {speedup / jobs:4.0%}  main {r['main_mb']:4.0f} MB  "
            f"workers {rss}  byte-identical: {same}",
            flush=True,
        )
    return chars / results[1]["seconds"]


def dask_curve(corpus: Path, chars: int, tmp: Path, counts: list[int]) -> None:
    """A LocalCluster of N single-threaded workers against ``--jobs N`` on the same articles."""
    for n in counts:
        local = run(["extract", str(corpus), "-j", str(n), "-q", "-o", str(tmp / "local.jsonl")])
        dask = run(
            [
                "extract",
                str(corpus),
                "--scheduler",
                "local",
                "-j",
                str(n),
                "-q",
                "-o",
                str(tmp / "dask.jsonl"),
            ]
        )
        same = (tmp / "local.jsonl").read_bytes() == (tmp / "dask.jsonl").read_bytes()
        print(
            f"  {n:2} workers: --jobs {local['seconds']:6.1f} s   --scheduler local {dask['seconds']:6.1f} s "
            f"({chars / dask['seconds']:9,.0f} chars/s)   "
            f"jobs/dask {local['seconds'] / dask['seconds']:.2f}   "
            f"same records: {same}",
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=220)
    ap.add_argument("--doc-chars", type=int, default=3_000_000)
    ap.add_argument("--dask-articles", type=int, default=60)
    ap.add_argument("--jobs", default="1,2", help="comma-separated worker counts for the --jobs curve")
    ap.add_argument("--dask-workers", default="2", help="comma-separated LocalCluster sizes")
    ap.add_argument("--skip", default="", help="comma-separated: startup, jobs, doc, dask")
    a = ap.parse_args()
    skip = set(filter(None, a.skip.split(",")))

    if "startup" not in skip:
        startup()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        chars = make_corpus(corpus, a.articles)
        rate = None
        if "jobs" not in skip:
            print(f"corpus: {a.articles} articles, {chars:,} characters, {os.cpu_count()} cores")
            rate = jobs_curve(corpus, chars, tmp, _ints(a.jobs))
        if "doc" not in skip:
            doc = tmp / "one-line.txt"
            n = make_one_line(doc, a.doc_chars)
            r = run(["extract", str(doc), "-q", "-o", str(tmp / "doc.jsonl")])
            line = f"one-line document: {n:,} characters in {r['seconds']:.1f} s, "
            line += f"{n / r['seconds']:,.0f} chars/s"
            line += f", peak RSS {r['main_mb']:.0f} MB (target <= 600)"
            if rate:
                line += f"; {n / r['seconds'] / rate:.2f}x the corpus rate (target >= 0.6)"
            print(line, flush=True)
        if "dask" not in skip:
            small = tmp / "small"
            small.mkdir()
            n = make_corpus(small, a.dask_articles)
            print(f"Dask: {a.dask_articles} articles, {n:,} characters")
            dask_curve(small, n, tmp, _ints(a.dask_workers))


if __name__ == "__main__":
    main()
