"""claimx: who said what, and which numbers are claimed, in news text.

from claimx import Extractor
doc = Extractor().extract(text)
for quote in doc.quotes: ...
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimx.errors import ClaimxError, InputError, ModelNotFoundError, NoInputsError, RulesError
from claimx.extract import ExtractionError, Extractor
from claimx.model import load_pipeline, resolve_model
from claimx.records import Claim, Document, Quote, Speaker, json_schema

__all__ = [
    "Claim",
    "ClaimxError",
    "Document",
    "ExtractionError",
    "Extractor",
    "InputError",
    "ModelNotFoundError",
    "NoInputsError",
    "Quote",
    "RulesError",
    "Speaker",
    "__version__",
    "json_schema",
    "load_pipeline",
    "resolve_model",
]
