"""Quotation marks: pairing them paragraph by paragraph (odd counts never raise)."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_MARKS = frozenset("“")
CLOSE_MARKS = frozenset("”")
QUOTE_TOKENS = frozenset({'"', "“", "”", "''"})
MARK_RE = re.compile(r"''|[\"“”]")  # '' is a double quote in some newspapers' house style


@dataclass(slots=True)
class Quotation:
    """Quoted text: ``start``/``end`` are the content (marks excluded); ``open``/``close`` the marks."""

    open: int
    close: int | None  # None: closed by the end of the paragraph
    start: int
    end: int


def quotations(text: str) -> list[Quotation]:
    """Pair quotation marks paragraph by paragraph. A paragraph that opens a quote without closing it
    continues into the next one when that starts with an opening mark; otherwise it ends there."""
    found: list[Quotation] = []
    pending: Quotation | None = None  # open at the end of the previous paragraph
    pos = 0
    for para in text.split("\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 1
        if not para.strip():
            continue
        first = p_start + len(para) - len(para.lstrip())
        opening = MARK_RE.match(text, first)
        open_at: tuple[int, int] | None = None  # (mark start, content start)
        scan_from = p_start
        if pending is not None:
            if (
                opening
                and opening.group() not in CLOSE_MARKS
                and not _transcript(text[opening.end() : p_end])
            ):
                open_at = (pending.open, pending.start)  # the quote runs on into this paragraph
                scan_from = opening.end()
            else:
                found.append(pending)
            pending = None
        for m in MARK_RE.finditer(text, scan_from, p_end):
            ch, i = m.group(), m.start()
            if open_at is None:
                if ch in CLOSE_MARKS and not _opens(text, i, m.end()):
                    continue  # stray closing mark
                if ch == '"' and i > 0 and text[i - 1].isdigit():
                    continue  # an inch mark (6'3", a 12" pipe) opens nothing
                open_at = (i, m.end())
            elif ch in OPEN_MARKS:
                continue  # nested or unbalanced: keep the outer quotation
            else:
                if i > open_at[1]:
                    found.append(Quotation(open_at[0], i, open_at[1], i))
                open_at = None
        if open_at is not None:
            end = p_start + len(para.rstrip())
            if end > open_at[1]:
                pending = Quotation(open_at[0], None, open_at[1], end)
    if pending is not None:
        found.append(pending)
    return found


def _opens(text: str, i: int, j: int) -> bool:
    """A closing mark used to open ('”Fortunately, ...'): after a space or line start, before a word."""
    return (i == 0 or text[i - 1] in " \n\t") and j < len(text) and text[j].isalnum()


_TRANSCRIPT_RE = re.compile(r"[A-Z][A-Z.' -]{1,30}:")


def _transcript(rest: str) -> bool:
    """A paragraph like '"WALLACE: ...' starts a new turn, not a continuation."""
    return bool(_TRANSCRIPT_RE.match(rest))
