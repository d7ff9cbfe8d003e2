"""What every writer shares: the ``Writer`` interface and atomic file output."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from claimx.errors import OutputError
from claimx.records import Document


class Writer(Protocol):
    """Gets documents one at a time, in input order; ``close`` finishes the output."""

    def write(self, doc: Document) -> None: ...
    def close(self) -> None: ...


def check_output_path(path: Path) -> None:
    """Refuse an output path before any work starts: a directory, a missing parent directory,
    or a place claimx may not write. (Raises ``OutputError``.)"""
    path = Path(path)
    parent = path.parent
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name (-o {path / 'out.jsonl'})")
    if not parent.is_dir():
        raise OutputError(f"{path}: directory {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot write in {str(parent)!r} (permission denied or read-only)")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"{path}: file is not writable")
    try:  # the real test (root passes os.access; a read-only file system does not)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write in {str(parent)!r} ({exc.strerror or exc})") from None
    os.close(fd)
    os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and move it into place only on success:
    after an error, Ctrl-C or SIGTERM there is no half-written file (and an old one is left as
    it was). The file gets the mode a plain ``>`` redirect would give it."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
