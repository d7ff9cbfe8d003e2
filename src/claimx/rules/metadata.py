"""Document metadata read from the text itself: title, byline, date, publisher, URL, original source.

The header area is the run of non-boilerplate lines before the body starts (the first long line)
and at most ``HEADER_LINES`` lines: the title, byline, date and masthead are looked for there only.
A date inside a boilerplate region ("Since July 1, 2024, we have disabled all ads") is never the
publication date: no date is better than a wrong one. The URL (``Original url:``), the original
source of a republished article and a publisher named in a donation banner may be anywhere.

Month names, known sites and the source/publisher phrases are data (``claimx/data/metadata.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from claimx.data import check_keys, load
from claimx.errors import RulesError
from claimx.matches import DocumentMeta, Region
from claimx.rules.boilerplate import find_boilerplate, iter_lines, plain_line

DATA_FILE = "metadata.json"
_DATA_KEYS = {"about", "months", "sites", "url_labels", "source_patterns", "publisher_patterns"}

HEADER_LINES = 15  # non-boilerplate lines at most in the header area
BODY_WORDS = 25  # a line this long starts the body
TITLE_MAX_WORDS = 30
BYLINE_MAX_WORDS = 12
MASTHEAD_MAX_WORDS = 6

_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"']+")
_HAS_WORD = re.compile(r"\w")
_BYLINE = re.compile(r"(?:By|BY)\s+(?P<names>[^\d]+)")
_HEADING = re.compile(r"#{1,6}\s")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")
_BYLINE_CUT = re.compile(r"\s+(?:\||-|–|—)\s+.*$")
_TITLE_LEAD = re.compile(r"\s*(?:#{1,6}\s+)?[*_]*")
_TITLE_TAIL = re.compile(r"[\s*_]*$")


@dataclass(frozen=True, slots=True)
class _Tables:
    dates: tuple[re.Pattern[str], ...]
    months: dict[str, int]
    sites: dict[str, str]
    url_label: re.Pattern[str]
    sources: tuple[re.Pattern[str], ...]
    publishers: tuple[re.Pattern[str], ...]


def tables_from_data(data: object, name: str = DATA_FILE) -> _Tables:
    """Validate and compile the metadata data file (already parsed from JSON)."""
    if not isinstance(data, dict):
        raise RulesError(f"claimx/data/{name}: expected an object")
    check_keys(name, data, _DATA_KEYS, {"months", "sites"})
    months = {str(k).lower(): int(v) for k, v in data["months"].items()}
    if not months or any(not 1 <= v <= 12 for v in months.values()):
        raise RulesError(f"claimx/data/{name}: 'months' must map month names to 1..12")
    mon = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    dates = (
        rf"\b(?P<mon>{mon})\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})\b\.?,?\s+(?P<year>\d{{4}})\b",
        r"(?<![\w-])(?P<year>\d{4})-(?P<num>\d{2})-(?P<day>\d{2})(?![\d-])",
    )
    labels = "|".join(re.escape(label) for label in data.get("url_labels", ()))
    try:
        return _Tables(
            dates=tuple(re.compile(p, re.IGNORECASE) for p in dates),
            months=months,
            sites={str(k).lower(): str(v) for k, v in data["sites"].items()},
            url_label=re.compile(rf"(?:{labels})\s*:\s*(?P<rest>.*)$" if labels else r"(?!)", re.IGNORECASE),
            sources=tuple(re.compile(p, re.IGNORECASE) for p in data.get("source_patterns", ())),
            publishers=tuple(re.compile(p, re.IGNORECASE) for p in data.get("publisher_patterns", ())),
        )
    except re.error as exc:
        raise RulesError(f"claimx/data/{name}: bad pattern: {exc}") from exc


@cache
def load_tables() -> _Tables:
    """The packaged metadata tables, read and compiled once per process."""
    return tables_from_data(load(DATA_FILE))


def find_date(line: str, tables: _Tables | None = None) -> tuple[int, int, str] | None:
    """The first valid date in ``line``: ``(start, end, iso)``, or None."""
    tables = tables or load_tables()
    best: tuple[int, int, str] | None = None
    for regex in tables.dates:
        for found in regex.finditer(line):
            if best is not None and found.start() >= best[0]:
                break
            groups = found.groupdict()
            month = int(groups["num"]) if groups.get("num") else tables.months[groups["mon"].lower()]
            try:
                day = date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            if 1900 <= day.year <= 2100:
                best = (found.start(), found.end(), day.isoformat())
                break
    return best


def site_name(url: str, tables: _Tables | None = None) -> str | None:
    """A publisher for the site of ``url``: a known name ("The Moscow Times"), else the domain."""
    tables = tables or load_tables()
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip(), flags=re.IGNORECASE).split("/")[0].lower()
    host = host.split(":")[0].strip(".")
    if not host or "." not in host:
        return None
    return tables.sites.get(host, host)


def find_metadata(text: str, *, boilerplate: Sequence[Region] | None = None) -> DocumentMeta:
    """Title, byline, publication date, publisher, URL and original source of one article text.

    ``boilerplate`` is what :func:`find_boilerplate` found in ``text``; left out, it is computed here.
    """
    tables = load_tables()
    if boilerplate is None:
        boilerplate = find_boilerplate(text)
    spans = sorted((r.start, r.end) for r in boilerplate)
    starts = [s for s, _ in spans]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    meta = DocumentMeta()
    header = _header_lines(text, inside)
    _set_title(meta, text, header, tables)
    for _, _, plain in header:
        names = _byline(plain)
        if names:
            meta.byline = names
            break
    for s, e, plain in header:
        found = find_date(text[s:e], tables)
        if found is None or inside(s + found[0]):
            continue
        if meta.published is None:
            meta.published = found[2]
        if meta.publisher is None:
            meta.publisher = _masthead(plain, tables)
    _scan_body(meta, text, tables)
    return meta


def _header_lines(text: str, inside: Callable[[int], bool]) -> list[tuple[int, int, str]]:
    header: list[tuple[int, int, str]] = []
    for s, e in iter_lines(text):
        if s < 0 or inside(s):
            continue
        plain = plain_line(text[s:e])
        if not _HAS_WORD.search(plain):
            continue
        if len(plain.split()) >= BODY_WORDS or len(header) >= HEADER_LINES:
            break
        header.append((s, e, plain))
    return header


def _set_title(meta: DocumentMeta, text: str, header: list[tuple[int, int, str]], tables: _Tables) -> None:
    chosen = next(((s, e, p) for s, e, p in header if _HEADING.match(text, s)), None)
    if chosen is None:
        for s, e, plain in header:
            words = len(plain.split())
            if words > TITLE_MAX_WORDS or _byline(plain):
                continue
            if words <= MASTHEAD_MAX_WORDS + 3 and find_date(plain, tables):
                continue
            chosen = (s, e, plain)
            break
    if chosen is None:
        return
    s, e, plain = chosen
    line = text[s:e]
    start = s + _TITLE_LEAD.match(line).end()
    end = s + _TITLE_TAIL.search(line).start()
    meta.title, meta.title_start, meta.title_end = plain, start, max(start, end)


def _byline(plain: str) -> list[str]:
    if len(plain.split()) > BYLINE_MAX_WORDS:
        return []
    found = _BYLINE.fullmatch(plain)
    if not found:
        return []
    names = _BYLINE_CUT.sub("", found["names"])
    result = [n.strip(" .;:") for n in _NAME_SPLIT.split(names)]
    result = [n for n in result if n]
    if not result or not all(n[0].isupper() for n in result):
        return []
    return result


def _masthead(plain: str, tables: _Tables) -> str | None:
    """The name in front of the date on a masthead line: "Global Research, July 11, 2021"."""
    found = find_date(plain, tables)
    if found is None:
        return None
    name = plain[: found[0]].strip(" ,;:-–—|")
    words = name.split()
    if not words or len(words) > MASTHEAD_MAX_WORDS or words[0] == "By" or not name[0].isupper():
        return None
    return name


def _clean_name(name: str, tables: _Tables) -> str | None:
    name = name.strip().rstrip(".,;:").strip()
    if _URL.fullmatch(name):
        return site_name(name, tables)
    return name or None


def _scan_body(meta: DocumentMeta, text: str, tables: _Tables) -> None:
    """URL, original source and a publisher named anywhere in the text (one pass over the lines)."""
    want_url = False
    named_publisher: str | None = None
    for s, e in iter_lines(text):
        if s < 0:
            continue
        line = text[s:e]
        if want_url:
            want_url = False
            url = _URL.search(line)
            if url:
                meta.url = url.group().rstrip(".,;")
            continue
        plain = plain_line(line)
        if meta.url is None:
            label = tables.url_label.match(plain)
            if label:
                url = _URL.search(line)
                if url:
                    meta.url = url.group().rstrip(".,;")
                else:
                    want_url = not label["rest"].strip()
                continue
        if meta.source is None:
            for regex in tables.sources:
                found = regex.match(plain)
                if found:
                    meta.source = _clean_name(found["name"], tables)
                    break
        if named_publisher is None:
            for regex in tables.publishers:
                found = regex.match(plain)
                if found:
                    named_publisher = _clean_name(found["name"], tables)
                    break
    if meta.publisher is None and meta.url:
        meta.publisher = site_name(meta.url, tables)
    if meta.publisher is None:
        meta.publisher = named_publisher
