"""Property tests: arbitrary text and soups of quote marks, numbers and reporting verbs never
crash the extractor, and every record's offsets cut its own text out of the original."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimx import Extractor
from claimx.text import normalize

PIECES = [
    '"', "'", "“", "”", "‘", "’", "«", "»", " said", " says", " told reporters", " according to",
    ", he added",
    " Lavrov", " the Minister", " more than", " about", " 1,000", " 2.5", " two-thirds", " 30%", " $1.2bn",
    " between", " and", " 5,000-6,000", " dozens of", " troops", ".", ",", ":", "\n", "\n\n", "\xa0", " ",
    "[link](#)", "**", "# ", "<https://x.org/a1>", "\r\n", "\ufeff", "July 1, 2024",
]  # fmt: skip

soups = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
anything = st.text(max_size=300)


def _check(extractor: Extractor, text: str) -> None:
    doc = extractor.extract(text)
    for record in [*doc.quotes, *doc.claims]:
        assert 0 <= record.start < record.end <= len(text)
        assert record.text == text[record.start : record.end]
        assert normalize(record.text).text.strip()  # never an empty or markup-only record
        if record.speaker is not None:
            assert 0 <= record.speaker.start <= record.speaker.end <= len(text)
            assert record.speaker.text == text[record.speaker.start : record.speaker.end]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=soups)
def test_quote_and_number_soup(nlp, text):
    _check(Extractor(nlp=nlp), text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=anything)
@example(text="\x03\U0006e7d7v\x1d")  # an entity of control characters once broke the speaker registry
def test_arbitrary_unicode(nlp, text):
    _check(Extractor(nlp=nlp), text)
