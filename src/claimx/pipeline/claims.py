"""``claimx_claims``: numeric expressions with value, range, qualifier, unit and subject."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.rules.quantities import find_quantities


@Language.factory("claimx_claims", assigns=["doc._.claimx_claims"], default_config={})
def make_claims_component(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)


class ClaimsComponent:
    def __init__(self, nlp: Language, name: str = "claimx_claims") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_claims = find_quantities(doc)
        return doc
