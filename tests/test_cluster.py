"""``--scheduler``: the extraction on a Dask cluster (a real LocalCluster of processes), fsspec
inputs, part files written by the workers, and a clear line when dask is missing."""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from claimx.cli import app

from .conftest import SEEDS

pytest.importorskip("distributed")
fsspec = pytest.importorskip("fsspec")

runner = CliRunner()


def _records(lines: list[str]) -> list[dict]:
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def memory_inputs():
    fs = fsspec.filesystem("memory")
    articles = sorted(SEEDS.glob("*.txt"))[:2]
    for p in articles:
        fs.pipe(f"/claimx-news/{p.name}", p.read_bytes())
    fs.pipe("/claimx-news/more.jsonl", b'{"id": "j1", "text": "\\"We are ready,\\" Lavrov said."}\n')
    fs.pipe("/claimx-news/skip.csv", b"a,b\n")
    yield [p.stem for p in articles]
    fs.rm("/claimx-news", recursive=True)


def test_fsspec_directories_and_globs_are_listed(memory_inputs):
    from claimx.cluster import list_inputs

    listed = list_inputs(["memory://claimx-news/"])
    assert [u.rsplit("/", 1)[1] for u in listed] == [*(f"{s}.txt" for s in memory_inputs), "more.jsonl"]
    assert all(u.startswith("memory://") for u in listed)
    (jsonl,) = list_inputs(["memory://claimx-news/*.jsonl"])
    assert jsonl.startswith("memory://") and jsonl.endswith("/claimx-news/more.jsonl")


def test_fsspec_inputs_are_extracted_like_files(memory_inputs):
    from claimx.cluster import extract_files, list_inputs
    from claimx.extract import Extractor

    results = extract_files(list_inputs(["memory://claimx-news/"]), Extractor().settings())
    assert [d.id for d in results] == [*memory_inputs, "j1"]
    assert results[0].path.startswith("memory://")
    assert results[0].path.endswith(f"/claimx-news/{memory_inputs[0]}.txt")
    assert results[-1].quotes[0].speaker.name == "Lavrov"


def test_missing_dask_is_one_line_and_a_usage_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    result = runner.invoke(app, ["extract", str(SEEDS), "--scheduler", "local"])
    assert result.exit_code == 2
    assert "claimx[dask]" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


class _Stop(Exception):
    pass


@pytest.mark.parametrize(("args", "workers"), [(["-j", "3"], 3), ([], 7), (["-j", "0"], 7)])
def test_jobs_sets_the_workers_of_a_local_cluster(monkeypatch, args, workers):
    from claimx import cluster

    asked = {}

    def connect(scheduler, n_workers=None):
        asked.update(scheduler=scheduler, n_workers=n_workers)
        raise _Stop  # no cluster is started: only what it would be started with is checked

    monkeypatch.setattr(cluster, "connect", connect)
    monkeypatch.setattr("os.cpu_count", lambda: 7)
    result = runner.invoke(app, ["extract", str(SEEDS), "--scheduler", "local", *args, "-q"])
    assert isinstance(result.exception, _Stop)
    assert asked == {"scheduler": "local", "n_workers": workers}


def test_jobs_with_a_scheduler_address_is_a_usage_error():
    result = runner.invoke(app, ["extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:1", "-j", "4"])
    assert result.exit_code == 2
    assert "--jobs sets the workers of --scheduler local" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_local_cluster_gives_the_records_of_a_local_run(tmp_path):
    local = runner.invoke(
        app, ["extract", str(SEEDS), "-f", "jsonl", "-q", "-o", str(tmp_path / "local.jsonl")]
    )
    on_cluster = runner.invoke(
        app,
        [
            "extract",
            str(SEEDS),
            "--scheduler",
            "local",
            "-j",
            "2",
            "-f",
            "jsonl",
            "-o",
            str(tmp_path / "dask.jsonl"),
        ],
    )
    assert local.exit_code == on_cluster.exit_code == 0, on_cluster.stderr
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


@pytest.mark.slow
def test_part_files_from_the_workers_hold_the_same_records(tmp_path):
    url = f"file://{SEEDS}/*.txt"
    result = runner.invoke(
        app, ["extract", url, "--scheduler", "local", "-f", "jsonl", "-o", f"{tmp_path}/parts/"]
    )
    assert result.exit_code == 0, result.stderr
    parts = sorted((tmp_path / "parts").iterdir())
    assert parts and all(p.name.startswith("part-") and p.suffix == ".jsonl" for p in parts)
    on_cluster = _records([line for p in parts for line in p.read_text().splitlines()])
    local = _records(runner.invoke(app, ["extract", str(SEEDS), "-f", "jsonl", "-q"]).stdout.splitlines())

    def key(r):  # the path differs (a URL there); everything else is the same
        return json.dumps({k: v for k, v in r.items() if k != "path"}, sort_keys=True)

    assert [key(r) for r in on_cluster] == [key(r) for r in local]
