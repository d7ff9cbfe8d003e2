"""Normalising news text for the pipeline while keeping every offset true to the original.

The pipeline sees clean text (no-break spaces made plain, markdown links reduced to their
text, ``**``/``#`` markup, stray HTML tags and ``\\r`` dropped); records point into the
ORIGINAL text. The map between the two is piecewise linear: a list of runs copied one-to-one,
so mapping an offset back is a bisection, and the map costs a few integers per edit, not per
character.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

# Characters made a plain space one-for-one (same length, so no offset shift): no-break, thin and
# other typographic spaces, and tabs. One regex pass is ten times faster than str.translate on news.
SPACE_CHARS = re.compile("[\t\xa0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000]")

# A no-break or thin space that groups thousands ("10\u00a0000", "1\u202f000\u202f000") reads as
# the comma it stands for; a plain space between digits is left alone ("in 1995 200 people").
DIGIT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[\xa0\u202f\u2009]\d{3})+(?![\d,])")
GROUP_SPACES = str.maketrans("\xa0\u202f\u2009", ",,,")
# A plain space groups thousands too where a group starts with 0, as no number does on its own:
# "45 000 euros", "1 500 000 people"; "on May 5 200 people" and phone numbers are left alone.
PLAIN_GROUPS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?: \d{3})*(?: 0\d{2})(?: \d{3})*(?![\d,])")
# Hyphens other than the ASCII one, made "-" one-for-one: the no-break hyphen of web text ("a 3,700\u2011km
# pipeline", "5\u20116%") and the figure dash between digits ("5\u20126%").
HYPHEN_CHARS = re.compile("[\u2010\u2011\u2012]")
# Full-width digits and number signs of CJK text, made ASCII one-for-one: "１２０", "５％", "＄５".
FULL_WIDTH = re.compile("[\uff04\uff05\uff0b-\uff0e\uff10-\uff19]")
FULL_WIDTH_ASCII = {c: c - 0xFEE0 for c in (0xFF04, 0xFF05, *range(0xFF0B, 0xFF0F), *range(0xFF10, 0xFF1A))}
# A line break inside a figure of hard-wrapped text is a space: "$1.5\nbillion", "5\nper cent", "5 per\ncent".
WRAPPED = re.compile(r"(?<=[\d%])\n(?=[a-z])|(?<=\bper)\n(?=cent\b)")

# Markup the pipeline should not see. Each alternative either keeps one group (the text of a
# link) or drops the whole match.
MARKUP = re.compile(
    r"!?\[(?P<link>[^\]\n]{0,500})\]\([^)\s]{0,2000}\)"  # [text](url) -> text
    r"|<(?P<url>https?://[^>\s]{1,2000})>"  # <https://...> -> https://...
    r"|</?[A-Za-z][\w:-]{0,30}"  # an HTML tag left in the text: <br/>, </p>, <tweet author="x">
    r"(?:\s+[\w:-]{1,40}\s*=\s*(?:\"[^\"\n]{0,2000}\"|'[^'\n]{0,2000}'|[^\s>]{1,200})){0,20}\s*/?>"
    r"|\*\*|__(?=\S)|(?<=\S)__"  # **bold**, __bold__
    r"|(?m:^\*(?=\S)|(?<=\S)\*$|^\*$)"  # *italic line*, a lone *
    r"|(?m:^[ \t]{0,3}#{1,6}[ \t]+)"  # '# ' heading markers
    r"|(?m:^[ \t]{0,3}\d{1,2}[.)][ \t]+(?=\S))"  # '1. ', '2) ' list item numbers
    r"|[\r\ufeff\u200b\u200c\u200d\u2060\xad]"  # CR, BOM, zero-width characters, soft hyphens
    r"|(?<![\w*])\*(?P<em>[^\s*][^*\n]{0,200}?(?<=[^\s*]))\*(?![\w*])"  # *12%* -> 12%
    r"|(?<![\w_])_(?P<em2>[^\s_][^_\n]{0,200}?(?<=[^\s_]))_(?![\w_])"  # _12%_ -> 12%
    r"|(?P<ent>&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[A-Za-z][A-Za-z0-9]{1,7});)"  # &nbsp; &pound; &#8364;
)
KEEP = ("link", "url", "em", "em2")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The text the pipeline sees, and how to get back to the original."""

    original: str
    text: str
    runs_norm: tuple[int, ...]  # start of each one-to-one run in ``text``
    runs_orig: tuple[int, ...]  # where that run starts in ``original``
    wide_ends: dict[int, int] | None = None  # a character of ``text`` written wider in ``original``
    # (an HTML entity, "&pound;" for "£"): where it ends there

    def to_original(self, pos: int) -> int:
        """Map an offset in ``text`` to the offset in ``original`` of the same character."""
        i = bisect_right(self.runs_norm, pos) - 1
        return self.runs_orig[i] + (pos - self.runs_norm[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of ``text`` to the span of ``original`` it came from."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        wide = self.wide_ends.get(end - 1) if self.wide_ends else None
        return self.to_original(start), wide or self.to_original(end - 1) + 1


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

    wide_ends: dict[int, int] = {}
    for m in MARKUP.finditer(original):
        copy(pos, m.start())
        pos = m.end()
        if m.group("ent") is not None:  # an HTML entity that reached us raw: its character, if one
            char = html.unescape(m.group())
            if len(char) != 1:
                pos = m.start()
                continue
            runs_norm.append(length)
            runs_orig.append(m.start())
            parts.append(char)
            wide_ends[length] = m.end()
            length += 1
            continue
        keep = next((k for k in KEEP if m.group(k) is not None), None)
        if keep:
            copy(m.start(keep), m.end(keep))
    copy(pos, len(original))
    text = "".join(parts)
    if "\xa0" in text or "\u202f" in text or "\u2009" in text:
        text = DIGIT_GROUPS.sub(lambda m: m.group().translate(GROUP_SPACES), text)
    text = SPACE_CHARS.sub(" ", text)
    text = HYPHEN_CHARS.sub("-", text)
    if FULL_WIDTH.search(text):
        text = text.translate(FULL_WIDTH_ASCII)
    text = WRAPPED.sub(" ", text)
    text = PLAIN_GROUPS.sub(lambda m: m.group().replace(" ", ","), text)
    return NormalizedText(original, text, tuple(runs_norm), tuple(runs_orig), wide_ends)


# Where a piece may end, best first: a paragraph break, a line break, a sentence end, a space.
CUTS = (("\n\n",), ("\n",), (". ", "? ", "! ", '." ', ".” ", ".' "), (" ",))


def paragraph_chunks(text: str, max_length: int) -> list[tuple[int, int]]:
    """Cut ``text`` into ``[start, end)`` pieces of at most ``max_length`` characters.

    Cuts fall on paragraph breaks (a blank line), else on line breaks, else after a sentence
    end, else on spaces (a kind of cut is taken if it leaves the piece at least half full),
    and only where a piece would otherwise be too long: a normal article is one piece.
    """
    if len(text) <= max_length:
        return [(0, len(text))]
    chunks = []
    start = 0
    while len(text) - start > max_length:
        window_end = start + max_length
        fallback = -1  # the best cut of any kind, if none leaves the piece half full
        for seps in CUTS:
            found = [i + len(sep) for sep in seps if (i := text.rfind(sep, start + 1, window_end)) > start]
            cut = max(found, default=-1)
            if cut > start + max_length // 2:
                break
            fallback = fallback if fallback > start else cut
        else:
            cut = fallback if fallback > start else window_end
        chunks.append((start, cut))
        start = cut
    chunks.append((start, len(text)))
    return chunks


# spaCy's tokenizer strips prefixes and suffixes one character at a time, rescanning the rest:
# quadratic in a run of marks ('""""...'), and every mark is a token for the parser and the rules.
# In a longer run, the marks after the first ``MAX_MARK_RUN`` are blanked.
MAX_MARK_RUN = 16
MARK_RUN = re.compile(rf"[^\w\s]{{{MAX_MARK_RUN + 1},}}")
QUOTE_MARK = re.compile(r"[\"“”„«»]|''")
# The quote rules cost (attributions x tokens) per piece. News has at most about 15 quotation
# marks per 1,000 characters; a piece with more than twice that is not prose, and is cut into
# pieces of about ``DENSE_PIECE_MARKS`` marks (never under ``MIN_PIECE_CHARS`` characters).
MAX_MARK_DENSITY = 30 / 1000
DENSE_PIECE_MARKS = 50
MIN_PIECE_CHARS = 500


def guard_hostile(norm: NormalizedText) -> tuple[NormalizedText, list[str]]:
    """Defuse input that would make the pipeline superlinear, before it runs: in a run of more
    than ``MAX_MARK_RUN`` punctuation marks, the pipeline sees the first ``MAX_MARK_RUN`` and
    spaces for the rest. The text keeps its length (offsets stay true); the document gets a
    warning."""
    runs = 0

    def blank(match: re.Match) -> str:
        nonlocal runs
        runs += 1
        run = match.group()
        return run[:MAX_MARK_RUN] + " " * (len(run) - MAX_MARK_RUN)

    text = MARK_RUN.sub(blank, norm.text)
    if not runs:
        return norm, []
    warning = (
        f"{runs} run(s) of more than {MAX_MARK_RUN} punctuation marks: the pipeline saw the first "
        f"{MAX_MARK_RUN} marks of each"
    )
    return NormalizedText(norm.original, text, norm.runs_norm, norm.runs_orig, norm.wide_ends), [warning]


def split_dense(text: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut pieces denser in quotation marks than news ever is (``MAX_MARK_DENSITY``) into pieces
    of about ``DENSE_PIECE_MARKS`` marks, so that no piece costs the quote rules much more per
    character than news does."""
    out = []
    for a, b in chunks:
        marks = len(QUOTE_MARK.findall(text, a, b))
        if marks <= DENSE_PIECE_MARKS or marks <= MAX_MARK_DENSITY * (b - a):
            out.append((a, b))
            continue
        size = max(MIN_PIECE_CHARS, (b - a) * DENSE_PIECE_MARKS // marks)
        out += [(a + x, a + y) for x, y in paragraph_chunks(text[a:b], size)]
    return out
