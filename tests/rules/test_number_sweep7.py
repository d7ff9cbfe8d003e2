"""Seventh sweep: classes found by reading claimx's output on unlabelled political news, each tested on
sentences written for these tests (a hanging hyphen, "between the ages of", idioms with "one", and
"numbered" as a count)."""

from __future__ import annotations

import pytest

from .test_quantities import claim_at, claims_over

# (text, anchor, span, low, high, unit)
HANGING_RANGES = [
    ("The survey polled 19- to 23-year-olds in four cities.", "19", "19- to 23-year-olds", 19, 23, "year"),
    ("It is a 12- to 15-minute ride from the port.", "12", "12- to 15-minute", 12, 15, "minute"),
    ("The camp takes 6- to 9-year-olds.", "6", "6- to 9-year-olds", 6, 9, "year"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "low", "high", "unit"), HANGING_RANGES)
def test_a_hanging_hyphen_before_to_makes_one_range(nlp, text, anchor, span, low, high, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.value, q.low, q.high, q.unit) == (span, None, low, high, unit)


# (text, anchors of the hanging numbers, unit they share, subject they share)
HANGING_LISTS = [
    ("The store stocks 20- and 40-litre drums.", ["20"], "l", "drums"),
    ("Riders can buy 7- and 30-day passes.", ["7"], "day", "passes"),
    ("She served two-, three- and four-year terms.", ["two", "three"], "year", "terms"),
]


@pytest.mark.parametrize(("text", "anchors", "unit", "subject"), HANGING_LISTS)
def test_a_hanging_number_shares_the_compound_after_it(nlp, text, anchors, unit, subject):
    for anchor in anchors:
        q = claim_at(nlp, text, anchor)
        assert (text[q.start : q.end], q.unit, q.subject) == (anchor, unit, subject)


def test_a_listed_compound_counts_where_it_alone_names_a_kind(nlp):
    # "a six-cylinder engine" names a kind of engine; set side by side the sizes are the point
    assert claims_over(nlp, "The coupe has a six-cylinder engine.", "six") == []
    text = "The maker offers four- and six-cylinder engines."
    assert [claim_at(nlp, text, a).value for a in ("four", "six")] == [4, 6]


def test_a_score_is_no_hanging_range(nlp):
    assert claims_over(nlp, "The visitors won 3-2 and then 4-1.", "3-2") == []


@pytest.mark.parametrize(
    ("text", "anchor", "span", "low", "high"),
    [
        ("It covers pupils between the ages of 6 and 12.", "6", "between the ages of 6 and 12", 6, 12),
        ("Adults between ages 40 and 65 were invited.", "40", "between ages 40 and 65", 40, 65),
        ("Between 250 and 300 people queued.", "250", "Between 250 and 300", 250, 300),  # unchanged
    ],
)
def test_between_the_ages_of_is_one_range(nlp, text, anchor, span, low, high):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.low, q.high) == (span, low, high)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("At one point, the queue stretched round the block.", "one"),
        ("The mayor was, at one time, a bus driver.", "one"),
        ("It would be one hell of a comeback.", "one"),
        ("One by one, the jurors filed out.", "One"),
        ("The deal will get done one way or another.", "one"),
    ],
)
def test_one_in_an_idiom_counts_nothing(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("At one point he led by 12 points.", "12", 12),  # the idiom leaves the amount alone
        ("They found one point of entry.", "one", 1),  # "one point" outside the idiom still counts
        ("Only one team scored.", "one", 1),
    ],
)
def test_one_outside_the_idioms_still_counts(nlp, text, anchor, value):
    assert claim_at(nlp, text, anchor).value == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("By dusk the crowd numbered 6,000.", "6,000", 6000),
        ("Their ranks numbered 450 by spring.", "450", 450),
        ("The marchers numbered about 900.", "900", 900),
    ],
)
def test_numbered_after_a_noun_counts(nlp, text, anchor, value):
    assert claim_at(nlp, text, anchor).value == value


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A second run, numbered 5 in the log, was kept.", "5"),
        ("The cabins are numbered 1 to 40.", "1"),
        ("Plots numbered 7 and 9 were sold.", "7"),
        ("The bays, numbered 101 to 140, face north.", "101"),
    ],
)
def test_numbered_still_names(nlp, text, anchor):
    assert claims_over(nlp, text, anchor) == []


# (text, anchor, span, value in feet)
HEIGHTS = [
    ("The 6-foot-4 forward scored 30.", "6-foot", "6-foot-4", 6 + 4 / 12),
    ("The five-foot-nine winger signed.", "five", "five-foot-nine", 5 + 9 / 12),
    ("She stands 5 foot 7.", "5", "5 foot 7", 5 + 7 / 12),
    ("He is 6 feet 1 and quick.", "6", "6 feet 1", 6 + 1 / 12),
    ("The 6-foot-1, 210-pound end.", "6-foot", "6-foot-1", 6 + 1 / 12),
    # not heights: a length with no inches, a size, another amount after it
    ("A 9-foot fence rings the 2 acres.", "9", "9-foot", 9),
    ("They cut 8-foot 2 by 4 studs.", "8", "8-foot", 8),
    ("The 6-foot 240-pound tackle.", "6", "6-foot", 6),
]


@pytest.mark.parametrize(("text", "anchor", "span", "feet"), HEIGHTS)
def test_a_height_in_feet_with_its_inches_left_unwritten(nlp, text, anchor, span, feet):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.unit) == (span, "ft")
    assert q.value == pytest.approx(feet, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "qualifier"),
    [
        ("Claims could surpass $4bn this year.", "$4bn", "surpass $4bn", ">"),
        ("The Nikkei neared 40,000 on Tuesday.", "40,000", "neared 40,000", "~"),
        ("Turnout is nearing 65%.", "65", "nearing 65%", "~"),
    ],
)
def test_every_form_of_a_bounding_verb_bounds(nlp, text, anchor, span, qualifier):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.qualifier) == (span, qualifier)


# how a number or its unit is written: (text, anchor, span, value, unit)
CURRENCIES = [
    ("Nurses earn GH₵3,100 a month.", "3,100", "GH₵3,100 a month", 3100, "GHS"),
    ("The flat rents for ₪7,200.", "7,200", "₪7,200", 7200, "ILS"),
    ("Kyiv borrowed ₴40 billion.", "40", "₴40 billion", 4e10, "UAH"),
    ("The lunch costs ₡4,000.", "4,000", "₡4,000", 4000, "CRC"),
    # an ISO code written after the amount
    ("A room costs 1,450 SEK a night.", "1,450", "1,450 SEK a night", 1450, "SEK"),
    ("Teachers earn 2.5 million IDR.", "2.5", "2.5 million IDR", 2.5e6, "IDR"),
    ("He was fined 800 CHF.", "800", "800 CHF", 800, "CHF"),
]

HALF_OR_QUARTER_SCALED = [
    ("Nearly a quarter-million fans came.", "quarter", "Nearly a quarter-million", 2.5e5, None),
    ("A half-million households lost power.", "half", "A half-million", 5e5, None),
    ("The town has a half million residents.", "half", "a half million", 5e5, None),
    ("Half-a-million pounds was pledged.", "Half", "Half-a-million pounds", 5e5, "GBP"),
    ("A quarter-billion dollars went missing.", "quarter", "A quarter-billion dollars", 2.5e8, "USD"),
    # a share, not a scaled amount
    ("A quarter of voters stayed home.", "quarter", "A quarter", 0.25, "fraction"),
]

SHORT_FORMS = [
    ("Exports grew 3.4 p.c. in the quarter.", "3.4", "3.4 p.c.", 3.4, "percent"),
    ("The board approved Rs 750 cr for roads.", "750", "Rs 750 cr", 7.5e9, "INR"),
    ("The metro line costs ₹2,400 cr.", "2,400", "₹2,400 cr", 2.4e10, "INR"),
]

EUROPEAN = [
    ("Inflation reached 9,4 % in June.", "9,4", "9,4 %", 9.4, "percent"),
    ("The parcel weighs 3,5 kg.", "3,5", "3,5 kg", 3.5, "kg"),
    ("A coffee costs €2,80 there.", "2,80", "€2,80", 2.8, "EUR"),
    ("Revenue reached €4.500.000 last year.", "4.500.000", "€4.500.000", 4.5e6, "EUR"),
    ("Harvests rose 2,5 million tonnes.", "2,5", "2,5 million tonnes", 2.5e6, "t"),
    ("The road is 1,250 km long.", "1,250", "1,250 km", 1250, "km"),  # English grouping wins
]

FRACTIONS_PAST_A_TENTH = [
    ("A twentieth of the grant went on fees.", "twentieth", "A twentieth", 0.05, "fraction"),
    ("One-hundredth of a second split them.", "One", "One-hundredth of a second", 0.01, "second"),
    ("Three hundredths of a second decided it.", "Three", "Three hundredths of a second", 0.03, "second"),
]

UNIT_PER_UNIT = [
    ("Smog reached 210 µg/m³ on Monday.", "210", "210 µg/m³", 210, "µg/m³"),
    ("Her glucose was 6.1 mmol/L.", "6.1", "6.1 mmol/L", 6.1, "mmol/L"),
    ("The new model emits 102 g/km.", "102", "102 g/km", 102, "g/km"),
    ("The dose is 2 mg/kg/day.", "2", "2 mg/kg/day", 2, "mg/kg/day"),
    # money stays money, the rate in its span
    ("Lamb sells for $9.40/kg.", "9.40", "$9.40/kg", 9.4, "USD"),
    ("The limit is 30 km/h near schools.", "30", "30 km/h", 30, "km/h"),  # a unit with its own slash
    ("Emissions fell to 410 MtCO2.", "410", "410 MtCO2", 410, "Mt"),
    ("The field holds 12 tcf of gas.", "12", "12 tcf", 12, "tcf"),
]

WRITTEN = {
    "currency symbols and codes after the amount": CURRENCIES,
    "a half or quarter before a scale is an amount": HALF_OR_QUARTER_SCALED,
    "short forms of percent and crore": SHORT_FORMS,
    "a European number where the English reading is impossible": EUROPEAN,
    "fractions past a tenth": FRACTIONS_PAST_A_TENTH,
    "a unit per unit after a slash (money keeps its currency)": UNIT_PER_UNIT,
}


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value", "unit"),
    [pytest.param(*row, id=f"{cls}: {row[0]}") for cls, rows in WRITTEN.items() for row in rows],
)
def test_how_a_number_and_its_unit_are_written(nlp, text, anchor, span, value, unit):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.unit) == (span, unit)
    assert q.value == pytest.approx(value)


def test_a_comma_between_bare_numbers_is_no_decimal(nlp):
    assert claims_over(nlp, "Read sections 4,6 and 9 first.", "4,6") == []


@pytest.mark.parametrize("text", ["The club marked its hundredth season.", "It was her thousandth match."])
def test_an_ordinal_past_a_tenth_is_no_fraction(nlp, text):
    assert nlp(text)._.claimx_claims == []


def test_a_slash_between_bare_numbers_is_no_rate(nlp):
    assert nlp("Staff work 24/7 now.")._.claimx_claims == []


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value", "unit", "change"),
    [
        ("The jobless rate rose a tenth of a point.", "tenth", "a tenth of a point", 0.1, "points", "up"),
        ("Core inflation fell two-tenths of a point.", "two", "two-tenths of a point", 0.2, "points", "down"),
        ("The yield rose a point and a half.", "point", "a point and a half", 1.5, "points", "up"),
        ("Hiring grew by a revised 210,000.", "210,000", "210,000", 210000, None, "up"),
        ("Output fell a preliminary 0.4%.", "0.4", "0.4%", 0.4, "percent", "down"),
    ],
)
def test_fractions_of_a_point_and_revised_moves(nlp, text, anchor, span, value, unit, change):
    q = claim_at(nlp, text, anchor)
    assert (text[q.start : q.end], q.unit, q.change) == (span, unit, change)
    assert q.value == pytest.approx(value)


def test_a_point_alone_is_no_amount(nlp):
    assert nlp("It was a point of pride for the team.")._.claimx_claims == []


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "value"),
    [
        ("The driver, aged 47, was unhurt.", "47", None, None, 47),
        ("She retired at age 58.", "58", None, None, 58),
        ("Adults ages 35 to 44 saved least.", "35", 35, 44, None),
        ("Pupils between the ages of 7 and 11 sat the test.", "7", 7, 11, None),
    ],
)
def test_a_number_after_an_age_word_is_in_years(nlp, text, anchor, low, high, value):
    q = claim_at(nlp, text, anchor)
    assert (q.unit, q.low, q.high, q.value) == ("year", low, high, value)


def test_a_scaled_amount_after_age_of_keeps_its_own_reading(nlp):
    q = claim_at(nlp, "Rocks at the age of 3 billion years were found.", "3")
    assert (q.value, q.unit) == (3e9, "year")
