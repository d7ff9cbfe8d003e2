"""Is a text English? claimx's rules are written for English; other languages get a warning.

A cheap signal that needs no model: the share of English function words among the first words
of the text (English news has 35-50 %, French or German a few percent, other scripts none).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

SAMPLE_CHARS = 3000  # the start of the text is enough
MIN_WORDS = 30  # fewer words: cannot tell, assume English
MIN_SHARE = 0.2  # below this share of English function words: not English

_WORD = re.compile(r"\w+")


def looks_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS]) if not w.isdigit()]
    if len(words) < MIN_WORDS:
        return True
    return sum(w in STOP_WORDS for w in words) / len(words) >= MIN_SHARE
