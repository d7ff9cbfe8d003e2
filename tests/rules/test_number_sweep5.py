"""Fifth sweep over news number forms (courts, elections, weather, homes, transport, commodities,
sport), one test per class of error, all sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, span, qualifier)
OVER_PARTICLE = [
    ("Militias took over 14 villages near the border.", "14", "14", "="),
    ("The clerk handed over 60 files to detectives.", "60", "60", "="),
    ("The chain has taken over 9 rival stores.", "9", "9", "="),
    ("The bakery turned over £4m last year.", "4m", "£4m", "="),
    # still a bound: a time, a share, "it took", and other verbs
    ("The bridge took over 20 years to finish.", "20", "over 20 years", ">"),
    ("She took over 55% of the vote.", "55", "over 55%", ">"),
    ("It took over 300 attempts to crack.", "300", "over 300", ">"),
    ("Border guards seized over 3 tonnes of ivory.", "3", "over 3 tonnes", ">"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "qualifier"), OVER_PARTICLE)
def test_over_as_a_verb_particle_bounds_nothing(nlp, text, anchor, span, qualifier):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier) == (span, qualifier)


# (text, anchor of the count, value, model number that is no claim)
MODEL_AFTER_COUNT = [
    ("The carrier bought two new 737 Max jets.", "two", 2, "737"),
    ("The airline took delivery of six 787 Dreamliners.", "six", 6, "787"),
    ("Regulators grounded three 737-9 jets.", "three", 3, "737-9"),
    ("The operator will order nine new Class 720 trains.", "nine", 9, "720"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "model"), MODEL_AFTER_COUNT)
def test_model_number_after_a_count(nlp, text, anchor, value, model):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value) == (anchor, value)
    assert claims_over(nlp, text, model) == []


def test_plural_model_ending_in_zero_is_no_decade(nlp):
    q = claim_at(nlp, "The carrier flies 94 A380s on long routes.", "94")
    assert (q.value, q.unit) == (94, None)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Seven of 10 renters want longer leases.", "Seven", "Seven of 10", 0.7),  # "N of 10"
        ("Nine of 10 nurses backed the strike.", "Nine", "Nine of 10", 0.9),
        ("Engineers call it a 1-in-200-year storm.", "1", "1-in-200", 0.005),  # hyphened odds
        ("Bettors gave him a 1-in-4 chance.", "1", "1-in-4", 0.25),
    ],
)
def test_shares_of_ten_and_hyphened_odds(nlp, text, anchor, span, value):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), "fraction")


@pytest.mark.parametrize(
    ("text", "anchor"), [("She was one of 10 siblings.", "10"), ("Four of 12 jurors were replaced.", "12")]
)
def test_member_of_a_group_is_no_share(nlp, text, anchor):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.unit) == (anchor, None)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("She took gold in 1:56.84 in the 200m.", "1:56.84", 116.84),
        ("His best lap was 1:29.305 on Saturday.", "1:29.305", 89.305),
    ],
)
def test_race_time_in_minutes_and_seconds(nlp, text, anchor, value):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (anchor, approx(value), "second")


def test_time_of_day_is_no_race_time(nlp):
    assert claims_over(nlp, "The vote opens at 10:30 on Monday.", "10:30") == []


# (text, anchor, span, value, unit)
FARM_UNITS = [
    ("Soybeans closed at $11.20 a bushel.", "11.20", "$11.20 a bushel", 11.2, "USD"),
    ("Pasture fetched £7,800 an acre at auction.", "7,800", "£7,800 an acre", 7800, "GBP"),
    ("Barley yields reached 7.4 tonnes per hectare.", "7.4", "7.4 tonnes per hectare", 7.4, "t/ha"),
    ("Growers expect 180 bushels per acre.", "180", "180 bushels per acre", 180, "bu/acre"),
    ("The elevator holds 4 million bushels.", "4", "4 million bushels", 4e6, "bu"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), FARM_UNITS)
def test_farm_units_and_prices(nlp, text, anchor, span, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), unit)


# (text, anchor, low, high)
AGE_BANDS = [
    ("Police arrested a woman in her 30s.", "30s", 30, 39),
    ("Both suspects are in their early 20s.", "20s", 20, 23),
    ("The driver, in his late 60s, was unhurt.", "60s", 67, 69),
    ("The witness is in her mid-40s.", "40s", 43, 47),
]


@pytest.mark.parametrize(("text", "anchor", "low", "high"), AGE_BANDS)
def test_band_of_ages(nlp, text, anchor, low, high):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.low, q.high, q.qualifier, q.unit) == (anchor, low, high, "~", "year")


def test_magnitude_of(nlp):
    text = "The tremor had a magnitude of 5.2, officials said."
    q = claim_at(nlp, text, "5.2")
    assert (text[q.start : q.end], q.value, q.unit) == ("magnitude of 5.2", 5.2, "magnitude")


@pytest.mark.parametrize(
    ("text", "anchor", "span", "unit"),
    [
        ("The 2,200-square-foot ranch sold in a week.", "2,200", "2,200-square-foot", "sq ft"),
        ("A 35-square-metre studio costs £900 a month.", "35", "35-square-metre", "sq m"),
    ],
)
def test_hyphened_square_units(nlp, text, anchor, span, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.unit) == (span, unit)


def test_plural_age_is_an_age(nlp):
    text = "Police charged four 17-year-olds on Friday."
    age = claim_at(nlp, text, "17")
    assert (text[age.start : age.end], age.value, age.unit) == ("17-year-olds", 17, "year")
    assert claim_at(nlp, text, "four").value == 4


def test_bus_number_is_a_label(nlp):
    assert claims_over(nlp, "Commuters waited for bus 47 in the rain.", "47") == []
