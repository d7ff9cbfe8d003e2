"""Document metadata from the text. (placeholder: filled by the documents work)"""

from __future__ import annotations

from claimx.matches import DocumentMeta, Region


def find_metadata(text: str, *, boilerplate: list[Region] = ()) -> DocumentMeta:
    return DocumentMeta()
