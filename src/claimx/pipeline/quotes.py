"""``claimx_quotes``: attributed statements (direct, indirect, mixed) with their speakers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.rules.quotes import find_quotes


@Language.factory("claimx_quotes", assigns=["doc._.claimx_quotes"], default_config={"resolve_speakers": True})
def make_quotes_component(nlp: Language, name: str, resolve_speakers: bool) -> QuotesComponent:
    return QuotesComponent(nlp, name, resolve_speakers=resolve_speakers)


class QuotesComponent:
    def __init__(self, nlp: Language, name: str = "claimx_quotes", *, resolve_speakers: bool = True) -> None:
        self.name = name
        self.resolve_speakers = resolve_speakers

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_quotes = find_quotes(doc, resolve_speakers=self.resolve_speakers)
        return doc
