"""What a new user broke, each with its own test: tracebacks, wrong exit codes, lost work, ids,
encodings, model problems. No expected failure may show a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from claimx.cli import app
from claimx.ingest import decode, expand, iter_inputs

from .conftest import ROOT, SEEDS

runner = CliRunner()
ONE = SEEDS / "000_ea7898919aa27a3f.txt"


def invoke(*args: str, **kw):
    result = runner.invoke(app, [str(a) for a in args], **kw)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


# -o: checked before any work starts; refused with one line and exit 2


def test_output_into_missing_directory_is_refused_up_front(tmp_path):
    result = invoke("extract", ONE, "-o", tmp_path / "no" / "such" / "out.jsonl")
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "no").exists()


def test_output_onto_a_directory_is_refused_up_front(tmp_path):
    result = invoke("extract", ONE, "-o", tmp_path)
    assert result.exit_code == 2 and "is a directory" in result.stderr
    assert "document" not in result.stderr  # refused before the work, not after it


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere; the read-only case is tested below")
def test_output_into_unwritable_directory_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = invoke("extract", ONE, "-o", locked / "out.jsonl")
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_output_where_no_file_can_be_created_is_refused(tmp_path):
    # /proc refuses new files to everyone, root included, like a read-only file system
    result = invoke("extract", ONE, "-o", "/proc/claimx-out.jsonl")
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_output_format_follows_the_extension(tmp_path):
    out = tmp_path / "out.json"
    assert invoke("extract", ONE, "-o", out, "-q").exit_code == 0
    assert len(json.loads(out.read_text())["documents"]) == 1  # JSON, not JSONL


def test_output_file_gets_the_mode_of_a_redirect(tmp_path):
    out = tmp_path / "out.jsonl"
    invoke("extract", ONE, "-o", out, "-q")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_sigterm_leaves_no_partial_file(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", "-", "-o", str(out)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    proc.stdin.write(b'{"id": "a", "text": "\\"We are ready,\\" Lavrov said."}\n')
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.part")) and time.monotonic() < deadline:
        time.sleep(0.1)  # the model is loaded and the output opened: claimx now waits on stdin
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143 and b"terminated" in stderr
    assert list(tmp_path.iterdir()) == []


# eval on data that is not gold


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("out.json", '{"documents": []}'),
        ("list.json", "[1, 2, 3]"),
        ("broken.json", "{not json"),
        ("rows.jsonl", '{"id": 1, "text": "x"}\n'),
        ("rows2.jsonl", "[1, 2]\n"),
        ("quotes.jsonl", '{"id": "x", "text": "y", "quotes": [{"nothing": 1}]}\n'),
    ],
)
def test_eval_on_data_that_is_not_gold_is_one_line(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    result = invoke("eval", path)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error:")


# --glob


@pytest.mark.parametrize("pattern", ["/etc/*", "../*.txt", "sub/../../*.txt"])
def test_glob_may_not_leave_the_directory(pattern):
    result = invoke("extract", SEEDS, "--glob", pattern)
    assert result.exit_code == 2 and "may not" in result.stderr


def test_symlinked_subdirectory_is_followed_once(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("x")
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(real)
    (real / "loop").symlink_to(real)  # a loop must end
    assert [Path(p).name for p in expand([str(top)])] == ["a.txt"]


# signals to the caller


def test_table_into_head_ends_quietly_with_exit_0():
    cmd = f"{sys.executable} -m claimx extract {SEEDS} {SEEDS} {SEEDS} -f table -q | head -1"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_missing_model_from_environment_is_a_usage_error(monkeypatch):
    monkeypatch.setenv("CLAIMX_MODEL", "no_such_model_pkg")
    result = invoke("extract", ONE)
    assert result.exit_code == 2 and "$CLAIMX_MODEL" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_blank_model_is_one_line_and_exit_2(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    result = invoke("extract", SEEDS, "--model", tmp_path / "blank")
    assert result.exit_code == 2
    assert "lacks what claimx needs" in result.stderr and "dependency parser" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_non_english_model_is_warned():
    from claimx.model import model_warnings

    assert model_warnings(spacy.blank("fr")) and not model_warnings(spacy.blank("en"))


def test_non_english_text_is_warned_once(tmp_path):
    french = (
        "Le ministre des Affaires étrangères a déclaré mercredi que la Russie était prête à aider "
        "le pays voisin, selon une dépêche de l'agence. Il a ajouté que la situation restait tendue "
        "à la frontière et que des mesures seraient prises si nécessaire, a-t-il dit aux journalistes."
    )
    for i in range(3):
        (tmp_path / f"fr{i}.txt").write_text(french)
    result = invoke("extract", tmp_path, "-f", "jsonl", "-q")
    assert result.exit_code == 0
    assert result.stderr.count("does not look like English") == 1
    seeds = invoke("extract", SEEDS, "-f", "jsonl", "-q")
    assert "English" not in seeds.stderr


# ids


def test_duplicate_ids_are_made_unique_with_a_warning(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "001.txt").write_text('"We are ready," Lavrov said.')
    lines = tmp_path / "more.jsonl"
    lines.write_text(
        '{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n{"id": null, "text": "Three."}\n'
        '{"text": "Four."}\n'
    )
    result = invoke("extract", tmp_path / "a", tmp_path / "b", lines, "-f", "jsonl")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines() if '"type": "document"' in line]
    assert ids == ["001", "001-2", "x", "x-2", "more-3", "more-4"]
    assert result.stderr.count("duplicate document id") == 2
    assert "None" not in ids


def test_fifo_named_explicitly_is_reported_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    items = list(iter_inputs([str(ONE), str(fifo)]))
    assert items[0].id == ONE.stem
    assert "FIFO" in str(items[1])


# encodings


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ('"Nous sommes prêts à tout," said Jean Dupont, the café owner.', "latin-1"),
        ('"Nous sommes prêts à tout," said Jean Dupont, the café owner.', "cp1252"),
        ("Müller said the café in Zürich was closed for the naïve résumé of façades. " * 30, "latin-1"),
        ("Der Bürgermeister sagte: „Wir sind bereit.“ Größe, Straße, Äpfel.", "cp1252"),
        ("Zażółć gęślą jaźń, powiedział minister Łukasz w środę. Żółw.", "cp1250"),
        ("Министр иностранных дел заявил, что Россия готова помочь соседям. " * 5, "cp1251"),
    ],
)
def test_encodings_short_and_long(text, encoding):
    decoded, warnings = decode(text.encode(encoding), "x")
    assert decoded == text
    assert warnings and warnings[0].startswith("not UTF-8")


def test_latin1_file_survives_end_to_end(tmp_path):
    f = tmp_path / "fr.txt"
    f.write_bytes('"Nous sommes prêts à tout," said Jean Dupont, the café owner.'.encode("latin-1"))
    result = invoke("extract", f, "-f", "json", "-q")
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["quotes"][0]["text"] == "Nous sommes prêts à tout,"


# the contract


def test_every_jsonl_line_validates_against_the_published_schema():
    import jsonschema

    schema = json.loads(invoke("schema", "--format", "jsonl").stdout)
    result = invoke("extract", SEEDS, "-f", "jsonl", "-q")
    kinds = set()
    for line in result.stdout.splitlines():
        record = json.loads(line)
        jsonschema.validate(record, schema)
        kinds.add(record["type"])
    assert kinds == {"document", "quote", "claim"}


def test_gitignore_covers_output_files():
    ignored = (ROOT / ".gitignore").read_text().split()
    assert "out*.json" in ignored and "out*.jsonl" in ignored


def test_help_shows_plain_defaults():
    result = invoke("extract", "--help")
    assert "<list" not in result.stdout
    assert "*.txt" in result.stdout and "en_core_web_sm" in result.stdout


def test_cli_default_globs_match_the_readers():
    from claimx.cli.extract import DEFAULT_GLOBS
    from claimx.ingest import DEFAULT_PATTERNS

    assert tuple(DEFAULT_GLOBS) == tuple(DEFAULT_PATTERNS)


# no traceback for any bad value of any option


BAD_VALUES = ("", "-1", "nonsense", "/nonexistent/x", "0")


def _commands():
    import typer.main

    click_app = typer.main.get_command(app)
    for name, command in click_app.commands.items():
        for param in command.params:
            if param.param_type_name == "option" and not param.is_flag and param.name != "help":
                yield name, param.opts[0]


@pytest.mark.slow
@pytest.mark.parametrize(("command", "option"), sorted(set(_commands())))
def test_no_traceback_for_bad_option_values(tmp_path, command, option):
    (tmp_path / "empty").mkdir()  # extract stops at "no input files" before loading a model
    target = {"extract": [str(tmp_path / "empty")], "eval": [str(tmp_path / "missing.jsonl")]}
    for value in BAD_VALUES:
        args = [command, *target.get(command, [str(tmp_path / "missing.db")]), option, value]
        if command == "extract":
            args += ["-o", str(tmp_path / "out.jsonl")]
        result = invoke(*args)
        assert result.exit_code != 0 or command == "schema", (args, result.output)


def test_eval_misses_print_text_not_escapes():
    from claimx.evaluate.seeds import _show

    assert _show("more\xa0than 1,000") == '"more than 1,000"'
    assert "\\x" not in _show("a\xa0b\u202fc")
