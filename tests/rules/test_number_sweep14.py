"""Fourteenth sweep: the qualifiers of numeric claims. Bound and approximation phrases from British,
American, Indian and wire copy, postfixes such as "or longer" and "at the latest", "nearly topped",
bounds written across "the 60,000 mark", "jumped past $60,000", qualified numbers in title-case
headlines, age groups written with a space ("the over 50s") and spelled-out "-plus" amounts.
Sentences written for these tests; in each table the rows marked "keeps" keep their old reading.
A row whose qualifier is None expects no claim over the anchor."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over


def _check(nlp, text: str, anchor: str, qualifier: str | None, value: float | None = None) -> None:
    if qualifier is None:
        assert claims_over(nlp, text, anchor) == []
        return
    claim = claim_at(nlp, text, anchor)
    assert claim.qualifier == qualifier, (text, claim)
    if value is not None:
        assert claim.value == approx(value)


# (text, anchor, qualifier): bound and approximation phrases written before the number
PREFIX_PHRASES = [
    ("The scheme offers loans upto Rs 5 lakh.", "5 lakh", "<="),
    ("Discounts of upto 50% are on offer.", "50%", "<="),
    ("The fire destroyed appx. 40 shops.", "40", "~"),
    ("A projected 12 million voters will take part.", "12 million", "~"),
    ("An expected 50,000 fans will attend.", "50,000", "~"),
    ("Unemployment is nudging 10%.", "10%", "~"),
    ("The price is edging towards $100.", "$100", "~"),
    ("Mortgage approvals are heading for 100,000.", "100,000", "~"),
    ("Inflation is closing in on 4%.", "4%", "~"),
    ("The total is on the cusp of 1 million.", "1 million", "~"),
    ("The party is within touching distance of 30%.", "30%", "~"),
    ("Hardly 100 people came to the rally.", "100", "~"),
    ("It was not even 10% of the total.", "10%", "<"),
    ("Temperatures will top 35C on Friday.", "35C", ">"),
    ("Sales are expected to top $2bn.", "$2bn", ">"),
    ("Bitcoin broke through $50,000.", "$50,000", ">"),
    # keeps
    ("He finished in the top 10% of his class.", "10%", "="),
    ("Residents must live within 5 miles.", "5 miles", "<="),
    ("A reported 300 people were injured.", "300", "="),
    ("It was expected 40,000 fans would attend.", "40,000", "="),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier"), PREFIX_PHRASES)
def test_prefix_qualifier_phrases(nlp, text, anchor, qualifier):
    _check(nlp, text, anchor, qualifier)


# (text, anchor, qualifier): bound and approximation phrases written after the amount
POSTFIX_PHRASES = [
    ("Patients wait 18 weeks or longer for surgery.", "18 weeks", ">="),
    ("It takes 5 minutes or longer to boil.", "5 minutes", ">="),
    ("Checks of 40 days or shorter are typical.", "40 days", "<="),
    ("Homes worth £2m and upwards face the tax.", "£2m", ">="),
    ("Speeds of 100mph and higher were recorded.", "100mph", ">="),
    ("The refund arrives in 10 days at the latest.", "10 days", "<="),
    ("The answer is due in 2 weeks at the earliest.", "2 weeks", ">="),
    ("Sales of 1m units or thereabout are expected.", "1m", "~"),
    ("The deal is worth $3 billion and change.", "$3 billion", ">"),
    ("The trip takes 40 minutes at the outside.", "40 minutes", "<="),
    # keeps
    ("Reply within 30 days at the earliest convenience.", "30 days", "<="),
    ("They will build 10 homes at the latest site.", "10", "="),
    ("Delays of two hours or more hit commuters.", "two hours", ">="),
    ("They won 3 and changed coach.", "3", "="),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier"), POSTFIX_PHRASES)
def test_postfix_qualifier_phrases(nlp, text, anchor, qualifier):
    _check(nlp, text, anchor, qualifier)


# (text, anchor, qualifier): "nearly" or "almost" before a verb that passes a level: the level neared
NEARLY_PASSED = [
    ("Sales almost topped $2bn last year.", "$2bn", "~"),
    ("Exports nearly topped 40% of output.", "40%", "~"),
    ("Exports almost exceeded $2bn.", "$2bn", "~"),
    ("The sprinter almost broke 10 seconds.", "10 seconds", "~"),
    ("The fund nearly surpassed £500m.", "£500m", "~"),
    # keeps
    ("Exports topped 40% of output.", "40%", ">"),
    ("Turnout barely topped 60%.", "60%", ">"),
    ("The fund almost reached $2bn.", "$2bn", "~"),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier"), NEARLY_PASSED)
def test_nearly_passing_a_level_is_approximate(nlp, text, anchor, qualifier):
    _check(nlp, text, anchor, qualifier)


# (text, anchor, qualifier): a bound written across "the" before "the 60,000 mark", "the 5% threshold"
ACROSS_THE_MARK = [
    ("The Sensex crossed the 60,000 mark.", "60,000", ">"),
    ("Nifty crosses 18,000 mark for first time.", "18,000", ">"),
    ("Gold breaches Rs 60,000 level.", "60,000", ">"),
    ("The index could cross the 20,000 mark.", "20,000", ">"),
    ("Sales topped the $1bn mark.", "$1bn", ">"),
    ("The party passed the 5% threshold.", "5%", ">"),
    ("Oil broke the $100 barrier.", "$100", ">"),
    ("The index stayed above the 7,000 level all day.", "7,000", ">"),
    ("The death toll is nearing the 1,000 mark.", "1,000", "~"),
    ("The toll nearly reached the 1,000 mark.", "1,000", "~"),
    ("Gold hovered around the $2,000 level.", "$2,000", "~"),
    ("Sales never exceeded the $1bn mark.", "$1bn", "<="),
    ("Turnout fell short of the 50% threshold.", "50%", "<"),
    # keeps
    ("The toll reached the 1,000 mark.", "1,000", "="),
    ("Investors worried about the 7,000 level.", "7,000", "="),
    ("They passed 3 levels of the game.", "3", "="),
    ("The debate over the 5% threshold went on.", "5%", "="),
    ("Sales reached the $1bn target.", "$1bn", "="),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier"), ACROSS_THE_MARK)
def test_bound_across_the_mark(nlp, text, anchor, qualifier):
    _check(nlp, text, anchor, qualifier)


# (text, anchor, qualifier): "past" after a rise: the level passed
MOVED_PAST = [
    ("Bitcoin jumped past $60,000.", "$60,000", ">"),
    ("The index climbed past 8,000 points.", "8,000", ">"),
    ("Sales grew past 1 million units.", "1 million", ">"),
    # keeps
    ("He walked past 10 houses.", "10", "="),
    ("The bus drove past 3 schools.", "3", "="),
    ("The yen weakened past 150 per dollar.", "150", "="),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier"), MOVED_PAST)
def test_a_rise_past_a_level(nlp, text, anchor, qualifier):
    _check(nlp, text, anchor, qualifier)


# (text, anchor, qualifier): a qualified number among capitalised words is an amount, not a name
QUALIFIED_IN_HEADLINES = [
    ("At Least 12 Dead In Bus Crash", "12", ">="),
    ("Some 300 Flee As Floods Hit", "300", "~"),
    ("Nearly 300 Flee As Floods Hit Town", "300", "~"),
    ("More Than 12 Hurt In Blast", "12", ">"),
    ("More Than A Dozen Hurt In Blast", "Dozen", ">"),
    ("Circa 500 jobs will go.", "500", "~"),
    # keeps
    ("The Boeing 737 Max was grounded.", "737", None),
    ("He played for the Under 21 World Cup Squad.", "21", None),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier"), QUALIFIED_IN_HEADLINES)
def test_qualified_numbers_in_title_case(nlp, text, anchor, qualifier):
    _check(nlp, text, anchor, qualifier)


# (text, anchor, qualifier, value): "the over 50s", "under 16s" written with a space: an age group
SPACED_AGE_GROUPS = [
    ("Over 50s can apply for the grant.", "50s", ">", 50),
    ("The over 65s will get the jab first.", "65s", ">", 65),
    ("Tickets for under 16s cost £5.", "16s", "<", 16),
    # keeps
    ("The over-65s were hit hardest.", "65s", ">", 65),
    ("He played for England Under 21s last year.", "21s", None, None),
    # after a verb or "in" the spaced form is a time in seconds, no age group
    ("The winner ran under 10s in the final.", "10s", None, None),
    ("The lap took over 20s on the wet track.", "20s", None, None),
    ("He finished in under 12s.", "12s", None, None),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier", "value"), SPACED_AGE_GROUPS)
def test_spaced_age_groups(nlp, text, anchor, qualifier, value):
    _check(nlp, text, anchor, qualifier, value)


# (text, anchor, qualifier, value): a spelled-out number hyphened to "plus" is at least that many
SPELLED_PLUS = [
    ("Twenty-plus years of service ended.", "Twenty", ">=", 20),
    ("He has served twenty-plus years.", "twenty", ">=", 20),
    # keeps
    ("Forty-odd people came.", "Forty", "~", 40),
    ("He signed a twenty-year deal.", "twenty", None, None),
]


@pytest.mark.parametrize(("text", "anchor", "qualifier", "value"), SPELLED_PLUS)
def test_spelled_numbers_plus(nlp, text, anchor, qualifier, value):
    _check(nlp, text, anchor, qualifier, value)
