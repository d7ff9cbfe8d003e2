"""``claimx echoes``: the same quote, or the same figure, carried by several documents.

- Quotes: word 3-gram shingles of the text (lower case, punctuation, quote marks and link markup
  dropped; an ellipsis splits the text, so a trimmed quote has no shingle across the cut).
  Candidates come from MinHash LSH (datasketch: 64 permutations, Jaccard threshold 0.3), never
  from all pairs; a candidate pair is an echo when the shorter quote's shingles lie at least 80 %
  in the longer one (containment, so a trimmed quote still matches the full one).
- Claims: a blocking key, the same amount (value or range), qualifier, unit and change, about the
  same class of thing ('troops' = 'soldiers', ``lexicon.subject``) with the same places named in
  the subject ('Afghan'). Each claim has one key, so grouping is one pass.

A group needs two documents at least; its items are in date order, the first is who had it first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Literal

from pydantic import BaseModel

from claimx.corpus.lexicon import ascii_fold, subject
from claimx.corpus.store import open_store, rows

SHINGLE = 3
MIN_WORDS = 6
NUM_PERM = 64
LSH_THRESHOLD = 0.3
CONTAINMENT = 0.8
_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|\(\s*(?:\.\s*){3}\)|(?:\.\s*){3}|…")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


class EchoItem(BaseModel):
    doc_id: str
    id: str
    text: str
    subject: str | None = None  # a claim's: what it counts
    speaker: str | None = None
    publisher: str | None = None
    published: str | None = None


class EchoGroup(BaseModel):
    """One quote or figure and every document that carries it."""

    kind: Literal["quote", "claim"]
    what: str  # the quote (its longest wording) or the figure: '> 1,000 military personnel (afghan)'
    n_documents: int
    first: str  # the doc_id of the earliest document (dated ones before undated, then by id)
    items: list[EchoItem]


def echoes(store, *, kinds: tuple[str, ...] = ("quote", "claim")) -> list[EchoGroup]:
    """Every echo group in the store: quotes first, then claims; widest spread first."""
    db = open_store(store)
    groups = []
    if "quote" in kinds:
        groups += quote_echoes(db)
    if "claim" in kinds:
        groups += claim_echoes(db)
    return groups


def _date_key(item: EchoItem) -> tuple:
    return (item.published is None, item.published or "", item.doc_id, _natural(item.id))


def _natural(rid: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", rid))


def _group(kind: str, what: str, items: list[EchoItem]) -> EchoGroup | None:
    docs = {i.doc_id for i in items}
    if len(docs) < 2:
        return None
    items = sorted(items, key=_date_key)
    return EchoGroup(kind=kind, what=what, n_documents=len(docs), first=items[0].doc_id, items=items)


def _sorted(groups: list[EchoGroup]) -> list[EchoGroup]:
    return sorted(groups, key=lambda g: (-g.n_documents, _date_key(g.items[0])))


ITEM_SQL = """SELECT {table}.doc_id, {table}.id, {table}.text, {speaker} AS speaker, d.publisher, d.published
{extra} FROM {table} JOIN documents d ON d.id = {table}.doc_id
WHERE NOT {table}.boilerplate {where} ORDER BY {table}.rowid"""


def shingles(text: str) -> set[str]:
    """The word 3-grams of a quote, not across an ellipsis."""
    text = _LINK.sub(r"\1", text)
    out: set[str] = set()
    for part in _ELLIPSIS.split(text):
        words = re.findall(r"[a-z0-9]+", ascii_fold(part).replace("'", ""))
        out.update(" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))
    return out


def quote_echoes(db) -> list[EchoGroup]:
    from datasketch import MinHash, MinHashLSH

    speaker = "coalesce(quotes.speaker_name, quotes.speaker_text)"
    wordings: dict[frozenset[str], list[EchoItem]] = {}  # the same words in many documents: one entry
    for row in rows(db, ITEM_SQL.format(table="quotes", speaker=speaker, extra="", where="")):
        found = frozenset(shingles(row["text"]))
        if len(found) >= MIN_WORDS - SHINGLE + 1:
            wordings.setdefault(found, []).append(EchoItem(**row))
    sets = list(wordings)
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    parent: dict[int, int] = {i: i for i in range(len(sets))}
    hashes = MinHash.generator([[s.encode() for s in found] for found in sets], num_perm=NUM_PERM)
    for i, mh in enumerate(hashes):
        for j in lsh.query(mh):  # only earlier wordings are in the index: each pair once
            a, b = sets[i], sets[j]
            if len(a & b) >= CONTAINMENT * min(len(a), len(b)):
                _union(parent, i, j)
        lsh.insert(i, mh)
    groups = defaultdict(list)
    for i, found in enumerate(sets):
        groups[_find(parent, i)].extend(wordings[found])
    out = []
    for items in groups.values():
        what = max((item.text for item in items), key=len)
        group = _group("quote", " ".join(what.split()), items)
        if group:
            out.append(group)
    return _sorted(out)


def _find(parent: dict[int, int], i: int) -> int:
    parent.setdefault(i, i)
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: dict[int, int], i: int, j: int) -> None:
    parent[_find(parent, i)] = _find(parent, j)


def amount(value: float | None, low: float | None, high: float | None, qualifier: str) -> str:
    """A claim's amount for reading: '> 1,000', '5,000–6,000', '~ 30'."""

    def fmt(x: float) -> str:
        return f"{x:,.0f}" if x == int(x) else f"{x:,.4g}"

    if value is not None:
        return fmt(value) if qualifier == "=" else f"{qualifier} {fmt(value)}"
    if low is not None and high is not None:
        return f"{fmt(low)}–{fmt(high)}" if qualifier == "=" else f"{qualifier} {fmt(low)}–{fmt(high)}"
    return "?"


def claim_echoes(db) -> list[EchoGroup]:
    speaker = "claims.speaker_name"
    extra = ", " + ", ".join(
        f"claims.{c}" for c in ("value", "low", "high", "qualifier", "unit", "change", "subject")
    )
    where = "AND NOT claims.vague AND claims.subject IS NOT NULL"
    blocks: dict[tuple, list[EchoItem]] = defaultdict(list)
    labels: dict[tuple, str] = {}
    for row in rows(db, ITEM_SQL.format(table="claims", speaker=speaker, extra=extra, where=where)):
        subj = subject(row["subject"])
        if subj is None:
            continue
        figure = tuple(None if row[k] is None else round(row[k], 6) for k in ("value", "low", "high"))
        key = (figure, row["qualifier"], row["unit"], row["change"], subj.head, subj.places)
        blocks[key].append(EchoItem(**{k: row[k] for k in EchoItem.model_fields}))
        unit = f" {row['unit']}" if row["unit"] else ""
        where_ = f" ({', '.join(sorted(subj.places))})" if subj.places else ""
        labels.setdefault(key, f"{amount(*figure, row['qualifier'])}{unit} {subj.head}{where_}")
    out = [g for key, items in blocks.items() if (g := _group("claim", labels[key], items))]
    return _sorted(out)
