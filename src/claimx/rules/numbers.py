"""Pure number parsing: digit strings and English number words, no spaCy.

>>> parse_digits("1,400")
1400.0
>>> parse_words("twenty-five thousand")
25000.0
>>> parse_fraction("two", "thirds")
0.6666666666666666
"""

from __future__ import annotations

import re

from claimx.data import check_keys, load

_DATA = load("numbers.json")
_KEYS = {"words", "multipliers", "fractions", "scales", "glued_scales", "vague", "vulgar_fractions"}
_KEYS |= {"vague_before_of"}
check_keys("numbers.json", _DATA, _KEYS | {"_doc"}, _KEYS)
WORDS: dict[str, float] = _DATA["words"]
MULTIPLIERS: dict[str, float] = _DATA["multipliers"]
FRACTIONS: dict[str, int] = _DATA["fractions"]
SCALES: dict[str, float] = _DATA["scales"]
GLUED_SCALES: dict[str, float] = _DATA["glued_scales"]
VAGUE: dict[str, float] = _DATA["vague"]
VAGUE_BEFORE_OF: dict[str, float] = _DATA["vague_before_of"]  # "scores of people", not "the scores"
VULGAR: dict[str, float] = _DATA["vulgar_fractions"]  # "½", "¾"

_SPLIT = re.compile(r"[\s-]+")


def parse_digits(text: str) -> float | None:
    """ "1,400" -> 1400.0, "2.5" -> 2.5, ".500" -> 0.5; None if not a plain number."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_words(text: str) -> float | None:
    """Value of number words ("twenty-five", "two hundred thousand", "half a million"); None if invalid."""
    total, current, seen = 0.0, 0.0, False
    words = _SPLIT.split(text.lower().strip())
    if words[-1] in ("half", "a", "an"):
        return None
    for i, word in enumerate(words):
        first_half = not seen or (i == 1 and words[0] in ("a", "an"))  # "half a million", "a half-dozen"
        if word == "half" and first_half:
            current, seen = 0.5, True
        elif word in ("a", "an") and (not seen or current == 0.5):
            current, seen = current or 1.0, True
        elif word == "and" and seen and current % 100 == 0:  # "one hundred and twenty"
            continue
        elif word in WORDS:
            value = WORDS[word]
            if word == "dozen":
                current = (current or 1.0) * value
            elif current % 100 and value < 100:  # "twenty five" is fine, "five twenty" is not
                if current % 10 or value >= 10:
                    return None
                current += value
            else:
                current += value
            seen = True
        elif word in MULTIPLIERS:
            factor = MULTIPLIERS[word]
            if factor == 100:
                current = (current or 1.0) * factor
            else:
                total += (current or 1.0) * factor
                current = 0.0
            seen = True
        elif word:
            return None
    return total + current if seen else None


def parse_fraction(numerator: str | None, denominator: str) -> float | None:
    """ "two" "thirds" -> 0.667, "a" "quarter" -> 0.25, None "half" -> 0.5."""
    denom = FRACTIONS.get(denominator.lower())
    if denom is None:
        return None
    if numerator is None or numerator.lower() in ("a", "an"):
        num = 1.0
    else:
        num = parse_digits(numerator) if numerator[0].isdigit() else parse_words(numerator)
        if num is None:
            return None
    return num / denom


def parse_slash(text: str) -> float | None:
    """ "3/4" -> 0.75, "1 1/2" -> 1.5, "1⁄8" (fraction slash) -> 0.125, "2½" -> 2.5; None if malformed."""
    if text and text[-1] in VULGAR:
        whole = text[:-1]
        return (float(whole) if whole else 0.0) + VULGAR[text[-1]]
    m = re.fullmatch(r"(?:(\d+)[ ])?(\d+)[/⁄](\d+)", text)
    if m is None or int(m.group(3)) == 0:
        return None
    return float(m.group(1) or 0) + int(m.group(2)) / int(m.group(3))
