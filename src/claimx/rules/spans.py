"""Small helpers on spaCy tokens that several rule modules share."""

from __future__ import annotations

from spacy.tokens import Span, Token


def entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, read from the tokens' IOB tags (not a scan of
    ``doc.ents``, which builds every entity of the Doc: a lookup costs the entity's length)."""
    if not tok.ent_type_:
        return None
    doc, a, b = tok.doc, tok.i, tok.i + 1
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    while b < len(doc) and doc[b].ent_iob_ == "I":
        b += 1
    return Span(doc, a, b, label=tok.ent_type_)
