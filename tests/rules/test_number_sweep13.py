"""Thirteenth sweep: English news from wires and state outlets of non-English countries (currency
prefixes of the Gulf and Asian press, abbreviations with a dot, currency signs after the number, wire
scales, "the figure was"), and messy web text (HTML entities, inline emphasis, other hyphens, figures
wrapped across a line). Sentences written for these tests; the last rows of each table keep their old
reading."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over


def _readings(extract, text: str, anchor: str) -> list[tuple]:
    """(span, value, low, high, unit) of each claim over ``anchor``; spans must be true to ``text``."""
    a = text.index(anchor)
    hits = [c for c in extract(text).claims if c.start <= a < c.end]
    assert all(c.text == text[c.start : c.end] for c in hits)
    return [(c.text, c.value, c.low, c.high, c.unit) for c in hits]


# (text, anchor, span, value, low, high, unit): an HTML entity that reaches us raw is its character
HTML_ENTITIES = [
    ("Tickets cost &pound;25 each.", "25", "&pound;25", 25, None, None, "GBP"),
    ("The grant totals &#8364;2 million.", "2", "&#8364;2 million", 2e6, None, None, "EUR"),
    ("The loan was $1.5&nbsp;billion.", "1.5", "$1.5&nbsp;billion", 1.5e9, None, None, "USD"),
    ("Rents are up 5&nbsp;per cent this year.", "5", "5&nbsp;per cent", 5, None, None, "percent"),
    ("The museum received 2&#160;000 visitors.", "2", "2&#160;000", 2000, None, None, None),
    ("Inflation was 3&ndash;4 per cent.", "3", "3&ndash;4 per cent", None, 3, 4, "percent"),
    ("The tower is 300&nbsp;m tall.", "300", "300&nbsp;m", 300, None, None, "m"),
    # as before: no entity, or not one character
    ("The tower is 300 m tall.", "300", "300 m", 300, None, None, "m"),
    ("AT&T paid $5bn for it.", "5bn", "$5bn", 5e9, None, None, "USD"),
    ("The firm &amp; its partner paid $12m.", "12m", "$12m", 1.2e7, None, None, "USD"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "low", "high", "unit"), HTML_ENTITIES)
def test_html_entities_read_as_their_characters(extract, text, anchor, span, value, low, high, unit):
    assert _readings(extract, text, anchor) == [(span, approx(value), approx(low), approx(high), unit)]


# (text, anchor, span, value, unit): markdown emphasis with one star or underscore around a figure
INLINE_EMPHASIS = [
    ("Prices rose *12%* in March.", "12", "12%", 12, "percent"),
    ("Prices rose _12%_ in March.", "12", "12%", 12, "percent"),
    ("The plan will cost *about £40m* a year.", "40", "about £40m* a year", 4e7, "GBP"),
    # as before: bold, a footnote star, a line-start bullet, snake_case
    ("Prices rose **12%** in March.", "12", "12%", 12, "percent"),
    ("* 45% of voters back the plan", "45", "45%", 45, "percent"),
    ("Sales rose 8%* in the year.", "8", "8%", 8, "percent"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), INLINE_EMPHASIS)
def test_inline_emphasis_is_markup(extract, text, anchor, span, value, unit):
    assert [(s, v, u) for s, v, _, _, u in _readings(extract, text, anchor)] == [(span, approx(value), unit)]


# (text, anchor, span, value, low, high, unit): no-break hyphen, figure dash, soft hyphen
OTHER_HYPHENS = [
    ("The 3,700\u2011km pipeline opened.", "3,700", "3,700\u2011km", 3700, None, None, "km"),
    ("Grain output rose 5\u20116% a year.", "5", "5\u20116%", None, 5, 6, "percent"),
    ("Growth was 5\u20126% a year.", "5", "5\u20126%", None, 5, 6, "percent"),
    ("Profit grew 2.5\u2010fold.", "2.5", "2.5\u2010fold", 2.5, None, None, "times"),
    ("The 12\xadkm route is closed.", "12", "12\xadkm", 12, None, None, "km"),
    # as before: the ASCII hyphen and the en dash
    ("The 3,700-km pipeline opened.", "3,700", "3,700-km", 3700, None, None, "km"),
    ("Growth was 5\u20136% a year.", "5", "5\u20136%", None, 5, 6, "percent"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "low", "high", "unit"), OTHER_HYPHENS)
def test_other_hyphens_read_as_hyphens(extract, text, anchor, span, value, low, high, unit):
    assert _readings(extract, text, anchor) == [(span, approx(value), approx(low), approx(high), unit)]


# (text, anchor, span, value, unit): a figure wrapped across a line of hard-wrapped text
WRAPPED_FIGURES = [
    ("The deal is worth $1.5\nbillion, the firm said.", "1.5", "$1.5\nbillion", 1.5e9, "USD"),
    ("Prices rose 5\nper cent in May.", "5", "5\nper cent", 5, "percent"),
    ("Prices rose 5 per\ncent in May.", "5", "5 per\ncent", 5, "percent"),
    ("Its debt rose to 40\nmillion euros.", "40", "40\nmillion euros", 4e7, "EUR"),
    # as before: a list, a line that starts a new item
    ("- 3,000 jobs\n- 2.5% pay rise", "2.5", "2.5%", 2.5, "percent"),
    ("Total: 1,200\nSchools: 300", "1,200", "1,200", 1200, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), WRAPPED_FIGURES)
def test_a_figure_wrapped_across_a_line_is_one_figure(extract, text, anchor, span, value, unit):
    assert [(s, v, u) for s, v, _, _, u in _readings(extract, text, anchor)] == [(span, approx(value), unit)]


def _reading(text: str, q) -> tuple:
    return text[q.start : q.end], q.value, q.unit


# (text, anchor, span, value, unit): the dot of an abbreviation before a number is no decimal point
ABBREVIATION_DOTS = [
    ("The state paid Rs.500 to each family.", "500", "Rs.500", 500, "INR"),
    ("Each family got Rs.5 lakh in aid.", "5", "Rs.5 lakh", 5e5, "INR"),
    ("The ministry spent Sh.5 billion on roads.", "5", "Sh.5 billion", 5e9, "shilling"),
    ("Dhaka allocated Tk.500 crore for flood relief.", "500", "Tk.500 crore", 5e9, "BDT"),
    ("The budget is Kshs.5 billion.", "5", "Kshs.5 billion", 5e9, "KES"),
    # as before: a decimal without its leading zero, a dot and a space
    ("The rate rose by .5% in May.", ".5", ".5%", 0.5, "percent"),
    ("The fee was Rs. 2,000 a month.", "2,000", "Rs. 2,000 a month", 2000, "INR"),
    ("The fee is Rs.2.5 crore.", "2.5", "Rs.2.5 crore", 2.5e7, "INR"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), ABBREVIATION_DOTS)
def test_the_dot_of_an_abbreviation_is_no_decimal_point(nlp, text, anchor, span, value, unit):
    assert _reading(text, claim_at(nlp, text, anchor)) == (span, approx(value), unit)


# (text, anchor, span, value, unit): currency prefixes of the Gulf, Turkish and Asian press
REGIONAL_PREFIXES = [
    ("Turkey spent TL 5 billion on the project.", "5", "TL 5 billion", 5e9, "TRY"),
    ("Egypt will spend LE 12 billion on housing.", "12", "LE 12 billion", 1.2e10, "EGP"),
    ("The deal is worth SR 5 billion.", "5", "SR 5 billion", 5e9, "SAR"),
    ("The contract is worth QR2.5bn.", "2.5", "QR2.5bn", 2.5e9, "QAR"),
    ("Kuwait allocated KD 5 million for repairs.", "5", "KD 5 million", 5e6, "KWD"),
    ("Oman spent RO 40 million on the port.", "40", "RO 40 million", 4e7, "OMR"),
    ("Bahrain set aside BD 2 million.", "2", "BD 2 million", 2e6, "BHD"),
    ("Samsung invested W5 trillion in chips.", "5", "W5 trillion", 5e12, "KRW"),
    ("Thailand approved Bt5 billion in aid.", "5", "Bt5 billion", 5e9, "THB"),
    ("Manila set a P5 billion budget.", "5", "P5 billion", 5e9, "PHP"),
    ("The developer raised Dhs1.2bn from investors.", "1.2", "Dhs1.2bn", 1.2e9, "AED"),
    # as before: no scale after the letters
    ("Drivers took SR 91 for 12 miles.", "12", "12 miles", 12, "mi"),
    ("Flight QR 2 landed with 300 passengers.", "300", "300", 300, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), REGIONAL_PREFIXES)
def test_regional_currency_prefixes_before_a_scale(nlp, text, anchor, span, value, unit):
    assert _reading(text, claim_at(nlp, text, anchor)) == (span, approx(value), unit)


def test_letters_without_a_scale_are_no_currency(nlp):
    assert claims_over(nlp, "Drivers took SR 91 for 12 miles.", "91") == []


# (text, anchor, span, value, unit): a currency sign or code written after the number
CURRENCY_AFTER = [
    ("The ticket costs 300 € now.", "300", "300 €", 300, "EUR"),
    ("The price is 12,50 € per kilo.", "12,50", "12,50 € per kilo", 12.5, "EUR"),
    ("A meal costs 900 ₽ in Moscow.", "900", "900 ₽", 900, "RUB"),
    ("Investment reached 5 billion RMB.", "5", "5 billion RMB", 5e9, "CNY"),
    ("Exports reached 5 billion Turkish liras.", "5", "5 billion Turkish liras", 5e9, "TRY"),
    # as before
    ("The ticket costs €300 now.", "300", "€300", 300, "EUR"),
    ("The firm sold 600 bln USD in bonds.", "600", "600 bln USD", 6e11, "USD"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), CURRENCY_AFTER)
def test_a_currency_written_after_the_number(nlp, text, anchor, span, value, unit):
    assert _reading(text, claim_at(nlp, text, anchor)) == (span, approx(value), unit)


# (text, anchor, span, value, unit): wire scales and amounts written as digits and scale words
WIRE_SCALES = [
    ("The exhibition drew 10 thous. visitors.", "10", "10 thous", 1e4, None),
    ("The deal is worth 1.5 milliard rubles.", "1.5", "1.5 milliard rubles", 1.5e9, "RUB"),
    ("The state owes 1 million 200 thousand rubles.", "1", "1 million 200 thousand rubles", 1.2e6, "RUB"),
    ("The fund holds 2 billion 500 million dollars.", "2", "2 billion 500 million dollars", 2.5e9, "USD"),
    # as before: a bigger or a compound scale after the first, a range
    ("It cost 3 million 2 hundred thousand.", "3", "3 million", 3e6, None),
    ("It cost 3 thousand 2 million in all.", "3", "3 thousand", 3e3, None),
    ("The fine amounts to 500 thousand rubles.", "500", "500 thousand rubles", 5e5, "RUB"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), WIRE_SCALES)
def test_wire_scales_and_digits_with_scale_words(nlp, text, anchor, span, value, unit):
    assert _reading(text, claim_at(nlp, text, anchor)) == (span, approx(value), unit)


# (text, anchor, value or None for no claim): "the figure was" measures, "Figure 3" names
FIGURE_WAS = [
    ("The figure was 4.5 million in 2020.", "4.5", 4.5e6),
    ("Last year the figure was $2.3 billion.", "2.3", 2.3e9),
    ("The official figure was 45,000.", "45,000", 45000),
    ("The number was 1,200 a year earlier.", "1,200", 1200),
    ("The table is 5 feet long.", "5", 5),
    # as before: a label, and a number that names
    ("See figure 3 for details.", "3", None),
    ("Figure 2 shows the trend.", "2", None),
    ("His number was 77812 in the file.", "77812", None),
    ("Her ticket number was 55817 at the desk.", "55817", None),
]


@pytest.mark.parametrize(("text", "anchor", "value"), FIGURE_WAS)
def test_the_figure_was_measures(nlp, text, anchor, value):
    hits = claims_over(nlp, text, anchor)
    assert [q.value for q in hits] == ([] if value is None else [approx(value)])


# (text, anchor, values of the claims over it): the number of an ordered list item is no claim
LIST_ITEM_NUMBERS = [
    ("The plan:\n1. 3,000 jobs cut\n2. 2.5% pay rise", "1.", []),
    ("The plan:\n1. 3,000 jobs cut\n2. 2.5% pay rise", "2.", []),
    ("Steps:\n1) Raise taxes\n2) Cut spending by $5bn", "2)", []),
    # as before: the figures of the items, a decimal at a line start, a number ending a sentence
    ("The plan:\n1. 3,000 jobs cut\n2. 2.5% pay rise", "3,000", [3000]),
    ("The plan:\n1. 3,000 jobs cut\n2. 2.5% pay rise", "2.5", [2.5]),
    ("Sales:\n1.5% in May\n2.5% in June", "1.5", [1.5]),
    ("The count rose to 12. Officials said more would come.", "12", [12]),
]


@pytest.mark.parametrize(("text", "anchor", "values"), LIST_ITEM_NUMBERS)
def test_ordered_list_numbers_are_no_claims(extract, text, anchor, values):
    assert [v for _, v, _, _, _ in _readings(extract, text, anchor)] == [approx(v) for v in values]


# (text, anchor, span, value, unit): full-width digits and signs pasted from CJK text
FULL_WIDTH = [
    ("Revenue grew to ＄5 billion.", "5", "＄5 billion", 5e9, "USD"),
    ("Prices rose ５．５％ in May.", "５", "５．５％", 5.5, "percent"),
    ("Sales hit １，２００ units.", "１", "１，２００", 1200, None),
    # as before: full-width digits alone
    ("The firm hired １２０ workers.", "１２０", "１２０", 120, None),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "unit"), FULL_WIDTH)
def test_full_width_digits_and_signs(extract, text, anchor, span, value, unit):
    assert [(s, v, u) for s, v, _, _, u in _readings(extract, text, anchor)] == [(span, approx(value), unit)]
