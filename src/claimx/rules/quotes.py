"""Quote attribution rules. (placeholder: filled by the quotes work)"""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.matches import QuoteMatch


def find_quotes(doc: Doc, *, resolve_speakers: bool = True) -> list[QuoteMatch]:
    return []
