"""``claimx speakers/echoes/conflicts`` through the CLI, on fixtures/corpus and on the seeds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimx.cli import app

from .conftest import FIXTURES, SEEDS

runner = CliRunner()
COMMANDS = ("speakers", "echoes", "conflicts")


def extract_into(db, *paths):
    result = runner.invoke(app, ["extract", *map(str, paths), "--db", str(db), "--format", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["documents"]


def run(command, db, fmt="json"):
    result = runner.invoke(app, [command, str(db), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)[command] if fmt == "json" else result.stdout


@pytest.fixture(scope="module")
def fixtures_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("corpus") / "f.db"
    extract_into(db, FIXTURES / "corpus")
    return db


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "c.db"
    extract_into(db, SEEDS)
    return db


def test_every_corpus_command_has_help():
    for command in COMMANDS:
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--format" in result.stdout


def test_the_cli_loads_no_heavy_module_until_a_corpus_command_runs():
    code = (
        "import sys; from claimx.cli import app; "
        "print(sorted(m for m in ('spacy', 'sqlite_utils', 'rapidfuzz', 'datasketch', 'claimx.corpus') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_fixtures_homonym_echo_and_agreeing_ranges(fixtures_db):
    speakers = {s["name"]: s for s in run("speakers", fixtures_db)}
    assert speakers["Anna Kowalski"]["documents"] == ["a_harbor", "b_coast"]  # also spelled Kovalski
    assert "Anna Kovalski" in speakers["Anna Kowalski"]["aliases"]
    assert speakers["Tomasz Kowalski"]["documents"] == ["b_coast"]  # the farmer stays apart
    echoes = run("echoes", fixtures_db)
    quote = next(g for g in echoes if g["kind"] == "quote")
    assert quote["first"] == "a_harbor" and any("..." in i["text"] for i in quote["items"])
    [group] = run("conflicts", fixtures_db)
    pairs = {tuple(sorted((d["a"], d["b"]))) for d in group["conflicts"]}
    assert ("a_harbor/c2", "b_coast/c3") not in pairs  # 200-300 and about 250 agree
    assert all("c_union/c1" in pair for pair in pairs) and len(pairs) == 2


@pytest.mark.parametrize("command", COMMANDS)
def test_jsonl_and_table_formats(fixtures_db, command):
    lines = run(command, fixtures_db, "jsonl").splitlines()
    assert lines and all(json.loads(line) for line in lines)
    table = run(command, fixtures_db, "table")
    assert "Kowalski" in table or "Larsvik" in table or "stocks" in table


def test_a_missing_store_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["speakers", str(tmp_path / "nothing.db")])
    assert result.exit_code == 2 and "no such database" in result.stderr


@pytest.mark.slow
def test_seeds_one_lavrov_one_afghan_troops_echo_one_base_conflict(seeds_db):
    lavrov = [s for s in run("speakers", seeds_db) if "Sergey Lavrov" in s["aliases"]]
    assert len(lavrov) == 1 and "Sergei Lavrov" in lavrov[0]["aliases"]
    assert {"001", "002", "003"} <= {d[:3] for d in lavrov[0]["documents"]}

    def afghan_troops(group):
        return {i["doc_id"][:3] for i in group["items"] if "1,000" in i["text"]}

    claim_groups = [g for g in run("echoes", seeds_db) if g["kind"] == "claim"]
    assert sum({"000", "001", "002"} <= afghan_troops(g) for g in claim_groups) == 1

    groups = run("conflicts", seeds_db)
    assert 1 <= len(groups) <= 3
    flagged = {
        tuple(sorted((d["a"][:3] + d["a"].split("/")[1], d["b"][:3] + d["b"].split("/")[1])))
        for g in groups
        for d in g["conflicts"]
    }
    texts = {(c["doc_id"][:3], c["text"].replace("\xa0", " ")) for g in groups for c in g["claims"]}
    assert ("001", "more than 6,000") in texts and ("004", "between 5,000 and 6,000") in texts
    assert any(a.startswith("001") and b.startswith("004") for a, b in flagged)
