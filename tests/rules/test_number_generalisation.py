"""Number forms of news, one table per class, with sentences written for these tests: what the
claim is (span, value, qualifier, unit, change), which ranges are ranges, and which numbers are not
claims at all (ids, ratios of a vote, numbers to dial)."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at, claims_over

# (text, anchor, expected span text, value, qualifier, unit, change)
CLASSES = {
    "money": [
        ("The miner lost a net -$3.2 million.", "3.2", "-$3.2 million", -3.2e6, "=", "USD", "down"),
        ("The pension pot stood at −£40m at the year end.", "40m", "−£40m", -40e6, "=", "GBP", "down"),
        ("The fund paid 35 cents a share in June.", "35", "35 cents a share", 35, "=", "cent", None),
        ("Crude traded at $84.20 per barrel in Asia.", "84.20", "$84.20 per barrel", 84.2, "=", "USD", None),
        ("Silver sold at $24 an ounce on Friday.", "24", "$24 an ounce", 24, "=", "USD", None),
        ("Diesel costs 9p a litre more than petrol.", "9p", "9p a litre", 9, "=", "GBp", None),
        ("Analysts value the brewer at PS850m.", "PS850m", "PS850m", 850e6, "=", "GBP", None),
        ("The club paid 45 million pounds for him.", "45", "45 million pounds", 45e6, "=", "GBP", None),
        ("The port handles 45 million pounds of fish.", "45", "45 million pounds", 45e6, "=", "lb", None),
        ("The cub weighed 9 pounds at birth.", "9", "9 pounds", 9, "=", "lb", None),
        ("The metro line costs Rs 1,200 crore.", "1,200", "Rs 1,200 crore", 1.2e10, "=", "INR", None),
        ("He earns Rs 6 lakh a year.", "6", "Rs 6 lakh a year", 6e5, "=", "INR", None),
    ],
    "share written as N in M": [
        ("One in five pupils skips breakfast.", "One", "One in five", 0.2, "=", "fraction", None),
        ("Nearly 1 in 4 drivers speed on the road.", "1 in 4", "Nearly 1 in 4", 0.25, "~", "fraction", None),
        ("Nine in 10 shoppers paid by card.", "Nine", "Nine in 10", 0.9, "=", "fraction", None),
        ("Only 1 in 1,000 bites is dangerous.", "1 in", "1 in 1,000", 0.001, "=", "fraction", None),
        ("He scored twice in 10 minutes.", "10", "10 minutes", 10, "=", "minute", None),
    ],
    "fraction as the size of a change": [
        ("The new valve cut leaks by half.", "half", "half", 0.5, "=", "fraction", "down"),
        ("Bookings grew by a third in the spring.", "third", "a third", 0.3333, "=", "fraction", "up"),
        ("The herd shrank by a quarter.", "quarter", "a quarter", 0.25, "=", "fraction", "down"),
        ("Sales of vinyl rose by two-thirds.", "two", "two-thirds", 0.6667, "=", "fraction", "up"),
    ],
    "magnitude suffix": [
        ("Roughly 1.5m-2m visitors came to the fair.", "1.5m", "Roughly 1.5m-2m", None, "~", None, None),
        ("Between 3m and 4m viewers tuned in.", "3m", "Between 3m and 4m", None, "=", None, None),
        ("The studio has 2B users worldwide.", "2B", "2B", 2e9, "=", None, None),
        ("The plant assembled 40M chips last year.", "40M", "40M", 40e6, "=", None, None),
        ("The label sold 2.6M digital copies.", "2.6M", "2.6M", 2.6e6, "=", None, None),
        ("The firm is now worth $5B.", "5B", "$5B", 5e9, "=", "USD", None),
    ],
    "vague amount": [
        ("Several dozen traders closed their stalls.", "Several", "Several dozen", None, "=", None, None),
        ("A few dozen farmers blocked the road.", "few", "A few dozen", None, "=", None, None),
        ("A couple of dozen boats joined the search.", "couple", "A couple of dozen", None, "=", None, None),
        ("Two dozen nurses signed the letter.", "Two", "Two dozen", 24, "=", None, None),
    ],
    "unit": [
        ("A 5.9-magnitude tremor shook the coast.", "5.9", "5.9-magnitude", 5.9, "=", "magnitude", None),
        ("Bund yields rose 4bp on the day.", "4bp", "4bp", 4, "=", "bp", "up"),
        ("The bank lifted rates by 50 basis points.", "50", "50 basis points", 50, "=", "basis points", "up"),
        ("The lab kept the samples at 4 K.", "4", "4 K", 4, "=", "K", None),
        ("It hit 104F in Phoenix.", "104F", "104F", 104, "=", "°F", None),
        ("The 14in pizza costs more.", "14in", "14in", 14, "=", "in", None),
        ("One in 5 in the group agreed.", "One", "One in 5", 0.2, "=", "fraction", None),
        ("The cell stores 2.5 F of charge.", "2.5", "2.5 F", 2.5, "=", "F", None),
    ],
    "change word": [
        ("The gap narrowed by 0.4 points.", "0.4", "0.4 points", 0.4, "=", "points", "down"),
        ("The spread widened 12 points after the vote.", "12", "12 points", 12, "=", "points", "up"),
        ("Output was cut by 1.5 million bpd.", "1.5", "1.5 million bpd", 1.5e6, "=", "bpd", "down"),
        ("The grant was boosted by $40m from donors.", "40m", "$40m", 40e6, "=", "USD", "up"),
        ("The boy was raised by two aunts in Leeds.", "two", "two", 2, "=", None, None),
    ],
    "movers listed without their verb": [
        ("Acme rose 2.1%, Brightco 1.4% and Corvex 3.3%.", "1.4", "1.4%", 1.4, "=", "percent", "up"),
        ("Acme rose 2.1%, Brightco 1.4% and Corvex 3.3%.", "3.3", "3.3%", 3.3, "=", "percent", "up"),
        ("Zinco was down 2%, Ferrum Mining 3.1%.", "3.1", "3.1%", 3.1, "=", "percent", "down"),
        ("The Ibex fell 1%, the Dax 0.5% and the CAC 40 0.7%.", "0.7", "0.7%", 0.7, "=", "percent", "down"),
        ("Sales rose 5% in May, 3% in June.", "3%", "3%", 3, "=", "percent", None),
        ("Ferrovial 1.3%, Endesa 0.8% higher at noon.", "1.3", "1.3%", 1.3, "=", "percent", "up"),
        ("Ferrovial 1.3%, Endesa 0.8% higher at noon.", "0.8", "0.8%", 0.8, "=", "percent", "up"),
    ],
    "statistic named by an abbreviation": [
        ("He had a 2.7 WAR season with the Cubs.", "2.7", "2.7 WAR", 2.7, "=", "WAR", None),
        ("She hit .301 (22 HR, 87 RBI) for the club.", "22", "22 HR", 22, "=", "HR", None),
        ("She hit .301 (22 HR, 87 RBI) for the club.", "87", "87 RBI", 87, "=", "RBI", None),
        ("The team sent 3 NATO officers.", "3", "3", 3, "=", None, None),
    ],
    "qualifier phrase": [
        ("The fund lost a little over $2m last year.", "2m", "a little over $2m", 2e6, ">", "USD", "down"),
        ("Slightly less than 30% use gas.", "30", "Slightly less than 30%", 30, "<", "percent", None),
        ("The bill came in just shy of $1bn.", "1bn", "just shy of $1bn", 1e9, "<", "USD", None),
        ("Police held as few as 12 people.", "12", "as few as 12", 12, ">=", None, None),
        ("Fares start from as little as £9.", "9", "as little as £9", 9, ">=", "GBP", None),
        ("Mortgage rates could go as high as 7%.", "7", "as high as 7%", 7, "<=", "percent", None),
        ("The crowd was getting on for 10,000.", "10,000", "getting on for 10,000", 1e4, "~", None, None),
        ("The party won nigh on 40% of the vote.", "40", "nigh on 40%", 40, "~", "percent", None),
        ("The repair costs in the region of £5m.", "5m", "in the region of £5m", 5e6, "~", "GBP", None),
        ("Some 7 out of 10 voters agree.", "7", "Some 7 out of 10", 0.7, "~", "fraction", None),
    ],
}
ROWS = [(name, *row) for name, rows in CLASSES.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor", "span", "value", "qualifier", "unit", "change"), ROWS)
def test_number_form(nlp, cls, text, anchor, span, value, qualifier, unit, change):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span
    assert q.value == approx(value)
    assert q.qualifier == qualifier
    assert q.unit == unit
    assert q.change == change


# (text, anchor, low, high, unit): ranges, and two amounts that are not one
RANGES = [
    ("Roughly 1.5m-2m visitors came to the fair.", "1.5m", 1.5e6, 2e6, None),
    ("The queue means a 2-to-3 hour wait.", "2-to-3", 2, 3, "hour"),
    ("The bank may cut rates by 0.25 to 0.5 percentage points.", "0.25", 0.25, 0.5, "percentage points"),
    ("The workforce shrank by 1,200 to 8,800.", "1,200", None, None, None),
    ("The workforce shrank by 1,200 to 8,800.", "8,800", None, None, None),
    ("The price of a seat went up by 3 to 5 dollars.", "3", 3, 5, "USD"),
]


@pytest.mark.parametrize(("text", "anchor", "low", "high", "unit"), RANGES)
def test_range_or_two_amounts(nlp, text, anchor, low, high, unit):
    q = claim_at(nlp, text, anchor)
    assert (q.low, q.high) == (approx(low), approx(high))
    if low is not None:
        assert q.value is None and q.unit == unit


NOT_CLAIMS = {
    "ratio or vote written with -to-": [
        ("She left her 9-to-5 job to farm.", "9"),
        ("The bill passed by a 3-to-1 margin.", "3"),
        ("A 5-to-4 ruling upheld the law.", "5"),
    ],
    "vote or score written with to": [
        ("The board voted 7 to 2 to sell.", "7"),
        ("The board voted 7 to 2 to sell.", "2"),
        ("The Hawks won 21 to 14 on the road.", "14"),
    ],
    "ratio or vote written with to before what it splits": [
        ("Voters backed it – a 2 to 1 margin.", "1"),
        ("Voters backed it – a 2 to 1 margin.", "2"),
        ("The justices handed down a 5 to 4 ruling.", "4"),
        ("Both parties split 4 to 1 in favour.", "1"),
    ],
    "number to dial": [
        ("Call 911 if the alarm sounds.", "911"),
        ("Dial 112 from any phone in Europe.", "112"),
        ("Neighbours made a 999 call at dawn.", "999"),
        ("She rang 999 and waited.", "999"),
    ],
    "letter after a hyphen names": [
        ("The lender filed its Form 10-K in March.", "10"),
        ("The insurer filed an 8-K on Friday.", "8"),
        ("The film was shot in 3-D last year.", "3"),
    ],
    "year with an apostrophe": [
        ("He was born in '71 in Glasgow.", "71"),
        ("The class of ’09 met again.", "09"),
    ],
    "panel named by a letter": [
        ("The mice are shown in Figures 2A–2F.", "2F"),
    ],
    "time reference": [
        ("Two weeks later the mine reopened.", "Two"),
        ("Nine months into the strike, talks resumed.", "Nine"),
        ("In the six months to September, sales rose 4%.", "six"),
        ("Over next 12 months the plan will be tested.", "12"),
        ("The treaty was signed 40 years ago.", "40"),
    ],
    "address": [
        ("The detective lived at 221B Baker Street.", "221"),
        ("Her flat is at 9B Harbour Road.", "9"),
    ],
}
NEG_ROWS = [(name, *row) for name, rows in NOT_CLAIMS.items() for row in rows]


@pytest.mark.parametrize(("cls", "text", "anchor"), NEG_ROWS)
def test_not_a_claim(nlp, cls, text, anchor):
    assert [text[q.start : q.end] for q in claims_over(nlp, text, anchor)] == []


@pytest.mark.parametrize(
    ("text", "anchor", "span"),
    [
        ("The prosecutor called 30 witnesses.", "30", "30"),
        ("The team called up 25 players.", "25", "25"),
        ("Sales rose from 12 to 19 units.", "12", "from 12 to 19"),
        ("The lab kept the samples at 4 K.", "4", "4 K"),
        ("The plant closed for two weeks.", "two", "two weeks"),
        ("A second reading was taken 36 h later.", "36", "36 h"),
        ("The sediment formed 34.5 Ma ago.", "34.5", "34.5 Ma"),
    ],
)
def test_still_a_claim(nlp, text, anchor, span):
    q = claim_at(nlp, text, anchor)
    assert text[q.start : q.end] == span


def test_a_count_that_opens_a_single_quoted_quotation_is_no_apostrophe_year(nlp):
    text = "'42 people were hurt in the crash,' a police spokesman said."
    assert claim_at(nlp, text, "42").value == 42


@pytest.mark.parametrize(
    ("text", "anchor", "qualifier"),
    [
        ("Unemployment ticked up to 4.1% in May.", "4.1", "="),
        ("The jobless rate inched back up to 5.2 percent.", "5.2", "="),
        ("The fund will invest up to $5 million.", "5", "<="),
        ("Each team can pick up to 3 players.", "3", "<="),
        ("The rate could go up to 6%.", "6", "<="),
    ],
)
def test_up_after_a_verb_of_movement_is_its_particle_not_a_bound(nlp, text, anchor, qualifier):
    assert claim_at(nlp, text, anchor).qualifier == qualifier
