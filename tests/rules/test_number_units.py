"""Units keep their prefix: the value is the number as written, so the unit must say what it
counts in ("16 GB" is 16 gigabytes, not 16 bytes), and percentage points are not percent."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at

# (text, anchor, value, unit)
PREFIXED = [
    ("The detector sees electrons of 27 keV and more.", "27", 27, "keV"),
    ("The beam reached 21 MeV in the test.", "21", 21, "MeV"),
    ("The radio station broadcasts on 98.5 MHz.", "98.5", 98.5, "MHz"),
    ("The chip runs at 3.2 GHz.", "3.2", 3.2, "GHz"),
    ("The tyres were pumped to 220 kPa.", "220", 220, "kPa"),
    ("Pressure at the centre fell to 950 hPa.", "950", 950, "hPa"),
    ("The phone ships with 256 GB of storage.", "256", 256, "GB"),
    ("The plan gives 500 MB of data a month.", "500", 500, "MB"),
    ("The drug worked at 10 μM in the dish.", "10", 10, "µM"),
    ("The rocks formed 66 Ma ago.", "66", 66, "Ma"),
    ("The signal lasted 40 ms.", "40", 40, "ms"),
    ("A serving holds 250 kcal.", "250", 250, "kcal"),
    ("Ozone reached 80 ppb in the city.", "80", 80, "ppb"),
    ("Unemployment rose 1.5 percentage points in a year.", "1.5", 1.5, "percentage points"),
    ("Unemployment rose 1.5% in a year.", "1.5", 1.5, "percent"),
    ("The central bank added 25bps to its main rate.", "25", 25, "basis points"),  # not 25 points
    ("Spreads widened by 40 basis points.", "40", 40, "basis points"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "unit"), PREFIXED)
def test_a_prefixed_unit_is_its_own_unit(nlp, text, anchor, value, unit):
    q = claim_at(nlp, text, anchor)
    assert q.value == approx(value)
    assert q.unit == unit


# (text, anchor, expected span text, value, low, high, unit): science units and their ranges
SCIENCE = [
    ("The wind reaches its peak by 5Rp in the model.", "5", "5Rp", 5, None, None, "R_p"),
    ("The planet is 1.3 RJ across.", "1.3", "1.3 RJ", 1.3, None, None, "R_J"),
    ("The star is 2.5 R☉ in radius.", "2.5", "2.5 R☉", 2.5, None, None, "R_sun"),
    ("The ring lies at 3Rs from the centre.", "3", "3Rs", 3, None, None, "R_S"),
    ("The aurora glowed at 88 kR in the run.", "88", "88 kR", 88, None, None, "kR"),
    ("Ions left at 25 km s−1 on average.", "25", "25 km s−1", 25, None, None, "km/s"),
    ("The site stored 5 Mt of carbon dioxide.", "5", "5 Mt", 5, None, None, "Mt"),
    ("Plots yielded 11.5 Mg of grain per hectare.", "11.5", "11.5 Mg", 11.5, None, None, "Mg"),
    ("The lake water was at pH 7–8 all year.", "7", "pH 7–8", None, 7, 8, "pH"),
    ("The odds were 2.3 (95% CI 1.92–2.65) in the study.", "1.92", "1.92–2.65", None, 1.92, 2.65, None),
    ("In the run shown in Fig. 10, 350 electrons were fired.", "350", "350", 350, None, None, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "low", "high", "unit"), SCIENCE)
def test_science_units_and_ranges(nlp, text, anchor, span, value, low, high, unit):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert (q.value, q.low, q.high, q.unit) == (approx(value), approx(low), approx(high), unit)


@pytest.mark.parametrize(
    "text", ["Rupees are written Rs 500 in the bill.", "See Fig. 10, 11 and 12.", "The text is on page 4, 5."]
)
def test_no_science_unit_where_none_is_meant(nlp, text):
    claims = nlp(text)._.claimx_claims
    assert all(q.unit not in ("R_S",) for q in claims)
    if "Fig." in text or "page" in text:
        assert claims == []


def test_a_no_break_space_groups_thousands(nlp):
    from claimx import Extractor

    text = "The town has 10\xa0000 residents and 1\u202f250\u202f000 visitors."
    claims = Extractor(nlp=nlp).extract(text).claims
    assert [(c.text, c.value) for c in claims] == [("10\xa0000", 10000), ("1\u202f250\u202f000", 1250000)]


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("The senator is 6'3\" tall.", "6", "6'3\"", 6.25),
        ("The centre stands 7′1″ in socks.", "7", "7′1″", 7 + 1 / 12),
        ("He was 5'11'' at sixteen.", "5", "5'11''", 5 + 11 / 12),
    ],
)
def test_feet_and_inches_marks_are_one_height(nlp, text, anchor, span, value):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), "ft")


@pytest.mark.parametrize(
    ("text", "anchor", "span", "unit"),
    [
        ("She won by a 12-point margin.", "12", "12-point", "points"),
        ("The Tories hold a seven-point national lead.", "seven", "seven-point", "points"),
        ("Polls show a 5-percentage-point swing.", "5", "5-percentage-point", "percentage points"),
        ("He unveiled a 10-point plan.", "10", "10", None),  # a plan of ten points measures nothing
    ],
)
def test_a_margin_in_points(nlp, text, anchor, span, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.unit) == (span, unit)
