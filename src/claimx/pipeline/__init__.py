"""claimx's spaCy components, one module each, registered with ``Language.factory``.

Importing this package registers the components and the Doc extensions; the
package's ``spacy_factories`` entry points mean ``nlp.add_pipe("claimx_quotes")``
works in any English pipeline without importing claimx first.
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("claimx_meta", "claimx_boilerplate", "claimx_captions", "claimx_quotes", "claimx_claims")

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from claimx.pipeline.attributes import BulkAttributeRuler  # noqa: E402
from claimx.pipeline.claims import ClaimsComponent  # noqa: E402
from claimx.pipeline.document import DocumentComponent  # noqa: E402
from claimx.pipeline.paragraphs import paragraph_boundaries  # noqa: E402
from claimx.pipeline.quotes import QuotesComponent  # noqa: E402

COMPONENTS = ("claimx_paragraphs", "claimx_document", "claimx_quotes", "claimx_claims")

__all__ = [
    "COMPONENTS",
    "EXTENSIONS",
    "BulkAttributeRuler",
    "ClaimsComponent",
    "DocumentComponent",
    "QuotesComponent",
    "paragraph_boundaries",
]
