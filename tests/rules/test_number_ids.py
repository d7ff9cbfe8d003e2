"""Names, labels and numbers to dial are not amounts; the amounts written next to them still are.
Each class has its own sentences, with a sentence nearby that must keep its claim."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor): no claim may cover the anchor
NOT_AMOUNTS = [
    ("For help, call 1-800-555-0142 before noon.", "1-800"),  # a phone number with its trunk prefix
    ("Ring 1 (800) 555-0142 to book.", "1 (800)"),
    ("Part 2 of the documentary airs next week.", "2"),  # a label at a sentence start
    ("The agency's SDG 6 report covers water.", "6"),  # a label with capitals inside
    ("Users of iOS 18 complained about the update.", "18"),
    ("Player 217 was eliminated in the last round.", "217"),
    ("The tenants of flat 3B complained for weeks.", "3B"),  # no "3 billion" before "complained for weeks"
    ("The resolution passed the Assembly 120 to 35.", "120"),  # a vote tally, like a score
    ("The resolution passed the Assembly 120 to 35.", "35"),
    ("The court approved the merger 5-4 on Friday.", "5-4"),
]


@pytest.mark.parametrize(("text", "anchor"), NOT_AMOUNTS)
def test_names_labels_and_tallies_are_not_claims(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


# (text, anchor, value, unit): the amount beside a name or a lettered model
STILL_AMOUNTS = [
    ("The carmaker recalled 64,000 F-250 trucks.", "64,000", 64000, None),  # not 64,000 °F
    ("The army bought 1,200 M-4 rifles last year.", "1,200", 1200, None),
    ("The kiln reached 104F-108F overnight.", "104F", None, "°F"),  # a glued F still reads as Fahrenheit
    ("The board approved 4 new directors.", "4", 4, None),  # "approved" only makes a tally of "A to B"
    ("The prize is worth SEK 9 million.", "SEK", 9e6, "SEK"),  # ISO codes before the number
    ("Donors pledged NOK 250 million for the fund.", "NOK", 2.5e8, "NOK"),
    ("The flat sold for NIS 2.4 million.", "NIS", 2.4e6, "ILS"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "unit"), STILL_AMOUNTS)
def test_amounts_next_to_names_still_count(nlp, text, anchor, value, unit):
    q = claim_at(nlp, text, anchor)
    if value is not None:
        assert q.value == approx(value)
    assert q.unit == unit


# (text, anchor, value, unit, qualifier)
POINT_FRACTIONS = [
    ("The bank raised its rate by a quarter point on Thursday.", "quarter", 0.25, "points", "="),
    ("Yields slipped half a point in May.", "half", 0.5, "points", "="),
    ("The Fed cut rates by half a percentage point.", "half", 0.5, "percentage points", "="),
    ("Only a three-quarter point move is priced in.", "three", 0.75, "points", "="),
    ("The dam is less than a third full after the drought.", "third", 1 / 3, "fraction", "<"),
    ("Nearly a quarter of the seats went unsold.", "quarter", 0.25, "fraction", "~"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "unit", "qualifier"), POINT_FRACTIONS)
def test_fractions_of_a_point_and_bounded_fractions(nlp, text, anchor, value, unit, qualifier):
    q = claim_at(nlp, text, anchor)
    assert (q.value, q.unit, q.qualifier) == (approx(value), unit, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The club reached the half point of the season in third place.",  # a moment, not a move
        "It has been nearly a quarter century since the flood.",  # a time, not a share
    ],
)
def test_fraction_words_that_are_no_share(nlp, text):
    assert [q for q in nlp(text)._.claimx_claims if q.unit in ("points", "fraction")] == []


@pytest.mark.parametrize(
    "text",
    [
        "1. Heat the pan for 3 minutes.",  # a numbered step is no claim; the minutes are
        "  2) Stir in 150 grams of sugar.",
        "Steps:\n3. Bake for 40 minutes.",
    ],
)
def test_a_list_item_number_is_not_a_claim(nlp, text):
    claims = nlp(text)._.claimx_claims
    assert len(claims) == 1
    assert claims[0].unit in ("minute", "g")


def test_a_number_ending_a_sentence_before_a_capital_still_counts(nlp):
    assert claim_at(nlp, "The tally rose to 3. Then it stopped.", "3").value == 3


# (text, anchor, value, unit)
QUARTERS = [
    ("It was the bank's first loss in three quarters.", "three", 3, "quarter"),  # quarters of a year
    ("The home side scored in all four quarters.", "four", 4, "quarter"),  # of a game
    ("Margins shrank for 2 quarters in a row.", "2", 2, "quarter"),
    ("Three quarters of the members voted.", "Three", 0.75, "fraction"),  # a share
    ("The tank was three quarters full by noon.", "three", 0.75, "fraction"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "unit"), QUARTERS)
def test_quarters_as_periods_or_shares(nlp, text, anchor, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (q.value, q.unit) == (approx(value), unit)


def test_the_past_two_quarters_is_a_time_reference(nlp):
    assert nlp("Profits fell over the past two quarters.")._.claimx_claims == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Revenue was $4.1bn in the quarter.", "$4.1bn", 4_100_000_000),
        ("It cost 0.3 million.", "0.3", 300_000),
    ],
)
def test_scaled_values_carry_no_binary_noise(nlp, text, anchor, value):
    assert claim_at(nlp, text, anchor).value == value  # exact: 4100000000, not 4099999999.9999995
