"""claimx: who said what, and which numbers are claimed, in news text.

from claimx import Extractor
doc = Extractor().extract(text)
for quote in doc.quotes: ...

Names are imported on first use, so ``import claimx`` (and ``claimx --help``) does not load spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_LAZY = {
    "ClaimxError": "claimx.errors",
    "InputError": "claimx.errors",
    "ModelNotFoundError": "claimx.errors",
    "NoInputsError": "claimx.errors",
    "OutputError": "claimx.errors",
    "RulesError": "claimx.errors",
    "ExtractionError": "claimx.extract",
    "Extractor": "claimx.extract",
    "load_model": "claimx.model",
    "load_pipeline": "claimx.model",
    "resolve_model": "claimx.model",
    "Claim": "claimx.records",
    "Document": "claimx.records",
    "Quote": "claimx.records",
    "Speaker": "claimx.records",
    "json_schema": "claimx.records",
    "jsonl_schema": "claimx.records",
}

__all__ = [
    "Claim",
    "ClaimxError",
    "Document",
    "ExtractionError",
    "Extractor",
    "InputError",
    "ModelNotFoundError",
    "NoInputsError",
    "OutputError",
    "Quote",
    "RulesError",
    "Speaker",
    "__version__",
    "json_schema",
    "jsonl_schema",
    "load_model",
    "load_pipeline",
    "resolve_model",
]

if TYPE_CHECKING:  # pragma: no cover
    from claimx.errors import (
        ClaimxError,
        InputError,
        ModelNotFoundError,
        NoInputsError,
        OutputError,
        RulesError,
    )
    from claimx.extract import ExtractionError, Extractor
    from claimx.model import load_model, load_pipeline, resolve_model
    from claimx.records import Claim, Document, Quote, Speaker, json_schema, jsonl_schema


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")
