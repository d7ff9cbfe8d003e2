"""``claimx_document``: title, byline, date, publisher, URL; the paragraphs that are not article;
and photo captions."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.rules.boilerplate import find_boilerplate
from claimx.rules.captions import find_captions
from claimx.rules.metadata import find_metadata
from claimx.rules.spans import doc_text


@Language.factory(
    "claimx_document",
    assigns=["doc._.claimx_meta", "doc._.claimx_boilerplate", "doc._.claimx_captions"],
    default_config={},
)
def make_document_component(nlp: Language, name: str) -> DocumentComponent:
    return DocumentComponent(nlp, name)


class DocumentComponent:
    def __init__(self, nlp: Language, name: str = "claimx_document") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.claimx_boilerplate = find_boilerplate(text)
        doc._.claimx_captions = find_captions(text, doc._.claimx_boilerplate)
        doc._.claimx_meta = find_metadata(text, boilerplate=doc._.claimx_boilerplate)
        return doc
