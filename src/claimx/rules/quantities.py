"""Numeric claims: every number a text asserts, with qualifier, range, unit and subject.

One left-to-right regex pass over ``doc.text`` finds number cores (digits, number words,
fractions, vague amounts); each core grows right (scale, unit, range, postfix qualifier) and
left (currency, qualifier, range marker).  Bare numbers are then checked against their context
(dates, times, ordinals, identifiers, URLs) with the spaCy tokens and entities, and the subject
is read off the dependency parse.  A change word around the number ("rose 4.5%", "a 5% drop")
makes it a change (``up``/``down``) rather than a level; a conversion in parentheses takes the
bound of what it converts; time references, scores and runs of bare numbers are dropped.
Phrase lists live in ``claimx/data/quantities.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from claimx.data import check_keys, load
from claimx.matches import QuantityMatch
from claimx.rules.numbers import (
    FRACTIONS,
    GLUED_SCALES,
    MULTIPLIERS,
    SCALES,
    VAGUE,
    VAGUE_BEFORE_OF,
    VULGAR,
    WORDS,
    parse_digits,
    parse_fraction,
    parse_slash,
    parse_words,
)
from claimx.rules.spans import doc_text, entity_at

_DATA = load("quantities.json")
_KEYS = {"qualifiers", "postfix_qualifiers", "range_markers", "currency_prefixes", "units", "spaced_units"}
_KEYS |= {"id_labels", "id_labels_strong", "months", "year_words", "time_suffixes", "era_words"}
_KEYS |= {"weak_currency_prefixes", "glued_units", "video_resolutions", "sign_words", "plural_stop"}
_KEYS |= {"change_before", "change_by", "change_after", "score_words"}
_KEYS |= {"time_reference_before", "time_reference_after", "time_reference_after_any", "time_units"}
_KEYS |= {"long_time_units"}
_KEYS |= {"dial_words", "emergency_numbers", "emergency_after", "rate_nouns", "glued_unit_forms"}
_KEYS |= {"up_particle_words", "metre_events", "point_fractions", "prefix_units", "street_words"}
_KEYS |= {"id_labels_cased", "clock_verbs", "call_count_verbs", "compound_units", "margin_nouns"}
_KEYS |= {"split_nouns", "money_units", "scaled_currency_prefixes", "big_amount_units", "article_units"}
_KEYS |= {"rank_words", "point_margin_nouns", "period_quarters_after", "verb_qualifiers"}
_KEYS |= {"million_nouns", "million_follow_words", "decade_temperature_words"}
_KEYS |= {"decade_modifiers", "span_periods", "rate_time_after"}
_KEYS |= {"pronoun_number_before", "zero_name_before", "zero_name_after", "change_fillers"}
_KEYS |= {"level_bounds", "age_band_suffixes", "change_after_nouns"}
_KEYS |= {"over_particle_verbs", "ratio_of_bases", "age_decade_before"}
_KEYS |= {"postfix_after_noun", "ratio_nouns", "odds_before", "odds_after", "vague_bands", "band_the_before"}
_KEYS |= {"frequency_words", "frequency_periods", "blood_pressure", "tenor_nouns", "tenor_fillers"}
_KEYS |= {"one_idioms", "count_or_label_verbs", "per_units", "age_words_before"}
_KEYS |= {"group_nouns", "summit_codes", "deep_time_years", "as_multiples", "resolution_k"}
_KEYS |= {"age_group_prefixes", "model_numbers", "k_race_words"}
_KEYS |= {"arrow_signs", "change_before_moves"}
_KEYS |= {"postfix_clause_end", "streak_words", "tally_nouns", "million_verbs", "bowling_before"}
_KEYS |= {"isotopes", "isotope_after", "isotope_before", "age_team_after", "motion_verbs", "motion_subjects"}
_KEYS |= {"length_units", "negations", "negation_breakers", "negated_qualifier"}
_KEYS |= {"age_group_spaced_before"}
_KEYS |= {"passing_verbs", "mark_nouns", "moved_past", "mark_qualifiers"}
check_keys("quantities.json", _DATA, _KEYS | {"_doc"}, _KEYS)
check_keys("quantities.json", _DATA["qualifiers"], {"=", "~", ">", ">=", "<", "<="})
check_keys("quantities.json", _DATA["postfix_qualifiers"], {"=", "~", ">", ">=", "<", "<="})
check_keys("quantities.json", _DATA["postfix_after_noun"], {"=", "~", ">", ">=", "<", "<="})
check_keys("quantities.json", _DATA["change_before"], {"up", "down"}, {"up", "down"})
check_keys("quantities.json", _DATA["change_after"], {"up", "down"}, {"up", "down"})
check_keys("quantities.json", _DATA["change_by"], {"up", "down"}, {"up", "down"})
check_keys("quantities.json", _DATA["change_before_moves"], {"up", "down"}, {"up", "down"})
check_keys("quantities.json", _DATA["level_bounds"], {"up", "down", "either"}, {"up", "down", "either"})
check_keys("quantities.json", _DATA["negated_qualifier"], {">", ">=", "<", "<="}, {">", ">=", "<", "<="})


def _alt(phrases) -> str:
    """A regex alternation of literal phrases, longest first."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


class _Backward:
    """A pattern anchored at the end of a window (``...$``), searched by matching its mirror image
    once from the window's end instead of trying the whole alternation at every start position.
    ``mirror`` matches the reversed window whenever ``forward`` can match; the answer is always
    ``forward``'s own match object, so callers see plain ``re`` results."""

    def __init__(self, forward: str, mirror: str) -> None:
        self.forward, self.mirror = re.compile(forward), re.compile(mirror)

    def search(self, text: str, pos: int, endpos: int) -> re.Match | None:
        hit = self.mirror.match(text[pos:endpos][::-1])
        if hit is None:
            return None
        return self.forward.match(text, endpos - hit.end(), endpos) or self.forward.search(text, pos, endpos)


def _mirror(phrases) -> str:
    """The alternation of ``phrases`` written backwards, for a :class:`_Backward` mirror."""
    return _alt(p[::-1] for p in phrases)


_QUALIFIER_OF: dict[str, str] = {p.lower(): q for q, ps in _DATA["qualifiers"].items() for p in ps}
_QUALIFIER_OF |= {  # "nearly reached 40%", "almost hit $2bn": the adverb qualifies the number across the verb
    f"{adverb} {verb}": _QUALIFIER_OF[adverb]
    for adverb in _DATA["verb_qualifiers"]["adverbs"]
    for verb in _DATA["verb_qualifiers"]["verbs"]
}
_PASSING = _DATA["passing_verbs"]  # "nearly topped $2bn": the level neared, not passed
_QUALIFIER_OF |= {f"{adverb} {verb}": "~" for adverb in _PASSING["adverbs"] for verb in _PASSING["verbs"]}
_POSTFIX_OF: dict[str, str] = {p.lower(): q for q, ps in _DATA["postfix_qualifiers"].items() for p in ps}
_POSTFIX_OF |= {p: q for q, ps in _DATA["postfix_after_noun"].items() for p in ps}  # "40 people or fewer"
_CURRENCY_OF: dict[str, str] = _DATA["currency_prefixes"]
_WEAK_CURRENCY_OF: dict[str, str] = _DATA["weak_currency_prefixes"]
_UNIT_OF: dict[str, str] = {f: u for u, forms in _DATA["units"].items() for f in forms}
_UNIT_OF |= {c: c for c, code in _CURRENCY_OF.items() if c == code and c not in _UNIT_OF}  # "1,200 SEK"
_SPACED_UNITS = frozenset(_DATA["spaced_units"])
_GLUED_UNITS = frozenset(_DATA["glued_units"])  # "212p" is pence, "212 p" is not
_GLUED_FORM_OF: dict[str, str] = _DATA["glued_unit_forms"]
_BIG_AMOUNT_UNITS = frozenset(_DATA["big_amount_units"])  # "3.5 trillion won", not "the 12 won"
_NOT_BEFORE_NOUN = frozenset({"st"})  # "15 stone", not "12 stone steps"
_RESOLUTIONS = frozenset(_DATA["video_resolutions"])  # "1080p"
_RESOLUTION_K = frozenset(_DATA["resolution_k"])  # "a 4K display"
_TIME_UNITS = frozenset(_DATA["time_units"])
_LONG_TIME_UNITS = frozenset(_DATA["long_time_units"])  # "Twenty years after the fall": a date, not a span
_PLURAL_STOP = frozenset(_DATA["plural_stop"])
_CHANGE_OF = {p.lower(): d for d, ps in _DATA["change_before"].items() for p in ps}
_MOVES_ONLY = {p.lower(): d for d, ps in _DATA["change_before_moves"].items() for p in ps}  # "recovered 5%"
_CHANGE_OF |= _MOVES_ONLY
_CHANGE_AFTER_OF = {p.lower(): d for d, ps in _DATA["change_after"].items() for p in ps}
_CHANGE_BY_OF = {p.lower(): d for d, ps in _DATA["change_by"].items() for p in ps}
_ARROW_OF: dict[str, str] = _DATA["arrow_signs"]  # "▲0.8%", "↓5%" in market summaries
_LEVEL_WORDS = frozenset({"up", "down", "higher", "lower", "stronger", "weaker", "firmer", "softer"})
_PERCENT_UNITS = frozenset({"percent", "percentage points"})
_MONEY_UNITS = frozenset(_DATA["money_units"])  # "300 naira", "2 million dirhams"
# what prices and rates move in
_MOVE_UNITS = frozenset(
    {*_PERCENT_UNITS, "points", "basis points", "GBp", "cent", "sen", *_CURRENCY_OF.values(), *_MONEY_UNITS}
)
_CI_FORMS = [f for f in _UNIT_OF if f.islower() and len(f) >= 4]
_UNIT_OF_CI = {f.lower(): _UNIT_OF[f] for f in _CI_FORMS}
_CS_FORMS = [f for f in _UNIT_OF if f not in _CI_FORMS]
_MONTHS = _alt(_DATA["months"])
_YEAR_WORDS = frozenset(_DATA["year_words"])

# Indian grouping ("1,50,000": lakh, crore) is tried before the Western one ("150,000")
# a European number ("1.250.000", "10,5 %") only where it cannot be read the English way
_EURO_DIGITS = r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![.,]?\d)|\d{1,3},\d{1,2}(?![.,]?\d)"
_DIGITS = (
    rf"{_EURO_DIGITS}|"
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![.,]?\d|[:/⁄]\d)"
    r"|(?<![A-Za-z])\.\d+(?![.,]?\d)"  # not "Rs.500": the dot of an abbreviation
)
_EURO = re.compile(_EURO_DIGITS)
_VULGAR = "".join(VULGAR)
_WORD = _alt(WORDS)
_MULT = _alt(MULTIPLIERS)
_FRAC = _alt(FRACTIONS)
_FREQUENCY_OF: dict[str, int] = _DATA["frequency_words"]  # "twice a day"
_FREQUENCY = re.compile(  # not "twice a year earlier": a time
    rf"[ ](?:a|an|per|each)[ ](?P<p>(?i:{_alt(_DATA['frequency_periods'])}))\b"
    rf"(?![ ](?:{_alt(_DATA['rate_time_after'])})\b)"
)
_AS_MULTIPLE_OF: dict[str, int] = _DATA["as_multiples"]  # "twice as likely": 2 times
_AS_MULTIPLE = re.compile(  # "twice as much forest"; not "twice as the side won", "twice as a child"
    r"[ ]as[ ](?!(?:the|an?|his|her|its|their|our|my|your|this|that|these|those|it|he|she|they|we|you|i|if"
    r"|though|part)\b)[a-z]+\b"
)
_BANDS: dict[str, dict[str, list[int]]] = _DATA["vague_bands"]  # "the mid-teens", "single digits"
_BAND_MOD = re.compile(  # "the mid-teens", "high single digits"
    rf"(?<![A-Za-z])(?P<mod>(?i:{_alt({mod for mods in _BANDS.values() for mod in mods if mod})}))[ -]$"
)
_BAND_BASE = "|".join(  # "teens", "single[ -]digits?": "single-digit growth" too
    "[ -]".join(map(re.escape, b.split())) + ("?" if " " in b else "") for b in _BANDS
)
_INITIALS = {
    w[0]
    for w in (
        *WORDS,
        *MULTIPLIERS,
        *FRACTIONS,
        *VAGUE,
        *VAGUE_BEFORE_OF,
        *_FREQUENCY_OF,
        *_AS_MULTIPLE_OF,
        "a",
    )
}
_INITIALS |= {w[0] for w in _BANDS}
_INITIALS = "".join(sorted(_INITIALS))
_A_MULT = rf"an?[ ](?:{_MULT}|dozen)\b"  # "a million", "a dozen"
_AND_WORD = rf"(?:(?<=hundred)|(?<=thousand))[ ]and[ ](?:{_WORD})\b"  # "one hundred and twenty"
_A_UNIT = _alt(_DATA["article_units"])  # "half a mile", "an hour and a half"
_A_UNIT_HALF = rf"an?[ ](?=[a-z]+[ -]and[ -]a[ -]half\b)(?P<au>{_A_UNIT})"  # "an hour and a half"
_A_UNIT_AFTER = re.compile(rf"[ -](?i:{_A_UNIT})\b")
_QUARTERS_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['period_quarters_after'])})[ ]$")
_HALF_A_UNIT = re.compile(rf"[ ]an?[ ](?P<u>(?i:{_A_UNIT}))\b")  # "half a mile"
_CORE = re.compile(
    rf"(?=[\d.{_VULGAR}]|\b(?i:[{_INITIALS}]))"  # cheap first-character filter: 2-3x faster scanning
    rf"(?:(?P<frac>(?i:\b(?:(?P<fnum>{_WORD}|an?|\d+)[ -])?(?P<fden>{_FRAC})\b(?![ ]{_A_MULT}|[ -]dozen\b)))"
    rf"|(?P<band>(?i:\b(?:{_BAND_BASE})\b))"  # "teens", "single digits"; the modifier is read backwards
    rf"|(?P<freq>(?i:\b(?:{_alt(_FREQUENCY_OF)})\b)(?={_FREQUENCY.pattern}))"  # "twice a day"
    rf"|(?P<mult>(?i:\b(?:{_alt(_AS_MULTIPLE_OF)})\b)(?={_AS_MULTIPLE.pattern}))"  # "twice as likely"
    rf"|(?P<vague>(?i:\b(?:{_alt(VAGUE)})\b|\b(?:{_alt(VAGUE_BEFORE_OF)})(?=[ ]of\b(?![ ][-−+]?\d))))"
    rf"|(?P<words>(?i:\b(?:{_WORD}|(?:half[ ])?{_A_MULT}|(?:an?[ ])?half[ -]dozen\b|{_A_UNIT_HALF})"
    rf"(?:[ -](?:{_WORD}|{_MULT})|{_AND_WORD})*(?P<fold>fold)?\b))"  # "fourfold"
    rf"|(?P<clock>(?<![\d:.])(?:[1-9]:[0-5]\d:[0-5]\d(?:\.\d+)?|\d{{1,2}}:[0-5]\d\.\d+)(?![\d:]))"
    # a race time "2:03:45", a lap "1:43.2" (a time of day has no tenths)
    # a ratio "3:1", "1:50,000", or a time of day "10:30"
    rf"|(?P<ratio>(?<![\d:.,/])\d+:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d:/]|[.,]\d))"
    rf"|(?P<slash>(?:\d{{1,2}}[ ])?\d+[/⁄]\d+(?![\d/⁄]))"  # "3/4 cup", "1 1/2", "1⁄8"
    rf"|(?P<vulg>\d*[{_VULGAR}])"  # "2½"
    rf"|(?P<num>{_DIGITS}))"
)
_SCALE = re.compile(rf"(?P<sp>[ ]?-?)(?P<w>(?i:{_alt(SCALES)}))\b|(?P<g>{_alt(GLUED_SCALES)}|m)(?![A-Za-z])")
_UNIT_CS = re.compile(rf"(?P<sp>[ ]?-[ ]?|[ ])?(?P<u>{_alt(_CS_FORMS)})(?![A-Za-z0-9&])")  # not "M&S"
_UNIT_CI = re.compile(rf"(?P<sp>[ ]?-[ ]?|[ ])?(?P<u>(?i:{_alt(_CI_FORMS)}))(?![A-Za-z0-9])")
_CURRENCIES = frozenset(_CURRENCY_OF.values())
_MONEY = _CURRENCIES | _MONEY_UNITS | {"cent", "GBp", "sen"}  # "35 cents a share", "9p a litre"
_PER_UNIT_OF: dict[str, str] = _DATA["per_units"]
_PER_UNIT = re.compile(rf"/(?P<d>{_alt(_PER_UNIT_OF)})(?![A-Za-z0-9²³])")  # "µg/m³", "mmol/L", "$3/kg"
_RATE = re.compile(  # "$84 a barrel"; not "up from $2bn a year earlier"
    rf"[ -](?:a|an|per|each)[ -](?:{_alt(_DATA['rate_nouns'])})\b"
    rf"(?![ ](?:{_alt(_DATA['rate_time_after'])})\b)"
)
_TOLERANCE = re.compile(rf"[ ]?±[ ]?(?:{_DIGITS})")
_SCIENTIFIC = re.compile(r"(?:[ ]?×[ ]?10\^?|[ ]?[x*][ ]?10\^)(?P<e>[−-]?\d{1,2})(?!\d)")  # "2 x 10^6"
_POWER = re.compile(r"\^(?P<e>[−-]?\d{1,2})(?![\d.])")  # "10^44": the number to that power
_RANGE_SEP = re.compile(
    r"-to-|[ ](?:-|–|—)[ ]|(?:-|–|—)(?![ ])|[ ](?:up[ ]to|to|and|through)[ ]"
)  # not "225 -0.9%"
_MINUS_AT = re.compile(r"[-−](?=\d)|(?i:minus)[ ](?=\d)")  # the far end of "from -5C to -10C"
_POSTFIX_PHRASES = [p for ps in _DATA["postfix_qualifiers"].values() for p in ps]
_POSTFIX = re.compile(rf"(?i:[ ]?(?P<q>{_alt(_POSTFIX_PHRASES)}))(?![A-Za-z0-9])")
_POSTFIX_GAP = re.compile(  # "40 people or fewer", "95% effective or more", "$400 at least."
    r"(?:[ ](?!(?:the|a|an|this|that|these|those|to|in|on|at|by|for|of|than|and|or|but)\b)[a-z]+){0,2}"
    rf"(?P<comma>,)?[ ](?P<q>{_alt(p for ps in _DATA['postfix_after_noun'].values() for p in ps)})"
    r"(?![A-Za-z0-9])"
)
_PREPOSITION_END = re.compile(r"[ ](?:over|under|above|below)$")  # "65 and over", "12 and under"
_NOUN_PHRASE_NEXT = re.compile(r"[ ](?:(?i:the|an?|his|her|its|their|our|this|that|these|those)\b|[\d$£€])")
_CLAUSE_END = re.compile(r"[ ]?(?:[.,;:!?)]|$)")
_NUMBER_NEXT = re.compile(rf"[ ](?:than|of)\b|[ ]?[\d$£€]|[ ](?i:{_alt(WORDS)})\b")
_CURRENCY = re.compile(
    rf"(?:(?<![A-Za-z])(?:{_alt(k for k in _CURRENCY_OF if k[0].isalpha())})\.?"  # "Sh.5bn", "Tk.500"
    rf"|(?:{_alt(k for k in _CURRENCY_OF if not k[0].isalpha())}))[ ]?$"
)
_CURRENCY_AT = re.compile(rf"(?P<c>{_alt(_CURRENCY_OF)})[ ]?(?=[\d.])")
_WORD_QUALS = [p for p in _QUALIFIER_OF if p[0].isalpha()]
_SIGN_QUALS = [p for p in _QUALIFIER_OF if not p[0].isalpha()]
_QUALIFIER = _Backward(
    rf"(?:(?<![A-Za-z-])(?i:{_alt(_WORD_QUALS)})[ ]|(?:{_alt(_SIGN_QUALS)})[ ]?)$",
    rf"[ ](?i:{_mirror(_WORD_QUALS)})(?![A-Za-z-])|[ ]?(?:{_mirror(_SIGN_QUALS)})",
)
_RANGE_MARKER = _Backward(  # "between", "in the range of": searched before every number
    rf"(?<![A-Za-z])(?i:{_alt(_DATA['range_markers'])})[ ]$",
    rf"[ ](?i:{_mirror(_DATA['range_markers'])})(?![A-Za-z])",
)
_VERB_PAIRS = {(a, v) for a in _DATA["verb_qualifiers"]["adverbs"] for v in _DATA["verb_qualifiers"]["verbs"]}
_MARK_QUALS = [*_DATA["mark_qualifiers"], *_PASSING["verbs"]]
_MARK_QUALS += [f"{a} {v}" for a in _PASSING["adverbs"] for v in _PASSING["verbs"]]  # "nearly topped the"
_MARK_QUALS += [p for p in _QUALIFIER_OF if p.partition(" ")[::2] in _VERB_PAIRS]
_MARK_BEFORE = re.compile(  # "topped the $1bn mark", "crossed the 60,000 level": a bound on the level
    rf"(?<![A-Za-z-])(?P<q>(?i:{_alt(_MARK_QUALS)}))[ ](?:(?i:the)[ ])?$"  # "Nifty crosses 18,000 mark"
)
_MARK_AFTER = re.compile(rf"[ -](?i:{_alt(_DATA['mark_nouns'])})\b")
_MOVED_PAST = re.compile(  # "Bitcoin jumped past $60,000", "sales grew past 1 million": the level passed
    rf"(?<![A-Za-z])(?P<w>(?i:{_alt(_CHANGE_OF)}))[ ](?:back[ ])?"
    rf"(?P<q>(?i:{_alt(_DATA['moved_past']['words'])}))[ ]$"
)
_MOVED_PAST_OF: dict[str, str] = {d: q for d, q in _DATA["moved_past"].items() if d != "words"}
_APPROX_AT = re.compile(  # "from ~20 ppm to ~180 ppm", "from about $10 to about $15"
    rf"(?:(?i:{_alt(p for p in _WORD_QUALS if _QUALIFIER_OF[p] == '~')})[ ]|[~∼≈][ ]?)(?=[\d$£€¥])"
)
_ID_LABEL = _Backward(
    rf"(?P<label>(?<![A-Za-z])(?:(?i:{_alt(_DATA['id_labels'] + _DATA['id_labels_strong'])})"
    rf"|{_alt(_DATA['id_labels_cased'])})\.?|#)"  # "Year 6 pupils", "Junction 10"
    r"(?P<verb>[ ](?:is|was|are|were))?[ ]?\(?"  # "Table 2", "his number was 77812"
    r"(?:\d+(?:\.\d+)?[a-zA-Z]?\)?(?:,?[ ](?:and|or|&|to)[ ]|[ ]?[,–-][ ]?)\(?)*$",  # "Figs. 3A and 3C"
    r"(?:\(?(?:[ ](?:dna|ro|&|ot)[ ],?|[ ]?[,–-][ ]?)\)?[a-zA-Z]?(?:\d+\.)?\d+)*"
    r"\(?[ ]?(?:(?:si|saw|era|erew)[ ])?"
    rf"(?:\.?(?:(?i:{_mirror(_DATA['id_labels'] + _DATA['id_labels_strong'])})"
    rf"|{_mirror(_DATA['id_labels_cased'])})(?![A-Za-z])|#)",
)
_STRONG_LABELS = frozenset(_DATA["id_labels_strong"]) | {f"{w}." for w in _DATA["id_labels_strong"]}
# "his number was 77812" names; "the level was 0.12", "the figure was 4.5 million", "the table is 5 ft" count
_NAMED_BY_VERB = frozenset({"number", "#"})
_MEASURE_BEFORE = ("the ", "The ", "that ", "That ", "this ", "This ")  # "the number was 1,200" measures too
_MONTH_WORD = re.compile(rf"(?:{_MONTHS})\.?")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?,?[ ]?(?:the[ ])?$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?,?[ ](?:of[ ])?(?:{_MONTHS})\b")
_TIME_AFTER = re.compile(rf"[ ]?(?:{_alt(_DATA['time_suffixes'])})(?![A-Za-z])")
_ERA = re.compile(rf"[ ]?(?:{_alt(_DATA['era_words'])})(?![A-Za-z])")
_ERA_BEFORE = re.compile(  # "AD 79", and the far end of "between A.D. 1000 and 1260"
    rf"(?<![A-Za-z])(?:{_alt(_DATA['era_words'])})[ ](?:\d{{1,4}}(?:[ ](?:and|to)[ ]|[-–]))?$"
)
_DATE_ENT = re.compile(  # "the 1990s", "the 80s"; not "116 A380s"
    rf"\b(?:{_MONTHS})\b|\b1[89]\d\d\b|\b20\d\d\b|(?<![A-Za-z\d])\d*0s\b|(?i:day|night|today|yesterday)"
)
_HALF_BEFORE = re.compile(r"(?i:\b(?:the|first|second|last|other|a|and))[ ]$|-$")
_HALF_AFTER = re.compile(r"[ ](?i:of|the|its|their|his|her|our|all)\b")
_PLURAL_NEXT = re.compile(  # "1.8m (new) subscribers"
    r"[ ](?:(?P<adj>[a-z]+)[ ])??(?P<noun>[a-z]{2,}s|people|children|men|women)\b"
)
_WORD_SCALE = re.compile(rf"[ ](?P<w>(?i:{_alt(m for m in MULTIPLIERS if m != 'hundred')}))\b")
_FRAC_SCALE = re.compile(  # "a quarter-million", "a half million", "half-a-million"
    rf"(?:-an?)?[ -](?P<w>(?i:{_alt(m for m in MULTIPLIERS if m != 'hundred')}))\b"
)
_AND_A_HALF = re.compile(r"[ -]and[ -]a[ -]half\b")
_WORD_POINT = re.compile(  # "three point five percent", "one point two trillion": a decimal read out
    rf"[ ](?i:point)(?P<d>(?:[ ](?i:{_alt([*(w for w, v in WORDS.items() if v < 10), 'oh'])}))+)\b(?!-)"
)
_OF_A_SCALE = re.compile(  # "a quarter of a million", "a third of a mile"
    rf"[ ]of[ ]an?[ ](?:(?P<w>(?i:{_alt(m for m in MULTIPLIERS if m != 'hundred')}))|(?P<u>(?i:{_A_UNIT})))\b"
)
_RANK_BEFORE = re.compile(rf"(?<![A-Za-z])(?<![Oo]n[ ])(?i:{_alt(_DATA['rank_words'])})[ -]$")  # "the top 10"
_AGE_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|(?i:the|a|an|his|her|their)[ ][a-z]+),[ ]$")  # "the actor, 81,"
_SPACED_SCALE = re.compile(r"[ ](?P<g>[BMK])(?P<w>)(?![A-Za-z])")  # groups as in _SCALE: "8 B people"
_RATIO_SEP = re.compile(  # "1 in 5", "7 out of (every) 10", "a 1-in-100-year flood"
    r"[ ](?:in|out[ ]of|(?P<of>of))[ ](?:every[ ])?|(?P<h>-in-)"
)
_RATIO_OF_BASES = frozenset(_DATA["ratio_of_bases"])  # "eight of 10 people"
_BARE_SCALES = frozenset({"m", "b", "M", "B"})  # without a currency, only before what they count: not "221B"
_SCALED_UPTO = re.compile(r"(?:-|–|[ ](?:to|and)[ ])\d+(?:\.\d+)?[mbMB](?![A-Za-z])")  # "1.5m-2m people"
_COMPARED = re.compile(r"(?<![A-Za-z])(?:from|than|to|with|vs\.?|versus)[ ]$")
_MILLIONS_BEFORE = re.compile(r"\d(?:m|mn)[ ](?:[a-z]+[ ])?[a-z]{2,}s\b|\d[ ]million\b")
_ARROW_AT = re.compile(rf"(?P<a>[{''.join(_ARROW_OF)}])[ ]?$")
_SIGN_WORD = re.compile(  # "minus-40", not "10 minus 4" or "plus or minus 4"
    rf"(?<![\d,][ ])(?<!\bor[ ])(?<![A-Za-z/])(?i:{_alt(_DATA['sign_words'])})[ -]$"
)
_WEAK_CURRENCY = re.compile(rf"(?<![A-Za-z0-9])(?:{_alt(_DATA['weak_currency_prefixes'])})$")
_SCALED_CURRENCY_OF: dict[str, str] = _DATA["scaled_currency_prefixes"]
_SCALED_CURRENCY = re.compile(rf"(?<![A-Za-z0-9$])(?:{_alt(_SCALED_CURRENCY_OF)})$")  # "R2.1bn"
_SCALE_TAIL = re.compile(  # "1 million 200 thousand rubles"; not "3 million 2 hundred thousand"
    rf"[ ](?P<n>[1-9]\d{{0,2}})[ ](?P<w>(?i:{_alt(m for m in MULTIPLIERS if m != 'hundred')}))\b"
    rf"(?![ -](?i:{_MULT})\b)"
)
_SCALED_FINALS = frozenset(k[-1] for k in _SCALED_CURRENCY_OF)  # "QR 2.5 billion", "Bt5bn" too
_SCALED_AMOUNT = re.compile(  # "R2.1bn", "Y500 bn", "N1.2 trln", "N50,000"
    r"\d{1,3}(?:,\d{3})+(?![\d.,])"
    r"|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:(?:bn|m|mn|tn)\b|[ ](?:million|billion|trillion|bn|bln|mln|mn|trln|tn)\b)"
)
_BIG_AMOUNT = re.compile(  # "PS4m", "PS1 million", not "PS4"
    r"\d{1,3}(?:,\d{3})+|\d*\.\d|\d{2,}|\d(?:m|bn|k|[ ]million|[ ]billion|[ ]trillion)\b"
)
_SIGNED_MOVE = re.compile(r"\d*\.\d|\d+(?:[ ]?%|[ ]per[ ]?cent|[ ]points?\b)")  # "FTSE -0.8%"
_FILLER = rf"(?:[ ](?i:{_alt(_DATA['change_fillers'])}))?"  # "rose a further 2%", "fell by a net $42bn"
_CHANGE_BEFORE = _Backward(
    rf"(?<![A-Za-z])(?P<w>(?i:{_alt(_CHANGE_OF)}))(?:[ ]by)?{_FILLER}[ ]$",
    rf"[ ](?:(?i:{_mirror(_DATA['change_fillers'])})[ ])?(?:yb[ ])?(?i:{_mirror(_CHANGE_OF)})(?![A-Za-z])",
)
_CHANGE_AFTER = re.compile(  # "a 5% drop", "a 2.5% pay rise"
    rf"[ -](?:(?i:{_alt(_DATA['change_after_nouns'])})[ -])?"
    rf"(?P<w>(?i:{_alt(_CHANGE_AFTER_OF)}))\b(?![ -]of\b)"
)
_BY_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:by)[ ](?:(?i:{_alt(_WORD_QUALS)})[ ])?$")  # "by more than"
_CHANGE_BY = _Backward(  # "cut its growth forecast by 0.1 points", "output was cut by 2 million"
    rf"(?<![A-Za-z])(?P<w>(?i:{_alt(_CHANGE_BY_OF)}))(?:[ ][\w'’-]+){{0,7}}[ ]by{_FILLER}[ ]$",
    rf"[ ](?:(?i:{_mirror(_DATA['change_fillers'])})[ ])?yb(?:[ ][\w'’-]+){{0,7}}[ ]"
    rf"(?i:{_mirror(_CHANGE_BY_OF)})(?![A-Za-z])",
)
_GAP_WORD = r"[ ](?!(?i:to|from|at|of|by|with|that|than|in|on|for|and|or|as|into)\b)[\w'’-]+"
_CHANGE_BY_BARE = _Backward(  # "rates were cut 8%", "raised rates 25 basis points": by a share or points
    rf"(?<![A-Za-z])(?P<w>(?i:{_alt(_CHANGE_BY_OF)}))(?:{_GAP_WORD}){{0,3}}[ ]$",
    rf"[ ](?:[\w'’-]+[ ]){{0,3}}(?i:{_mirror(_CHANGE_BY_OF)})(?![A-Za-z])",
)
_RATE_MOVE_UNITS = frozenset({*_PERCENT_UNITS, "points", "basis points", "bp"})
_OF_NEXT = re.compile(r"[ ]of\b")  # "raised 40% of the funds": a share of something, not a move
_CHANGE_NOUNS = [w for w in _CHANGE_AFTER_OF if w not in _LEVEL_WORDS]
_CHANGE_NOUN_IN = _Backward(  # "an increase in revenue of 5%", "a fall in house prices of 3%"
    rf"(?<![A-Za-z])(?:(?i:an?|the)[ ])?(?P<w>(?i:{_alt(_CHANGE_NOUNS)}))[ ]in(?:[ ][\w'’-]+){{1,3}}[ ]of"
    rf"{_FILLER}[ ]$",
    rf"[ ](?:(?i:{_mirror(_DATA['change_fillers'])})[ ])?fo(?:[ ][\w'’-]+){{1,3}}[ ]ni[ ]"
    rf"(?i:{_mirror(_CHANGE_NOUNS)})(?![A-Za-z])",
)
_TIME_REF_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['time_reference_before'])})[ ]$")
_UNIT_WORD = re.compile(r"(?i:years?|decades?|centur(?:y|ies)|months?|weeks?|days?|hours?|minutes?)$")
_TIME_REF_AFTER = re.compile(rf"[ ](?i:{_alt(_DATA['time_reference_after'])})(?![A-Za-z])")
_TIME_REF_AFTER_ANY = re.compile(  # "two weeks later", "six months into the war", "the three months to June"
    rf"[ ](?:(?i:{_alt(_DATA['time_reference_after_any'])})(?![A-Za-z])"
    rf"|(?:to|ending|ended)[ ](?:the[ ]end[ ]of[ ])?(?:{_MONTHS})\b)"
)
_SPLIT_AFTER = re.compile(rf"[ ](?i:{_alt(_DATA['split_nouns'])})\b")  # "a 2 to 1 margin", "a 5 to 4 ruling"
_SCORE_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['score_words'])})\b")
_STAT = re.compile(
    r"[ ](?P<u>(?=[a-z]?[A-Z])[A-Za-z][A-Z0-9]{1,4})(?=[),;.]|[ ][a-z(])"
)  # "(2.3 WAR)", "1.9 xG"
_WORD_BEFORE = re.compile(r"(?:^|[ (])[a-z]+[ ]$")
_NOT_STATS = frozenset(_DATA["time_suffixes"] + _DATA["era_words"] + _DATA["months"])
_UP_PARTICLE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['up_particle_words'])})[ ]$")
_CARRY_QUALIFIER = re.compile(r"[ ]?\(|[ ]?/[ ]?")  # "more than 50 miles (80 km)", "(224 kW / 300 PS)"
_CARRY_CHANGE = re.compile(r"[ ]?\(|[ ]?/[ ]?|(?:[ ][a-z]+)?,?[ ]or[ ]")  # "lost 162 points, or 2.1%"
_LIST_MOVE = re.compile(  # ", Tesla 3.3%", " and the CAC 40 0.7%"
    r",?[ ](?:and[ ])?(?:the[ ])?[A-Z][\w&.'’-]*(?:[ ](?:[A-Z][\w&.'’-]*|\d+)){0,3}[ ]"
)
_SPACES = re.compile(r"[ \t]+")  # numbers on one line
_LIST_GAP = re.compile(r",[ ]?|,?[ ](?:and|or|&)[ ]")
# each starts with a lookahead for its first character: without one, re tries every alternative at
# every position of the text (three to four times slower over a whole article)
_PHONE = re.compile(
    r"(?=[+(\d])(?:\+\d[\d ()-]{6,}\d|\b(?:1[-. ])?\(\d{3}\)[ ]?\d{3}-\d{4}\b"
    r"|\b(?:1[-.])?\d{3}[-.]\d{2,4}[-.]\d{2,4}\b"
    r"|\b0\d{2,4}[ ]\d{3,4}[ ]\d{3,4}\b)"  # "020 7946 0958"
)
_CITATION = re.compile(  # a journal reference, no amount: "Nature 615, 1-6 (2023)", "2023;401:1123-34"
    r"(?=\d)(?:\b(?:19|20)\d\d;[ ]?\d+(?:\(\d+\))?:[ ]?[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?"
    r"|(?<=[A-Za-z.][ ])\d{1,4}(?:\(\d+\))?,[ ]\d+(?:[-–]\d+)?[ ]\((?:19|20)\d\d\))"
)
_DIAL_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['dial_words'])})[ ]$")  # "call 911", "dial 999"
_EMERGENCY_AFTER = re.compile(rf"[ -](?i:{_alt(_DATA['emergency_after'])})\b")  # "a 911 call"
_EMERGENCY = frozenset(_DATA["emergency_numbers"])
_METRE_EVENT = re.compile(rf"[ ](?i:{_alt(_DATA['metre_events'])})\b")  # "100m sprints": metres
_POINT_FRACTION = re.compile(  # "a quarter-point cut", "a half-percentage-point hike", "half a point"
    rf"(?<!the[ ])(?i:\b(?P<f>{_alt(_DATA['point_fractions'])})(?:[- ]|[ ]an?[ ])"
    rf"(?P<p>percentage[- ])?point)\b"
)
_POINT_FRACTION_OF: dict[str, float] = _DATA["point_fractions"]
_POINT_MARGIN = re.compile(  # "a six-point lead", "a 12-percentage-point swing"; not "a 10-point plan"
    rf"(?P<u>-(?P<p>percentage-)?points?)(?=[ ](?:[a-z]+[ ])?(?i:{_alt(_DATA['point_margin_nouns'])})\b)"
)
_PREFIX_UNIT_OF: dict[str, str] = _DATA["prefix_units"]
_PREFIX_UNIT = re.compile(rf"(?<![A-Za-z])(?P<u>(?i:{_alt(_DATA['prefix_units'])}))[ -]$")  # "magnitude-6.4"
_ADDRESS = re.compile(  # "14C Harbour Road", "9B Elm Street"; not "5 Oxford Street shops"
    rf"[A-Z]?(?:[ ][A-Z][a-z]+){{1,3}}[ ](?:{_alt(_DATA['street_words'])})\b(?![ ][a-z]+s\b)"
)
_CLOCK_AT = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['clock_verbs'])})[ ]at[ ]$")  # "airs at nine"
_CALL_COUNT = frozenset(_DATA["call_count_verbs"])  # "took 911 calls": a count of calls
_COMPOUND_OF: dict[str, tuple[str, float]] = {k: (v[0], v[1]) for k, v in _DATA["compound_units"].items()}
_MILLION_NOUN = re.compile(  # "a population of 8.9m", "viewing figures peaked at 11m"
    rf"(?<![A-Za-z])(?i:{_alt(_DATA['million_nouns'])})\b(?:[^.;:!?]|\.\d){{0,50}}$"
)
_MILLION_FOLLOW = re.compile(  # what may follow such a count: "8.9m is", "11m in May", "2m."
    rf"[ ]?[.,;:)!?]|[ ]?$|[ ](?:{_alt(_DATA['million_follow_words'])})\b"
)
_DECADE_MOD_OF: dict[str, list[int]] = _DATA["decade_modifiers"]
_DECADE = re.compile(  # "highs in the 90s", "lows into the mid-20s", "in the low teens" is left alone
    rf"(?<![A-Za-z])(?i:the)[ ](?:(?P<mod>(?i:{_alt(_DECADE_MOD_OF)}))[ -])?$"
)
_AGE_DECADE = re.compile(  # "a man in his 40s", "women in their late 20s": a band of ages
    rf"(?<![A-Za-z])(?i:{_alt(_DATA['age_decade_before'])})[ ](?:(?P<mod>(?i:{_alt(_DECADE_MOD_OF)}))[ -])?$"
)
_PERCENT_AFTER = re.compile(r"[ ]?(?:%|(?i:per[ ]?cent|percent))(?![A-Za-z])")  # "the low 20s percent"
_BAND_THE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['band_the_before'])})[ ]$")  # "in the teens"
_A_DIGIT = re.compile(r"(?<![A-Za-z])(?i:a|one)[ ]$")  # "a single digit": one digit, not a band
_DECADE_CONTEXT = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['decade_temperature_words'])})\b")
_OVER = re.compile(r"(?i:over)[ ]$")
_OVER_PARTICLE = re.compile(  # "rebels took over 12 towns"; not "it took over 200 attempts"
    rf"(?<![A-Za-z])(?<![Ii]t[ ])(?i:{_alt(_DATA['over_particle_verbs'])})[ ]$"
)
_AGE_BAND = re.compile(rf"(?i:{_alt(_DATA['age_band_suffixes'])})(?![A-Za-z])")  # "30-something"
_TENS = frozenset(range(20, 100, 10))
_GLUED_ISH = re.compile(r"ish(?![A-Za-z])")  # "30ish people": about 30, a postfix glued on
_BP = _DATA["blood_pressure"]
_BP_BEFORE = re.compile(  # "blood pressure of 140/90", "BP was 150/95": a clause that names the reading
    rf"(?<![A-Za-z])(?:{_alt(w for p in _BP['before'] for w in (p, p.capitalize()))})(?![A-Za-z])"
    r"[^.;!?]{0,40}$"
)
_BP_UNIT = re.compile(rf"[ ]?(?:{_alt(_BP['units'])})(?![A-Za-z])")  # "120/80 mm Hg"
_RATIO_NOUN = rf"(?i:{_alt(_DATA['ratio_nouns'])})"
_RATIO_BEFORE = re.compile(rf"(?<![A-Za-z]){_RATIO_NOUN}\b[^.;!?]{{0,30}}$")  # "the slope was 1:10"
_RATIO_AFTER = re.compile(rf"(?:[ ][a-z]+)?[ ]{_RATIO_NOUN}\b")  # "a 2:1 majority", "a 16:9 aspect ratio"
_CLOCK_LIKE = re.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d")  # "10:30", "1:10": a time unless a ratio is named
_NAME_BEFORE = re.compile(  # "John 3:16", "Arsenal 2:1 Chelsea": a verse, a result
    r"(?<![A-Za-z])(?!(?:The|A|An|At|In|On|By|About|Around|Nearly)[ ])[A-Z][\w.]*[ ]$"
)
_SCORE_AFTER = re.compile(rf"(?:[ ][a-z]+)?[ ](?i:{_alt(_DATA['score_words'])})\b")  # "a 4:3 win"
_ODDS_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['odds_before'])})[ ]$")  # "odds of 9-4"
_ODDS_AFTER = re.compile(rf"[ -](?i:{_alt(_DATA['odds_after'])})\b")  # "at 7-2 odds", "a 10-1 outsider"
_TENOR_TERM = re.compile(r"\d[ -](?:year|yr|month)$")  # the term of a tenor, singular: "10-year", "6 month"
_TENOR = re.compile(  # "the 10-year Treasury yield", "a 30-year fixed", "the 10-year German bund": a product
    rf"(?:[ ](?:{_alt(_DATA['tenor_fillers'])})){{0,2}}"
    rf"[ ](?i:{_alt(_DATA['tenor_nouns'])})(?![\w-])"
)
_LEVEL_BOUND = {  # "fell below 7,000", "rose above $90": the level crossed; not "rose under 4%"
    d: re.compile(rf"(?<![A-Za-z])(?i:{_alt([*words, *_DATA['level_bounds']['either']])})[ ]$")
    for d, words in _DATA["level_bounds"].items()
    if d != "either"
}
_ORDINAL_ST = re.compile(r"(?<!1)1$")  # "21st", "101st"; not "11st", "12st"
_AMOUNT_BEFORE = re.compile(  # "invest £5bn over five years", "11 batters over seven innings"
    rf"(?:\d[\d.,]*[^\s\d]*|(?<![A-Za-z])(?i:{_WORD}))(?:[ ][a-z-]+){{0,3}}[ ]$"
)
_SPAN_PERIOD = re.compile(rf"[ ](?:{_alt(_DATA['span_periods'])})\b")
_PRIME_INCHES = re.compile(r"['’′](?P<i>\d{1,2})(?:\"|”|″|'')")  # 6'3" tall
_UNWRITTEN_INCHES = re.compile(  # "5-foot-10", "six-foot-two", "6 feet 2": inches left unwritten
    rf"(?<=foot|feet)[ -](?P<i>1[01]|\d|(?i:{_alt(w for w, v in WORDS.items() if 0 < v < 12)}))"
    r"(?![\w'’%-]|[.,]\d|[ ]?(?:in|inch|inches|cm|by|x)\b|[ ]?[\d×])"
)
_COMPOUND_GAP = re.compile(r",?[ ](?:and[ ])?")  # "5ft 11in", "6 feet, 2 inches", "4 hours and 20 minutes"
_HYPHEN_NOUN = re.compile(rf"-(?!(?:{_alt(_DATA['margin_nouns'])})\b)[a-z]+")  # "-bed", not "-point lead"
_NOUN_AFTER = re.compile(  # "a five-year deal", not "five-year-old" or "for two-thirds of"
    r"[ ](?!(?:of|or|and|to|in|on|at|for|by|from|with|ago|later|earlier|before|after|than)\b)[a-z]"
)
_WICKETS = re.compile(  # "245 for 6 at stumps", "312 for 4, a lead"; not "5 for 2 days", "3 for 6 million"
    r"[ ]for[ ](?P<w>10|\d)"
    r"(?=[.,;:)]|$|[ ](?:at|when|in|before|after|on|and|with|but|as|off|from|overs?|dec)\b)"
)
_BOWLING = re.compile(  # "took 6 for 42 as India won": bowling figures, wickets for runs conceded
    r"[ ]for[ ](?P<r>\d{1,3})(?![\d.,]?\d)"
    r"(?=[.,;:)]|$|[ ](?:at|when|in|before|after|on|and|with|but|as|off|from)\b)"
)
_BOWLED_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['bowling_before'])})[ ]$")
_BRACKET_REFS = re.compile(r"\[\d{1,3}(?:[ ]?[,–-][ ]?\d{1,3})*\]")  # "[2–5]", "[15,16]": references
_ENUMERATOR = re.compile(r"[.)][ \t]+[A-Z\"“‘']")  # after a list item's number at a line start
_DASH_DIGIT = re.compile(r"-\d")
_PER_BEFORE = re.compile(r"(?<![A-Za-z])per[ ]$")
_MOVE_TO = re.compile(r"(?:%|per[ ]?cent|percent)[ ]to[ ]$")  # "grew 40% to 2.1m": a count of millions
_OPENERS = set(" \n\t\"'“‘([{<~∼≈±$£€¥₹₽₩—–=>≤≥⩽⩾≦≧")
_PRONOUN_BEFORE = frozenset(_DATA["pronoun_number_before"])  # "the two met": a number standing for a noun
_ZERO_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['zero_name_before'])})[ ]$")  # "net zero"
_ZERO_AFTER = re.compile(rf"[ -](?i:{_alt(_DATA['zero_name_after'])})\b")  # "zero tolerance"
_PLURAL_MODEL = re.compile(r"[A-Z][A-Za-z-]*\d+s")  # "A380s", "MiG-29s": models, counted
_NO_ONE_BEFORE = frozenset({"no", "the", "this", "that", "any", "every", "each", "which", "another", "other"})
_ONE_IDIOMS = [(p.lower().index("one"), p.lower()) for p in _DATA["one_idioms"]]  # "at one point"
_AGE_WORDS = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['age_words_before'])})[ ]$")  # "aged 34"
_COUNT_OR_LABEL = frozenset(_DATA["count_or_label_verbs"])  # "the crowd numbered 4,000", "a case, numbered 4"
_NAMING_BEFORE = re.compile(r"(?:,|(?<![A-Za-z])(?:is|are|was|were|be|been))[ ]$")
_HANGING_GAP = re.compile(r"-(?:,?[ ](?:and|or|to)[ ]|,[ ])")  # "18- to 24-year-olds", "four-, five- and"
_GLUED_OF = re.compile(r"-of-\d+(?:\.\d+)?(?![\d.])")  # "15-of-22 shots": the subject is after the pair
_GROUP_NOUNS = frozenset(_DATA["group_nouns"])  # "a family of four"
_OBJECT_TAGS = frozenset({"DT", "CD", "$", "PRP", "PRP$", "JJR", "RBR", "RB"})  # "four needs $80,000": a verb
_OPEN_BRACKETS = frozenset("([")
_EVERY_PERIOD = frozenset({"hourly", "daily", "nightly", "weekly", "monthly", "yearly", "annually"})
_DEEP_TIME_YEARS: float = _DATA["deep_time_years"]  # "66 million years ago": an age, not a date
_SUMMIT = re.compile(rf"(?:{_alt(_DATA['summit_codes'])})\d{{1,2}}")  # "COP28 in Dubai", not pesos
_AGE_GROUP_OF = {p: q for q, ps in _DATA["age_group_prefixes"].items() for p in ps}
_AGE_TEAM_AFTER = re.compile(rf"[ ](?i:{_alt(_DATA['age_team_after'])})\b")  # "the under-21s squad"
_SPACED_GROUP_BEFORE = re.compile(  # "free for under 5s", "Over 50s can apply"; not "ran under 10s"
    rf"(?:^|[.!?:;\n(\"“]|\b(?i:{_alt(_DATA['age_group_spaced_before'])}))[ ]*$"
)
_POSSESSIVE_END = re.compile(r"['’]s[ ]$")
_ISOTOPE_MASSES = {element: frozenset(masses) for element, masses in _DATA["isotopes"].items()}
_ISOTOPE_AFTER = re.compile(rf"(?:{_alt(_DATA['isotope_after'])})(?![A-Za-z])")  # "13C/12C", "14C dates"
_ISOTOPE_BEFORE = re.compile(rf"(?i:{_alt(_DATA['isotope_before'])})$")  # "radiocarbon (14C)", "δ13C"
_MOTION_VERBS = frozenset(_DATA["motion_verbs"])  # "she jumped 2.1 metres": a body moved, no level
_MOTION_SUBJECTS = frozenset(_DATA["motion_subjects"])
_LENGTH_UNITS = frozenset(_DATA["length_units"])
_NEGATIONS = frozenset(_DATA["negations"])  # "did not cost more than $5m": at most $5m
_NEGATION_BREAKERS = frozenset(_DATA["negation_breakers"])
_NEGATED_QUALIFIER: dict[str, str] = _DATA["negated_qualifier"]
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
_AGE_GROUP = re.compile(  # "the over-65s", "under-18s": people above or below an age
    rf"(?<![A-Za-z-])(?P<q>(?i:{_alt(_AGE_GROUP_OF)}))[- ](?P<n>\d{{1,2}}|1[01]\d)s(?![A-Za-z0-9])"
)
_MODEL_NUMBERS = frozenset(_DATA["model_numbers"])  # "the 747 carried 416 passengers": a jet, not 747
_CLAUSE_POSTFIXES = frozenset(_DATA["postfix_clause_end"])  # "57 and counting.", not "90 and counting down"
_STREAK = re.compile(rf"[ ](?i:{_alt(_DATA['streak_words'])})\b")  # "fell 10 months in a row": a streak
_TALLY = re.compile(rf"(?:[ ][a-z]+)?[ ](?i:{_alt(_DATA['tally_nouns'])})\b")  # "lost 3 games": results
_MILLION_VERB = re.compile(  # "it cost 3.2m.", "paid nearly 2m in fees": millions of money
    rf"(?<![A-Za-z])(?i:{_alt(_DATA['million_verbs'])})[ ](?:(?i:{_alt(_WORD_QUALS)})[ ])?$"
)
_NAME_OF = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+[ ]of[ ]$")  # "the Group of Seven", "the Gang of Four"
_K_RACE = re.compile(  # "a 10k race", "the 10k and 5k races": kilometres
    rf"(?:(?:,[ ]?|[ ](?:and|or|&)[ ])\d{{1,2}}[kK])*[ ](?i:{_alt(_DATA['k_race_words'])})\b"
)
_AGES_S = re.compile(r"s(?![A-Za-z0-9])")  # "the 18-24s": a band of ages
_HANGING_BEFORE = re.compile(r"[0-9A-Za-z]-(?:,?[ ](?:and|or|to)|,)[ ]$")


@dataclass(slots=True)
class _Side:
    """One number with what sticks to it: "$1.2bn", "30 per cent", "1,400-kilometer"."""

    start: int
    end: int
    value: float | None
    kind: str  # num, words, frac, vague, ratio, band
    currency: str | None = None
    scale: float | None = None
    unit: str | None = None
    unit_before: bool = False  # "pH 7–8", "magnitude-6.4": the unit is written first, for both ends
    high: float | None = None  # the top of a band ("the mid-teens"), whose bottom is the value


def _parse_core(text: str, m: re.Match, currency: str | None = None) -> _Side | None:
    """Value of one core match, grown right by tolerance, scale and unit."""
    kind, found = m.lastgroup, m.group()
    if kind == "vague":
        scale = VAGUE.get(found.lower()) or VAGUE_BEFORE_OF[found.lower()]
        return _Side(m.start(), m.end(), None, kind, scale=scale)
    if kind == "ratio":  # "3:1", "a 2:1 majority", "a 1:50,000 map": A/B; "10:30" and "won 3:1" are no claims
        if not _colon_ratio(text, m):
            return None
        a, b = (parse_digits(p) for p in found.split(":"))
        return _Side(m.start(), m.end(), a / b, kind, unit="ratio") if b else None
    if kind == "band":  # "the mid-teens", "high single digits", "double-digit growth"
        return _band(text, m)
    if kind == "freq":  # "twice a day", "once a month": a count per period
        rate = _FREQUENCY.match(text, m.end())
        value, unit = _FREQUENCY_OF[found.lower()], f"per {rate.group('p').lower()}"
        return _Side(m.start(), rate.end(), value, "words", unit=unit)
    if kind == "mult":  # "twice as likely": a multiple
        return _Side(m.start(), m.end(), _AS_MULTIPLE_OF[found.lower()], "words", unit="times")
    if kind == "frac":
        point = _POINT_FRACTION.match(text, m.start()) or _POINT_FRACTION.match(text, m.start("fden"))
        if point:  # "a quarter-point cut": the size of a move in (percentage) points
            unit = "percentage points" if point.group("p") else "points"
            value = _POINT_FRACTION_OF[point.group("f").lower()]
            return _Side(point.start(), point.end(), value, kind, unit=unit)
        num, den = m.group("fnum"), m.group("fden").lower()
        if den == "quarters" and num and _quarter_periods(text, m):  # "its second loss in three quarters"
            count = parse_digits(num) if num[0].isdigit() else parse_words(num)
            return _Side(m.start(), m.end(), count, "words", unit="quarter")
        scaled = _FRAC_SCALE.match(text, m.end()) if den in ("half", "quarter") else None
        if scaled and (num is None or num.lower() in ("a", "an", "one")):  # "a quarter-million people"
            scale = MULTIPLIERS[scaled.group("w").lower()]
            side = _Side(m.start(), scaled.end(), scale / FRACTIONS[den], "words", scale=scale)
            _grow_right(text, side)
            return side
        half_a = _HALF_A_UNIT.match(text, m.end()) if num is None and den == "half" else None
        if half_a:  # "half a mile", "half an hour"
            return _Side(m.start(), half_a.end(), 0.5, "words", unit=_unit_word(half_a.group("u")))
        if not _fraction_ok(text, m, num, den):
            return None
        value = parse_fraction(num, den)
        if value is None:
            return None
        of = _OF_A_SCALE.match(text, m.end())
        if of and of.group("u"):  # "a quarter of a mile": a measure
            return _Side(m.start(), of.end(), value, kind, unit=_unit_word(of.group("u")))
        if of:  # "a quarter of a million", "three quarters of a billion": an amount, not a share
            scale = MULTIPLIERS[of.group("w").lower()]
            side = _Side(m.start(), of.end(), value * scale, "words", scale=scale)
            _grow_right(text, side)
            return side
        return _Side(m.start(), m.end(), value, kind, unit="fraction")
    if kind == "words" and m.group("au"):  # "an hour and a half"
        half = _AND_A_HALF.match(text, m.end())
        return _Side(m.start(), half.end(), 1.5, kind, unit=_unit_word(m.group("au")))
    if kind == "words" and m.group("fold"):  # "a fourfold rise": a multiple, like "four times"
        value = parse_words(found[:-4])
        return _Side(m.start(), m.end(), value, kind, unit="times") if value is not None else None
    if kind == "clock":  # a race time, in seconds; "at 10:15:30" and "10:15:30 GMT" are times of day
        if _TIME_AFTER.match(text, m.end()) or text.endswith("at ", 0, m.start()):
            return None
        parts = [float(p) for p in found.split(":")]
        value = sum(p * 60**i for i, p in enumerate(reversed(parts)))
        return _Side(m.start(), m.end(), value, "num", currency=currency, unit="second")
    if kind == "slash" and (bp := _blood_pressure(text, m)):
        return bp
    if kind in ("slash", "vulg"):  # "3/4 cup", "1⁄8", "2½": a number, the ASCII slash only before a unit
        side = _Side(m.start(), m.end(), parse_slash(found), "num", currency=currency)
        if side.value is None:
            return None
        _grow_right(text, side)
        if "/" in found and not ((side.unit or text.startswith(" of ", side.end)) and side.value % 1 > 0):
            return None  # "9/11", "24/7", dates; but "3/4 cup", "1/3 of voters"
        side.unit = side.unit or "fraction"
        return side
    side = _Side(m.start(), m.end(), None, kind, currency=currency)
    if kind == "num" and _EURO.fullmatch(found):
        side.value = parse_digits(found.replace(".", "").replace(",", "."))
        _grow_right(text, side)
        return side if side.unit or side.scale or side.currency or "." in found else None  # not "pages 3,5"
    if kind == "num":
        side.value = parse_digits(found)
    else:
        side.value = parse_words(found)
        if side.value is None:  # "three four": keep the first word only
            side.end = m.start() + len(re.match(r"\w+", found).group())
            side.value = parse_words(text[side.start : side.end])
        words = text[side.start : side.end].lower().replace("-", " ").split()
        if len(words) > 1 and words[-1] in MULTIPLIERS:
            side.scale = MULTIPLIERS[words[-1]]
    if side.value is None:
        return None
    point = _WORD_POINT.match(text, side.end) if kind == "words" and not side.scale else None
    if point and side.value % 1 == 0:  # "three point five percent"
        decimals = "".join(str(int(WORDS.get(w.lower(), 0))) for w in point.group("d").split())  # "oh" is 0
        side.value, side.end = float(f"{int(side.value)}.{decimals}"), point.end()
        scale = _WORD_SCALE.match(text, side.end)  # "one point two trillion dollars"
        if scale:
            side.scale = MULTIPLIERS[scale.group("w").lower()]
            side.value *= side.scale
            side.end = scale.end()
    half = _AND_A_HALF.match(text, side.end)
    if half:
        side.value += 0.5 * ((side.kind == "words" and side.scale) or 1)  # "a million and a half"
        side.end = half.end()
        scale = _WORD_SCALE.match(text, side.end)  # "two and a half million"
        if scale and side.kind == "words" and not side.scale:
            side.scale = MULTIPLIERS[scale.group("w").lower()]
            side.value *= side.scale
            side.end = scale.end()
    _grow_right(text, side)
    return side


def _band(text: str, m: re.Match) -> _Side | None:
    """ "in the mid-teens" (14 to 16), "single digits" (1 to 9), "double-digit growth" (10 to 99): a band,
    in percent before a percent word, in years after "her", in degrees after a word of temperature;
    bare "teens" only after "in the", "in their" (not "two teens were held"), not "a single digit"."""
    base = m.group().lower().replace("-", " ")
    base = base if base.endswith("s") else f"{base}s"
    found = _BAND_MOD.search(text, max(0, m.start() - 8), m.start())
    mod, start = (found.group("mod").lower(), found.start()) if found else ("", m.start())
    first = start  # context is read before any modifier, kept or not ("the low double digits")
    if mod not in _BANDS[base]:  # "low double digits": the band of double digits
        mod, start = "", m.start()
    if start and text[start - 1] in "-/":
        return None  # "pre-teens", "non-single-digit"
    if _A_DIGIT.search(text, max(0, start - 4), start) and m.group().lower().endswith("digit"):
        return None
    if base == "teens" and not mod and not _BAND_THE.search(text, max(0, start - 12), start):
        return None
    low, high = _BANDS[base][mod]
    end, unit = m.end(), None
    percent = _PERCENT_AFTER.match(text, end)
    if percent:
        end, unit = percent.end(), "percent"
    elif _AGE_DECADE.search(text, max(0, first - 16), first):
        unit = "year"
    elif _DECADE_CONTEXT.search(text, max(0, first - 60), first):
        unit = "°"
    return _Side(start, end, float(low), "band", unit=unit, high=float(high))


def _colon_ratio(text: str, m: re.Match) -> bool:
    """ "women outnumber men 3:1", "the slope was 1:10", "a 2:1 majority": a ratio; not a time of day
    ("at 10:30", "1:10 p.m."), a result after a score word or a name ("won 3:1", "Arsenal 2:1"), a verse
    ("John 3:16"), a split before a score word ("a 4:3 win", "a 60:40 split"), unless a ratio noun
    is written next to it."""
    start, end = m.start(), m.end()
    if _TIME_AFTER.match(text, end):
        return False
    named = _RATIO_AFTER.match(text, end) or _RATIO_BEFORE.search(text, max(0, start - 40), start)
    if named:
        return True
    if _CLOCK_LIKE.fullmatch(m.group()) or _NAME_BEFORE.search(text, max(0, start - 20), start):
        return False
    if _SCORE_AFTER.match(text, end):
        return False
    return _SCORE_BEFORE.search(text, max(0, start - 25), start) is None


def _blood_pressure(text: str, m: re.Match) -> _Side | None:
    """ "120/80 mm Hg", "blood pressure of 140/90": one reading in mmHg, its value the systolic (first)
    number; not the fraction 1.556, not a date."""
    parts = m.group().split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    high, low = int(parts[0]), int(parts[1])
    if not (60 <= high <= 260 and 30 <= low <= 160 and high > low):
        return None
    unit = _BP_UNIT.match(text, m.end())
    if unit is None and _BP_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None:
        return None
    return _Side(m.start(), unit.end() if unit else m.end(), float(high), "num", unit="mmHg")


def _quarter_periods(text: str, m: re.Match) -> bool:
    """ "in three quarters", "over the past two quarters": quarters of a year or a game, not 3/4."""
    if m.group("fnum").lower() in ("a", "an") or text.startswith(" of ", m.end()):
        return False
    if _STREAK.match(text, m.end()):
        return True  # "rents rose three quarters running", "two quarters in a row"
    return _QUARTERS_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None


def _unit_word(word: str) -> str:
    """The unit of a unit word written out: "mile" -> "mi", "Hour" -> "hour"."""
    word = word.lower()
    return _UNIT_OF_CI.get(word) or _UNIT_OF.get(word) or _UNIT_OF[f"{word}s"]  # "a tenth of a point"


def _fraction_ok(text: str, m: re.Match, num: str | None, den: str) -> bool:
    """ "two-thirds", "a quarter of", "one third", "half of the"; not "a third time" or "the second half"."""
    plural = den.endswith("s")
    if den == "halves" or (num is None and den != "half"):
        return False
    if num is None:
        return _half_ok(text, m.start(), m.end())
    low = num.lower()
    if plural and low in ("a", "an", "one"):
        return False
    if den == "half" and low not in ("a", "an", "one"):
        return False
    if low not in ("a", "an") or text.startswith(" of ", m.end()) or _by_before(text, m.start()):
        return True
    # "less than a third", "nearly a quarter"; not "nearly a quarter century" (a time, not a share)
    bounded = _QUALIFIER.search(text, max(0, m.start() - 30), m.start()) is not None
    return bounded and not _A_UNIT_AFTER.match(text, m.end())


def _half_ok(text: str, start: int, end: int) -> bool:
    """Bare "half" counts in "half of the", "half the revenue", "cut by half", not in "the second half"."""
    if _HALF_BEFORE.search(text, max(0, start - 12), start) or text.startswith("-", end):
        return False
    return _HALF_AFTER.match(text, end) is not None or _by_before(text, start)


def _by_before(text: str, start: int) -> bool:
    """ "by" just before: "cut by half", "grew by a third", "fell by 12 points", "by more than a third"."""
    return _BY_BEFORE.search(text, max(0, start - 30), start) is not None


def _grow_right(text: str, side: _Side) -> None:
    """Consume "±15", "×10−5", a scale ("million", "bn", "k") and a unit after the number."""
    end = side.end
    tol = _TOLERANCE.match(text, end)
    if tol:
        end = tol.end()
    sci = _SCIENTIFIC.match(text, end)
    if sci:
        side.value *= 10.0 ** int(sci.group("e").replace("−", "-"))
        end = sci.end()
    elif side.kind == "num" and (sci := _POWER.match(text, end)):
        side.value **= int(sci.group("e").replace("−", "-"))
        end = sci.end()
    if side.kind == "num" and not sci:
        sc = _SCALE.match(text, end)
        if sc is None and (spaced := _SPACED_SCALE.match(text, end)) and _plural_next(text, spaced.end(), 0):
            sc = spaced  # "8 B people", "2 M users"
        million = (  # "12.3m tonnes", "2m people", "1.8m new subscribers"; but "100m sprints", "5m deep"
            sc
            and sc.group("g") in _BARE_SCALES
            and not _METRE_EVENT.match(text, sc.end())
            and (
                _counted_after(text, sc.end())
                or _compared_with_millions(text, side.start)  # "25m phones, up from 18m"
                or _MOVE_TO.search(text, max(0, side.start - 12), side.start) is not None  # "grew 4% to 2.1m"
                or _counted_before(text, side.start, sc.end())  # "a population of 8.9m"
                or _million_verb(text, side.start, sc.end())  # "it cost 3.2m."
                or (sc.group("g").isupper() and side.value % 1 > 0)  # "4.3M", but "221B Baker Street"
            )
        )
        race = sc and sc.group("g") in ("k", "K") and not side.currency and side.value < 100
        if race and _K_RACE.match(text, sc.end()):  # "a 10k race", "the 5k fun run": kilometres
            side.end = sc.end()
            side.unit = "km"
            return
        if sc and (sc.group("w") or sc.group("g") not in _BARE_SCALES or side.currency or million):
            word = sc.group("w") or sc.group("g")
            factor = SCALES.get(word.lower()) if sc.group("w") else GLUED_SCALES.get(word, 1e6)
            side.value *= factor
            side.scale = factor
            end = sc.end()
            more = _SCALE.match(text, end) if sc.group("w") else None
            while more and more.group("w") and more.group("sp") == " ":  # "3 hundred million"
                step = SCALES[more.group("w").lower()]
                if step <= factor:
                    break
                side.value *= step
                side.scale *= step
                factor, end = step, more.end()
                more = _SCALE.match(text, end)
            tail = _SCALE_TAIL.match(text, end) if sc.group("w") else None  # "1 million 200 thousand"
            if tail and int(tail.group("n")) * MULTIPLIERS[tail.group("w").lower()] < factor:
                side.value += int(tail.group("n")) * MULTIPLIERS[tail.group("w").lower()]
                end = tail.end()
    unit = _match_unit(text, end)
    if unit and unit[0] in _NOT_BEFORE_NOUN and _NOUN_AFTER.match(text, unit[1]):
        unit = None  # "12 stone steps": a material, not a weight
    elif unit and text[end : unit[1]].strip(" -") in _BIG_AMOUNT_UNITS:
        unit = unit if side.scale or side.value >= 1000 else None  # "3.5 trillion won", not "the 12 won"
    if unit:
        side.unit, end = unit
        if side.unit == "lb" and (side.scale or 0) >= 1e6 and not text.startswith(" of ", end):
            side.unit = "GBP"  # "40 million pounds" is money, "40 million pounds of waste" a weight
    freq = _FREQUENCY.match(text, end) if side.unit == "times" else None
    if freq:  # "three times a week", "78,000 times a minute": a count per period
        side.unit, end = f"per {freq.group('p').lower()}", freq.end()
    money = side.currency or side.unit in _MONEY
    while side.unit and not money and side.unit.count("/") < 2 and (per := _PER_UNIT.match(text, end)):
        side.unit, end = f"{side.unit}/{_PER_UNIT_OF[per.group('d')]}", per.end()  # "5 mg/kg/day"
    rate = (_RATE.match(text, end) or _PER_UNIT.match(text, end)) if money else None
    side.end = rate.end() if rate else end


def _match_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The unit starting at ``pos`` (after an optional space or hyphen) and where it ends."""
    best = None
    for rx, table in ((_UNIT_CS, _UNIT_OF), (_UNIT_CI, _UNIT_OF_CI)):
        m = rx.match(text, pos)
        if not m:
            continue
        form, sp = m.group("u"), m.group("sp")
        unit = table[form if table is _UNIT_OF else form.lower()]
        if not sp and form in _GLUED_FORM_OF and re.match(r"[\d.]\d", text[pos - 2 : pos]):
            unit = _GLUED_FORM_OF[form]  # "105F" is Fahrenheit, "2.5 F" farads, "Figure 1F" neither
        elif (form in _SPACED_UNITS and not sp) or (form in _GLUED_UNITS and sp):
            continue
        if len(form) == 1 and form.isupper() and sp and ("-" in sp or _DASH_DIGIT.match(text, m.end())):
            continue  # "Form 10-K", "a 3-D film", "87,000 F-150 pickups": a letter with a hyphen names
        if best is None or m.end() > best[1]:
            best = (unit, m.end())
    return best


def _counted_after(text: str, pos: int) -> bool:
    """A unit or counted noun after a glued "m": "12.3m tonnes", "2m people", "1.5m-2m people"."""
    upto = _SCALED_UPTO.match(text, pos)
    pos = upto.end() if upto else pos
    return text.startswith(" ", pos) and bool(_match_unit(text, pos) or _plural_next(text, pos))


def _counted_before(text: str, start: int, end: int) -> bool:
    """ "a population of 8.9m", "viewing figures peaked at 11m": a count noun shortly before a glued
    "m" and no measured thing after it (not "people kept 2m apart", "the 2m rule")."""
    return _MILLION_FOLLOW.match(text, end) is not None and (
        _MILLION_NOUN.search(text, max(0, start - 60), start) is not None
    )


def _million_verb(text: str, start: int, end: int) -> bool:
    """ "it cost 3.2m.", "paid nearly 2m in fees": a glued "m" right after a verb of money is millions."""
    return _MILLION_FOLLOW.match(text, end) is not None and bool(
        _MILLION_VERB.search(text, max(0, start - 30), start)
    )


def _compared_with_millions(text: str, start: int) -> bool:
    """ "up from 18m", "than 3m": the number is compared with a count of millions just before it."""
    return _COMPARED.search(text, max(0, start - 6), start) is not None and bool(
        _MILLIONS_BEFORE.search(text, max(0, start - 120), start)
    )


def _plural_next(text: str, pos: int, adjectives: int = 1) -> bool:
    """A plural noun follows, perhaps after one adjective: "1.8m new subscribers", "40m units"."""
    m = _PLURAL_NEXT.match(text, pos)
    if m is None or (m.group("adj") and not adjectives):
        return False
    return m.group("noun") not in _PLURAL_STOP and m.group("adj") not in _PLURAL_STOP


def _parse_side(text: str, pos: int, signed: bool = False) -> _Side | None:
    """A number (with currency) starting at ``pos``: the second half of a range; ``signed``, perhaps
    after a minus ("from -5C to -10C", "to minus 12C")."""
    minus = _MINUS_AT.match(text, pos) if signed else None
    if minus:
        pos = minus.end()
    cur = _CURRENCY_AT.match(text, pos)
    currency = None
    if cur:
        currency, pos = _CURRENCY_OF[cur.group("c")], cur.end()
    m = _CORE.match(text, pos)
    if not m or m.lastgroup not in ("num", "words"):
        return None
    side = _parse_core(text, m, currency)
    if side is not None and minus and side.value is not None:
        side.value = -side.value
    return side


def _left_ok(text: str, start: int) -> tuple[bool, str | None, int, str | None]:
    """Whether a digit core may start here; the currency glued or spaced before it, where the
    quantity starts, and the sign written before it ("-", "+", "minus")."""
    if _negative(text, start) or _plus(text, start):
        ok, currency, cstart, _ = _left_ok(text, start - 1)
        return ok, currency, cstart, "+" if text[start - 1] == "+" else "-"
    word = _SIGN_WORD.search(text, max(0, start - 10), start)
    if word:
        return True, None, word.start(), "-"
    weak = _WEAK_CURRENCY.search(text, max(0, start - 3), start)
    if weak and _BIG_AMOUNT.match(text, start):  # "PS2.5bn": a pound sign lost on the way
        return True, _WEAK_CURRENCY_OF[weak.group()], *_signed(text, weak.start())
    gap = start - 1 if text[start - 1 : start] == " " else start  # "R 50 million" as "R50 million"
    letter = text[gap - 1 : gap] in _SCALED_FINALS  # a one- or two-letter currency only before a scale
    scaled = letter and _SCALED_CURRENCY.search(text, max(0, gap - 4), gap)
    amount = scaled and _SCALED_AMOUNT.match(text, start)
    if amount and (gap == start or not amount.group().replace(",", "").isdigit()):  # not "Gen Y 2,000 fans"
        return True, _SCALED_CURRENCY_OF[scaled.group()], *_signed(text, scaled.start())
    cur = _CURRENCY.search(text, max(0, start - 5), start)
    if cur:
        key = cur.group().rstrip()
        currency = _CURRENCY_OF.get(key) or _CURRENCY_OF.get(key.replace(" ", ""))
        currency = currency or _CURRENCY_OF.get(key[:-1])  # "Sh.5bn"
        return True, currency, *_signed(text, cur.start())
    if start == 0:
        return True, None, start, None
    arrow = _ARROW_AT.search(text, max(0, start - 2), start)
    if arrow:  # "▲0.8%", "▼ 1.2%": a move up or down, the number itself stays positive
        return True, None, start, arrow.group("a")
    prev = text[start - 1]
    if prev not in _OPENERS:
        return False, None, start, None
    chunk = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    if "/" in text[chunk:start] or "www" in text[chunk:start]:
        return False, None, start, None
    return True, None, start, None


def _signed(text: str, start: int) -> tuple[int, str | None]:
    """A minus sign before a currency: "-$3.2m", "−£40m" (start and sign); "E-$5" is no sign."""
    if start and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \n(["):
        return start - 1, "-"
    return start, None


def _in_url(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a whitespace-delimited chunk that looks like a URL or path."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(i for i in (text.find(" ", start), text.find("\n", start), len(text)) if i >= 0)
    chunk = text[left:right]
    return "://" in chunk or "www." in chunk or ".com/" in chunk


def _negative(text: str, start: int) -> bool:
    """A minus sign glued to the number: "−4 °C", "$-50.8bn", "to -5"; not "COVID -19"."""
    if start == 0 or text[start - 1] not in "-−":
        return False
    before = text[max(0, start - 6) : start - 1]
    if text[start - 1] == "−" or before.endswith(("$", "(", "=", "€", "£")):
        return True
    if (not before or before[-1] in " \n") and _SIGNED_MOVE.match(text, start):
        return True  # "FTSE -0.8%", "Nikkei 225 -0.9%"
    return re.search(r"(?:^|[ (])[a-z]+[ ]$", before) is not None


def _plus(text: str, start: int) -> bool:
    """A plus sign glued to the number at a word start: "+1.2%"."""
    return start > 0 and text[start - 1] == "+" and (start == 1 or text[start - 2] in " \n(")


def _build(text: str, m: re.Match) -> tuple[_Side | None, dict] | None:
    """Grow one core match into a quantity: returns the main side and the extra fields (no side,
    only where to go on, for a score)."""
    start = m.start()
    currency, sign = None, None
    cstart = start
    prefix = _PREFIX_UNIT.search(text, max(0, start - 14), start) if m.lastgroup in ("num", "words") else None
    if prefix:  # "a magnitude-6.4 quake"
        cstart = prefix.start()
    elif m.lastgroup == "num" and text[start - 1 : start] in "- " and (group := _age_group(text, m)):
        return None if _youth_team(text, group[1]["group"]) else group  # "England's under-21s": a team
    elif m.lastgroup in ("num", "slash", "vulg", "clock", "ratio"):
        ok, currency, cstart, sign = _left_ok(text, start)
        if not ok and text[start - 1] == "-" and _decade_before(text, start):
            ok = True  # "into the mid-30s", "in her mid-40s"
        if not ok:
            return None
    elif m.lastgroup != "band" and ((start and text[start - 1] in "-/") or _in_url(text, start)):
        return None  # "production-four-door", URL slugs
    if m.lastgroup == "num" and _ADDRESS.match(text, m.end()):
        return None  # "14C Harbour Road": a house number, not 14 °C
    side = _parse_core(text, m, currency)
    if side is None:
        return None
    if side.unit == "°C" and _isotope(text, start, side.end):
        return None  # "13C/12C analyses", "radiocarbon (14C) dates": carbon isotopes, not degrees
    if sign == "-" and side.kind == "num":
        side.value = -side.value
    decade = _decade(text, side) if side.kind == "num" and side.unit is None else None
    if decade:  # "highs in the 90s": a band of temperatures; "in his 40s": of ages; "the low 20s percent"
        side.unit, side.end = decade[2], decade[3]
    elif side.kind == "band":  # "the mid-teens", "high single digits"
        decade = (side.value, side.high, side.unit)
    band = _AGE_BAND.match(text, side.end) if side.unit is None and side.value in _TENS else None
    if band:  # "a 30-something banker", "twenty-somethings": an age from 30 to 39
        decade, side.unit, side.end = (side.value, side.value + 9, "year"), "year", band.end()
    glued = side.end < len(text) and (text[side.end].isalnum() or text[side.end] == "_")
    if side.kind == "num" and glued and not _GLUED_ISH.match(text, side.end):
        return None  # "201st", "9AB8", "1990s": ordinals and identifiers
    if side.unit == "GBp" and side.value in _RESOLUTIONS:
        return None  # "1080p" is a video resolution
    if not side.currency and text[m.start() : side.end] in _RESOLUTION_K and not _plural_next(text, side.end):
        return None  # "a 4K display", "shot in 8K"; not "$4K", "4K runners"
    if side.unit == "st" and text[m.start() : side.end].endswith("st") and _ORDINAL_ST.search(m.group()):
        return None  # "the 21st", "1st": ordinals; "12st", "10st 2lb" are stone
    side.start = cstart if cstart != start else side.start  # "a quarter-point": from "quarter"
    if side.currency and not side.unit:
        side.unit = side.currency
    if prefix and not side.unit:
        side.unit, side.unit_before = _PREFIX_UNIT_OF[prefix.group("u").lower()], True
    margin = _POINT_MARGIN.match(text, side.end) if side.kind in ("num", "words") else None
    if margin and side.unit is None:
        side.unit = "percentage points" if margin.group("p") else "points"
        side.end = margin.end("u")
    _compound(text, side)
    if sign is None:
        _ratio(text, side)
    if side.unit is None and side.kind == "num" and _stat_place(text, cstart, side.value):
        stat = _STAT.match(text, side.end)  # "(2.3 WAR)": a statistic named by its abbreviation
        if stat and stat.group("u") not in _NOT_STATS:
            side.unit, side.end = stat.group("u"), stat.end()
    extra: dict = {"low": None, "high": None, "end": side.end, "sign": sign}
    if decade:
        extra.update(low=decade[0], high=decade[1], approx=True)
    qm = _QUALIFIER.search(text, max(0, cstart - 30), cstart)
    if qm and _span_over(text, qm, side):
        qm = None  # "invest £5bn over five years": across five years, not more than five
    pre = qm.start() if qm else cstart  # "rose nearly 5%": the change word stands before the qualifier
    between = _RANGE_MARKER.search(text, max(0, pre - 30), pre)
    if between and between.group().lower().startswith("from"):
        between = None  # "rose from 3% to 5%": the levels; "rose between 3% and 5%": the size of the move
    at = between.start() if between else pre
    change = (
        _CHANGE_BEFORE.search(text, max(0, at - 45), at)
        or _CHANGE_BY.search(text, max(0, at - 80), at)
        or _CHANGE_NOUN_IN.search(text, max(0, at - 60), at)
    )
    if change is None and side.unit in _RATE_MOVE_UNITS and not _OF_NEXT.match(text, side.end):
        change = _CHANGE_BY_BARE.search(text, max(0, pre - 60), pre)  # "fees were cut 8%"
    if qm and qm.group().strip().lower() == "up to" and _UP_PARTICLE.search(text, max(0, pre - 20), pre):
        change = None  # "climbed up to 5,000 points": the level reached, like "climbed to"
    if qm and change and " by " not in f" {change.group()}" and _level_bound(qm.group(), change):
        change = None  # "sales fell short of $10bn", "Brent rose above $90": a level, not the size of a move
    extra["change"] = change
    wickets = _WICKETS.match(text, side.end) if side.kind == "num" and side.unit is None else None
    if wickets and side.value % 1 == 0 and side.value > int(wickets.group("w")):
        return None, {"end": wickets.end()}  # "245 for 6": a cricket score, like "3-1"
    figures = _BOWLING.match(text, side.end) if side.kind in ("num", "words") and side.unit is None else None
    if figures and side.value in range(11) and int(figures.group("r")) > side.value and _bowled(text, cstart):
        return None, {"end": figures.end()}  # "took 6 for 42": bowling figures, like "245 for 6"
    # ranges: "5,000-6,000", "between 5,000 and 6,000", "$89 to $93 billion"
    sep = _RANGE_SEP.match(text, side.end) if not decade else None
    if sep and side.kind in ("num", "words"):
        approx = _APPROX_AT.match(text, sep.end())
        word = sep.group().strip()
        other = _parse_side(text, approx.end() if approx else sep.end(), signed=word in ("to", "and"))
        marker = between or _RANGE_MARKER.search(text, max(0, pre - 30), pre)  # "between roughly 200 and 300"
        digits = side.kind == other.kind == "num" if other is not None else False
        dashed = word in ("-", "–", "—")
        odds = digits and (dashed or word in ("-to-", "to")) and _odds(text, cstart, side, other)
        if odds:  # "at 7-2 odds", "a 10-1 outsider": a ratio, not a range from 2 to 7
            side.value, side.unit, side.kind, side.end = side.value / other.value, "ratio", "ratio", other.end
            extra["end"] = other.end
            other = None
        elif digits and (dashed or word in ("-to-", "to")) and _score(text, side, other):
            return None, {"end": other.end}  # "the score was 3-2", "won 4-1": skip both numbers
        moved = change is not None or _by_before(text, cstart)
        if (
            other is not None
            and other.value is not None
            and (digits or not dashed)
            and not (moved and not dashed and between is None and _two_amounts(side, other))
            and _range_ok(text, side, other, word, marker)
        ):
            if _shares_scale(side, other):  # "5 to 6 million"; not "$750,000 to $1 million"
                side.value *= other.scale
            low, high = sorted((side.value, other.value))
            extra.update(low=low, high=high, end=other.end, marker=marker)
            side.unit = other.unit or side.unit
            side.scale = side.scale or other.scale
            if side.unit is None and low % 1 == 0 and low < high < 120 and _AGES_S.match(text, other.end):
                side.unit, extra["end"] = "year", other.end + 1  # "the 18-24s", "16-24s"
    post = _POSTFIX.match(text, extra["end"])
    if post and post.group("q").isupper():
        post = None  # "45 TOPS", "2 PLUS": a unit or a name in capitals, not "tops" or "plus"
    elif post and post.group("q")[0] == "," and not _CLAUSE_END.match(text, post.end()):
        post = None  # "$90, tops." bounds; "scored 12, at least five of them headers" does not
    elif post and _PREPOSITION_END.search(post.group("q")) and _NOUN_PHRASE_NEXT.match(text, post.end()):
        post = None  # "aged 65 and over" bounds; "won 3 and over the season" does not
    elif post and post.group("q").lower() == "plus" and text.startswith(" or minus", post.end()):
        post = None  # "5 plus or minus 2 volts": a tolerance follows, no bound
    elif post and post.group("q").lower().startswith("or ") and text.startswith(" than", post.end()):
        post = None  # "5 or longer than 6 hours": a comparison follows, no bound on the 5
    elif post and post.group("q").lower() in _CLAUSE_POSTFIXES and not _CLAUSE_END.match(text, post.end()):
        post = None  # "57 and counting." bounds; "he is 90 and counting down the days" does not
    if post and not (post.group("q") == "plus" and not text[extra["end"]].isspace()):
        extra["postfix"] = post
        extra["end"] = post.end()
    elif post is None and extra["low"] is None and (post := _postfix_after_noun(text, extra["end"])):
        extra["postfix"], extra["noun_end"], extra["end"] = post, extra["end"], post.end()
    return side, extra


def _age_group(text: str, m: re.Match) -> tuple[_Side, dict] | None:
    """ "the over-65s", "under-18s": people older or younger than an age, a bound in years."""
    g = _AGE_GROUP.search(text, max(0, m.start() - 6), m.end() + 2)
    if g is None or g.start("n") != m.start():
        return None
    spaced = text[g.start("n") - 1] == " "
    if spaced and not _SPACED_GROUP_BEFORE.search(text, max(0, g.start() - 12), g.start()):
        return None  # "ran under 10s", "the lap took over 20s": seconds, not an age group
    side = _Side(g.start(), g.end(), parse_digits(g.group("n")), "num", unit="year")
    return side, {"low": None, "high": None, "end": g.end(), "sign": None, "change": None, "group": g}


def _youth_team(text: str, group: re.Match) -> bool:
    """ "England's under-21s", "the Under-21s", "the under-19s squad": an age group that names a team;
    not "the over-65s were hit hardest" nor "Under-18s go free" at a sentence start."""
    if _POSSESSIVE_END.search(text, max(0, group.start() - 3), group.start()):
        return True
    before = text[max(0, group.start() - 8) : group.start()].rstrip(" \"“‘'(")
    if group.group("q")[0].isupper() and before and before[-1] not in ".!?:\n":
        return True
    return _AGE_TEAM_AFTER.match(text, group.end()) is not None


def _isotope(text: str, start: int, end: int) -> bool:
    """ "13C/12C", "14C dates", "[11C]raclopride", "δ13C": a mass number glued to an element symbol,
    an isotope where isotope words follow or precede; "a high of 14C" stays a temperature."""
    mass, element = text[start : end - 1], text[end - 1 : end]
    if not mass.isdigit() or int(mass) not in _ISOTOPE_MASSES.get(element, ()):
        return False
    return bool(_ISOTOPE_AFTER.match(text, end) or _ISOTOPE_BEFORE.search(text, max(0, start - 14), start))


def _negated(ctx: _Context, qualifier_at: int) -> bool:
    """ "did not cost more than $5m", "never spoke for longer than 30 minutes": a negation on the verb
    that governs the bound, at most four words before it, with no punctuation, conjunction or "only"
    between; not "did not say more than 5 people came" (another clause) nor "not only more than 500"."""
    tok = ctx.token_at(qualifier_at)
    prev = ctx.token_before(qualifier_at)
    for _ in range(5):
        if tok is None or prev is None or prev.is_punct or prev.lower_ in _NEGATION_BREAKERS:
            return False
        if prev.lower_ in _NEGATIONS and prev.dep_ == "neg":
            break
        prev = prev.nbor(-1) if prev.i > 0 else None
    else:
        return False
    node = tok
    for _ in range(6):  # up from the bound to the negated verb, within one clause
        if node == prev.head:
            return True
        if node.dep_ in _CLAUSE_DEPS or node.head == node:
            return False
        node = node.head
    return False


def _body_moved(ctx: _Context, verb_at: int, word: str) -> bool:
    """ "she jumped 2.1 metres", "he fell 30 feet": a person moving, not a level changing."""
    verb = ctx.token_at(verb_at)
    if word not in _MOTION_VERBS or verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in _MOTION_SUBJECTS or subject.ent_type_ == "PERSON")


def _postfix_after_noun(text: str, pos: int) -> re.Match | None:
    """A postfix qualifier a word or two after the amount: "40 people or fewer", "95% effective or
    more", "12 cars, at most."; an "at" phrase (or one after a comma) only where the clause ends (not
    "the 40 people at least had food"), an "or" phrase not before another amount ("or more than 20")."""
    post = _POSTFIX_GAP.match(text, pos)
    if post is None or _CLAUSE_END.match(text, post.end()):
        return post
    if post.group("comma") or not post.group("q").startswith("or ") or _NUMBER_NEXT.match(text, post.end()):
        return None
    return post


def _bowled(text: str, start: int) -> bool:
    """ "took 6 for 42", "figures of 5 for 31": a verb or noun of bowling figures just before."""
    return _BOWLED_BEFORE.search(text, max(0, start - 15), start) is not None


def _odds(text: str, start: int, a: _Side, b: _Side) -> bool:
    """ "odds of 9-4", "at 7-2 odds", "a 10-1 outsider": betting odds, two bare whole numbers."""
    if a.unit or b.unit or a.scale or b.scale or a.currency or b.currency or not b.value or a.value % 1:
        return False
    return bool(_ODDS_AFTER.match(text, b.end) or _ODDS_BEFORE.search(text, max(0, start - 20), start))


def _shares_scale(a: _Side, b: _Side) -> bool:
    """Whether the first number of a range takes the scale of the second: "5 to 6 million"."""
    if not b.scale or a.scale or a.value is None or a.value >= b.value:
        return False
    return a.value * b.scale <= b.value * 10


def _decade(text: str, side: _Side) -> tuple[float, float, str, int] | None:
    """ "highs in the 90s", "lows in the upper 60s", "into the mid-30s" after a word of temperature:
    the lowest and highest degree of the band (not "the 1990s", "music of the 80s"); "in his 40s",
    "in their late 20s": the band of ages, in years; "in the low 20s percent": a band of percentages.
    Lowest, highest, unit and where the band ends."""
    raw = text[side.start : side.end]
    if text[side.end : side.end + 1] != "s" or text[side.end + 1 : side.end + 2].isalnum():
        return None
    if not (len(raw) in (2, 3) and raw.endswith("0") and raw.isdigit() and side.value < 200):
        return None
    age = _AGE_DECADE.search(text, max(0, side.start - 16), side.start)
    the = age or _DECADE.search(text, max(0, side.start - 12), side.start)
    percent = _PERCENT_AFTER.match(text, side.end + 1) if the and not age else None
    if the is None or (
        not age
        and not percent
        and _DECADE_CONTEXT.search(text, max(0, the.start() - 60), the.start()) is None
    ):
        return None
    low, high = _DECADE_MOD_OF.get((the.group("mod") or "").lower(), (0, 9))
    unit, end = ("percent", percent.end()) if percent else ("year" if age else "°", side.end + 1)
    return side.value + low, side.value + high, unit, end


def _decade_before(text: str, start: int) -> bool:
    """ "the mid-", "her late-": a decade band may follow the hyphen."""
    before = max(0, start - 16)
    return bool(_DECADE.search(text, before, start) or _AGE_DECADE.search(text, before, start))


def _level_bound(qualifier: str, change: re.Match) -> bool:
    """ "the index fell below 7,000", "Brent rose above $90": a bound in the direction of the move
    gives the level crossed, where "rose under 4%" is a rise of less than 4%."""
    word = change.group("w").lower()
    return _LEVEL_BOUND[_direction(word)].search(qualifier) is not None


def _direction(word: str) -> str:
    """ "up" or "down": the direction of a change word written before the amount."""
    return _CHANGE_OF.get(word) or _CHANGE_BY_OF.get(word) or _CHANGE_AFTER_OF[word]


def _span_over(text: str, qm: re.Match, side: _Side) -> bool:
    """ "invest £5bn over five years", "11 strikeouts over seven innings": "over" after an amount and
    before a stretch of time or play spreads the amount across it; it bounds nothing."""
    if _OVER.fullmatch(qm.group()) is None:
        return False
    period = side.unit in _TIME_UNITS or (side.unit is None and bool(_SPAN_PERIOD.match(text, side.end)))
    return period and _AMOUNT_BEFORE.search(text, max(0, qm.start() - 40), qm.start()) is not None


def _over_particle(text: str, qm: re.Match, side: _Side) -> bool:
    """ "rebels took over 12 towns", "handed over 40 documents": "over" is the particle of a phrasal
    verb (the parse tags it too unreliably to use); not before a time or a share, where "took over
    three hours" and "took over 60% of the vote" bound the amount."""
    if _OVER.fullmatch(qm.group()) is None or side.unit in _TIME_UNITS or side.unit in _PERCENT_UNITS:
        return False
    return _OVER_PARTICLE.search(text, max(0, qm.start() - 10), qm.start()) is not None


def _compound(text: str, side: _Side) -> None:
    """ "5ft 11in", "6 feet, 2 inches", "4 hours and 20 minutes", "2 hr 3 min 12 sec", 6'3": one
    measure in the larger unit."""
    marks = _PRIME_INCHES.match(text, side.end) if side.kind == "num" and side.unit is None else None
    if marks and side.value < 10 and int(marks.group("i")) < 12:
        side.value, side.unit, side.end = side.value + int(marks.group("i")) / 12, "ft", marks.end()
        return
    inches = _UNWRITTEN_INCHES.match(text, side.end) if side.unit == "ft" else None
    if inches and side.value < 10:
        i = inches.group("i")
        side.value += (int(i) if i.isdigit() else WORDS[i.lower()]) / 12
        side.end = inches.end()
        return
    unit, per = side.unit, 1.0
    while small := _COMPOUND_OF.get(unit):
        gap = _COMPOUND_GAP.match(text, side.end)
        if gap is None or not text[gap.end() : gap.end() + 1].isdigit():
            return
        other = _parse_side(text, gap.end())
        if other is None or other.unit != small[0] or not 0 <= (other.value or -1) < small[1]:
            return
        per *= small[1]
        side.value += other.value / per
        side.end, unit = other.end, other.unit


def _ratio(text: str, side: _Side) -> None:
    """ "1 in 5", "nine in 10 adults", "7 out of 10", "eight of 10 voters", "one in a million", "a
    1-in-100-year flood": a share, N/M as a fraction; not "3 in 2019" or "2 in 10 minutes"."""
    if side.kind not in ("num", "words") or side.unit or side.scale or side.value < 1 or side.value % 1:
        return
    sep = _RATIO_SEP.match(text, side.end)
    if sep is None:
        return
    other = _parse_side(text, sep.end()) if not sep.group("h") else _bare_side(text, sep.end())
    if other is None or other.value is None or other.unit or other.currency or other.value <= side.value:
        return
    if sep.group("of") and (other.value not in _RATIO_OF_BASES or side.value == 1):
        return  # "one of 10 children", "three of 12 jurors"
    raw = text[sep.end() : other.end]
    if text[other.end : other.end + 1].isalnum() or (raw.isdigit() and 1800 <= other.value <= 2100):
        return  # "1 in 10th place", "3 in 2019"
    side.value /= other.value
    side.unit, side.end = "fraction", other.end


def _bare_side(text: str, pos: int) -> _Side | None:
    """The bare number at ``pos``, nothing grown onto it: the "100" of "1-in-100-year"."""
    m = _CORE.match(text, pos)
    if m is None or m.lastgroup not in ("num", "words"):
        return None
    value = parse_digits(m.group()) if m.lastgroup == "num" else parse_words(m.group())
    return _Side(m.start(), m.end(), value, m.lastgroup)


def _stat_place(text: str, start: int, value: float) -> bool:
    """Where a number may be a statistic named by an abbreviation: "(2.3 WAR)", "(8 HR, 41 RBI)",
    and a decimal after a common word, "posted a 3.1 WAR season" (not "Bluetooth 5.3 LE")."""
    if start and text[start - 1] == "(":
        return True
    if text[start - 2 : start] == ", " and text.rfind("(", max(0, start - 40), start) > text.rfind(
        ")", max(0, start - 40), start
    ):
        return True
    return value % 1 > 0 and _WORD_BEFORE.search(text, max(0, start - 20), start) is not None


def _two_amounts(a: _Side, b: _Side) -> bool:
    """After "rose" or "by": "$12bn to $310bn", "4.5% to 212p", "12 to 7,420", "1,200 to 8,800" are a
    change and a level; "5 to 10 percent" (the unit shared, the ends alike) is a range of change."""
    complete = a.unit is not None or a.currency is not None or a.scale is not None
    if complete or a.value is None or b.value is None:
        return complete
    bare = b.unit is None and b.currency is None and b.scale is None  # no unit to share: "by 2 to 3"
    return abs(b.value) > (3 if bare else 10) * abs(a.value)


def _score(text: str, a: _Side, b: _Side) -> bool:
    """ "3-2", "won 4-1", "tied at 89-89", "voted 7 to 2": two bare whole numbers after a score word
    or (dashed) winner first;
    "a 9-to-5 job", "a 3-to-1 margin", "a 5-to-4 ruling": a ratio or a vote, larger first."""
    raw = text[a.start : b.end]
    if (
        a.unit
        or b.unit
        or a.scale
        or b.scale
        or a.currency
        or b.currency
        or not re.fullmatch(r"\d+(?:[-–—]|-to-|[ ]to[ ])\d+", raw)
    ):
        return False
    if "-to-" in raw:
        return a.value >= b.value
    if " to " in raw:  # "the vote was 7 to 2", "won 21 to 14", "a 2 to 1 margin"; not "rose 12 to 7,420"
        split = _SPLIT_AFTER.match(text, b.end) is not None
        return a.value > b.value and (
            split or _SCORE_BEFORE.search(text, max(0, a.start - 25), a.start) is not None
        )
    if _plural_next(text, b.end):
        return False  # "5-6 people"
    if a.value <= 10 < b.value and _bowled(text, a.start):
        return True  # "returned figures of 5-31": bowling figures
    return a.value >= b.value or _SCORE_BEFORE.search(text, max(0, a.start - 25), a.start) is not None


def _range_ok(text: str, a: _Side, b: _Side, word: str, marker: re.Match | None) -> bool:
    """Whether "A word B" is one range rather than two numbers or a date span."""
    a_year = a.kind == "num" and not a.unit and 1800 <= a.value <= 2100 and text[a.start : a.end].isdigit()
    if a_year and (b.value < a.value or (b.value > 2100 and word == "to" and marker is None)):
        return False  # "in 2008 to 29 mpg", "in 2019 to 2.1 million"
    lead = marker.group().split()[0].lower() if marker else None  # "between the ages of" leads with "between"
    below_zero = a.value < 0 and b.value < 0  # "-5C to -10C": colder and colder
    if word == "to" and a.value > b.value and lead != "from" and not below_zero:
        return False  # "beat him by 46 percent to 42 percent", "4 to 1"
    if word == "and" and lead != "between":
        return False
    if word == "up to" and lead != "from":
        return False  # "from 450 sq ft up to 900 sq ft"; not "rose 5% up to 6%"
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.unit and not b.unit and not a.currency and not a.unit_before:
        return False
    if a.currency and not b.currency and word != "-":
        return False
    return not re.match(r"-\d", text[b.end : b.end + 2])  # phone numbers "123-45-67"


def find_quantities(doc: Doc) -> list[QuantityMatch]:
    """Every numeric expression in ``doc`` that is a claim (not a date, time, ordinal or identifier)."""
    text = doc_text(doc)
    out: list[QuantityMatch] = []
    bare: list[bool] = []
    ctx = _Context(doc)
    phones = [(p.start(), p.end()) for rx in (_PHONE, _CITATION) for p in rx.finditer(text)]
    pos = 0
    while True:
        m = _CORE.search(text, pos)
        if m is None:
            break
        built = _build(text, m)
        if built is None or built[0] is None:
            pos = built[1]["end"] if built else m.end()
            continue
        side, extra = built
        in_phone = any(a <= side.start < b for a, b in phones)
        q = None if in_phone else _finish(text, side, extra, ctx)
        pos = max(extra["end"], m.end())
        if q is not None:
            out.append(q)
            bare.append(side.unit is None and side.scale is None and side.kind in ("num", "words"))
    return _carry(text, _hanging(text, _drop_bare_runs(text, out, bare)))


def _drop_bare_runs(text: str, out: list[QuantityMatch], bare: list[bool]) -> list[QuantityMatch]:
    """Bare numbers that count nothing: a line of numbers ("1 2 3", "2.71828 -17"), a list of three
    or more with no noun ("codes 12, 44, 57 and 91")."""
    drop: set[int] = set()
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and bare[j + 1] and bare[i] and out[j + 1].qualifier == "=":
            gap = text[out[j].end : out[j + 1].start]
            if not (_SPACES.fullmatch(gap) or _LIST_GAP.fullmatch(gap)):
                break
            j += 1
        run = range(i, j + 1)
        spaced = j > i and all(_SPACES.fullmatch(text[out[k].end : out[k + 1].start]) for k in range(i, j))
        noun_after = j + 1 < len(out) and _LIST_GAP.fullmatch(text[out[j].end : out[j + 1].start])
        if spaced or (j - i >= 2 and out[j].subject is None and not noun_after):
            drop.update(run)
        elif bare[i]:
            a, b = text.rfind("\n", 0, out[i].start) + 1, text.find("\n", out[i].end)
            line = text[a : b if b >= 0 else len(text)]
            if not any(c.isalpha() for c in line):
                drop.add(i)
        i = j + 1
    return [q for k, q in enumerate(out) if k not in drop]


def _hanging(text: str, out: list[QuantityMatch]) -> list[QuantityMatch]:
    """A number left hanging on a hyphen shares the compound after it: "18- to 24-year-olds" is one
    range of years, "30- and 60-day passes" two spans in days, "four-, five- and six-cylinder" three."""
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        gap = _HANGING_GAP.fullmatch(text, a.end, b.start)
        if gap is None or a.unit is not None or a.value is None or b.value is None:
            continue
        if "-" not in text[b.start : b.end + 1]:
            continue
        shared = {"unit": b.unit, "subject": b.subject, "subject_start": b.subject_start}
        shared["subject_end"] = b.subject_end
        if gap.group().endswith(" to ") and a.value < b.value:
            out[k : k + 2] = [replace(b, start=a.start, value=None, low=a.value, high=b.value)]
        else:
            out[k] = replace(a, **shared)
    return out


def _carry(text: str, out: list[QuantityMatch]) -> list[QuantityMatch]:
    """A conversion repeats the bound and direction of what it converts: "more than 50 miles
    (80 km)" makes both ">", "lost 162 points, or 2.1%" both "down"; a list of movers shares its
    one verb: "Apple rose 2.1%, Microsoft 1.4% and Tesla 3.3%", "Santander 1.1%, BBVA 0.9% higher"."""
    for k in range(1, len(out)):
        prev, q = out[k - 1], out[k]
        gap = text[prev.end : q.start]
        paren = _CARRY_QUALIFIER.fullmatch(gap) and (
            gap.strip() == "(" or "(" in text[prev.start - 2 : prev.start]
        )
        bound = prev.qualifier not in (
            "=",
            "~",
        )  # a bound carries; "about" does not (the conversion is rounded)
        if paren and bound and q.qualifier == "=" and q.qualifier_text is None and q.value is not None:
            bounds = {"low": q.value} if prev.qualifier in (">", ">=") else {}
            bounds = {"high": q.value} if prev.qualifier in ("<", "<=") else bounds
            q = replace(q, qualifier=prev.qualifier, **bounds)
        if (
            prev.change
            and q.change is None
            and (paren or _CARRY_CHANGE.fullmatch(gap) or _listed(text, prev, q))
        ):
            q = replace(q, change=prev.change)  # "Apple rose 2.1%, Microsoft 1.4% and Tesla 3.3%"
        out[k] = q
    for k in range(len(out) - 1, 0, -1):  # "Santander 1.1%, BBVA 0.9% higher"
        prev, q = out[k - 1], out[k]
        if q.change and prev.change is None and _listed(text, prev, q):
            out[k - 1] = prev = replace(prev, change=q.change)
        if _shares_unit(text, prev, q):  # "doses of 5, 10 and 20 mg": each in mg, of the same thing
            out[k - 1] = replace(
                prev, unit=q.unit, subject=q.subject, subject_start=q.subject_start, subject_end=q.subject_end
            )
    return out


def _shares_unit(text: str, a: QuantityMatch, b: QuantityMatch) -> bool:
    """A bare number listed before a number whose unit is written after it takes that unit:
    "4.5, 6 and 13 kg", "rates of 5, 10 and 15%"; not "3 children and 5 km".  The parse often
    gives such a number the rest of the list as its subject ("5" of "5, 10 and 15% apply")."""
    own_subject = a.subject is not None and not (a.subject_start or 0) <= b.start < (a.subject_end or 0)
    return (
        a.unit is None
        and a.value is not None
        and not own_subject
        and b.unit is not None
        and text[b.start].isdigit()
        and _LIST_GAP.fullmatch(text, a.end, b.start) is not None
    )


def _listed(text: str, a: QuantityMatch, b: QuantityMatch) -> bool:
    """Two moves of one kind in a list of names: "2.1%, Microsoft 1.4%", "1%, the DAX 0.5%"."""
    return (
        a.unit == b.unit and a.unit in _MOVE_UNITS and _LIST_MOVE.fullmatch(text, a.end, b.start) is not None
    )


class _Context:
    """Lazy token lookups by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = self.doc.to_array(IDX).tolist()
        return self._starts

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def token_from(self, char: int) -> Token | None:
        """The first token starting at or after ``char``."""
        i = bisect_left(self.starts, char)
        return self.doc[i] if i < len(self.doc) else None

    def token_before(self, char: int) -> Token | None:
        i = bisect_left(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def date_entity(self, char: int) -> bool:
        """Whether ``char`` lies in a DATE/TIME entity that names a date ("July 1, 2024", "the 1990s");
        not a count the tagger glued to the date's end ("In 2019 45 people died", "in March 300
        workers"), though a day after its month stays a date ("On June 12 protesters gathered")."""
        tok = self.token_at(char)
        if tok is None or tok.ent_type_ not in ("DATE", "TIME"):
            return False
        ent = entity_at(tok)
        if _DATE_ENT.search(ent.text) is None:
            return False
        doc = tok.doc
        glued_count = tok.i == ent.end - 1 > ent.start and tok.like_num and not _DATE_ENT.search(tok.text)
        if glued_count and ent.end < len(doc) and doc[ent.end].tag_ in ("NNS", "NNPS"):
            day = _MONTH_WORD.fullmatch(doc[tok.i - 1].text) and tok.text.isdigit() and int(tok.text) <= 31
            return bool(day)
        return True


def _finish(text: str, side: _Side, extra: dict, ctx: _Context) -> QuantityMatch | None:
    """Filter a bare number by its context, then attach qualifier, bounds and subject."""
    start, end = side.start, extra["end"]
    low, high = extra["low"], extra["high"]
    is_range = low is not None
    bare = side.unit is None and side.scale is None and side.kind in ("num", "words")
    label = _ID_LABEL.search(text, max(0, start - 40), start) if side.kind == "num" else None
    named = label and label.group("label").lower() in _NAMED_BY_VERB
    if label and label.group("verb") and (not named or text.endswith(_MEASURE_BEFORE, 0, label.start())):
        label = None  # "the level was 0.12", "the number was 1,200" measure; "his number was 77812" names
    if label and any(c.isdigit() for c in label.group()) and _plural_next(text, side.end):
        label = None  # "shown in Fig. 10, 350 electrons were": a count after the figure's number
    strong = label and label.group("label").lower() in _STRONG_LABELS and side.unit not in _PERCENT_UNITS
    if label and _counted_not_named(text, label, side):
        label = None  # "the crowd numbered 4,000"; not "a case, numbered 4"
    if label and (bare or strong):  # but "S&P 0.7%" is no page
        return None  # "Fig. 3", "Table 2", "No. 10", "#1", and "phase 3" for bare numbers
    if bare and _not_a_claim(text, side, ctx, low, high, end):
        return None
    base = side.scale == 1000 and side.unit is None and not is_range
    if base and _PER_BEFORE.search(text, max(0, start - 4), start) and side.value in (1e3, 1e4, 1e5, 1e6):
        return None  # "8 deaths per 100k": the base of a rate, as in "per 100,000"
    if _TENOR_TERM.search(text, start, side.end) and not is_range and _TENOR.match(text, side.end):
        return None  # "the 10-year Treasury yield", "a 15-year mortgage": a product, not a span of time
    deep = side.unit == "year" and max(side.value or 0, high or 0) >= _DEEP_TIME_YEARS
    if side.unit in _TIME_UNITS and _time_reference(text, start, end, side.unit in _LONG_TIME_UNITS, deep):
        return None  # "in the past two months", "Twenty years after the fall": when, not how many
    small = side.kind == "words" and side.value < 100 and not is_range
    if small and (bare or side.unit in _TIME_UNITS) and _descriptor(text, side, bare):
        return None  # "a five-year deal", "a three-bed flat": a kind of thing, not an amount
    # qualifier (and range marker) before the number
    qualifier, qualifier_text = "=", None
    qm = _QUALIFIER.search(text, max(0, start - 30), start)
    if qm and (_span_over(text, qm, side) or _over_particle(text, qm, side)):
        qm = None
    particle = qm is not None and _UP_PARTICLE.search(text, max(0, qm.start() - 20), qm.start())
    if particle and qm.group().strip().lower() == "up to":
        qm = None  # "ticked up to 4.1%": the level reached, not a bound
    if qm is None and _SUMMIT.fullmatch(text, side.start, side.end):
        return None  # "COP28 in Dubai": a summit, not pesos
    mark = None
    if qm is None and not is_range and _MARK_AFTER.match(text, side.end):
        mark = _MARK_BEFORE.search(text, max(0, start - 40), start)  # "crossed the 60,000 mark"
    past = _MOVED_PAST.search(text, max(0, start - 40), start) if qm is None and mark is None else None
    if past and _direction(past.group("w").lower()) in _MOVED_PAST_OF:  # not "the yen weakened past 150"
        qualifier_text, qualifier = past.group("q"), _MOVED_PAST_OF[_direction(past.group("w").lower())]
    if qm or mark:
        qualifier_text = mark.group("q") if mark else qm.group().strip()
        qualifier = _QUALIFIER_OF.get(qualifier_text.lower(), ">")  # a passing verb: "breached the"
        # not durations: "hasn't rained in more than 40 days" stays above 40
        negatable = qualifier in _NEGATED_QUALIFIER and side.unit not in _TIME_UNITS
        if negatable and _negated(ctx, (qm or mark).start()):
            qualifier = _NEGATED_QUALIFIER[qualifier]  # "did not cost more than $5m": at most $5m
        start = qm.start() if qm else start
    marker = extra.get("marker")
    if is_range and marker is not None and marker.start() < start:
        qualifier_text = qualifier_text or marker.group().strip()
        start = marker.start()
    if (group := extra.get("group")) is not None:  # "the over-65s"
        qualifier_text = group.group("q")
        qualifier = _AGE_GROUP_OF[qualifier_text.lower()]
    post = extra.get("postfix")
    if post is not None and not is_range:
        qualifier = _POSTFIX_OF[post.group("q").lower()]
        qualifier_text = post.group("q").lstrip(", ")
    if qualifier in ("~", "=") and qualifier_text == "±":
        qualifier_text = None
    value = None if is_range or side.kind == "vague" else side.value
    if not is_range and value is not None:
        if qualifier in (">", ">="):
            low = value
        elif qualifier in ("<", "<="):
            high = value
    if is_range and qualifier not in ("~", "="):
        qualifier = "="
    if extra.get("approx") and qualifier == "=":
        qualifier = "~"
    if bare and _AGE_WORDS.search(text, max(0, side.start - 16), side.start):
        side.unit = "year"  # "aged 34", "ages 25 to 34"
    subject = _subject(ctx, side.end if not is_range else end, extra.get("noun_end", end))
    change = _change(text, extra, end, ctx, bare, side.unit)
    if deep and _TIME_REF_AFTER_ANY.match(text, end):
        change = None  # "the ice retreated 12,000 years ago": when it moved, not by how much
    return QuantityMatch(
        start=start,
        end=end,
        value=_tidy(value),
        low=_tidy(low),
        high=_tidy(high),
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        unit=side.unit,
        subject=subject[0] if subject else None,
        subject_start=subject[1] if subject else None,
        subject_end=subject[2] if subject else None,
        vague=side.kind == "vague",
        magnitude=side.scale if side.kind == "vague" else None,
        change=change,
    )


def _counted_not_named(text: str, label: re.Match, side: _Side) -> bool:
    """ "numbered" names after a comma or "is/are" ("a case, numbered 4", "rooms are numbered 1 to 20")
    and counts after a noun when the amount is 100 or more ("the crowd numbered 4,000")."""
    if label.group("label").lower() not in _COUNT_OR_LABEL or side.value < 100:
        return False
    return _NAMING_BEFORE.search(text, max(0, label.start() - 8), label.start()) is None


def _one_idiom(text: str, start: int) -> bool:
    """ "at one point", "one hell of a race": a "one" that counts nothing."""
    for at, phrase in _ONE_IDIOMS:
        a = start - at
        if a >= 0 and text[a : a + len(phrase)].lower() == phrase:
            after = text[a + len(phrase) : a + len(phrase) + 1]
            if not after.isalnum() and (a == 0 or not text[a - 1].isalnum()):
                return True
    return False


def _tidy(value: float | None) -> float | None:
    """Drop binary noise from scaling: 4.1 × 1e9 is 4100000000, not 4099999999.9999995."""
    return None if value is None else float(f"{value:.12g}")


def _descriptor(text: str, side: _Side, bare: bool) -> bool:
    """A spelled-out number hyphened to a noun before another noun: "a five-year deal", "a three-bed
    flat", "a two-month contract" (news style spells small numbers: such compounds name a kind of thing);
    not ages ("a five-year-old boy"), "twenty-five people" nor "five years of war"."""
    end = side.end
    if _HANGING_BEFORE.search(text, max(0, side.start - 8), side.start):
        return False  # "four-, five- and six-cylinder engines": amounts set side by side
    if bare:
        noun = _HYPHEN_NOUN.match(text, end)
        if noun is None:
            return False
        end = noun.end()
    else:
        head, _, unit = text[side.start : end].rpartition("-")
        if not head or " " in unit or unit.lower() in WORDS or unit.endswith("old"):
            return False
    return _NOUN_AFTER.match(text, end) is not None


def _time_reference(text: str, start: int, end: int, long: bool, deep: bool) -> bool:
    """ "in the past two months", "the next five years"; with the unit written out also "two weeks
    later", "six months into the war", "in the three months to June", and for years, decades and
    centuries "Twenty years after the fall", "Five years on," (not "2 days after transplantation",
    "55.8 Ma ago", "66 million years ago": measures)."""
    if _TIME_REF_BEFORE.search(text, max(0, start - 25), start) is not None:
        return True
    if deep or _UNIT_WORD.search(text, max(0, end - 9), end) is None:
        return False  # "55.8 Ma ago", "24 h later", "12,000 years ago": a measure, an age
    return bool(_TIME_REF_AFTER_ANY.match(text, end) or (long and _TIME_REF_AFTER.match(text, end)))


def _change(text: str, extra: dict, end: int, ctx: _Context, bare: bool, unit: str | None) -> str | None:
    """ "rose 4.5%", "fell by 12 points", "up 3%", "a 5% drop", "-0.8%": the size of a rise or fall."""
    before = extra.get("change")
    passive = before is not None and before.re is _CHANGE_BY.forward and before.end("w") + 4 == before.end()
    if bare and (passive or (before is not None and before.re is _CHANGE_NOUN_IN.forward)):
        before = None  # "was raised by two aunts": a passive agent; "a rise in the number of 40 cases"
    if before is not None and (_TALLY.match(text, end) or (unit in _TIME_UNITS and _STREAK.match(text, end))):
        before = None  # "lost 3 games in a row", "fell 10 months in a row": results and streaks, no move
    if before is not None:
        word = before.group("w").lower()
        tok = ctx.token_at(before.start("w")) if word in ("up", "down") else None
        # "recovered 5%", not "recovered 300 guns" nor "recovered 80% of her sight"
        moves = word not in _MOVES_ONLY or (unit in _MOVE_UNITS and not _OF_NEXT.match(text, end))
        if moves and (tok is None or tok.dep_ != "prt"):  # not "made up 40%"
            if unit in _LENGTH_UNITS and _body_moved(ctx, before.start("w"), word):
                return None  # "she jumped 2.1 metres": a body moved, no level changed
            return _direction(word)
    after = None if bare else _CHANGE_AFTER.match(text, end)
    word = after.group("w").lower() if after else None
    if word and (word not in _LEVEL_WORDS or unit in _MOVE_UNITS):  # "8% higher", not "734 feet down"
        return _CHANGE_AFTER_OF[word]
    if extra.get("sign") in _ARROW_OF:  # "▲0.8%", "Sensex ▼ 520"
        return _ARROW_OF[extra["sign"]]
    if extra.get("sign") and unit in _MOVE_UNITS:
        return "up" if extra["sign"] == "+" else "down"
    return None


def _not_a_claim(
    text: str, side: _Side, ctx: _Context, low: float | None, high: float | None, stop: int
) -> bool:
    """Dates, times, identifiers, citations and pronoun "one" among bare numbers ending at ``stop``."""
    start, end = side.start, side.end
    is_range = low is not None and high is not None
    value = side.value
    raw = text[start:end]
    year_like = side.kind == "num" and raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100
    if is_range and side.kind == "num":
        year_like = year_like or (1800 <= low <= 2100 and 1800 <= high <= 2100 and "," not in raw)
    before = text[max(0, start - 40) : start]
    digits = raw.replace(",", "")
    day_or_year = not digits.isdigit() or value <= 31 or len(raw) == 4  # not "in March 300 workers"
    if (_MONTH_BEFORE.search(before) and day_or_year) or _MONTH_AFTER.match(text, end):
        return True
    if _TIME_AFTER.match(text, end):
        return True
    if _ERA.match(text, end) or _ERA_BEFORE.search(before):
        return True
    if _RANK_BEFORE.search(text, max(0, start - 8), start):
        return True  # "a top-four finish", "the Top 40": a set named by its size
    if value < 13 and _CLOCK_AT.search(before):
        return True  # "the show airs at nine", "kicks off at 7.30": a time of day
    if _PER_BEFORE.search(before) and raw.replace(",", "").rstrip("0") == "1" and value >= 10:
        return True  # "12.4 cases per 100,000": the base of a rate, not an amount
    if start and text[start - 1] in "[({" and text[end : end + 1] in ("]", ")", "}") and raw.isdigit():
        return True  # citations "[26]", "(27)"
    if _bracket_refs(text, start, stop):
        return True  # "[2–5]", "[15, 16]": reference numbers in square brackets
    line_start = not text[text.rfind("\n", 0, start) + 1 : start].strip()
    if raw.isdigit() and line_start and _ENUMERATOR.match(text, end):
        return True  # "1. Preheat the oven", "2) Add the flour": a list item's number
    if side.kind == "num" and len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
        return True  # "001", "040301": codes
    if re.match(r"-[A-Z]|\([a-z]\)", text[end : end + 3]):
        return True  # "1-D", "7-Eleven", "401(k)"
    if side.kind == "num" and len(raw) >= 8 and raw.isdigit():
        return True  # "1474387200": timestamps, ids
    if value < 120 and _AGE_BEFORE.search(before) and text[end : end + 1] in (",", "―", "—"):
        return True  # "Senard, 65, now faces"
    tok = ctx.token_at(start)
    nxt = ctx.token_from(end)
    prev = ctx.token_before(start)
    if side.kind == "num" and _dialled(text, raw, before, end, nxt):
        return True
    if year_like:
        counted = nxt is not None and nxt.tag_ == "NNS" and nxt.idx <= end + 1
        if not counted or (prev is not None and prev.lower_ in _YEAR_WORDS):
            return True
    if ctx.date_entity(start):
        return True
    if side.kind == "words" and raw.lower() == "zero" and _zero_name(text, start, end):
        return True  # "net zero by 2050", "a zero-tolerance policy"
    if side.kind == "words" and 1 < value < 20 and not is_range and _pronoun(text, end, tok, prev, nxt):
        return True  # "the two met", "between the two", "all three were held"
    if side.kind == "words" and value == 1 and raw.lower() == "one":
        if text.startswith(" of ", end) or text.startswith(" another", end) or _one_idiom(text, start):
            return True
        if prev is not None and prev.lower_ in _NO_ONE_BEFORE:
            return True
        if nxt is None or nxt.pos_ not in ("NOUN", "ADJ") or tok is None or tok.tag_ != "CD":
            return True
    if re.match(r"['’]s\b", text[end : end + 3]):
        return True  # "the 90’s"
    if (
        len(raw) == 2
        and raw.isdigit()
        and start
        and text[start - 1] in "'’"
        and text[start - 2 : start - 1] in " ("
        and not (nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "NUM") and nxt.idx <= end + 1)
    ):
        return True  # "born in '62", "the class of ’09"; not "'42 people were hurt,' she said"
    if _qualified(text, start):
        return False  # "At Least 12 Dead In Crash", "More Than A Dozen Hurt": an amount in a headline
    if side.kind == "words" and raw[:1].isupper():  # "Ground Zero", "Zero Hedge", "Air Force One"
        return _in_name(text, start, side.end, prev, nxt) or _NAME_OF.search(before) is not None
    if is_range and (low % 1 or high % 1):
        return False  # "CI 1.92–2.65": a range of decimals names no model
    if side.kind == "num" and raw.isdigit() and value in _MODEL_NUMBERS and not is_range and _jet(prev, nxt):
        return True  # "the 747 carried 416 passengers", "a 787 Dreamliner": a jet, not an amount
    if side.kind == "num" and raw.isdigit() and _model_after_count(stop, prev, ctx.token_from(stop)):
        return True  # "two new 737 Max jets", "five 787 Dreamliners": the model counted
    # "Boeing 737", "iPhone 11 Pro", "FTSE 100"
    return side.kind == "num" and "," not in raw and _in_name(text, start, stop, prev, ctx.token_from(stop))


def _qualified(text: str, start: int) -> bool:
    """A bound or approximation written before the number ("Some 300 Flee As Floods Hit"): an amount,
    not part of a name, even among capitalised words; "Under 21 World Cup" may still name a team."""
    qm = _QUALIFIER.search(text, max(0, start - 30), start)
    return qm is not None and qm.group().strip().lower() not in _AGE_GROUP_OF


def _bracket_refs(text: str, start: int, stop: int) -> bool:
    """Whether ``start``..``stop`` lies in a bracketed list of reference numbers: "[2–5]", "[15, 16]"."""
    open_at = text.rfind("[", max(0, start - 24), start + 1)
    if open_at < 0:
        return False
    cite = _BRACKET_REFS.match(text, open_at)
    return cite is not None and cite.end() >= stop


def _jet(prev: Token | None, nxt: Token | None) -> bool:
    """ "the 747 carried", "a 787 Dreamliner": a jet's number after a determiner or before a name;
    not "747 passengers", a count."""
    if nxt is None or nxt.tag_ in ("NNS", "NNPS"):
        return False
    return nxt.tag_ == "NNP" or (prev is not None and prev.tag_ in ("DT", "PRP$"))


def _model_after_count(end: int, prev: Token | None, nxt: Token | None) -> bool:
    """ "two new 737 Max jets", "four 737-9 jets", "five 787 Dreamliners": a bare number right after
    a spelled-out count (perhaps across one adjective) and glued to a noun names the model counted;
    after digits it may be a thousands group ("12 500 people")."""
    if nxt is None or nxt.idx != end + 1 or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    if prev is not None and prev.pos_ == "ADJ" and prev.i > 0:
        prev = prev.doc[prev.i - 1]
    return prev is not None and prev.tag_ == "CD" and prev.text.isalpha()


def _zero_name(text: str, start: int, end: int) -> bool:
    """ "net zero", "zero tolerance", "patient zero": a goal, a policy or a name, not an amount."""
    return bool(_ZERO_BEFORE.search(text, max(0, start - 10), start) or _ZERO_AFTER.match(text, end))


def _pronoun(text: str, end: int, tok: Token | None, prev: Token | None, nxt: Token | None) -> bool:
    """ "the two met", "talks between the two", "all three were held": a spelled-out number after "the"
    or "all" that stands for things named before; not "the two remaining hostages", "the three of them"."""
    if prev is None or prev.lower_ not in _PRONOUN_BEFORE or text.startswith(" of ", end):
        return False
    if tok is not None and tok.dep_ == "nummod":
        return False
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")


def _dialled(text: str, raw: str, before: str, end: int, nxt: Token | None) -> bool:
    """A number to call: "dial 999", "call 911 now", "a 911 call"; not "called 30 witnesses"."""
    if before.rstrip().rpartition(" ")[2].lower() in _CALL_COUNT:
        return False  # "the centre took 911 calls": a count of calls
    if raw in _EMERGENCY and _EMERGENCY_AFTER.match(text, end):
        return True
    counted = nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and nxt.idx <= end + 1
    return not counted and _DIAL_BEFORE.search(before) is not None


def _in_name(text: str, start: int, end: int, prev: Token | None, nxt: Token | None) -> bool:
    """A bare number glued by one space to a proper name before it or after it."""
    plural_next = (
        nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.text[:1].isupper()
    )  # "Sends 500 Troops"
    glued_prev = prev is not None and prev.idx + len(prev) == start - 1 and _name_word(prev)
    if glued_prev and not plural_next:
        return True
    if nxt is None or nxt.idx != end + 1 or nxt.tag_ != "NNP" or not nxt.text[:1].isupper():
        return False
    if _PLURAL_MODEL.fullmatch(nxt.text):
        return False  # "94 A380s": a count of planes of one model
    k = nxt.i + 1
    while k < len(nxt.doc) and k - nxt.i < 5 and _name_part(nxt.doc[k]):
        k += 1  # "23 Grand Slam titles", "20 Airbus A350-1000 jets", "12 Boeing 787-9 Dreamliners"
    after = nxt.doc[k] if k < len(nxt.doc) else None
    return after is None or after.tag_ not in ("NNS", "NNPS")  # "40 Apple employees" is a count


def _name_word(tok: Token) -> bool:
    """A capitalised word that can name a thing with a number: "Boeing 737", "iOS 17", "SDG 4", and at
    a sentence start "Part 2" (the tagger often calls these common nouns or adjectives); not "Age 40"
    inside a title-case headline."""
    if tok.tag_ in ("NNP", "NNPS"):
        return any(c.isupper() for c in tok.text) and not _MONTH_WORD.fullmatch(tok.text)  # not "March 300"
    return tok.tag_ in ("NN", "JJ") and (any(c.isupper() for c in tok.text[1:]) or tok.is_sent_start)


def _name_part(tok: Token) -> bool:
    """A word, model number or joining hyphen inside a product or proper name."""
    if tok.tag_ in ("HYPH", "SYM") and tok.text == "-":
        return not tok.whitespace_
    return (tok.tag_ == "NNP" and tok.text[:1].isupper()) or (tok.tag_ == "CD" and tok.text.isdigit())


def _subject(ctx: _Context, num_end: int, end: int) -> tuple[str, int, int] | None:
    """What is counted or measured: the object of a following "of", or the noun the number modifies;
    in "411 of 650 seats" and "15-of-22 shots" what the second number counts, in "a family of four
    needs" the group."""
    doc = ctx.doc
    last = ctx.token_at(max(num_end - 1, 0))
    after = ctx.token_from(end)
    if last is None:
        return None
    glued = _GLUED_OF.match(doc_text(doc), end)
    if glued:  # "15-of-22 shots"
        return _subject(ctx, glued.end(), glued.end())
    group = _group_count(doc, last)
    if group is not None:  # "a family of four needs $80,000", "a crew of four will fly"
        return group.text, group.idx, group.idx + len(group)
    if after is not None and after.lower_ == "of" and after.i - last.i <= 2:
        base = _number_after_of(doc, after)
        if base is not None:  # "411 of 650 seats", "213 of the 435 seats", "24 of 31 passes"
            own = _subject(ctx, base.idx + len(base), base.idx + len(base))
            nxt = doc[base.i + 1] if base.i + 1 < len(doc) else None
            if own is None and nxt is not None and nxt.tag_ in ("NN", "NNS", "VBZ") and nxt.is_lower:
                own = nxt.text, nxt.idx, nxt.idx + len(nxt)  # the tagger reads "passes" as a verb
            return own
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.i - after.i > 8:
            return None
        stop = pobj.i + 1
        if pobj.lower_ in _EVERY_PERIOD and pobj.left_edge.i < pobj.i:
            stop = pobj.i  # "2.4mg of semaglutide weekly": how often, not what
        span = doc[pobj.left_edge.i : stop]
        return span.text, span.start_char, span.end_char
    head = last
    seen = 0
    while head.head.i != head.i and head.idx < end and seen < 6:
        head = head.head
        seen += 1
    if head.idx < end or head.pos_ not in ("NOUN", "PROPN") or head.i - last.i > 6:
        return None
    if head.like_num or head.text == "%":
        return None  # not "DAX -1.2" in "FTSE -0.8% DAX -1.2%": a number names nothing measured
    first = last.i + 1
    while first < head.i and (doc[first].idx < end or doc[first].is_punct or doc[first].pos_ == "DET"):
        if doc[first].text in _OPEN_BRACKETS and doc[first].idx >= end:
            return None  # "0.74 (95% CI 0.65-0.85)": an aside, not what 0.74 measures
        first += 1
    span = doc[first : head.i + 1]
    return span.text, span.start_char, span.end_char


def _number_after_of(doc: Doc, of: Token) -> Token | None:
    """The last token of a number right after "of" (past "the" or "his"): "of 650 seats", "of his 15"."""
    j = of.i + 1
    if j < len(doc) and (doc[j].lower_ in ("the", "a") or doc[j].tag_ == "PRP$"):
        j += 1  # "of the 435 seats", "12 of his 15 fights"
    base = None
    while j < len(doc) and (doc[j].tag_ == "CD" or (base is not None and doc[j].lower_ in MULTIPLIERS)):
        base, j = doc[j], j + 1
    return base


def _group_count(doc: Doc, num: Token) -> Token | None:
    """ "a family of four", "a crew of six": the number counts the group's members; the group is the
    subject unless a plural noun that is no verb follows ("a team of six scientists made")."""
    if num.i < 2 or doc[num.i - 1].lower_ != "of" or doc[num.i - 2].lower_ not in _GROUP_NOUNS:
        return None
    nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
    after = doc[num.i + 2] if num.i + 2 < len(doc) else None
    if nxt is not None and nxt.tag_ in ("NNS", "NN") and (after is None or after.tag_ not in _OBJECT_TAGS):
        return None
    return doc[num.i - 2]
