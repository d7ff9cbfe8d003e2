"""Twelfth sweep: numbers that are references or names rather than amounts (bracketed citations,
coordinated labels, carbon isotopes, youth teams), bounds under a negated verb, a person's movement
that is no change, the per mille sign, counts the tagger glues to a date, and thousands grouped by
a plain space. Sentences written for these tests; the last rows of each
table keep their old reading."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor): square-bracketed reference numbers are citations, not amounts
BRACKETED_REFERENCES = [
    ("The drug failed in two earlier trials [4–7] and in a later one [12].", "4–7"),
    ("The effect is well documented [15, 16].", "15"),
    ("The effect is well documented [15, 16].", "16"),
    ("Similar rates were reported elsewhere [3,8-10].", "8-10"),
    ("Earlier work [21] found the same.", "21"),
]


@pytest.mark.parametrize(("text", "anchor"), BRACKETED_REFERENCES)
def test_bracketed_reference_numbers_are_no_claims(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


# (text, anchor, value): what stays a claim near brackets
NEAR_BRACKETS = [
    ("Prevalence ranges from 7 to 20% [12] in adults.", "20%", None),
    ("He said [the fine] was 500 euros.", "500", 500),
    ("The estimate [2,400 homes] was revised.", "2,400", 2400),
]


@pytest.mark.parametrize(("text", "anchor", "value"), NEAR_BRACKETS)
def test_amounts_beside_or_inside_editorial_brackets_stay(nlp, text, anchor, value):
    assert claim_at(nlp, text, anchor).value == approx(value)


# (text, anchor): a number coordinated after a label is a label too
COORDINATED_LABELS = [
    ("See Figures 3A and 3C for the results.", "3C"),
    ("The model follows Eqs. (4.1) and (4.12) of the appendix.", "4.12"),
    ("The protein was absent from fractions 1 and 2 of the gradient.", "2"),
    ("Only fraction 11 showed lower levels.", "11"),
    ("The team kept clone 23 for the later tests.", "23"),
    ("Sections 2, 3 and 4 of the act were struck down.", "4"),
]


@pytest.mark.parametrize(("text", "anchor"), COORDINATED_LABELS)
def test_numbers_coordinated_after_a_label_are_labels(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


def test_a_count_after_a_label_stays(nlp):
    text = "The lab grew 40 clones in a week."
    assert claim_at(nlp, text, "40").value == 40


# (text, anchor, value, unit): carbon isotopes are no temperatures; temperatures stay
ISOTOPES = [
    ("Radiocarbon (14C) dates put the hearth at 9,000 years old.", "14C", None, None),
    ("Replicate 13C/12C analyses were run on each sample.", "13C", None, None),
    ("The tracer [11C]raclopride was injected before the scan.", "11C", None, None),
    ("Anomalous 14C ages were found in the lake cores.", "14C", None, None),
    ("The 13C-labelled glucose was taken up within hours.", "13C", None, None),
    ("Highs of 14C are forecast in Glasgow.", "14C", 14, "°C"),
    ("Temperatures reached 13C on Friday.", "13C", 13, "°C"),
    ("It was 34C in the shade.", "34C", 34, "°C"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "unit"), ISOTOPES)
def test_carbon_isotopes_are_no_temperatures(nlp, text, anchor, value, unit):
    hits = claims_over(nlp, text, anchor)
    if value is None:
        assert hits == []
    else:
        assert [(q.value, q.unit) for q in hits] == [(approx(value), unit)]


# (text, anchor, qualifier or None for no claim): age groups that name teams
AGE_GROUPS = [
    ("England's under-21s beat Spain on Tuesday.", "21", None),
    ("Scotland’s Under-19s drew in Oslo.", "19", None),
    ("The Under-21s play again in March.", "21", None),
    ("He captained the under-20s squad at the finals.", "20", None),
    ("The over-65s were hit hardest by the cuts.", "65", ">"),
    ("Under-18s go free on Sundays.", "18", "<"),
    ("The jab is offered to over-50s first.", "50", ">"),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier"), AGE_GROUPS)
def test_an_age_group_that_names_a_team_is_no_claim(nlp, text, anchor, qualifier):
    hits = claims_over(nlp, text, anchor)
    assert [q.qualifier for q in hits] == ([] if qualifier is None else [qualifier])


# (text, anchor, qualifier, low, high): a bound under a negated verb turns round
NEGATED_BOUNDS = [
    ("The bill does not cost more than $5 million.", "5 million", "<=", None, 5e6),
    ("The firm did not lose more than 5% of its value.", "5%", "<=", None, 5),
    ("It wasn't more than 10 kilometres away.", "10", "<=", None, 10),
    ("He did not want to pay more than $500 for the car.", "500", "<=", None, 500),
    ("Prices should not rise above 3% this year.", "3%", "<=", None, 3),
    ("The jury did not award less than $2m in damages.", "2m", ">=", 2e6, None),
    ("The crowd was not under 5,000, police said.", "5,000", ">=", 5000, None),
    # another clause, a comma, "only" or a duration: the bound stays
    ("He did not say more than 5 people came.", "5", ">", 5, None),
    ("The company did not disclose the deal, worth more than $2 billion.", "2 billion", ">", 2e9, None),
    ("Not only did more than 500 homes flood, the roads closed.", "500", ">", 500, None),
    ("It hasn't rained in more than 40 days.", "40", ">", 40, None),
    ("The law will not take effect for at least two years.", "two", ">=", 2, None),
    ("No more than 10 people may gather.", "10", "<=", None, 10),
    ("There were not fewer than 200 protesters.", "200", ">=", 200, None),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier", "low", "high"), NEGATED_BOUNDS)
def test_a_bound_under_a_negated_verb_turns_round(nlp, text, anchor, qualifier, low, high):
    q = claim_at(nlp, text, anchor)
    assert (q.qualifier, q.low, q.high) == (qualifier, approx(low), approx(high))


# (text, anchor, change): a person moving changes no level
MOVEMENT = [
    ("She jumped 2.1 metres to win the gold medal.", "2.1", None),
    ("He fell 30 feet from the roof.", "30", None),
    ("Mr Smith climbed 800 metres before dawn.", "800", None),
    ("The river rose 2 metres overnight.", "2", "up"),
    ("Sea levels climbed 20 cm over the century.", "20", "up"),
    ("She jumped 12% in the polls.", "12", "up"),
]


@pytest.mark.parametrize(("text", "anchor", "change"), MOVEMENT)
def test_a_person_moving_is_no_change(nlp, text, anchor, change):
    assert claim_at(nlp, text, anchor).change == change


# (text, anchor, span, value, low, high, unit)
PER_MILLE = [
    ("Values fell to about −27‰ in the upper shale.", "27", "about −27‰", -27, None, None, "permille"),
    ("The excursion was 2–3‰ in size.", "2–3", "2–3‰", None, 2, 3, "permille"),
    ("The limit is 0.5 per mille of alcohol in blood.", "0.5", "0.5 per mille", 0.5, None, None, "permille"),
    ("Turnout was 0.5 percent higher.", "0.5", "0.5 percent", 0.5, None, None, "percent"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "low", "high", "unit"), PER_MILLE)
def test_the_per_mille_sign_is_a_unit(nlp, text, anchor, span, value, low, high, unit):
    q = claim_at(nlp, text, anchor)
    reading = (text[q.start : q.end], q.value, q.low, q.high, q.unit)
    assert reading == (span, approx(value), approx(low), approx(high), unit)


# (text, anchor, value or None for no claim): a count right after a date is a count
COUNTS_AFTER_DATES = [
    ("In 2019 45 people died on the roads.", "45", 45),
    ("On May 5 200 people marched to the square.", "200", 200),
    ("In March 300 workers were laid off.", "300", 300),
    ("Since January 1,500 migrants have crossed.", "1,500", 1500),
    ("On 12 May 2019 150 people were hurt.", "150", 150),
    ("On June 12 protesters gathered outside.", "12", None),
    ("In March 30 people died.", "30", None),
    ("In March 2020 cases rose.", "2020", None),
]


@pytest.mark.parametrize(("text", "anchor", "value"), COUNTS_AFTER_DATES)
def test_a_count_right_after_a_date_is_a_count(nlp, text, anchor, value):
    hits = claims_over(nlp, text, anchor)
    assert [q.value for q in hits] == ([] if value is None else [approx(value)])


# (text, anchor, span, value): a group of three digits led by 0 cannot start a number
PLAIN_SPACE_THOUSANDS = [
    ("He earned 45 000 euros a year.", "45", "45 000 euros a year", 45000),
    ("About 1 500 000 people live in the region.", "500", "About 1 500 000", 1_500_000),
    ("The flat costs 12 050 roubles a month.", "12", "12 050 roubles a month", 12050),
    ("In 1995 200 people died in the floods.", "200", "200", 200),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value"), PLAIN_SPACE_THOUSANDS)
def test_thousands_grouped_by_a_plain_space(extract, text, anchor, span, value):
    a = text.index(anchor)
    hits = [c for c in extract(text).claims if c.start <= a < c.end]
    assert [(text[c.start : c.end], c.value) for c in hits] == [(span, approx(value))]


def test_spaced_digits_that_are_not_thousands_stay_apart(extract):
    text = "Call 020 7946 0000 for tickets; on May 5 200 people came."
    assert [(c.text, c.value) for c in extract(text).claims] == [("200", 200)]
