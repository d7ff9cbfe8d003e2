"""Small helpers on spaCy tokens that several rule modules share."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_TEXT_KEY = "claimx.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text anew on each access, which
    costs a few milliseconds per article for each component that reads it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:  # the text of a Doc never changes (retokenizing keeps it)
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


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
