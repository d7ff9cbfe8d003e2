"""Reading inputs: every kind of bad input gives a clear error or warning, and the rest goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimx.errors import InputError, NoInputsError
from claimx.ingest import Source, expand, iter_inputs


def read(*paths: Path | str, stdin: bytes = b"") -> list:
    return list(iter_inputs([str(p) for p in paths], stdin=io.BytesIO(stdin)))


def test_directory_is_searched_recursively_for_txt_and_md(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.md", "c.json", "sub/d.pdf"):
        (tmp_path / name).write_text("x")
    assert [Path(p).name for p in expand([str(tmp_path)])] == ["a.txt", "b.md"]


def test_directory_without_inputs_is_a_usage_error(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(NoInputsError, match="no input files"):
        expand([str(tmp_path)])


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        (b"", "", "empty document"),
        (b"  \n\t\n", "  \n\t\n", "document has only white space"),
        ("\ufeffTitle".encode(), "\ufeffTitle", None),  # BOM kept as a character: offsets match a UTF-8 read
        (b"one\r\ntwo\r\n", "one\r\ntwo\r\n", None),  # line ends as stored
    ],
)
def test_text_files(tmp_path, data, text, warning):
    f = tmp_path / "doc.txt"
    f.write_bytes(data)
    (src,) = read(f)
    assert isinstance(src, Source) and src.id == "doc" and src.text == text
    assert src.warnings == ([warning] if warning else [])


def test_non_utf8_is_detected_and_warned(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Le ministre a déclaré « nous sommes prêts » à Genève, a-t-il dit.".encode("cp1252"))
    (src,) = read(f)
    assert "déclaré" in src.text
    assert src.warnings and src.warnings[0].startswith("not UTF-8; decoded as")


def test_binary_file_is_skipped_with_a_clear_message(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (err,) = read(f)
    assert isinstance(err, InputError) and "binary" in str(err) and str(f) in str(err)


def test_missing_and_unreadable_files_do_not_stop_the_others(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("Fine.")
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    results = read(tmp_path / "missing.txt", locked, good)
    assert [type(r).__name__ for r in results] == ["InputError", "InputError", "Source"]
    assert "no such file" in str(results[0]) and "Permission denied" in str(results[1])


def test_jsonl_bad_lines_are_reported_with_file_and_line(tmp_path):
    f = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": "a", "text": "One.", "extra": 1}), "{not json", json.dumps({"id": "b"}), "",
             json.dumps({"text": "No id."})]  # fmt: skip
    f.write_text("\n".join(lines) + "\n")
    results = read(f)
    assert [type(r).__name__ for r in results] == ["Source", "InputError", "InputError", "Source"]
    assert results[0].id == "a" and results[0].path == f"{f}:1"
    assert f"{f}:2" in str(results[1]) and "not valid JSON" in str(results[1])
    assert f"{f}:3" in str(results[2]) and '"text"' in str(results[2])
    assert results[3].id == "docs-5"


def test_stdin_text_and_stdin_jsonl():
    (src,) = read("-", stdin=b"He said so.")
    assert src.id == "stdin" and src.text == "He said so."
    docs = read("-", stdin=b'{"id": "x", "text": "A."}\n{"id": "y", "text": "B."}\n')
    assert [d.id for d in docs] == ["x", "y"]
