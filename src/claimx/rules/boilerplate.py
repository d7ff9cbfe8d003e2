"""Boilerplate: the paragraphs and lines of a news page that are not the article.

Donation appeals, ad and subscription banners, disclaimers and copyright lines, site notices,
tag and "follow us" lines, related-article links, image credits and bare URLs. The markers are
data (``claimx/data/boilerplate.json``); this module reads them once and makes one pass over the
paragraphs of a text. A paragraph is a run of non-blank lines; each line is classified on its own,
so that a text with one paragraph per line (or none at all) is never wiped out wholesale.

Conservative by design: a paragraph is marked whole only when every line in it is boilerplate, or
when a rule says the whole (short) paragraph is a banner and at least half its lines are
boilerplate; a multi-paragraph donation block ("A Message from The Moscow Times: ...") runs only
to its closing button line, or to the end of the text when it starts in the second half of the
text and few paragraphs are left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimx.data import check_keys, load
from claimx.errors import RulesError
from claimx.matches import Region
from claimx.text import normalize

RULES_FILE = "boilerplate.json"
_RULE_KEYS = {
    "label",
    "phrase",
    "pattern",
    "where",
    "extent",
    "max_words",
    "context",
    "ends_block",
    "case",
    "note",
}
_WHERE = ("line", "start", "anywhere")
_EXTENT = ("line", "paragraph", "block", "match")

MAX_BLOCK = 12  # paragraphs a donation block may span
MAX_BANNER_LINES = 12  # a "paragraph" rule marks at most this many lines ...
MAX_BANNER_CHARS = 1500  # ... and this many characters; beyond that only the line
MAX_SIGNATURE_WORDS = 8  # a short unpunctuated line just before the closing boilerplate
# A line longer than this is not one banner but text with no line breaks (a scraped page on one
# line): a marker in it marks its sentence, never the whole line.
MAX_LINE_CHARS = 2000
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")

_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate marker, as read from the data file."""

    label: str
    regex: re.Pattern[str]
    where: str = "anywhere"
    extent: str = "line"
    max_words: int | None = None
    context: bool = False
    ends_block: bool = False

    @classmethod
    def from_dict(cls, entry: Any, name: str = RULES_FILE) -> Rule:
        if not isinstance(entry, dict):
            raise RulesError(f"claimx/data/{name}: rule {entry!r} is not an object")
        check_keys(name, entry, _RULE_KEYS, {"label"})
        if ("phrase" in entry) == ("pattern" in entry):
            raise RulesError(f"claimx/data/{name}: rule {entry!r} needs exactly one of 'phrase' or 'pattern'")
        where, extent = entry.get("where", "anywhere"), entry.get("extent", "line")
        if where not in _WHERE or extent not in _EXTENT:
            raise RulesError(
                f"claimx/data/{name}: rule {entry!r}: 'where' must be one of {list(_WHERE)}, "
                f"'extent' one of {list(_EXTENT)}"
            )
        source = entry["pattern"] if "pattern" in entry else re.escape(entry["phrase"])
        try:
            regex = re.compile(source, 0 if entry.get("case") else re.IGNORECASE)
        except re.error as exc:
            raise RulesError(f"claimx/data/{name}: rule {entry!r}: bad pattern: {exc}") from exc
        return cls(
            label=str(entry["label"]),
            regex=regex,
            where=where,
            extent=extent,
            max_words=entry.get("max_words"),
            context=bool(entry.get("context", False)),
            ends_block=bool(entry.get("ends_block", False)),
        )

    def matches(self, plain: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        if self.where == "line":
            return self.regex.fullmatch(plain) is not None
        if self.where == "start":
            return self.regex.match(plain) is not None
        return self.regex.search(plain) is not None


def rules_from_data(data: Any, name: str = RULES_FILE) -> tuple[Rule, ...]:
    """Validate and compile the rules of one boilerplate data file (already parsed from JSON)."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulesError(f"claimx/data/{name}: expected an object with a list of 'rules'")
    check_keys(name, data, {"about", "rules"}, {"rules"})
    return tuple(Rule.from_dict(entry, name) for entry in data["rules"])


@cache
def load_rules() -> tuple[Rule, ...]:
    """The packaged boilerplate rules, read and compiled once per process."""
    return rules_from_data(load(RULES_FILE))


def plain_line(line: str) -> str:
    """A line as the pipeline reads it (``claimx.text.normalize``: ``# ``, ``**``, ``[text](url)``
    -> text, ``<url>`` -> url), without decoration at its ends."""
    return normalize(line.strip()).text.strip(" \t*_>")


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every line, trimmed of surrounding whitespace; a blank line gives ``(-1, -1)``."""
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        line = text[pos:nl]
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            yield start, start + len(stripped)
        else:
            yield -1, -1
        pos = nl + 1


def paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """The paragraphs of ``text``: lists of trimmed ``(start, end)`` lines, split at blank lines."""
    result: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in iter_lines(text):
        if start < 0:
            if current:
                result.append(current)
                current = []
        else:
            current.append((start, end))
    if current:
        result.append(current)
    return result


def _classify(plain: str, rules: tuple[Rule, ...]) -> Rule | None:
    if len(plain) > MAX_LINE_CHARS:
        return None  # a whole article on one line: only sentences are marked (_long_line_regions)
    words = len(plain.split())
    for rule in rules:
        if rule.extent != "match" and rule.matches(plain, words):
            return rule
    return None


def find_boilerplate(text: str) -> list[Region]:
    """Character ranges of ``text`` that are not the article, each labelled ("donation", "credit", ...)."""
    rules = load_rules()
    inline_rules = [rule for rule in rules if rule.extent == "match"]
    paras = paragraphs(text)
    # Per line: the rule it matches (None if it is article text), and whether it has any word at all.
    marks: list[list[Rule | None]] = []
    empty: list[list[bool]] = []
    for para in paras:
        plains = [plain_line(text[s:e]) for s, e in para]
        marks.append([_classify(p, rules) for p in plains])
        empty.append([not _HAS_WORD.search(p) for p in plains])

    whole: list[str | None] = [None] * len(paras)  # label of a paragraph that is boilerplate as a whole
    in_block: set[int] = set()
    regions: list[Region] = []
    i = 0
    while i < len(paras):
        para, rule_of = paras[i], marks[i]
        small = len(para) <= MAX_BANNER_LINES and para[-1][1] - para[0][0] <= MAX_BANNER_CHARS
        opener = next((r for r in rule_of if r is not None and r.extent == "block"), None)
        if opener is not None and small:
            last = _block_end(i, marks, paras, len(text))
            regions.append(Region(para[0][0], paras[last][-1][1], opener.label))
            for k in range(i, last + 1):
                whole[k] = opener.label
                in_block.add(k)
            i = last + 1
            continue
        strong = [r for r in rule_of if r is not None and not r.context]
        if strong and small and 2 * len(strong) >= len(para) and any(r.extent == "paragraph" for r in strong):
            whole[i] = next(r.label for r in strong if r.extent == "paragraph")
        elif strong and all(r is not None or e for r, e in zip(rule_of, empty[i], strict=True)):
            whole[i] = strong[0].label
        elif strong:
            for (s, e), rule in zip(para, rule_of, strict=True):
                if rule is not None:
                    regions.append(Region(s, e, rule.label))
        i += 1

    # Lines that are boilerplate only next to boilerplate ("Monthly", "Continue", "Dear readers,").
    for i, rule_of in enumerate(marks):
        if (
            whole[i] is None
            and any(rule_of)
            and all(r is not None or e for r, e in zip(rule_of, empty[i], strict=True))
        ):
            near = (i > 0 and whole[i - 1] is not None) or (i + 1 < len(paras) and whole[i + 1] is not None)
            if near:
                whole[i] = next(r.label for r in rule_of if r is not None)

    # A short unpunctuated signature line among the closing boilerplate ('GSV "Russia - Islamic World"').
    seen_tail = False
    first_text = next((i for i in range(len(paras)) if whole[i] is None and not all(empty[i])), len(paras))
    for i in range(len(paras) - 1, first_text, -1):
        if whole[i] is not None:
            seen_tail = True
            continue
        if all(empty[i]):
            continue
        if not seen_tail or len(paras[i]) != 1 or any(marks[i]):
            break
        plain = plain_line(text[paras[i][0][0] : paras[i][0][1]])
        if len(plain.split()) > MAX_SIGNATURE_WORDS or plain[-1] in ".!?:;,":
            break
        whole[i] = "credit"

    for i, label in enumerate(whole):
        if label is not None and i not in in_block:
            regions.append(Region(paras[i][0][0], paras[i][-1][1], label))

    # Image credits after a caption: only the credit itself ("... restraint." Jalil Rezayee / EPA / TASS).
    covered = {i for i, label in enumerate(whole) if label is not None}
    for i, para in enumerate(paras):
        if i in covered:
            continue
        for (s, e), rule in zip(para, marks[i], strict=True):
            if rule is not None:
                continue
            line = text[s:e]
            for inline in inline_rules:
                found = inline.regex.search(line)
                if found and found.group().strip():
                    regions.append(Region(s + found.start(), s + found.end(), inline.label))
                    break

    for para in paras:
        for s, e in para:
            if e - s > MAX_LINE_CHARS:
                regions.extend(_long_line_regions(text, s, e, rules))

    regions.sort(key=lambda r: (r.start, -r.end))
    return _drop_nested(regions)


def _long_line_regions(text: str, start: int, end: int, rules: tuple[Rule, ...]) -> Iterator[Region]:
    """In a very long line, the sentences that hold a marker (rules that may match anywhere)."""
    line = text[start:end]
    for rule in rules:
        if rule.where != "anywhere" or rule.context:
            continue
        for found in rule.regex.finditer(line):
            a = max(
                (m.end() for m in _SENTENCE_END.finditer(line, max(0, found.start() - 600), found.start())),
                default=max(0, found.start() - 600),
            )
            b = next(
                (m.end() for m in _SENTENCE_END.finditer(line, found.end(), found.end() + 600)),
                min(len(line), found.end() + 600),
            )
            sentence = line[a:b].strip()
            if rule.max_words is None or len(sentence.split()) <= rule.max_words:
                yield Region(start + a, start + a + len(line[a:b].rstrip()), rule.label)


def _block_end(i: int, marks: list[list[Rule | None]], paras: list[list[tuple[int, int]]], size: int) -> int:
    """Index of the last paragraph of the block that opens at paragraph ``i``."""
    limit = min(len(paras), i + MAX_BLOCK + 1)
    for k in range(i, limit):
        if any(r is not None and r.ends_block for r in marks[k]):
            return k
    if len(paras) - i <= MAX_BLOCK and paras[i][0][0] >= size // 2:
        return len(paras) - 1
    return i


def _drop_nested(regions: list[Region]) -> list[Region]:
    kept: list[Region] = []
    for region in regions:
        if kept and region.start >= kept[-1].start and region.end <= kept[-1].end:
            continue
        kept.append(region)
    return kept
