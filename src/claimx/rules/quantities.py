"""Numeric claims: every number a text asserts, with qualifier, range, unit and subject.

One left-to-right regex pass over ``doc.text`` finds number cores (digits, number words,
fractions, vague amounts); each core grows right (scale, unit, range, postfix qualifier) and
left (currency, qualifier, range marker).  Bare numbers are then checked against their context
(dates, times, ordinals, identifiers, URLs) with the spaCy tokens and entities, and the subject
is read off the dependency parse.  Phrase lists live in ``claimx/data/quantities.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

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
    WORDS,
    parse_digits,
    parse_fraction,
    parse_words,
)

_DATA = load("quantities.json")
_KEYS = {"qualifiers", "postfix_qualifiers", "range_markers", "currency_prefixes", "units", "spaced_units"}
_KEYS |= {"id_labels", "id_labels_strong", "months", "year_words", "time_suffixes", "era_words"}
check_keys("quantities.json", _DATA, _KEYS | {"_doc"}, _KEYS)
check_keys("quantities.json", _DATA["qualifiers"], {"=", "~", ">", ">=", "<", "<="})
check_keys("quantities.json", _DATA["postfix_qualifiers"], {"=", "~", ">", ">=", "<", "<="})


def _alt(phrases) -> str:
    """A regex alternation of literal phrases, longest first."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


_QUALIFIER_OF: dict[str, str] = {p.lower(): q for q, ps in _DATA["qualifiers"].items() for p in ps}
_POSTFIX_OF: dict[str, str] = {p.lower(): q for q, ps in _DATA["postfix_qualifiers"].items() for p in ps}
_CURRENCY_OF: dict[str, str] = _DATA["currency_prefixes"]
_UNIT_OF: dict[str, str] = {f: u for u, forms in _DATA["units"].items() for f in forms}
_SPACED_UNITS = frozenset(_DATA["spaced_units"])
_CI_FORMS = [f for f in _UNIT_OF if f.islower() and len(f) >= 4]
_UNIT_OF_CI = {f.lower(): _UNIT_OF[f] for f in _CI_FORMS}
_CS_FORMS = [f for f in _UNIT_OF if f not in _CI_FORMS]
_MONTHS = _alt(_DATA["months"])
_YEAR_WORDS = frozenset(_DATA["year_words"])

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![.,]?\d|[:/]\d)|\.\d+(?![.,]?\d)"
_WORD = _alt(WORDS)
_MULT = _alt(MULTIPLIERS)
_FRAC = _alt(FRACTIONS)
_INITIALS = "".join(sorted({w[0] for w in (*WORDS, *MULTIPLIERS, *FRACTIONS, *VAGUE, "a")}))
_A_MULT = rf"an?[ ](?:{_MULT}|dozen)\b"  # "a million", "a dozen"
_CORE = re.compile(
    rf"(?=[\d.]|\b(?i:[{_INITIALS}]))"  # cheap first-character filter: 2-3x faster scanning
    rf"(?:(?P<frac>(?i:\b(?:(?P<fnum>{_WORD}|an?|\d+)[ -])?(?P<fden>{_FRAC})\b(?![ ]{_A_MULT})))"
    rf"|(?P<vague>(?i:\b(?:{_alt(VAGUE)})\b))"
    rf"|(?P<words>(?i:\b(?:{_WORD}|(?:half[ ])?{_A_MULT})(?:[ -](?:{_WORD}|{_MULT}))*\b))"
    rf"|(?P<num>{_DIGITS}))"
)
_SCALE = re.compile(rf"(?P<sp>[ ]?-?)(?P<w>(?i:{_alt(SCALES)}))\b|(?P<g>{_alt(GLUED_SCALES)}|m)(?![A-Za-z])")
_UNIT_CS = re.compile(rf"(?P<sp>[ ]?-[ ]?|[ ])?(?P<u>{_alt(_CS_FORMS)})(?![A-Za-z0-9])")
_UNIT_CI = re.compile(rf"(?P<sp>[ ]?-[ ]?|[ ])?(?P<u>(?i:{_alt(_CI_FORMS)}))(?![A-Za-z0-9])")
_CURRENCIES = frozenset(_CURRENCY_OF.values())
_RATE = re.compile(r"[ -](?:a|an|per|each)[ -](?:month|year|day|week|hour|annum|person|head|capita)\b")
_TOLERANCE = re.compile(rf"[ ]?±[ ]?(?:{_DIGITS})")
_SCIENTIFIC = re.compile(r"[ ]?×[ ]?10(?P<e>[−-]?\d{1,2})(?!\d)")
_RANGE_SEP = re.compile(r"[ ]?(?:-|–|—)[ ]?|[ ](?:to|and|through)[ ]|-to-")
_POSTFIX = re.compile(rf"(?i:[ ]?(?P<q>{_alt(_POSTFIX_OF)}))(?![A-Za-z0-9])")
_CURRENCY = re.compile(
    rf"(?:(?<![A-Za-z])(?:{_alt(k for k in _CURRENCY_OF if k[0].isalpha())})"
    rf"|(?:{_alt(k for k in _CURRENCY_OF if not k[0].isalpha())}))[ ]?$"
)
_CURRENCY_AT = re.compile(rf"(?P<c>{_alt(_CURRENCY_OF)})[ ]?(?=[\d.])")
_WORD_QUALS = [p for p in _QUALIFIER_OF if p[0].isalpha()]
_SIGN_QUALS = [p for p in _QUALIFIER_OF if not p[0].isalpha()]
_QUALIFIER = re.compile(rf"(?:(?<![A-Za-z])(?i:{_alt(_WORD_QUALS)})[ ]|(?:{_alt(_SIGN_QUALS)})[ ]?)$")
_RANGE_MARKER = re.compile(rf"(?<![A-Za-z])(?i:{_alt(_DATA['range_markers'])})[ ]$")
_ID_LABEL = re.compile(
    rf"(?P<label>(?<![A-Za-z])(?i:{_alt(_DATA['id_labels'] + _DATA['id_labels_strong'])})\.?|#)[ ]?\(?"
    r"(?:\d+[a-z]?(?:,?[ ](?:and|or|&|to)[ ]|[ ]?[,–-][ ]?))*$"
)
_STRONG_LABELS = frozenset(_DATA["id_labels_strong"]) | {f"{w}." for w in _DATA["id_labels_strong"]}
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?,?[ ]?(?:the[ ])?$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?,?[ ](?:of[ ])?(?:{_MONTHS})\b")
_TIME_AFTER = re.compile(rf"[ ]?(?:{_alt(_DATA['time_suffixes'])})(?![A-Za-z])")
_ERA = re.compile(rf"[ ]?(?:{_alt(_DATA['era_words'])})(?![A-Za-z])")
_ERA_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_alt(_DATA['era_words'])})[ ]$")
_DATE_ENT = re.compile(rf"\b(?:{_MONTHS})\b|\b1[89]\d\d\b|\b20\d\d\b|\d0s\b|(?i:day|night|today|yesterday)")
_HALF_BEFORE = re.compile(r"(?i:\b(?:the|first|second|last|other|a|and))[ ]$|-$")
_HALF_AFTER = re.compile(r"[ ](?i:of|the|its|their|his|her|our|all)\b")
_PLURAL_NEXT = re.compile(r"[ ][a-z]+s\b")
_AND_A_HALF = re.compile(r"[ -]and[ -]a[ -]half\b")
_AGE_BEFORE = re.compile(r"\b[A-Z][a-z]+,[ ]$")
_PHONE = re.compile(r"\+\d[\d ()-]{6,}\d|\(\d{3}\)[ ]?\d{3}-\d{4}\b|\b\d{3}[-.]\d{2,4}[-.]\d{2,4}\b")
_OPENERS = set(" \n\t\"'“‘([{<~∼≈±$£€¥₹₽₩—–=>≤≥")
_NO_ONE_BEFORE = frozenset({"no", "the", "this", "that", "any", "every", "each", "which", "another", "other"})


@dataclass(slots=True)
class _Side:
    """One number with what sticks to it: "$1.2bn", "30 per cent", "1,400-kilometer"."""

    start: int
    end: int
    value: float | None
    kind: str  # num, words, frac, vague
    currency: str | None = None
    scale: float | None = None
    unit: str | None = None


def _parse_core(text: str, m: re.Match, currency: str | None = None) -> _Side | None:
    """Value of one core match, grown right by tolerance, scale and unit."""
    kind, found = m.lastgroup, m.group()
    if kind == "vague":
        return _Side(m.start(), m.end(), None, kind, scale=VAGUE[found.lower()])
    if kind == "frac":
        num, den = m.group("fnum"), m.group("fden").lower()
        if not _fraction_ok(text, m, num, den):
            return None
        value = parse_fraction(num, den)
        return _Side(m.start(), m.end(), value, kind, unit="fraction") if value is not None else None
    side = _Side(m.start(), m.end(), None, kind, currency=currency)
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
    half = _AND_A_HALF.match(text, side.end)
    if half:
        side.value += 0.5
        side.end = half.end()
    _grow_right(text, side)
    return side


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
    return low not in ("a", "an") or text.startswith(" of ", m.end())


def _half_ok(text: str, start: int, end: int) -> bool:
    """Bare "half" counts in "half of the", "half the revenue", not in "the second half"."""
    if _HALF_BEFORE.search(text, max(0, start - 12), start) or text.startswith("-", end):
        return False
    return _HALF_AFTER.match(text, end) is not None


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
    if side.kind == "num" and not sci:
        sc = _SCALE.match(text, end)
        million = (  # "12.3m tonnes", "2m people"; but "100m sprint", "5m deep"
            sc
            and sc.group("g") in ("m", "b")
            and (_match_unit(text, sc.end()) or _PLURAL_NEXT.match(text, sc.end()))
            and text.startswith(" ", sc.end())
        )
        if sc and (sc.group("w") or sc.group("g") not in ("m", "b") or side.currency or million):
            word = sc.group("w") or sc.group("g")
            factor = SCALES.get(word.lower()) if sc.group("w") else GLUED_SCALES.get(word, 1e6)
            side.value *= factor
            side.scale = factor
            end = sc.end()
    unit = _match_unit(text, end)
    if unit:
        side.unit, end = unit
    rate = _RATE.match(text, end) if side.currency or side.unit in _CURRENCIES else None
    side.end = rate.end() if rate else end


def _match_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The unit starting at ``pos`` (after an optional space or hyphen) and where it ends."""
    best = None
    for rx, table in ((_UNIT_CS, _UNIT_OF), (_UNIT_CI, _UNIT_OF_CI)):
        m = rx.match(text, pos)
        if not m:
            continue
        form = m.group("u")
        if form in _SPACED_UNITS and not m.group("sp"):
            continue
        if best is None or m.end() > best[1]:
            best = (table[form if table is _UNIT_OF else form.lower()], m.end())
    return best


def _parse_side(text: str, pos: int) -> _Side | None:
    """A number (with currency) starting at ``pos``: the second half of a range."""
    cur = _CURRENCY_AT.match(text, pos)
    currency = None
    if cur:
        currency, pos = _CURRENCY_OF[cur.group("c")], cur.end()
    m = _CORE.match(text, pos)
    if not m or m.lastgroup not in ("num", "words"):
        return None
    return _parse_core(text, m, currency)


def _left_ok(text: str, start: int) -> tuple[bool, str | None, int]:
    """Whether a digit core may start here; the currency glued or spaced before it and its start."""
    if _negative(text, start):
        ok, currency, cstart = _left_ok(text, start - 1)
        return ok, currency, cstart
    cur = _CURRENCY.search(text, max(0, start - 5), start)
    if cur:
        key = cur.group().rstrip()
        return True, _CURRENCY_OF.get(key) or _CURRENCY_OF.get(key.replace(" ", "")), cur.start()
    if start == 0:
        return True, None, start
    prev = text[start - 1]
    if prev not in _OPENERS:
        return False, None, start
    chunk = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    if "/" in text[chunk:start] or "www" in text[chunk:start]:
        return False, None, start
    return True, None, start


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
    return re.search(r"(?:^|[ (])[a-z]+[ ]$", before) is not None


def _build(text: str, m: re.Match) -> tuple[_Side, dict] | None:
    """Grow one core match into a quantity: returns the main side and the extra fields."""
    start = m.start()
    currency = None
    cstart = start
    if m.lastgroup == "num":
        ok, currency, cstart = _left_ok(text, start)
        if not ok:
            return None
    elif (start and text[start - 1] in "-/") or _in_url(text, start):
        return None  # "production-four-door", URL slugs
    side = _parse_core(text, m, currency)
    if side is None:
        return None
    if side.kind == "num" and cstart < start and text[start - 1] in "-−" and side.value is not None:
        side.value = -side.value
    if side.kind == "num" and side.end < len(text) and (text[side.end].isalnum() or text[side.end] == "_"):
        return None  # "201st", "9AB8", "1990s": ordinals and identifiers
    side.start = cstart
    if side.currency and not side.unit:
        side.unit = side.currency
    extra: dict = {"low": None, "high": None, "end": side.end}
    # ranges: "5,000-6,000", "between 5,000 and 6,000", "$89 to $93 billion"
    sep = _RANGE_SEP.match(text, side.end)
    if sep and side.kind in ("num", "words"):
        other = _parse_side(text, sep.end())
        marker = _RANGE_MARKER.search(text, max(0, cstart - 30), cstart)
        word = sep.group().strip()
        digits = side.kind == other.kind == "num" if other is not None else False
        dashed = word in ("-", "–", "—")
        if (
            other is not None
            and other.value is not None
            and (digits or not dashed)
            and _range_ok(text, side, other, word, marker)
        ):
            if other.scale and not side.scale and side.value is not None and side.value < other.value:
                side.value *= other.scale
            low, high = sorted((side.value, other.value))
            extra.update(low=low, high=high, end=other.end, marker=marker)
            side.unit = other.unit or side.unit
            side.scale = side.scale or other.scale
    post = _POSTFIX.match(text, extra["end"])
    if post and not (post.group("q") == "plus" and not text[extra["end"]].isspace()):
        extra["postfix"] = post
        extra["end"] = post.end()
    return side, extra


def _range_ok(text: str, a: _Side, b: _Side, word: str, marker: re.Match | None) -> bool:
    """Whether "A word B" is one range rather than two numbers or a date span."""
    a_year = a.kind == "num" and not a.unit and 1800 <= a.value <= 2100 and text[a.start : a.end].isdigit()
    if a_year and b.value < a.value:
        return False  # "in 2008 to 29 mpg"
    if word == "to" and a.value > b.value and not (marker and marker.group().strip().lower() == "from"):
        return False  # "beat him by 46 percent to 42 percent", "4 to 1"
    if word == "and" and not (marker and marker.group().strip().lower() == "between"):
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.unit and not b.unit and not a.currency:
        return False
    if a.currency and not b.currency and word != "-":
        return False
    return not re.match(r"-\d", text[b.end : b.end + 2])  # phone numbers "123-45-67"


def find_quantities(doc: Doc) -> list[QuantityMatch]:
    """Every numeric expression in ``doc`` that is a claim (not a date, time, ordinal or identifier)."""
    text = doc.text
    out: list[QuantityMatch] = []
    ctx = _Context(doc)
    phones = [(p.start(), p.end()) for p in _PHONE.finditer(text)]
    pos = 0
    while True:
        m = _CORE.search(text, pos)
        if m is None:
            break
        built = _build(text, m)
        if built is None:
            pos = m.end()
            continue
        side, extra = built
        in_phone = any(a <= side.start < b for a, b in phones)
        q = None if in_phone else _finish(text, side, extra, ctx)
        pos = max(extra["end"], m.end())
        if q is not None:
            out.append(q)
    return out


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
        """Whether ``char`` lies in a DATE/TIME entity that names a date ("July 1, 2024", "the 1990s")."""
        tok = self.token_at(char)
        if tok is None or tok.ent_type_ not in ("DATE", "TIME"):
            return False
        doc, i, j = self.doc, tok.i, tok.i + 1
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return _DATE_ENT.search(doc[i:j].text) is not None


def _finish(text: str, side: _Side, extra: dict, ctx: _Context) -> QuantityMatch | None:
    """Filter a bare number by its context, then attach qualifier, bounds and subject."""
    start, end = side.start, extra["end"]
    low, high = extra["low"], extra["high"]
    is_range = low is not None
    bare = side.unit is None and side.scale is None and side.kind in ("num", "words")
    label = _ID_LABEL.search(text, max(0, start - 40), start) if side.kind == "num" else None
    if label and (bare or label.group("label").lower() in _STRONG_LABELS):
        return None  # "Fig. 3", "Table 2", "No. 10", "#1", and "phase 3" for bare numbers
    if bare and _not_a_claim(text, side, ctx, low, high, end):
        return None
    # qualifier (and range marker) before the number
    qualifier, qualifier_text = "=", None
    qm = _QUALIFIER.search(text, max(0, start - 30), start)
    if qm:
        qualifier_text = qm.group().strip()
        qualifier = _QUALIFIER_OF[qualifier_text.lower()]
        start = qm.start()
    marker = extra.get("marker")
    if is_range and marker is not None and marker.start() < start:
        qualifier_text = qualifier_text or marker.group().strip()
        start = marker.start()
    post = extra.get("postfix")
    if post is not None and not is_range:
        qualifier = _POSTFIX_OF[post.group("q").lower()]
        qualifier_text = post.group("q")
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
    subject = _subject(ctx, side.end if not is_range else end, end)
    return QuantityMatch(
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        unit=side.unit,
        subject=subject[0] if subject else None,
        subject_start=subject[1] if subject else None,
        subject_end=subject[2] if subject else None,
        vague=side.kind == "vague",
        magnitude=side.scale if side.kind == "vague" else None,
    )


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
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, end) or _TIME_AFTER.match(text, end):
        return True
    if _ERA.match(text, end) or _ERA_BEFORE.search(before):
        return True
    if start and text[start - 1] in "[({" and text[end : end + 1] in ("]", ")", "}") and raw.isdigit():
        return True  # citations "[26]", "(27)"
    if side.kind == "num" and len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
        return True  # "001", "040301": codes
    if re.match(r"-[A-Z]", text[end : end + 2]):
        return True  # "1-D", "7-Eleven"
    if side.kind == "num" and len(raw) >= 8 and raw.isdigit():
        return True  # "1474387200": timestamps, ids
    if value < 120 and _AGE_BEFORE.search(before) and text[end : end + 1] in (",", "―", "—"):
        return True  # "Senard, 65, now faces"
    tok = ctx.token_at(start)
    nxt = ctx.token_from(end)
    prev = ctx.token_before(start)
    if year_like:
        counted = nxt is not None and nxt.tag_ == "NNS" and nxt.idx <= end + 1
        if not counted or (prev is not None and prev.lower_ in _YEAR_WORDS):
            return True
    if ctx.date_entity(start):
        return True
    if side.kind == "words" and value == 1 and raw.lower() == "one":
        if text.startswith(" of ", end) or text.startswith(" another", end):
            return True
        if prev is not None and prev.lower_ in _NO_ONE_BEFORE:
            return True
        if nxt is None or nxt.pos_ not in ("NOUN", "ADJ") or tok is None or tok.tag_ != "CD":
            return True
    if re.match(r"['’]s\b", text[end : end + 3]):
        return True  # "the 90’s"
    if side.kind == "words" and raw[:1].isupper():  # "Ground Zero", "Zero Hedge", "Air Force One"
        return _in_name(text, start, side.end, prev, nxt)
    # "Boeing 737", "iPhone 11 Pro", "FTSE 100"
    return side.kind == "num" and "," not in raw and _in_name(text, start, stop, prev, ctx.token_from(stop))


def _in_name(text: str, start: int, end: int, prev: Token | None, nxt: Token | None) -> bool:
    """A bare number glued by one space to a proper name before it or after it."""
    plural_next = (
        nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.text[:1].isupper()
    )  # "Sends 500 Troops"
    glued_prev = prev is not None and prev.idx + len(prev) == start - 1 and prev.tag_ in ("NNP", "NNPS")
    if glued_prev and any(c.isupper() for c in prev.text) and not plural_next:
        return True
    if nxt is None or nxt.idx != end + 1 or nxt.tag_ != "NNP" or not nxt.text[:1].isupper():
        return False
    after = nxt.doc[nxt.i + 1] if nxt.i + 1 < len(nxt.doc) else None
    return after is None or after.tag_ not in ("NNS", "NNPS")  # "40 Apple employees" is a count


def _subject(ctx: _Context, num_end: int, end: int) -> tuple[str, int, int] | None:
    """What is counted or measured: the object of a following "of", or the noun the number modifies."""
    doc = ctx.doc
    last = ctx.token_at(max(num_end - 1, 0))
    after = ctx.token_from(end)
    if last is None:
        return None
    if after is not None and after.lower_ == "of" and after.i - last.i <= 2:
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.i - after.i > 8:
            return None
        span = doc[pobj.left_edge.i : pobj.i + 1]
        return span.text, span.start_char, span.end_char
    head = last
    seen = 0
    while head.head.i != head.i and head.idx < end and seen < 6:
        head = head.head
        seen += 1
    if head.idx < end or head.pos_ not in ("NOUN", "PROPN") or head.i - last.i > 6:
        return None
    first = last.i + 1
    while first < head.i and (doc[first].idx < end or doc[first].is_punct or doc[first].pos_ == "DET"):
        first += 1
    span = doc[first : head.i + 1]
    return span.text, span.start_char, span.end_char
