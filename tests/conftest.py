from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The full claimx pipeline (model + components), loaded once per test session."""
    from claimx.model import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """Whole-text extraction (the text is normalised first), sharing the session's pipeline."""
    from claimx import Extractor

    return Extractor(nlp=nlp).extract
