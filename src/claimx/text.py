"""Normalising news text for the pipeline while keeping every offset true to the original.

The pipeline sees clean text (no-break spaces made plain, markdown links reduced to their
text, ``**``/``#`` markup and ``\\r`` dropped); records point into the ORIGINAL text. The
map between the two is piecewise linear: a list of runs copied one-to-one, so mapping an
offset back is a bisection, and the map costs a few integers per edit, not per character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Characters replaced one-for-one (same length, so no offset shift).
SPACES = dict.fromkeys(
    map(ord, "\xa0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000"), " "
)
SPACES[ord("\t")] = " "

# Markup the pipeline should not see. Each alternative either keeps one group (the text of a
# link) or drops the whole match.
MARKUP = re.compile(
    r"!?\[(?P<link>[^\]\n]{0,500})\]\([^)\s]{0,2000}\)"  # [text](url) -> text
    r"|<(?P<url>https?://[^>\s]{1,2000})>"  # <https://...> -> https://...
    r"|\*\*|__(?=\S)|(?<=\S)__"  # **bold**, __bold__
    r"|(?m:^\*(?=\S)|(?<=\S)\*$|^\*$)"  # *italic line*, a lone *
    r"|(?m:^[ \t]{0,3}#{1,6}[ \t]+)"  # '# ' heading markers
    r"|[\r\ufeff\u200b\u200c\u200d\u2060]"  # CR, BOM, zero-width characters
)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The text the pipeline sees, and how to get back to the original."""

    original: str
    text: str
    runs_norm: tuple[int, ...]  # start of each one-to-one run in ``text``
    runs_orig: tuple[int, ...]  # where that run starts in ``original``

    def to_original(self, pos: int) -> int:
        """Map an offset in ``text`` to the offset in ``original`` of the same character."""
        i = bisect_right(self.runs_norm, pos) - 1
        return self.runs_orig[i] + (pos - self.runs_norm[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of ``text`` to the span of ``original`` it came from."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def normalize(original: str) -> NormalizedText:
    """Normalise ``original`` for the pipeline, remembering where every character came from."""
    parts: list[str] = []
    runs_norm: list[int] = [0]
    runs_orig: list[int] = [0]
    length = 0
    pos = 0  # next original offset not yet copied

    def copy(a: int, b: int) -> None:
        nonlocal length
        if a >= b:
            return
        if runs_orig[-1] + (length - runs_norm[-1]) != a:  # a jump: start a new run
            runs_norm.append(length)
            runs_orig.append(a)
        parts.append(original[a:b])
        length += b - a

    for m in MARKUP.finditer(original):
        copy(pos, m.start())
        keep = "link" if m.group("link") is not None else "url" if m.group("url") is not None else None
        if keep:
            copy(m.start(keep), m.end(keep))
        pos = m.end()
    copy(pos, len(original))
    text = "".join(parts).translate(SPACES)
    return NormalizedText(original, text, tuple(runs_norm), tuple(runs_orig))


def paragraph_chunks(text: str, max_length: int) -> list[tuple[int, int]]:
    """Cut ``text`` into ``[start, end)`` pieces of at most ``max_length`` characters.

    Cuts fall on paragraph breaks (a blank line), else on line breaks, else on spaces, and
    only where a piece would otherwise be too long: a normal article is one piece.
    """
    if len(text) <= max_length:
        return [(0, len(text))]
    chunks = []
    start = 0
    while len(text) - start > max_length:
        window_end = start + max_length
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + 1, window_end)
            if cut > start:
                cut += len(sep)
                break
        if cut <= start:
            cut = window_end
        chunks.append((start, cut))
        start = cut
    chunks.append((start, len(text)))
    return chunks
