"""``--jobs N``: worker processes, the same records in the same order, Ctrl-C stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from claimx import Extractor
from claimx.cli import app
from claimx.errors import InputError
from claimx.ingest import Source
from claimx.parallel import partitions

from .conftest import SEEDS

runner = CliRunner()


def _dump(results):
    return [
        r.model_dump_json() if hasattr(r, "model_dump_json") else f"{type(r).__name__}: {r}" for r in results
    ]


def test_partitions_keep_order_and_respect_both_limits():
    items = [Source("a", "x" * 10), InputError("bad", "missing"), Source("b", "y" * 10), Source("c", "z")]
    ids = [[getattr(i, "id", "err") for i in p] for p in partitions(items, 2, 100)]
    assert ids == [["a", "err", "b"], ["c"]]
    assert [len(p) for p in partitions(items, 10, 10)] == [1, 2, 1]  # a and b each reach 10 characters


@pytest.mark.slow
def test_jobs_give_the_same_records_in_input_order(nlp):
    articles = sorted(SEEDS.glob("*.txt"))
    items: list = []
    for i in range(12):
        path = articles[i % len(articles)]
        items.append(Source(f"{i}-{path.stem}", path.read_text(encoding="utf-8"), str(path)))
        if i % 5 == 0:
            items.append(InputError(f"missing-{i}.txt", "no such file"))
    one = _dump(Extractor(nlp=nlp, batch_size=2).extract_sources(items))
    two = _dump(Extractor(batch_size=2).extract_sources(items, jobs=2))
    assert two == one
    assert [r.split(":")[0] for r in two if r.startswith("InputError")] == ["InputError"] * 3


@pytest.mark.slow
def test_cli_jobs_output_is_byte_identical(tmp_path):
    args = ["extract", str(SEEDS), str(SEEDS), "-f", "jsonl", "-q", "--batch-size", "2"]
    one = runner.invoke(app, [*args, "-o", str(tmp_path / "one.jsonl")])
    two = runner.invoke(app, [*args, "-j", "2", "-o", str(tmp_path / "two.jsonl")])
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()


@pytest.mark.slow
def test_ctrl_c_stops_the_workers_and_leaves_no_file(tmp_path):
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    cmd = [sys.executable, "-m", "claimx", "extract", *[str(SEEDS)] * 60, "-j", "2", "-o", str(out)]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_children(proc.pid)) < 3:  # the fork server, 2 workers
        time.sleep(0.2)
    workers = _children(proc.pid)
    assert len(workers) >= 3, "the workers did not start"
    time.sleep(2)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert list(out.parent.iterdir()) == []
    time.sleep(0.5)
    assert not [pid for pid in workers if os.path.exists(f"/proc/{pid}") and _state(pid) != "Z"]


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (the forkserver and the workers)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                kids = [int(k) for k in fh.read().split()]
        except OSError:
            kids = []
        found += kids
        todo += kids
    return found


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def test_workers_run_one_blas_thread_unless_the_user_set_one(monkeypatch):
    from claimx import parallel

    monkeypatch.setattr(signal, "signal", lambda *args: None)  # keep this process's Ctrl-C
    for name in parallel.WORKER_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MKL_NUM_THREADS", "4")
    parallel._init_worker({})
    assert os.environ["OMP_NUM_THREADS"] == os.environ["OPENBLAS_NUM_THREADS"] == "1"
    assert os.environ["MKL_NUM_THREADS"] == "4"
