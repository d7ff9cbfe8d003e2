"""Small hand-made records for the store and corpus tests (no spaCy): a document's text is built
from sentences, and each quote or claim is found in it by its words."""

from __future__ import annotations

from claimx.records import Claim, Document, Quote, Speaker


def speaker(name: str | None, text: str | None = None, role: str | None = None, type="person") -> Speaker:
    return Speaker(text=text or name or "someone", name=name, role=role, type=type, start=0, end=1)


def document(
    doc_id: str,
    sentences: list[str],
    *,
    quotes: list[tuple[str, Speaker | None]] = (),
    claims: list[dict] = (),
    published: str | None = None,
    publisher: str | None = "The Test Post",
) -> Document:
    """``quotes``: (text, speaker); ``claims``: Claim fields with ``text`` found in the sentences."""
    text = " ".join(sentences)
    qs = []
    for n, (quote, sp) in enumerate(quotes, 1):
        start = text.index(quote)
        end = start + len(quote)
        qs.append(Quote(id=f"q{n}", kind="direct", text=quote, start=start, end=end, speaker=sp))
    cs = []
    for n, fields in enumerate(claims, 1):
        start = text.index(fields["text"])
        cs.append(Claim(id=f"c{n}", start=start, end=start + len(fields["text"]), **fields))
    meta = {"title": sentences[0], "published": published, "publisher": publisher}
    return Document(id=doc_id, text=text, quotes=qs, claims=cs, **meta)
