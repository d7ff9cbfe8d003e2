"""Amounts in words and the scale a range shares: "a half-dozen", "a couple of hundred",
"5 to 6 million" but not "$750,000 to $1 million". Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimx.rules.numbers import parse_words

from .test_quantities import approx, claim_at


@pytest.mark.parametrize(
    ("words", "value"),
    [("a half-dozen", 6), ("a half dozen", 6), ("half a dozen", 6), ("a half", None), ("half", None)],
)
def test_parse_half_dozens(words, value):
    assert parse_words(words) == value


# (text, anchor, value, magnitude)
WORD_AMOUNTS = [
    ("Police questioned a half-dozen witnesses.", "half", 6, None),
    ("A half dozen bidders remain.", "half", 6, None),  # not "dozen" = 12
    ("The plant will cut a couple of hundred jobs.", "couple", None, 100),
    ("A couple thousand fans waited outside.", "couple", None, 1000),
]


@pytest.mark.parametrize(("text", "anchor", "value", "magnitude"), WORD_AMOUNTS)
def test_amounts_in_words(nlp, text, anchor, value, magnitude):
    q = claim_at(nlp, text, anchor)
    assert (q.value, q.magnitude) == (approx(value), magnitude)


# (text, anchor, low, high)
SHARED_SCALE = [
    ("Repairs will cost between 3 and 4 million euros.", "3", 3e6, 4e6),  # the scale is shared
    ("Flats sell for $850,000 to $1.2 million there.", "850,000", 850_000, 1.2e6),  # it is not
    ("Between 0.5 and 2 billion doses are needed.", "0.5", 5e8, 2e9),
]


@pytest.mark.parametrize(("text", "anchor", "low", "high"), SHARED_SCALE)
def test_a_range_shares_its_scale_only_when_it_fits(nlp, text, anchor, low, high):
    q = claim_at(nlp, text, anchor)
    assert (q.low, q.high) == (approx(low), approx(high))


# (text, anchor, expected span text, low, high)
AGE_BANDS = [
    ("Police detained a 30-something driver.", "30", "30-something", 30, 39),
    ("The forty-something coach was sacked.", "forty", "forty-something", 40, 49),
]


@pytest.mark.parametrize(("text", "anchor", "span", "low", "high"), AGE_BANDS)
def test_a_something_age_is_a_band_of_years(nlp, text, anchor, span, low, high):
    q = claim_at(nlp, text, anchor)  # was 30 exactly
    assert (text[q.start : q.end], q.low, q.high, q.qualifier, q.unit) == (span, low, high, "~", "year")
