"""Reading inputs: files, directories, ``-`` (stdin) and JSONL files of ``{"id", "text"}`` objects.

``iter_inputs`` yields a ``Source`` per document and an ``InputError`` per input that could
not be read, in order, so that one bad file never stops the others.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from charset_normalizer import from_bytes

from claimx.errors import InputError, NoInputsError

DEFAULT_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
BINARY_SNIFF = 8192


@dataclass(slots=True)
class Source:
    """One document to process: its id, where it came from, and its text exactly as read.

    ``meta``: metadata the input itself declares (an HTML page's title, ``published``, ``byline``,
    ``publisher``, ``url``); it wins over what the rules read from the text. ``keep_text``: the
    text is not the input as read (extracted from HTML), so the Document carries it."""

    id: str
    text: str
    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] | None = None
    keep_text: bool = False


class Inputs(list):
    """The expanded input paths, with the warnings that expanding them raised (``.warnings``)."""

    def __init__(self, items: Iterable[str] = (), warnings: list[str] | None = None) -> None:
        super().__init__(items)
        self.warnings: list[str] = warnings or []


def expand(args: Iterable[str], patterns: Iterable[str] = DEFAULT_PATTERNS) -> Inputs:
    """Expand directories into their matching files (recursive, sorted). Files and ``-`` pass as given.

    A directory with no matching file is a usage error: better said before any work starts.
    """
    patterns = tuple(patterns)
    out = Inputs()
    for arg in args:
        p = Path(arg)
        if arg != "-" and p.is_dir():
            found = sorted({f for pat in patterns for f in p.rglob(pat) if f.is_file()})
            if not found:
                raise NoInputsError(f"{arg}: no input files ({', '.join(patterns)}) in this directory")
            out.extend(str(f) for f in found)
        else:
            out.append(arg)
    if not out:
        raise NoInputsError("no inputs given")
    return out


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (a BOM is kept as a character, so offsets match a plain UTF-8 read);
    anything else is detected with charset-normalizer and reported as a warning."""
    if b"\x00" in data[:BINARY_SNIFF] and not _utf16(data):
        raise InputError(source, "looks like a binary file (NUL bytes), skipped")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "not text in any encoding claimx can detect, skipped")
    return str(best), [f"not UTF-8; decoded as {best.encoding}"]


def _utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def read_text_source(data: bytes, source: str, doc_id: str, path: str | None) -> Source:
    text, warnings = decode(data, source)
    if not text.strip():
        warnings.append("empty document" if not text else "document has only white space")
    return Source(doc_id, text, path, warnings)


def read_jsonl(stream: Iterable[bytes], source: str) -> Iterator[Source | InputError]:
    """Each line a JSON object with ``id`` and ``text`` (or ``html``: a web page, read with
    ``claimx.webpage``); other fields are ignored."""
    for lineno, raw in enumerate(stream, 1):
        where = f"{source}:{lineno}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield InputError(where, f"not valid JSON ({exc.__class__.__name__}: {exc}), line skipped")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text", obj.get("html")), str):
            msg = 'a JSONL line needs an object with a string "text" (or "html"), line skipped'
            yield InputError(where, msg)
            continue
        doc_id = str(obj.get("id", f"{Path(source).stem}-{lineno}"))
        if not isinstance(obj.get("text"), str):
            from claimx.webpage import read_page

            try:
                yield read_page(obj["html"], where, doc_id, where)
            except InputError as exc:
                yield exc
            continue
        warnings = [] if obj["text"].strip() else ["empty document"]
        yield Source(doc_id, obj["text"], where, warnings)


def read_stdin(stdin: BinaryIO) -> Iterator[Source | InputError]:
    """``-``: JSONL (streamed line by line) when the first line is a JSON object with "text",
    else the whole of stdin is one text document."""
    first = stdin.readline()
    try:
        head = json.loads(first)
        is_jsonl = isinstance(head, dict) and isinstance(head.get("text", head.get("html")), str)
    except (json.JSONDecodeError, UnicodeDecodeError):
        is_jsonl = False
    if is_jsonl:
        yield from read_jsonl(itertools.chain([first], stdin), "<stdin>")
        return
    try:
        yield read_text_source(first + stdin.read(), "<stdin>", "stdin", None)
    except InputError as exc:
        yield exc


def iter_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Source | InputError]:
    """Read each (already expanded) input path in turn."""
    for arg in paths:
        if arg == "-":
            yield from read_stdin(stdin or sys.stdin.buffer)
            continue
        p = Path(arg)
        try:
            if p.suffix.lower() in JSONL_SUFFIXES:
                with p.open("rb") as fh:
                    yield from read_jsonl(fh, arg)
                continue
            data = p.read_bytes()
        except FileNotFoundError:
            yield InputError(arg, "no such file")
            continue
        except IsADirectoryError:
            yield InputError(arg, "is a directory")
            continue
        except OSError as exc:
            yield InputError(arg, f"cannot be read ({exc.strerror or exc})")
            continue
        try:
            if p.suffix.lower() in HTML_SUFFIXES:
                from claimx.webpage import read_page

                yield read_page(data, arg, p.stem, arg)
            else:
                yield read_text_source(data, arg, p.stem, arg)
        except InputError as exc:
            yield exc
