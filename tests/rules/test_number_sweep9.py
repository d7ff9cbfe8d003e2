"""Ninth sweep: qualifiers and the direction of change as news writes them (wire, business, politics,
sport, health; UK, US, Indian and Australian styles), one table per class of error found by reading
claimx's output on sentences written for these tests. Every row checks the value too; the last rows
of each table are near misses that keep their old reading."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at

# (text, anchor, value, qualifier)
NEGATED_BOUNDS = [
    ("The fee will be no higher than £9,250.", "9,250", 9250, "<="),
    ("Wind speeds were no greater than 20 mph.", "20", 20, "<="),
    ("The load must be not above 40 tonnes.", "40", 40, "<="),
    ("The wait was never more than 10 minutes.", "10", 10, "<="),
    ("The speech was no longer than 20 minutes.", "20", 20, "<="),
    ("Candidates must be no older than 35.", "35", 35, "<="),
    ("The rate must stay no lower than 2%.", "2", 2, ">="),
    ("Applicants must be not under 18.", "18", 18, ">="),
    ("Readings were not below 5 ppm.", "5", 5, ">="),
    ("The dose is never less than 5 mg.", "5", 5, ">="),
    ("The flats are no smaller than 40 square metres.", "40", 40, ">="),
    ("Riders must be no younger than 14.", "14", 14, ">="),
    ("Prices were higher than $50.", "50", 50, ">"),  # unchanged
    ("The fine is no more than €500.", "500", 500, "<="),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "value", "qualifier"), NEGATED_BOUNDS)
def test_a_negated_bound_turns_the_bound_round(nlp, text, anchor, value, qualifier):
    q = claim_at(nlp, text, anchor)
    assert (q.qualifier, q.value) == (qualifier, approx(value))


# (text, anchor, value, qualifier)
QUALIFIER_WORDS = [
    ("Give or take 10 minutes, the trip is an hour.", "10", 10, "~"),
    ("The team is approaching 50 wins.", "50", 50, "~"),
    ("The deficit is close on £30bn.", "30bn", 3e10, "~"),
    ("The fund is not far off $1bn.", "1bn", 1e9, "~"),
    ("The toll is not far short of 100.", "100", 100, "~"),
    ("Officials put it at an approximate 300 homes.", "300", 300, "~"),
    ("Beyond 40 km the signal is lost.", "40", 40, ">"),
    ("People older than 65 qualify for the jab.", "65", 65, ">"),
    ("Children younger than 5 travel free.", "5", 5, "<"),
    ("The firm will shed at a minimum 300 staff.", "300", 300, ">="),
    ("Maybe 40 people were inside.", "40", 40, "="),  # a hedge, not an approximation
    ("The site drew an average of 40,000 visitors a day.", "40,000", 40000, "="),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "value", "qualifier"), QUALIFIER_WORDS)
def test_a_qualifier_word_before_the_number(nlp, text, anchor, value, qualifier):
    q = claim_at(nlp, text, anchor)
    assert (q.qualifier, q.value) == (qualifier, approx(value))


# (text, anchor, span, value, qualifier)
POSTFIXES = [
    ("The death toll stands at 57 and counting.", "57", "57 and counting", 57, ">="),
    ("The tour has sold 2m tickets and counting.", "2m", "2m tickets and counting", 2e6, ">="),
    ("About 30ish people came to the meeting.", "30", "About 30ish", 30, "~"),
    ("The shop sells 40-ish kinds of cheese.", "40", "40-ish", 40, "~"),
    ("Twenty-ish protesters stood outside.", "Twenty", "Twenty-ish", 20, "~"),
    ("Savers with £50,000 or under are covered.", "50,000", "£50,000 or under", 50000, "<="),
    ("The cull will last six weeks max.", "six", "six weeks max", 6, "<="),
    ("The rooms fit four people max.", "four", "four people max", 4, "<="),
    ("The fire destroyed 12 homes, give or take.", "12", "12 homes, give or take", 12, "~"),
    ("The hall seats 2,000 people, more or less.", "2,000", "2,000 people, more or less", 2000, "~"),
    ("The 40 mph max speed applies.", "40", "40 mph", 40, "="),  # not at a clause end
    ("The region has a population of 4.7m and rising.", "4.7m", "4.7m", 4.7e6, "="),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "qualifier"), POSTFIXES)
def test_a_qualifier_after_the_number_or_its_noun(nlp, text, anchor, span, value, qualifier):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier, q.value) == (span, qualifier, approx(value))


# (text, anchor, value, change)
CHANGE_FORMS = [
    ("The plant adds 2,000 jobs.", "2,000", 2000, "up"),
    ("Add 3/4 cup of milk and stir.", "3/4", 0.75, None),  # a recipe's imperative, no rise
    ("Shares could edge up 1% today.", "1", 1, "up"),
    ("The yield ticks up 2 basis points.", "2", 2, "up"),
    ("Prices tick down 0.1% in May, economists expect.", "0.1", 0.1, "down"),
    ("The stock slipped back 1%.", "1", 1, "down"),
    ("Premiums have gone up 9% this year.", "9", 9, "up"),
    ("It was a slide of 3% for the week.", "3", 3, "down"),
    ("The index suffered a slump of 8%.", "8", 8, "down"),
    ("A hike of 25 basis points is expected.", "25", 25, "up"),
    ("The index recorded an uptick of 0.1%.", "0.1", 0.1, "up"),
    ("GDP grew an annualised 2.8%.", "2.8", 2.8, "up"),
    ("Sales are up an annual 5%.", "5", 5, "up"),
    ("Sales saw an 8% year-over-year rise.", "8", 8, "up"),
    ("Prices posted a 0.3% month-on-month fall.", "0.3", 0.3, "down"),
    ("The company grew its sales by 8%.", "8", 8, "up"),
    ("The agency upped its estimate by 20,000.", "20,000", 20000, "up"),
    ("The party narrowed the gap by 4 points.", "4", 4, "down"),
    ("The firm widened its loss by $3m.", "3m", 3e6, "up"),
    ("Inflation slowed to 2.9%.", "2.9", 2.9, None),  # a level
    ("The team grew up in a town of 4,000.", "4,000", 4000, None),  # unchanged
    ("Workers won pay rises of 4% this spring.", "4", 4, "up"),
    ("Capital gains of $250,000 are tax-free.", "250,000", 250000, None),  # an amount of gains
    ("Gains of two to three years would be taxed at 20%.", "two", None, None),  # gains held that long
]


@pytest.mark.parametrize(("text", "anchor", "value", "change"), CHANGE_FORMS)
def test_a_change_word_in_another_form(nlp, text, anchor, value, change):
    q = claim_at(nlp, text, anchor)
    assert (q.change, q.value) == (change, approx(value))


# (text, anchor, value, change)
MOVES_ONLY = [
    ("The shares recovered 5% in the afternoon.", "5", 5, "up"),
    ("The ruble recouped 3% on Thursday.", "3", 3, "up"),
    ("The euro clawed back 0.5% on Friday.", "0.5", 0.5, "up"),
    ("Shares bounced 4% on Monday.", "4", 4, "up"),
    ("Core inflation accelerated 0.3 points.", "0.3", 0.3, "up"),
    ("Growth slowed 0.5 points.", "0.5", 0.5, "down"),
    ("House prices cooled 1% in June.", "1", 1, "down"),
    ("Shares gave up 3% on Friday.", "3", 3, "down"),
    ("The Dow closed up 120 points.", "120", 120, "up"),
    ("The index opened up 0.4%.", "0.4", 0.4, "up"),
    ("Shares were trading up 3% at noon.", "3", 3, "up"),
    ("Oil settled up 80 cents at $78.", "80", 80, "up"),
    ("Police recovered 300 guns.", "300", 300, None),  # no share, points or money: no move
    ("The chain closed down 12 stores.", "12", 12, None),
    ("She recovered 80% of her sight.", "80", 80, None),  # a share of something
    ("He made up 40% of the vote.", "40", 40, None),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "value", "change"), MOVES_ONLY)
def test_a_move_word_only_before_a_share_points_or_money(nlp, text, anchor, value, change):
    q = claim_at(nlp, text, anchor)
    assert (q.change, q.value) == (change, approx(value))


# (text, anchor, value, change)
CHANGE_WITHOUT_BY = [
    ("Benefits were raised 3.1% in April.", "3.1", 3.1, "up"),
    ("Rates were lowered 25 basis points.", "25", 25, "down"),
    ("The forecast was trimmed 0.2 points.", "0.2", 0.2, "down"),
    ("Fees were slashed 50%.", "50", 50, "down"),
    ("Pensions will be lifted 8.5%.", "8.5", 8.5, "up"),
    ("The Coalition's primary vote has lifted 2 points.", "2", 2, "up"),
    ("The Fed raised rates 25 basis points.", "25", 25, "up"),
    ("The bank cut rates 50 basis points.", "50", 50, "down"),
    ("She raised 40% of the funds herself.", "40", 40, None),  # a share of something
    ("Rates were cut to 4.5%.", "4.5", 4.5, None),  # a level
    ("The charity raised $5m last year.", "5m", 5e6, None),  # money raised, not a move
]


@pytest.mark.parametrize(("text", "anchor", "value", "change"), CHANGE_WITHOUT_BY)
def test_a_change_by_word_without_by_before_a_share_or_points(nlp, text, anchor, value, change):
    q = claim_at(nlp, text, anchor)
    assert (q.change, q.value) == (change, approx(value))


# (text, anchor, low, high, change)
CHANGE_OVER_A_RANGE = [
    ("Fares will rise between 2% and 4%.", "2", 2, 4, "up"),
    ("Prices fell between 5% and 10%.", "5", 5, 10, "down"),
    ("Costs rose by between 3% and 6%.", "3", 3, 6, "up"),
    ("Workers face rises of between 2% and 4%.", "2", 2, 4, "up"),
    ("Prices rose between 3% and 5%.", "3", 3, 5, "up"),
    ("The index traded between 7,000 and 7,200.", "7,000", 7000, 7200, None),
    ("Rates rose from 3% to 5%.", "3", 3, 5, None),  # the levels
]


@pytest.mark.parametrize(("text", "anchor", "low", "high", "change"), CHANGE_OVER_A_RANGE)
def test_a_change_word_before_between_moves_the_whole_range(nlp, text, anchor, low, high, change):
    q = claim_at(nlp, text, anchor)
    assert (q.change, q.low, q.high) == (change, approx(low), approx(high))


# (text, anchor, value, change)
CHANGE_NOUN_IN = [
    ("There was an increase in revenue of 5%.", "5", 5, "up"),
    ("The survey found a fall in prices of 3%.", "3", 3, "down"),
    ("Economists forecast a drop in output of 0.5%.", "0.5", 0.5, "down"),
    ("The rise in core inflation of 0.3 points surprised.", "0.3", 0.3, "up"),
    ("An increase in the number of 40 cases was noted.", "40", 40, None),  # a bare count
]


@pytest.mark.parametrize(("text", "anchor", "value", "change"), CHANGE_NOUN_IN)
def test_a_change_noun_before_in_x_of(nlp, text, anchor, value, change):
    q = claim_at(nlp, text, anchor)
    assert (q.change, q.value) == (change, approx(value))


# (text, anchor, value, change)
ARROWS = [
    ("Dow ▲0.8% at 39,000.", "0.8", 0.8, "up"),
    ("FTSE ▼0.4% at 8,100.", "0.4", 0.4, "down"),
    ("Gold ▲ 1.2% to $2,350.", "1.2", 1.2, "up"),
    ("Bitcoin ↓5% to $60,000.", "5", 5, "down"),
    ("Sensex ▼ 520 at 72,000.", "520", 520, "down"),
    ("FTSE ▼0.4% at 8,100.", "8,100", 8100, None),  # the level
    ("Nikkei -1.1% at 38,200.", "1.1", -1.1, "down"),  # unchanged: a minus sign is a negative number
]


@pytest.mark.parametrize(("text", "anchor", "value", "change"), ARROWS)
def test_an_arrow_gives_the_direction_of_a_move(nlp, text, anchor, value, change):
    q = claim_at(nlp, text, anchor)
    assert (q.change, q.value) == (change, approx(value))


# (text, anchor, value, qualifier, change)
LEVEL_CROSSED = [
    ("The yield fell south of 4%.", "4", 4, "<", None),
    ("Brent rose north of $100.", "100", 100, ">", None),
    ("Growth came in south of 2%.", "2", 2, "<", None),
    ("Wages rose by more than 5%.", "5", 5, ">", "up"),  # unchanged: by, a move
]


@pytest.mark.parametrize(("text", "anchor", "value", "qualifier", "change"), LEVEL_CROSSED)
def test_north_and_south_of_after_a_change_word_give_the_level_crossed(
    nlp, text, anchor, value, qualifier, change
):
    q = claim_at(nlp, text, anchor)
    assert (q.qualifier, q.change, q.value) == (qualifier, change, approx(value))
