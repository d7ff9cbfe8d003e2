"""Fourth sweep over news number forms (sports, weather, health, tech, homes, autos, courts,
science, finance, energy), one table per class of error, all sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, expected span text, value, qualifier, unit)
CLASSES = {
    "unit of tech, health, energy and science news": [
        ("The handset packs a 4,500mAh cell.", "4,500", "4,500mAh", 4500, "=", "mAh"),
        ("Each capsule holds 25 micrograms of iodine.", "25", "25 micrograms", 25, "=", "µg"),
        ("Methane reached 1,900 parts per billion.", "1,900", "1,900 parts per billion", 1900, "=", "ppb"),
        ("The grid stores 80 megawatt-hours at dusk.", "80", "80 megawatt-hours", 80, "=", "MWh"),
        ("The country burned 210 TWh of gas.", "210", "210 TWh", 210, "=", "TWh"),
        ("The disk writes at 5,500 MB/s.", "5,500", "5,500 MB/s", 5500, "=", "MB/s"),
        ("The fan turns at 1,400rpm.", "1,400", "1,400rpm", 1400, "=", "rpm"),
        ("Keep the tyres at 35 psi.", "35", "35 psi", 35, "=", "psi"),
        ("The jets hit 120 decibels on take-off.", "120", "120 decibels", 120, "=", "dB"),
        ("The ring holds a 12-carat sapphire.", "12", "12-carat", 12, "=", "ct"),
        ("The reserve spans 900 square miles.", "900", "900 square miles", 900, "=", "sq mi"),
        ("Nurses got 50 mSv over a decade.", "50", "50 mSv", 50, "=", "mSv"),
        ("The screen peaks at 2,000 nits.", "2,000", "2,000 nits", 2000, "=", "nit"),
        ("The clip plays at 120 frames per second.", "120", "120 frames per second", 120, "=", "fps"),
        ("It was 41 Celsius in Seville.", "41", "41 Celsius", 41, "=", "°C"),
        ("Lows of minus 30 Fahrenheit are forecast.", "30", "minus 30 Fahrenheit", -30, "=", "°F"),
        ("Gas sold for $3.10 per MMBtu.", "3.10", "$3.10 per MMBtu", 3.1, "=", "USD"),
    ],
    "watts and volts written against the number": [
        ("The brick supplies 45W to the laptop.", "45W", "45W", 45, "=", "W"),
        ("A 24V pump drains the tank.", "24V", "24V", 24, "=", "V"),
    ],
    "qualifier phrase": [
        ("The tunnel is a shade under 3 miles long.", "3", "a shade under 3 miles", 3, "<", "mi"),
        ("He led it for the best part of 15 years.", "15", "the best part of 15 years", 15, "~", "year"),
        (
            "Error is plus or minus 4 percentage points.",
            "4",
            "plus or minus 4 percentage points",
            4,
            "~",
            "percentage points",
        ),
        ("The bid came in just north of $2bn.", "2bn", "just north of $2bn", 2e9, ">", "USD"),
        ("Fees run in the neighbourhood of £900.", "900", "in the neighbourhood of £900", 900, "~", "GBP"),
        ("The club spent far more than $50m.", "50m", "far more than $50m", 50e6, ">", "USD"),
    ],
    "capitals that only look like a postfix qualifier": [
        ("The processor manages 38 TOPS of inference.", "38", "38", 38, "=", None),
    ],
}
ROWS = [(name, *row) for name, rows in CLASSES.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor", "span", "value", "qualifier", "unit"), ROWS)
def test_number_form(nlp, cls, text, anchor, span, value, qualifier, unit):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert q.value == approx(value)
    assert q.qualifier == qualifier
    assert q.unit == unit


NOT_QUALIFIED = [
    ("The leader carded a 5-under 67 on Friday.", "67"),  # golf: "under" hyphened to the score
    ("He signed off with a 2-over 74.", "74"),
]


@pytest.mark.parametrize(("text", "anchor"), NOT_QUALIFIED)
def test_hyphened_word_is_no_qualifier(nlp, text, anchor):
    assert [q.qualifier for q in claims_over(nlp, text, anchor)] in ([], ["="])


# (text, anchor, span, value, unit)
MILLIONS = [
    ("The region has a population of 4.7m and rising.", "4.7m", "4.7m", 4.7e6, None),
    ("The final drew a peak audience of 9.3m.", "9.3m", "9.3m", 9.3e6, None),
    ("Union membership slid to 6.2m in 2023.", "6.2m", "6.2m", 6.2e6, None),
    ("Shoppers had to keep to the 2m rule.", "2m", "2m", 2, "m"),
    ("Voters queued 2m apart at the polls.", "2m", "2m", 2, "m"),
    ("Output held at 10.1m b/d in May.", "10.1m", "10.1m b/d", 10.1e6, "bpd"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), MILLIONS)
def test_glued_m_after_a_count_noun_is_millions(nlp, text, anchor, span, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), unit)


# (text, anchor, span, low, high)
DECADES = [
    ("Daytime highs will sit in the 80s all week.", "80s", "80s", 80, 89),
    ("Overnight temperatures fall into the low 40s.", "40s", "40s", 40, 43),
    ("Thermometers will creep into the mid-50s by Sunday.", "50s", "50s", 53, 57),
]


@pytest.mark.parametrize(("text", "anchor", "span", "low", "high"), DECADES)
def test_band_of_temperatures(nlp, text, anchor, span, low, high):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.low, q.high) == (span, None, low, high)
    assert (q.qualifier, q.unit) == ("~", "°")


@pytest.mark.parametrize(
    "text", ["The band's sound is pure 80s synth pop.", "Fashion from the 70s is back in the shops."]
)
def test_decade_without_temperature_is_no_claim(nlp, text):
    assert nlp(text)._.claimx_claims == []


# (text, anchor, span, qualifier, change)
OVER = [
    ("The city will spend £3bn over ten years on buses.", "ten", "ten years", "=", None),
    ("Nurses want a 9% raise over three years.", "three", "three years", "=", None),
    ("She fanned 13 hitters over eight innings.", "eight", "eight", "=", None),
    ("The dispute dragged on for over two years.", "two", "over two years", ">", None),
    ("It was their first win in over 30 years.", "30", "over 30 years", ">", None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "qualifier", "change"), OVER)
def test_over_spreads_an_amount_across_time(nlp, text, anchor, span, qualifier, change):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier, q.change) == (span, qualifier, change)


def test_falling_short_is_a_level(nlp):
    q = claim_at(nlp, "Ticket sales fell short of 2 million.", "2 million")
    assert (q.qualifier, q.change) == ("<", None)


def test_a_year_earlier_is_no_rate(nlp):
    text = "Profit was €2.4bn, up from €1.9bn a year earlier."
    q = claim_at(nlp, text, "1.9bn")
    assert text[q.start : q.end] == "€1.9bn"


def test_fuel_consumption_unit(nlp):
    q = claim_at(nlp, "The hybrid uses 4.1L/100km on the motorway.", "4.1")
    assert (q.value, q.unit) == (approx(4.1), "L/100km")


NAMES_NOT_COUNTS = {
    "spelled-out number standing for the things named before": [
        ("The pair shook hands and the two flew home.", "two"),
        ("Trade between the three has doubled.", "three"),
        ("Police said all four were in custody.", "four"),
    ],
    "zero in the name of a goal or a policy": [
        ("The airline promised net zero by 2045.", "zero"),
        ("Schools adopted zero tolerance on phones.", "zero"),
    ],
}
NAME_ROWS = [(name, *row) for name, rows in NAMES_NOT_COUNTS.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor"), NAME_ROWS)
def test_not_a_count(nlp, cls, text, anchor):
    assert claims_over(nlp, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "span"),
    [
        ("The two surviving pilots gave evidence.", "two", "two"),
        ("The three of them ran the lab.", "three", "three"),
        ("The clinic saw zero cases in May.", "zero", "zero"),
    ],
)
def test_still_a_count(nlp, text, anchor, span):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Seven out of every 10 homes use gas.", "Seven", "Seven out of every 10", 0.7),
        ("One in every four pupils walks to school.", "One", "One in every four", 0.25),
    ],
)
def test_share_out_of_every(nlp, text, anchor, span, value):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), "fraction")


# (text, anchor, change)
CHANGE_WORDS = [
    ("Bookings fell by a net 1,200 in June.", "1,200", "down"),
    ("Fares will rise a further 4% in May.", "4%", "up"),
    ("The board cut the dividend by another 5 cents.", "5", "down"),
    ("The krone ended 0.4% weaker against the euro.", "0.4", "down"),
    ("The peso closed 0.7% firmer on Friday.", "0.7", "up"),
]


@pytest.mark.parametrize(("text", "anchor", "change"), CHANGE_WORDS)
def test_change_word_with_filler_or_comparative(nlp, text, anchor, change):
    assert claim_at(nlp, text, anchor).change == change


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("The jockey rides at 8st.", "8st", "8st", 8),
        ("The champion came in at 11st 6lb.", "11st", "11st 6lb", 11 + 6 / 14),
    ],
)
def test_stone_written_against_the_number(nlp, text, anchor, span, value):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.unit) == (span, approx(value), "st")


@pytest.mark.parametrize("text", ["The 31st round ended early.", "She came 1st of 40 riders."])
def test_ordinal_st_is_no_stone(nlp, text):
    assert all(q.unit != "st" for q in nlp(text)._.claimx_claims)
