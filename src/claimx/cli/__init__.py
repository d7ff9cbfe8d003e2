"""The ``claimx`` command line: thin commands over the library, one module per group.

- ``extract`` (``cli/extract.py``): articles in, records out
- ``eval``, ``schema`` (``cli/info.py``): scoring against labelled data, the records' JSON Schema

stdout carries data only (the table, JSON or JSONL); progress, warnings, errors and the
summary go to stderr. Exit codes: 0 all went well, 1 some input failed (the rest was still
written), 2 usage error (bad option or model, nothing to read, output not writable),
130 interrupted (Ctrl-C), 143 terminated (SIGTERM).

Nothing heavy is imported at module level: ``claimx --help`` and ``claimx schema`` never load spaCy.
"""

from __future__ import annotations

from claimx.cli import corpus as _corpus  # noqa: F401
from claimx.cli import extract as _extract  # noqa: F401  (registers the commands)
from claimx.cli import info as _info  # noqa: F401
from claimx.cli.app import app

__all__ = ["app"]
