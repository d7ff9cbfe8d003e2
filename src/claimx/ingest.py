"""Reading inputs: files, directories, ``-`` (stdin) and JSONL files of ``{"id", "text"}`` objects.

``iter_inputs`` yields a ``Source`` per document and an ``InputError`` per input that could
not be read, in order, so that one bad file never stops the others.
"""

from __future__ import annotations

import itertools
import json
import os
import stat
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
# Latin-script code pages (Central European, Baltic, DOS) that charset-normalizer may guess for
# Western European text; cp1252 is preferred when it decodes the bytes to plain Western letters
# and punctuation only. (Cyrillic and Greek code pages are not here: cp1252 would give them a
# plausible-looking mojibake of Western letters.)
OTHER_LATIN = frozenset(
    {
        "cp1250",
        "iso8859_2",
        "cp1257",
        "iso8859_4",
        "iso8859_13",
        "mac_latin2",
        "cp852",
        "cp775",
        "cp437",
        "cp850",
    }
)
WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŸŽžß‘’“”„‚«»‹›–—…•€£¥©®°±·¶§¡¿\xa0"
)


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

    Symlinked subdirectories are followed (each real directory once, so a link loop ends).
    Patterns are matched against the path relative to the directory and may not be absolute or
    contain ``..``: a pattern never reads files outside the directory given. A directory with no
    matching file is a usage error: better said before any work starts.
    """
    patterns = tuple(patterns)
    for pat in patterns:
        if Path(pat).is_absolute() or ".." in Path(pat).parts or not pat.strip():
            raise NoInputsError(
                f"--glob {pat!r}: a pattern is relative to each directory given and may not be "
                "absolute or contain '..'; name such files as arguments instead"
            )
    out = Inputs()
    for arg in args:
        p = Path(arg)
        if arg != "-" and p.is_dir():
            found = sorted(_walk(p, patterns))
            if not found:
                raise NoInputsError(f"{arg}: no input files ({', '.join(patterns)}) in this directory")
            out.extend(str(f) for f in found)
        else:
            out.append(arg)
    if not out:
        raise NoInputsError("no inputs given")
    return out


def _walk(top: Path, patterns: tuple[str, ...]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(top, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop, or a directory linked twice
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in files:
            path = Path(root, name)
            rel = path.relative_to(top)
            if any(rel.match(pat) for pat in patterns) and path.is_file():
                yield path


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
    encoding, text = best.encoding, str(best)
    if encoding in OTHER_LATIN:  # short Western texts are often guessed as cp1250 ("pręts ŕ")
        western = _western(data)
        if western is not None:
            encoding, text = "cp1252", western
    return text, [f"not UTF-8; decoded as {encoding}"]


def _western(data: bytes) -> str | None:
    """``data`` as cp1252 if every non-ASCII character it gives is a plain Western letter or
    typographic punctuation, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if all(ch.isascii() or ch in WESTERN for ch in text) else None


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
        raw_id = obj.get("id")
        doc_id = str(raw_id) if raw_id not in (None, "") else f"{Path(source).stem}-{lineno}"
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
    """Read each (already expanded) input path in turn. Document ids are unique within a run: a
    repeated id (the same file stem in two directories, two JSONL lines with one id) gets a
    suffix (``001-2``) and a warning, so that ``(doc_id, id)`` always names one record."""
    seen: dict[str, int] = {}
    for item in _read_all(paths, stdin):
        if isinstance(item, Source):
            _unique_id(item, seen)
        yield item


def _unique_id(src: Source, seen: dict[str, int]) -> None:
    n = seen.get(src.id, 0)
    seen[src.id] = n + 1
    if n:
        new = f"{src.id}-{n + 1}"
        while new in seen:
            n += 1
            new = f"{src.id}-{n + 1}"
        seen[new] = 1
        src.warnings.append(f"duplicate document id {src.id!r}; this one is {new!r}")
        src.id = new


def _read_all(paths: Iterable[str], stdin: BinaryIO | None) -> Iterator[Source | InputError]:
    for arg in paths:
        if arg == "-":
            yield from read_stdin(stdin or sys.stdin.buffer)
            continue
        p = Path(arg)
        try:
            mode = p.stat().st_mode
            if not stat.S_ISREG(mode) and not (stat.S_ISFIFO(mode) and _is_process_pipe(arg)):
                kind = (
                    "a directory"
                    if stat.S_ISDIR(mode)
                    else "a FIFO"
                    if stat.S_ISFIFO(mode)
                    else "not a regular file"
                )
                yield InputError(arg, f"is {kind}, skipped (pipe data in with -)")
                continue
            if p.suffix.lower() in JSONL_SUFFIXES:
                with p.open("rb") as fh:
                    yield from read_jsonl(fh, arg)
                continue
            data = p.read_bytes()
        except FileNotFoundError:
            yield InputError(arg, "no such file")
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


def _is_process_pipe(arg: str) -> bool:
    """``<(command)``: the shell's /dev/fd/N pipe, read like a file."""
    return arg.startswith(("/dev/fd/", "/proc/self/fd/")) or arg == "/dev/stdin"
