"""Tenth sweep: how numbers are written by region and wire (Reuters and Bloomberg shorthand, FT and
East African currency prefixes, South Asian and oil-desk units, numbers read out on air, age groups,
jet model numbers, race distances, the base of a rate written with "k"); one test per class of error,
all sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over


def _reading(text: str, q) -> tuple:
    return text[q.start : q.end], q.value, q.unit


# (text, anchor, span, value, unit), one table per class
CLASSES = {
    "wire scales and one-letter currencies": [
        ("The central bank injected 2 trln yuan into markets.", "2", "2 trln yuan", 2e12, "CNY"),
        ("The government plans to spend Y500 bn on stimulus.", "Y500", "Y500 bn", 5e11, "JPY"),
        ("Exports were worth Y1.2 trln in June.", "Y1.2", "Y1.2 trln", 1.2e12, "JPY"),
        ("Treasury will give the utility R 50 million for repairs.", "50", "R 50 million", 5e7, "ZAR"),
        ("The school fee rose to N50,000 per pupil.", "N50,000", "N50,000", 50000, "NGN"),
        ("The city hosted Gen Y 2,000 fans.", "2,000", "2,000", 2000, None),  # near miss: no scale
    ],
    "wire abbreviations of units": [
        ("Revenue rose to 3.4 bln dlrs in the year.", "3.4", "3.4 bln dlrs", 3.4e9, "USD"),
        ("Sales reached 450 mln stg.", "450", "450 mln stg", 4.5e8, "GBP"),
        ("The contract is worth 10 bln rbl.", "10", "10 bln rbl", 1e10, "RUB"),
        ("The index fell 120 pts to 7,450.", "120", "120 pts", 120, "points"),
        ("The yacht hit 40 kts off the cape.", "40", "40 kts", 40, "knot"),
        ("The index fell 120 points on Friday.", "120", "120 points", 120, "points"),  # near miss: unchanged
    ],
    "FT and East African currency prefixes": [
        ("The Swiss bank paid SFr 2 billion.", "2", "SFr 2 billion", 2e9, "CHF"),
        ("The Swedish firm raised SKr 4 billion.", "4", "SKr 4 billion", 4e9, "SEK"),
        ("The Oslo group earned NKr 900m.", "900", "NKr 900m", 9e8, "NOK"),
        ("The tax brought in Sh2.1 billion.", "2.1", "Sh2.1 billion", 2.1e9, "shilling"),
        ("The budget is Shs 52 trillion.", "52", "Shs 52 trillion", 5.2e13, "shilling"),
        ("Kampala's debt is UShs 90 trillion.", "90", "UShs 90 trillion", 9e13, "UGX"),
        ("The levy yields TSh 2 trillion.", "2", "TSh 2 trillion", 2e12, "TZS"),
        ("The utility lost KSh 3.2 billion to theft.", "3.2", "KSh 3.2 billion", 3.2e9, "KES"),  # unchanged
    ],
    "a decimal read out in words": [
        ("Unemployment is at three point five percent.", "three", "three point five percent", 3.5, "percent"),
        ("Shares fell nine point three per cent.", "nine", "nine point three per cent", 9.3, "percent"),
        (
            "The bill is one point two trillion dollars.",
            "one",
            "one point two trillion dollars",
            1.2e12,
            "USD",
        ),
        ("The fund scored two point seven five.", "two", "two point seven five", 2.75, None),
        ("Growth was zero point eight percent.", "zero", "zero point eight percent", 0.8, "percent"),
        ("The rate is seven point oh five percent.", "seven", "seven point oh five percent", 7.05, "percent"),
        ("The team won by one point.", "one", "one", 1, None),  # near miss: no decimal follows
    ],
    "oil, gas and South Asian desk units": [
        ("OPEC+ will cut output by 2 mb/d.", "2", "2 mb/d", 2, "mb/d"),
        ("Iraq pumps 4.5 mbpd.", "4.5", "4.5 mbpd", 4.5, "mb/d"),
        ("The refinery runs at 200 kb/d.", "200", "200 kb/d", 200, "kb/d"),
        ("Flows fell to 60 mcm per day.", "60", "60 mcm", 60, "mcm"),
        ("The terminal can ship 10 mtpa.", "10", "10 mtpa", 10, "Mtpa"),
        ("Imports were 1.5 mmt of urea.", "1.5", "1.5 mmt", 1.5, "MMT"),
        ("The depots hold 50 LMT of wheat.", "50", "50 LMT", 50, "LMT"),
        ("The dam released 40,000 cusecs of water.", "40,000", "40,000 cusecs", 40000, "cusec"),
        ("The express ran at 130 kmph.", "130", "130 kmph", 130, "km/h"),
        ("The crop was 30 million quintals.", "30", "30 million quintals", 3e7, "quintal"),
        ("The flat is 650 sqft.", "650", "650 sqft", 650, "sq ft"),
        ("The office is 300 sqm.", "300", "300 sqm", 300, "sq m"),
        ("The kingdom pumps 9m b/d.", "9m", "9m b/d", 9e6, "bpd"),  # near miss: unchanged
    ],
    "a price per area or energy unit is one rate": [
        ("Rents rose to £60 per sq ft.", "£60", "£60 per sq ft", 60, "GBP"),
        ("Power hit 300 euros per megawatt hour.", "300", "300 euros per megawatt hour", 300, "EUR"),
        ("Offices let at $45 a square foot.", "$45", "$45 a square foot", 45, "USD"),  # unchanged
    ],
}
ROWS = [pytest.param(*row, id=f"{name}: {row[0]}") for name, rows in CLASSES.items() for row in rows]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), ROWS)
def test_number_form(nlp, text, anchor, span, value, unit):
    assert _reading(text, claim_at(nlp, text, anchor)) == (span, approx(value), unit)


# (text, anchor, span, value, low, high, qualifier)
AGE_GROUPS = [
    ("The jab is offered to over-65s first.", "65", "over-65s", 65, 65, None, ">"),
    ("Over-50s are leaving the workforce.", "50", "Over-50s", 50, 50, None, ">"),
    ("Under-18s will be barred from the app.", "18", "Under-18s", 18, None, 18, "<"),
    ("The 18-24s are most likely to rent.", "18", "18-24s", None, 18, 24, "="),
    ("People aged 65 and over are at risk.", "65", "65 and over", 65, 65, None, ">="),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "low", "high", "qualifier"), AGE_GROUPS)
def test_an_age_group_is_a_bound_in_years(nlp, text, anchor, span, value, low, high, qualifier):
    q = claim_at(nlp, text, anchor)
    got = (text[q.start : q.end], q.value, q.low, q.high, q.qualifier, q.unit)
    assert got == (span, approx(value), approx(low), approx(high), qualifier, "year")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The 747 carried 416 passengers.", "747"),
        ("A 737 crashed in the hills.", "737"),
        ("The 787 Dreamliner seats 290.", "787"),
    ],
)
def test_a_jet_model_number_is_a_name(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The 747 carried 416 passengers.", "416", 416),
        ("Some 747 passengers were stranded.", "747", 747),  # near miss: a count of people
        ("The Dow rose 737 points.", "737", 737),
    ],
)
def test_amounts_near_jet_models_stay(nlp, text, anchor, value):
    assert claim_at(nlp, text, anchor).value == approx(value)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value", "unit"),
    [
        ("She ran a 10k race on Sunday.", "10k", "10k", 10, "km"),
        ("He won the 5k fun run.", "5k", "5k", 5, "km"),
        ("The 10k and 5k races start at nine.", "10k", "10k", 10, "km"),
        ("The influencer has 40k followers.", "40k", "40k", 40000, None),  # near miss: thousands
        ("10k runners took part.", "10k", "10k", 10000, None),  # near miss: thousands of runners
    ],
)
def test_a_k_race_is_kilometres(nlp, text, anchor, span, value, unit):
    assert _reading(text, claim_at(nlp, text, anchor)) == (span, approx(value), unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The death rate was 8 per 100k.", "8", 8),
        ("The rate is 20 cases per 100K residents.", "20", 20),
        ("Each team got 100k.", "100k", 100000),  # near miss: an amount, no rate
    ],
)
def test_the_base_of_a_rate_written_with_k_is_no_claim(nlp, text, anchor, value):
    doc = nlp(text)
    assert [q.value for q in doc._.claimx_claims] == [approx(value)]
