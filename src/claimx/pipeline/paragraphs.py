"""``claimx_paragraphs``: a line break always ends a sentence.

News text puts headlines, bylines and dates on lines of their own without final
punctuation; left alone, the parser glues them to the next paragraph. This runs
before the parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("claimx_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if ("\n" in token.text_with_ws and not token.is_space) or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc
