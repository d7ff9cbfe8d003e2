"""Eleventh sweep: an adversarial precision audit of the rules added in sweeps 6-10, with near-miss
sentences written for these tests (sport, politics, business, courts, recipes). One table per class of
false reading found; every row checks the value, and the last rows of each table keep their old
reading."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over


def _reading(text: str, q) -> tuple:
    return text[q.start : q.end], q.value, q.qualifier


# (text, anchor, span, value, qualifier)
AND_COUNTING_ENDS_A_CLAUSE = [
    ("He is 90 and counting down the days.", "90", "90", 90, "="),
    ("The scheme has cost $2bn and counting on public money.", "2bn", "$2bn", 2e9, "="),
    ("The tally is 400 and counting toward a record.", "400", "400", 400, "="),
    ("The death toll stands at 57 and counting.", "57", "57 and counting", 57, ">="),
    ("The band sold 2m tickets and counting, it said.", "2m", "2m tickets and counting", 2e6, ">="),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "qualifier"), AND_COUNTING_ENDS_A_CLAUSE)
def test_and_counting_bounds_only_at_a_clause_end(nlp, text, anchor, span, value, qualifier):
    assert _reading(text, claim_at(nlp, text, anchor)) == (span, approx(value), qualifier)


# (text, anchor, value, change)
RESULTS_AND_STREAKS_ARE_NO_MOVES = [
    ("The champions lost 3 games in a row.", "3", 3, None),
    ("She dropped two sets but still won the final.", "two", 2, None),
    ("The boxer lost 4 straight fights before retiring.", "4", 4, None),
    ("House prices fell 10 months in a row.", "10", 10, None),
    ("Rents rose 3 quarters running, the survey found.", "3", 3, None),
    ("The economy shrank two quarters in a row.", "two", 2, None),
    ("Labour lost 40 seats in the north.", "40", 40, "down"),
    ("Shares lost 3% on Monday.", "3", 3, "down"),
    ("The pension age rose 2 years under the reform.", "2", 2, "up"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "change"), RESULTS_AND_STREAKS_ARE_NO_MOVES)
def test_a_tally_of_results_or_a_streak_is_no_move(nlp, text, anchor, value, change):
    q = claim_at(nlp, text, anchor)
    assert (q.value, q.change) == (approx(value), change)


# (text, anchor, value, unit)
MILLIONS_AFTER_A_VERB_OF_MONEY = [
    ("The new stand cost 3.2m.", "3.2m", 3.2e6, None),
    ("The club paid nearly 2m in agents' fees.", "2m", 2e6, None),
    ("The painting fetched 1.5m at auction.", "1.5m", 1.5e6, None),
    ("The sea wall was built 3m high.", "3m", 3, "m"),
    ("The gate cost 40 pounds and stood 2m tall.", "2m", 2, "m"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "unit"), MILLIONS_AFTER_A_VERB_OF_MONEY)
def test_a_glued_m_after_a_verb_of_money_is_millions(nlp, text, anchor, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (q.value, q.unit) == (approx(value), unit)


# (text, anchor, value; None where no claim overlaps the anchor)
NAMES_AND_LABELS = [
    ("The Group of Seven met in Italy.", "Seven", None),
    ("Leaders of the Group of Twenty agreed a statement.", "Twenty", None),
    ("Its 747 fleet was grounded after the fire.", "747", None),
    ("Our 787 fleet flies to Asia.", "787", None),
    ("Scores of -2 and +4 were posted.", "Scores", None),
    ("He bought 2 M&S shirts.", "2", 2),
    ("A family of four was evacuated.", "four", 4),
    ("The carrier flew 747 passengers home.", "747", 747),
]


@pytest.mark.parametrize(("text", "anchor", "value"), NAMES_AND_LABELS)
def test_names_and_labels_are_no_amounts(nlp, text, anchor, value):
    expected = [] if value is None else [(approx(value), None)]
    assert [(q.value, q.unit) for q in claims_over(nlp, text, anchor)] == expected


def test_scores_of_people_stays_vague(nlp):
    assert claim_at(nlp, "Scores of people were hurt.", "Scores").vague


# (text, anchor, subject)
SUBJECTS_NAME_NO_NUMBER = [
    ("He won 12 of his 15 fights.", "12", "fights"),
    ("The party held 40 of its 60 seats.", "40", "seats"),
    ("FTSE -0.8% DAX -1.2% CAC +0.3%", "-0.8", None),
    ("FTSE -0.8% DAX -1.2% CAC +0.3%", "-1.2", None),
    ("The party won 411 of 650 seats.", "411", "seats"),  # unchanged
]


@pytest.mark.parametrize(("text", "anchor", "subject"), SUBJECTS_NAME_NO_NUMBER)
def test_a_subject_is_no_number(nlp, text, anchor, subject):
    assert claim_at(nlp, text, anchor).subject == subject


# (text, anchor, (value, low, high) of each claim over the anchor)
BOWLING_FIGURES = [
    ("Patel took 6 for 42 as India won.", "42", []),
    ("Khan took three for 19 in the second innings.", "three", []),
    ("He finished with figures of 5 for 31.", "31", []),
    ("The spinner returned figures of 5-31 on day two.", "5-31", []),
    ("She took 2 for £10 at the market.", "£10", [(10, None, None)]),
    ("The shop took 3 for 10 minutes to open.", "10", [(10, None, None)]),
    ("The firm claimed 3 for 20 years.", "20", [(20, None, None)]),
    ("Police figures put deaths at 200-300.", "200", [(None, 200, 300)]),
    ("The army took 2-3 towns.", "2-3", [(None, 2, 3)]),
]


@pytest.mark.parametrize(("text", "anchor", "readings"), BOWLING_FIGURES)
def test_bowling_figures_are_no_claims(nlp, text, anchor, readings):
    got = [(q.value, q.low, q.high) for q in claims_over(nlp, text, anchor)]
    assert got == [tuple(approx(x) for x in r) for r in readings]
