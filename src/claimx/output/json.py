"""JSON for pipes: ``json`` (one object holding every document) and ``jsonl`` (one record per line).

JSONL puts a ``document`` line first (with ``n_quotes`` and ``n_claims``), then the document's
``quote`` and ``claim`` lines, each with ``doc_id``. ``claimx schema --jsonl`` describes these lines.
"""

from __future__ import annotations

import json
from typing import IO

from claimx.records import Document


class JsonWriter:
    """``{"documents": [...]}``, written document by document."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0
        out.write('{"documents": [')

    def write(self, doc: Document) -> None:
        self.out.write(("," if self.count else "") + "\n" + doc.model_dump_json())
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        self.out.write("\n]}\n")
        self.out.flush()


def jsonl_lines(doc: Document) -> list[str]:
    """A document as JSONL lines: its head, then its quotes and claims."""
    head = doc.model_dump(mode="json", exclude={"quotes", "claims"})
    head["n_quotes"], head["n_claims"] = len(doc.quotes), len(doc.claims)
    lines = [json.dumps(head, ensure_ascii=False)]
    for rec in [*doc.quotes, *doc.claims]:
        lines.append(json.dumps({"doc_id": doc.id, **rec.model_dump(mode="json")}, ensure_ascii=False))
    return lines


class JsonlWriter:
    """One record per line (see the module docstring)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, doc: Document) -> None:
        self.out.write("\n".join(jsonl_lines(doc)) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()
