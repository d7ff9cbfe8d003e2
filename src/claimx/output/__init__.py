"""Writing records, one module per format behind one interface (``Writer``).

- ``table``: Rich panels for people on a terminal (``claimx.output.table``)
- ``json``: one ``{"documents": [...]}`` object; ``jsonl``: one record per line (``claimx.output.json``)
- ``html``: one self-contained report page for a browser (``claimx.output.html``)

Writers stream: each gets documents one at a time and never holds the whole run. A format's
module is imported only when it is used, so ``claimx --help`` loads none of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import IO

from claimx.output.base import Writer, atomic_output, check_output_path

# format -> "module:class"; every class takes the output stream and implements ``Writer``.
WRITERS = {
    "table": "claimx.output.table:TableWriter",
    "json": "claimx.output.json:JsonWriter",
    "jsonl": "claimx.output.json:JsonlWriter",
    "html": "claimx.output.html:HtmlWriter",
}
FORMATS = tuple(WRITERS)
# Inferred from the extension of ``-o FILE`` when no --format is given.
EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "table"}


def make_writer(fmt: str, out: IO[str]) -> Writer:
    """The writer for ``fmt`` writing to ``out``."""
    module, _, cls = WRITERS[fmt].partition(":")
    return getattr(import_module(module), cls)(out)


__all__ = ["EXTENSIONS", "FORMATS", "WRITERS", "Writer", "atomic_output", "check_output_path", "make_writer"]
