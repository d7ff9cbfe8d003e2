"""Photo captions: the line an image credit belongs to.

A caption often repeats a sentence of the article, so its quotes and claims would count twice;
they are kept and marked ``caption: true`` instead. The credits themselves are found by the
boilerplate rules (label ``credit``); the patterns here are data (``claimx/data/captions.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from claimx.data import check_keys, load
from claimx.matches import Region

RULES_FILE = "captions.json"


@cache
def _rules() -> tuple[re.Pattern[str], int]:
    data = load(RULES_FILE)
    check_keys(RULES_FILE, data, {"about", "photo_credit", "max_words"}, {"photo_credit", "max_words"})
    return re.compile(data["photo_credit"]), int(data["max_words"])


def find_captions(text: str, boilerplate: Iterable[Region]) -> list[Region]:
    """Caption regions of ``text``, given its boilerplate regions (credits among them)."""
    photo_credit, max_words = _rules()
    regions = sorted(boilerplate, key=lambda r: r.start)
    captions: list[Region] = []
    for r in regions:
        if r.label != "credit":
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        head = text[line_start : r.start]
        if head.strip():  # "Troops fled north. Name / AGENCY": the caption ends where the credit starts
            start, end = line_start, line_start + len(head.rstrip())
        elif photo_credit.match(text, r.start):  # a credit line: the caption is the paragraph before it
            end = len(text[:line_start].rstrip())
            start = text.rfind("\n", 0, end) + 1
            if end <= start or any(b.start < end and start < b.end for b in regions):
                continue
        else:
            continue
        start += len(text[start:end]) - len(text[start:end].lstrip())
        if start < end and len(text[start:end].split()) <= max_words:
            captions.append(Region(start, end, "caption"))
    return captions
