"""Numeric claim rules: values, ranges, qualifiers, units, subjects, and what is not a claim."""

from __future__ import annotations

import pytest

from claimx.matches import QuantityMatch
from claimx.rules.quantities import find_quantities


def claims_over(nlp, text: str, anchor: str) -> list[QuantityMatch]:
    """The claims whose span overlaps ``anchor`` in ``text``."""
    a = text.index(anchor)
    return [q for q in nlp(text)._.claimx_claims if q.start < a + len(anchor) and q.end > a]


def claim_at(nlp, text: str, anchor: str) -> QuantityMatch:
    """The one claim whose span overlaps ``anchor`` in ``text``."""
    doc = nlp(text)
    a = text.index(anchor)
    hits = [q for q in doc._.claimx_claims if q.start < a + len(anchor) and q.end > a]
    assert len(hits) == 1, f"{anchor!r}: {[(text[q.start : q.end], q) for q in doc._.claimx_claims]}"
    return hits[0]


def approx(x):
    return None if x is None else pytest.approx(x, rel=0.01)


# (text, anchor, expected span text, value, low, high, qualifier, unit)
FORMS = [
    ("Officials counted 1,000 ballots.", "1,000", "1,000", 1000, None, None, "=", None),
    ("The rate was 2.5 on Monday.", "2.5", "2.5", 2.5, None, None, "=", None),
    ("Half a million people fled.", "Half", "Half a million", 5e5, None, None, "=", None),
    ("Twenty years of exile ended.", "Twenty", "Twenty years", 20, None, None, "=", "year"),
    ("They hired twenty-five engineers.", "twenty", "twenty-five", 25, None, None, "=", None),
    ("The state has 2 million voters.", "2 million", "2 million", 2e6, None, None, "=", None),
    ("The deal is worth $1.2bn, analysts said.", "$1.2bn", "$1.2bn", 1.2e9, None, None, "=", "USD"),
    (
        "Exports reached 3.5 billion euros last year.",
        "3.5",
        "3.5 billion euros",
        3.5e9,
        None,
        None,
        "=",
        "EUR",
    ),
    ("Two Russian soldiers were hurt.", "Two", "Two", 2, None, None, "=", None),
    ("The rebels hold two-thirds of the valley.", "two", "two-thirds", 0.6667, None, None, "=", "fraction"),
    ("A quarter of the vote went to him.", "quarter", "A quarter", 0.25, None, None, "=", "fraction"),
    ("Nearly half of the residents left.", "half", "Nearly half", 0.5, None, None, "~", "fraction"),
    ("Turnout fell to 30% in the north.", "30", "30%", 30, None, None, "=", "percent"),
    ("Turnout fell to 30 per cent in the north.", "30", "30 per cent", 30, None, None, "=", "percent"),
    ("Turnout fell to 30 percent in the north.", "30", "30 percent", 30, None, None, "=", "percent"),
    ("The job pays $10,000 a month.", "10,000", "$10,000 a month", 10000, None, None, "=", "USD"),
    ("The fine is 500 rubles.", "500", "500 rubles", 500, None, None, "=", "RUB"),
    ("He paid £300 for it.", "300", "£300", 300, None, None, "=", "GBP"),
    ("They built a 1,400-kilometer fence.", "1,400", "1,400-kilometer", 1400, None, None, "=", "km"),
    ("The road is 12 km long.", "12", "12 km", 12, None, None, "=", "km"),
    ("The war lasted almost 20 years.", "20", "almost 20 years", 20, None, None, "~", "year"),
    (
        "Between 5,000 and 6,000 troops remain.",
        "5,000",
        "Between 5,000 and 6,000",
        None,
        5000,
        6000,
        "=",
        None,
    ),
    ("Prices rose by 5,000-6,000 roubles.", "5,000", "5,000-6,000 roubles", None, 5000, 6000, "=", "RUB"),
    ("Crowds grew from 200 to 300 people.", "200", "from 200 to 300", None, 200, 300, "=", None),
    ("Costs ran from $89 to $93 billion.", "89", "from $89 to $93 billion", None, 89e9, 93e9, "=", "USD"),
    (
        "About 2000 - 2500 calories are needed.",
        "2000",
        "About 2000 - 2500 calories",
        None,
        2000,
        2500,
        "~",
        "cal",
    ),
    ("It sent more than 1,000 soldiers.", "1,000", "more than 1,000", 1000, 1000, None, ">", None),
    ("It sent over 1,000 soldiers.", "1,000", "over 1,000", 1000, 1000, None, ">", None),
    ("It has at least 2 million addicts.", "2", "at least 2 million", 2e6, 2e6, None, ">=", None),
    ("It may send up to 3,000 guards.", "3,000", "up to 3,000", 3000, None, 3000, "<=", None),
    (
        "Up to a quarter of all heroin passes here.",
        "quarter",
        "Up to a quarter",
        0.25,
        None,
        0.25,
        "<=",
        "fraction",
    ),
    ("As many as 40 people died.", "40", "As many as 40", 40, None, 40, "<=", None),
    (
        "The Taliban hold about two-thirds of it.",
        "two",
        "about two-thirds",
        0.6667,
        None,
        None,
        "~",
        "fraction",
    ),
    ("It spends around 30% of its budget.", "30", "around 30%", 30, None, None, "~", "percent"),
    ("Some 7 miles of road were lost.", "7", "Some 7 miles", 7, None, None, "~", "mi"),
    ("Roughly 80 ships sank.", "80", "Roughly 80", 80, None, None, "~", None),
    ("Fewer than 50 people came.", "50", "Fewer than 50", 50, None, 50, "<", None),
    ("It weighs under 3 kg.", "3", "under 3 kg", 3, None, 3, "<", "kg"),
    ("It costs less than $5.", "5", "less than $5", 5, None, 5, "<", "USD"),
    ("They recruited 200 or more fighters.", "200", "200 or more", 200, 200, None, ">=", None),
    ("The lake froze at −4 °C overnight.", "4", "−4 °C", -4, None, None, "=", "°C"),
    ("The deficit widened to $-50.8bn in April.", "50.8", "$-50.8bn", -50.8e9, None, None, "=", "USD"),
    (
        "The siege lasted four and a half months.",
        "four",
        "four and a half months",
        4.5,
        None,
        None,
        "=",
        "month",
    ),
    ("The port moved 12.3m tonnes of grain.", "12.3", "12.3m tonnes", 12.3e6, None, None, "=", "t"),
    ("Aid rose by €2bn this year.", "2bn", "€2bn", 2e9, None, None, "=", "EUR"),
    ("Leaders pledged to cap warming at 1.5C this century.", "1.5", "1.5C", 1.5, None, None, "=", "°C"),
    ("The app has 2m users in Russia.", "2m", "2m", 2e6, None, None, "=", None),
    ("He ran the 100m sprint.", "100m", "100m", 100, None, None, "=", "m"),
    ("A 10-year-old boy was hurt.", "10", "10-year-old", 10, None, None, "=", "year"),
    (
        "We have fought for four-and-a-half years.",
        "four",
        "four-and-a-half years",
        4.5,
        None,
        None,
        "=",
        "year",
    ),
    ("Clinton leads by 46 percent to 42 percent.", "46", "46 percent", 46, None, None, "=", "percent"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value", "low", "high", "qualifier", "unit"), FORMS)
def test_forms(nlp, text, anchor, span, value, low, high, qualifier, unit):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert (q.value, q.low, q.high) == (approx(value), approx(low), approx(high))
    assert q.qualifier == qualifier
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "anchor", "qualifier_text"),
    [
        ("It sent more than 1,000 soldiers.", "1,000", "more than"),
        ("It may send up to 3,000 guards.", "3,000", "up to"),
        ("It has at least 2 million addicts.", "2", "at least"),
        ("The Taliban hold about two-thirds of it.", "two", "about"),
        ("Officials counted 1,000 ballots.", "1,000", None),
    ],
)
def test_qualifier_text_kept(nlp, text, anchor, qualifier_text):
    assert claim_at(nlp, text, anchor).qualifier_text == qualifier_text


@pytest.mark.parametrize(
    ("text", "anchor", "magnitude"),
    [
        ("The army deployed hundreds of commandos.", "hundreds", 100),
        ("The Taliban seized dozens of districts.", "dozens", 10),
        ("Millions of workers send money home.", "Millions", 1e6),
        ("It cost tens of thousands of dollars.", "tens", 1e4),
    ],
)
def test_vague_amounts(nlp, text, anchor, magnitude):
    q = claim_at(nlp, text, anchor)
    assert q.vague is True
    assert q.value is None
    assert q.magnitude == magnitude


@pytest.mark.parametrize(
    ("text", "anchor", "subject"),
    [
        ("This week more than 1,000 Afghan troops fled into Tajikistan.", "1,000", "Afghan troops"),
        ("Tajikistan hosts more than 6,000 Russian servicemen.", "6,000", "Russian servicemen"),
        ("Workers send around 30% of its entire GDP back home.", "30", "its entire GDP"),
        ("Ivanov says up to a quarter of all Afghan heroin reaches Russia.", "quarter", "all Afghan heroin"),
        ("Russia may send up to 3,000 border guards to the country.", "3,000", "border guards"),
        ("The army deployed hundreds of commandos.", "hundreds", "commandos"),
    ],
)
def test_subject(nlp, text, anchor, subject):
    q = claim_at(nlp, text, anchor)
    assert q.subject == subject
    assert text[q.subject_start : q.subject_end] == subject


NOT_CLAIMS = [
    ("The troops must leave by 2014, officials said.", "2014"),
    ("Russian guards withdrew in 2005.", "2005"),
    ("Since July 1, 2024, we have disabled all ads.", "1"),
    ("Since July 1, 2024, we have disabled all ads.", "2024"),
    ("The talks ended on 8 July 2021 in Moscow.", "8"),
    ("The talks ended on 8 July 2021 in Moscow.", "2021"),
    ("Published July 09, 2021 by AFP.", "09"),
    ("The meeting starts at 9:35 PM.", "9"),
    ("The meeting starts at 10 a.m. sharp.", "10"),
    ("It is the 201st military base.", "201"),
    ("See https://www.themoscowtimes.com/2021/07/09/russia-says-a74474 for more.", "74474"),
    ("See https://www.themoscowtimes.com/2021/07/09/russia-controls-two-thirds-of-it for more.", "two"),
    ("Call +7 495 123-45-67 for details.", "495"),
    ("The results are shown in Fig. 3 and Table 2.", "3"),
    ("The results are shown in Fig. 3 and Table 2.", "2"),
    ("See Section 4 for the method.", "4"),
    ("Moscow is one of the largest cities.", "one"),
    ("The airline grounded its Boeing 737 fleet.", "737"),
    ("Leaders met at the G7 summit.", "7"),
    ("Prices are up, as noted in earlier work [26].", "26"),
    ("The consulate closed in the second half of the year.", "half"),
    ("He was born in 1971 and moved to Kazan.", "1971"),
    ("COVID -19 cases rose.", "19"),
    ("Prices are listed as 2006b in the catalogue.", "2006"),
    ("The team used a 1-D model.", "1"),
    ("The form has code 001 on it.", "001"),
    ("Senard, 65, now faces the task.", "65"),
    ("The shop is open 24/7 now.", "24"),
    ("The debut of Boeing's own 787 Dreamliner was delayed.", "787"),
    ("Results are shown in phases 3, 5, and 7 of the study.", "7"),
    ("The 1990s were hard.", "1990"),
    ("The study covers 58 Fortune 500 companies.", "500"),
    ("Rescuers worked at Ground Zero for weeks.", "Zero"),
    ("As Zero Hedge noted, the rate is high.", "Zero"),
    ("He bought milk at a 7-Eleven store.", "7"),
    ("The effect is clear in Figure 3C of the report.", "3"),
    ("Business boomed in the 80’s in New York.", "80"),
    ("Twenty years later the wall fell.", "Twenty"),
]


@pytest.mark.parametrize(("text", "anchor"), NOT_CLAIMS)
def test_not_claims(nlp, text, anchor):
    assert [text[q.start : q.end] for q in claims_over(nlp, text, anchor)] == []


def test_dated_sentence_keeps_the_count(nlp):
    text = "On July 7, 2021, more than 1,000 troops fled, Reuters said."
    spans = [text[q.start : q.end] for q in find_quantities(nlp(text))]
    assert spans == ["more than 1,000"]


def test_offsets_point_into_doc_text(nlp):
    text = "Tajikistan has activated 20,000 reservists and 3,000 guards."
    doc = nlp(text)
    assert [doc.text[q.start : q.end] for q in doc._.claimx_claims] == ["20,000", "3,000"]
    assert [q.subject for q in doc._.claimx_claims] == ["reservists", "guards"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "$",
        "1 ×10999 m",
        "1 ×10−999999 m",
        "−",
        "1,2,3",
        "…5…",
        "9" * 400,
        "between 5 and",
        "from $ to $",
        "two-thirds-",
    ],
)
def test_odd_inputs_give_valid_offsets(nlp, text):
    for q in nlp(text)._.claimx_claims:
        assert 0 <= q.start < q.end <= len(text)
        assert q.qualifier in ("=", "~", ">", ">=", "<", "<=")


_WINDOW_TEXTS = [
    "Output rose by a further 2.5% to 212p, and sales fell nearly 40% after almost hitting $3bn.",
    "See Table 2 and 3, Junction 10 (#4) and Year 6; his number was 77812 in 2019.",
    "Costs were cut by more than 1,000 jobs; growth was raised by about 0.1 points, up to ≥5 units.",
    "(about 12) roughly-30, approx. 7 ~ 9 and just under 400 people; the forecast was cut by 2 million.",
]


@pytest.mark.parametrize(
    "name,width", [("_QUALIFIER", 30), ("_CHANGE_BEFORE", 45), ("_ID_LABEL", 40), ("_CHANGE_BY", 80)]
)
def test_backward_patterns_agree_with_their_forward_search(name, width):
    """The end-anchored patterns are matched backwards for speed; the answer must be exactly what
    ``re`` gives searching the window forwards, at every end position."""
    import claimx.rules.quantities as q

    pattern = getattr(q, name)
    hits = 0
    for text in _WINDOW_TEXTS:
        for end in range(len(text) + 1):
            lo = max(0, end - width)
            fast, slow = pattern.search(text, lo, end), pattern.forward.search(text, lo, end)
            assert (fast and fast.span()) == (slow and slow.span()), (name, text[lo:end])
            hits += slow is not None
    assert hits  # the texts exercise the pattern
