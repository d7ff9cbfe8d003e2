"""Pure number parsing."""

from __future__ import annotations

import pytest

from claimx.rules.numbers import parse_digits, parse_fraction, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,000", 1000), ("1,307,000", 1307000), ("2.5", 2.5), (".500", 0.5), ("13000", 13000), ("x1", None)],
)
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty", 20),
        ("Twenty-five", 25),
        ("two hundred", 200),
        ("three thousand", 3000),
        ("two thousand five hundred", 2500),
        ("four million", 4e6),
        ("a dozen", 12),
        ("a million", 1e6),
        ("half a million", 5e5),
        ("half a dozen", 6),
        ("half", None),
        ("five twenty", None),
        ("thirteen five", None),
        ("banana", None),
    ],
)
def test_parse_words(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize(
    ("num", "den", "value"),
    [
        ("two", "thirds", 2 / 3),
        ("a", "quarter", 0.25),
        (None, "half", 0.5),
        ("3", "quarters", 0.75),
        ("x", "thirds", None),
    ],
)
def test_parse_fraction(num, den, value):
    assert parse_fraction(num, den) == (pytest.approx(value) if value is not None else None)
