"""Sixth sweep over news number forms: bounds written after the noun, ratios and odds, bands named in
words, frequencies, blood pressure readings and bond tenors; one test per class, all sentences
written for these tests."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, span, qualifier, low, high)
POSTFIX_AFTER_NOUN = [
    ("The new jab was 95% effective or more in trials.", "95", "95% effective or more", ">=", 95, None),
    ("A room at the inn costs $90, tops.", "90", "$90, tops", "<=", None, 90),
    ("Each minibus holds 40 people or fewer.", "40", "40 people or fewer", "<=", None, 40),
    ("Organisers expect 5,000 marchers or more.", "5,000", "5,000 marchers or more", ">=", 5000, None),
    ("The cottage sleeps 6 guests, at most.", "6", "6 guests, at most", "<=", None, 6),
    ("The new roof will cost $400 at least.", "400", "$400 at least", ">=", 400, None),
    ("The flood left 200 families or so homeless.", "200", "200 families or so", "~", None, None),
    # as before: postfixes written next to the number
    ("The pier will take 10 years or so to rebuild.", "10", "10 years or so", "~", None, None),
    ("Police said 5,000 or more marchers came.", "5,000", "5,000 or more", ">=", 5000, None),
    ("A ticket costs $90 at most.", "90", "$90 at most", "<=", None, 90),
    # near misses: an "at" phrase that is no bound, the prefix of the next amount
    ("The 40 guests at least had dinner.", "40", "40", "=", None, None),
    ("In 2019 at least 40 ferries sank.", "40", "at least 40", ">=", 40, None),
    ("She scored 12, at least five of them headers.", "12", "12", "=", None, None),
    ("The climb took 3 days or more than a week.", "week", None, None, None, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "qualifier", "low", "high"), POSTFIX_AFTER_NOUN)
def test_postfix_qualifier_after_the_noun(nlp, text, anchor, span, qualifier, low, high):
    if span is None:  # "or more than a week": the "or" phrase bounds no number across the noun
        assert claims_over(nlp, text, anchor) == []
        return
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier, q.low, q.high) == (span, qualifier, approx(low), approx(high))


# (text, anchor, span, value) for ratios; value None: no claim at all
RATIOS = [
    ("Female nurses outnumber male ones 3:1 in the ward.", "3:1", "3:1", 3),
    ("The motion passed by a 2:1 majority.", "2:1", "2:1", 2),
    ("The old survey map is drawn at 1:25,000 scale.", "1:25", "1:25,000", 0.00004),
    ("The gradient of the ramp was 1:12 at the top.", "1:12", "1:12", 1 / 12),
    ("The colt went off at 7-2 odds.", "7-2", "7-2", 3.5),
    ("Odds were 5-1 against a snap poll.", "5-1", "5-1", 5),
    ("Punters made the mare a 10-1 outsider.", "10-1", "10-1", 10),
    ("She is the 3-1 favourite with bookmakers.", "3-1", "3-1", 3),
    # near misses: a score, a time of day, a result after a name, a verse, a vote
    ("The score was 3-2 at the break.", "3-2", None, None),
    ("Celtic won 3:1 at home.", "3:1", None, None),
    ("The derby ended 2:1 after extra time.", "2:1", None, None),
    ("The ferry sails at 3:15 p.m. daily.", "3:15", None, None),
    ("The last train leaves at 10:30 tonight.", "10:30", None, None),
    ("The pastor read Luke 2:7 aloud.", "2:7", None, None),
    ("The justices ruled 6-3 in the case.", "6-3", None, None),
    ("It was a 4:3 win for the hosts.", "4:3", None, None),
    ("Shops open from 9:00 to 17:00 daily.", "17:00", None, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value"), RATIOS)
def test_colon_ratios_and_betting_odds(nlp, text, anchor, span, value):
    if span is None:
        assert claims_over(nlp, text, anchor) == []
        return
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), "ratio")
    assert (q.low, q.high) == (None, None)  # never a range


# (text, anchor, span, low, high, unit)
BANDS = [
    ("Profits grew in the mid-teens last year.", "mid", "mid-teens", 14, 16, None),
    ("Inflation has slowed to single digits.", "single", "single digits", 1, 9, None),
    ("Fares rose by double digits this spring.", "double", "double digits", 10, 99, None),
    ("Margins are in the high single digits.", "high", "high single digits", 7, 9, None),
    ("The brand posted double-digit growth.", "double", "double-digit", 10, 99, None),
    ("Returns ran at a mid-teens percent pace.", "mid", "mid-teens percent", 14, 16, "percent"),
    ("Jobless rates sat in the low 20s percent.", "20s", "20s percent", 20, 23, "percent"),
    ("He left school in his late teens.", "late", "late teens", 17, 19, "year"),
    ("Overnight lows will dip into the teens.", "teens", "teens", 13, 19, "°"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "low", "high", "unit"), BANDS)
def test_vague_magnitude_bands(nlp, text, anchor, span, low, high, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.low, q.high, q.qualifier, q.unit) == (
        span,
        None,
        low,
        high,
        "~",
        unit,
    )


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Three teens were questioned by police.", "teens"),  # teenagers, not a band
        ("The code has a single digit missing.", "digit"),  # one digit
        ("The singer spent her teens touring.", "teens"),  # no "in"
    ],
)
def test_band_words_that_name_no_band(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


# (text, anchor, span, value, unit)
FREQUENCIES = [
    ("Take one tablet twice a day.", "twice", "twice a day", 2, "per day"),
    ("The choir rehearses three times a week.", "three", "three times a week", 3, "per week"),
    ("Tenants pay rent once a month.", "once", "once a month", 1, "per month"),
    ("The rotor turns 3,000 times per minute.", "3,000", "3,000 times per minute", 3000, "per minute"),
    # near misses: a multiple stays a multiple, a time stays a time
    ("Sales are three times higher than in May.", "three", "three times", 3, "times"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), FREQUENCIES)
def test_frequency_is_a_count_per_period(nlp, text, anchor, span, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("He voted twice as a student.", "twice"),  # "twice as many" is a multiple: see sweep 8
        ("The bank cut rates twice a year earlier.", "twice"),
        ("She was twice a finalist.", "twice"),
    ],
)
def test_twice_without_a_period_is_no_claim(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


# (text, anchor, span, value); value None: no claim
BLOOD_PRESSURE = [
    ("His blood pressure was 150/95 on arrival.", "150/95", "150/95", 150),
    ("A reading of 118/76 mm Hg is healthy.", "118/76", "118/76 mm Hg", 118),
    ("Her BP fell to 128/84 after treatment.", "128/84", "128/84", 128),
    ("Nurses logged 135/88 mmHg at noon.", "135/88", "135/88 mmHg", 135),
    # near misses: dates and a slash with no reading named
    ("The truce began on 12/25 at dawn.", "12/25", None, None),
    ("The 9/11 inquiry reported in July.", "9/11", None, None),
    ("The motion passed 140/90 in the chamber.", "140/90", None, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value"), BLOOD_PRESSURE)
def test_blood_pressure_is_one_reading(nlp, text, anchor, span, value):
    if span is None:
        assert claims_over(nlp, text, anchor) == []
        return
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit, q.low, q.high) == (span, value, "mmHg", None, None)


# (text, tenor that is no claim, anchor of the rate that stays, its value)
TENORS = [
    ("The 30-year fixed rate rose to 7.1%.", "30-year", "7.1", 7.1),
    ("They took out a 15-year mortgage at 6%.", "15-year", "6%", 6),
    ("The 10-year Treasury yield rose to 4.2%.", "10-year", "4.2", 4.2),
    ("Yields on the 10-year German bund hit 2.6%.", "10-year", "2.6", 2.6),
    ("The 2-year gilt yield jumped 20 basis points.", "2-year", "20", 20),
]


@pytest.mark.parametrize(("text", "tenor", "anchor", "value"), TENORS)
def test_bond_and_mortgage_tenor_is_a_product(nlp, text, tenor, anchor, value):
    assert claims_over(nlp, text, tenor) == []
    assert claim_at(nlp, text, anchor).value == approx(value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("He got a 30-year sentence for fraud.", "30-year", 30),
        ("The council unveiled a 10-year plan.", "10-year", 10),
        ("She signed a 5-year fixed-term contract.", "5-year", 5),
        ("He spent 10 years in bond markets.", "10 years", 10),
    ],
)
def test_other_terms_stay_durations(nlp, text, anchor, value):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (anchor, value, "year")
