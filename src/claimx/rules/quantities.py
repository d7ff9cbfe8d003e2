"""Numeric claim rules. (placeholder: filled by the claims work)"""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.matches import QuantityMatch


def find_quantities(doc: Doc) -> list[QuantityMatch]:
    return []
