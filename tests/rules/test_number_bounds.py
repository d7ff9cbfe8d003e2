"""Ranges and bounds written around the numbers: a qualifier inside a range, "from X up to Y",
the far end of an era-marked year span, "not exceed", "estimated at", and which qualifiers a
conversion in parentheses repeats. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, expected span text, low, high, qualifier, unit)
RANGES = [
    (
        "Lead ranged from ~20 ppm to ~180 ppm in the soil.",
        "20",
        "from ~20 ppm to ~180 ppm",
        20,
        180,
        "~",
        "ppm",
    ),
    (
        "Rooms cost from about $90 to about $120 a night.",
        "90",
        "from about $90 to about $120 a night",
        90,
        120,
        "~",
        "USD",
    ),
    (
        "Between roughly 200 and 300 people attended.",
        "200",
        "Between roughly 200 and 300",
        200,
        300,
        "~",
        None,
    ),
    (
        "Flats come from 450 sq ft up to 900 sq ft.",
        "450",
        "from 450 sq ft up to 900 sq ft",
        450,
        900,
        "=",
        "sq ft",
    ),
]


@pytest.mark.parametrize(("text", "anchor", "span", "low", "high", "qualifier", "unit"), RANGES)
def test_one_range_around_qualified_ends(nlp, text, anchor, span, low, high, qualifier, unit):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert (q.value, q.low, q.high) == (None, approx(low), approx(high))
    assert (q.qualifier, q.unit) == (qualifier, unit)


def test_up_to_without_from_stays_a_bound(nlp):
    text = "The plant will hire 300 people, and up to 900 later."
    q = claim_at(nlp, text, "900")
    assert (q.value, q.qualifier) == (900, "<=")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The fort was held between A.D. 1000 and 1260 by one clan.", "1260"),
        ("The city grew between 300 BC and 200 BC.", "200"),
        ("Coins minted AD 79-81 were found.", "81"),
    ],
)
def test_the_far_end_of_an_era_span_is_a_year(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


# (text, anchor, expected span text, value, qualifier)
BOUNDS = [
    ("The levy will not exceed $200 a year.", "200", "not exceed $200 a year", 200, "<="),
    ("Payouts not exceeding 5% were approved.", "5", "not exceeding 5%", 5, "<="),
    ("Losses are estimated at 3 million euros.", "3", "estimated at 3 million euros", 3e6, "~"),
    ("Costs exceeding $3 million were reported.", "3", "exceeding $3 million", 3e6, ">"),
    ("The crowd was 5,000 or thereabouts.", "5,000", "5,000 or thereabouts", 5000, "~"),
    ("The repair is $300, give or take.", "300", "$300, give or take", 300, "~"),
    ("The fare is 20 dollars at the most.", "20", "20 dollars at the most", 20, "<="),
    ("The queue moved in not quite 10 minutes.", "10", "not quite 10 minutes", 10, "<"),
    ("Workers want a $15 minimum wage.", "15", "$15", 15, "="),
    ("Ticket sales exceeded $80 million in a week.", "80", "exceeded $80 million", 8e7, ">"),  # bound verbs
    ("The petition has surpassed 250,000 signatures.", "250,000", "surpassed 250,000", 250000, ">"),
    ("Gusts topped 90 km/h overnight.", "90", "topped 90 km/h", 90, ">"),
    ("Rents have not exceeded 30% of income.", "30", "not exceeded 30%", 30, "<="),
    ("At the very least 120 homes were flooded.", "120", "At the very least 120", 120, ">="),
    ("Attendance barely reached 2,000 this year.", "2,000", "barely reached 2,000", 2000, "~"),
    ("The death toll has almost hit 700.", "700", "almost hit 700", 700, "~"),
    ("Exports stood at nearly $9bn.", "9", "nearly $9bn", 9e9, "~"),
    ("Night frosts sank beneath minus 12C.", "12", "beneath minus 12C", -12, "<"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "qualifier"), BOUNDS)
def test_bound_words(nlp, text, anchor, span, value, qualifier):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert (q.value, q.qualifier) == (approx(value), qualifier)


def test_a_conversion_repeats_a_bound_but_not_about(nlp):
    """NewsQuant's annotators repeat "more than" and "just under" on a conversion in parentheses, and
    leave the rounded conversion of "about" exact; claimx follows them."""
    bound = "The swarm covered more than 50 miles (80 km) of farmland."
    assert claim_at(nlp, bound, "80").qualifier == ">"
    approximate = "The spill spread about 7 miles (11 km) down the coast."
    assert claim_at(nlp, approximate, "7").qualifier == "~"
    assert claim_at(nlp, approximate, "11").qualifier == "="


@pytest.mark.parametrize(
    ("text", "anchor", "qualifier", "change"),
    [
        ("The index climbed up to 5,000 points on Friday.", "5,000", "=", None),
        ("Unemployment ticked up to 4.1% in May.", "4.1", "=", None),
        ("Prices could rise up to 10% next year.", "10", "<=", "up"),
        ("Fares may go up to $5 from June.", "5", "<=", None),
    ],
)
def test_up_to_after_a_past_move_is_the_level_reached(nlp, text, anchor, qualifier, change):
    q = claim_at(nlp, text, anchor)
    assert (q.qualifier, q.change) == (qualifier, change)
