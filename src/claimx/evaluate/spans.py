"""Span helpers shared by the scorers."""

from __future__ import annotations

# What scorers trim from both ends of a span before comparing: white space, quote marks and
# edge punctuation, so that '"We are ready,"' and 'We are ready' are the same quote.
EDGE = frozenset(" \t\n\xa0\"'“”‘’„«»`.,;:!?—–-()[]")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of ``text`` without the ``EDGE`` characters at either end."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end
