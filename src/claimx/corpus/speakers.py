"""``claimx speakers``: one entry per real-world speaker across the documents of a store.

Per-document speakers (the store's ``speakers`` table, already resolved within each document:
'he' -> 'Sergei Lavrov') are merged across documents:

- people by name: tokens transliteration-folded (``lexicon.fold_name_token``: Sergey/Sergei,
  Zakharova/Zaharova) and compared with rapidfuzz; candidates only within a block of the same
  folded surname prefix, so the cost grows with the corpus, not its square. Two full names merge
  when surname and first name agree (an initial agrees with its name); a different first name
  keeps them apart, whatever the role. A surname alone ('Lavrov') joins the one full name with
  that surname whose roles do not disagree, or, among several, the one whose role agrees.
- organisations and groups by their folded name ('The Taliban' = 'Taliban').
- anonymous and unresolved speakers ('a security source') are no one in particular: left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from pydantic import BaseModel

from claimx.corpus.lexicon import ascii_fold, fold_name_token, name_tokens
from claimx.corpus.store import json_list, open_store, rows

SURNAME_SCORE = 90
GIVEN_SCORE = 85
ROLE_SCORE = 80


class SpeakerEntry(BaseModel):
    """One real-world speaker: every spelling, role and document it was seen with."""

    name: str
    aliases: list[str]
    roles: list[str]
    organizations: list[str]
    type: str
    documents: list[str]
    n_quotes: int
    first_date: str | None
    last_date: str | None


class _Mention:
    """A per-document speaker row, with its name read."""

    def __init__(self, row: dict) -> None:
        self.row = row
        tokens = name_tokens(row["name"])
        self.surname = fold_name_token(tokens[-1])
        self.given = [fold_name_token(t) for t in tokens[:-1]]
        self.roles = json_list(row["roles"])


def speakers(store, *, include_unresolved: bool = False) -> list[SpeakerEntry]:
    """Every named speaker of the store, one entry per real-world speaker, most quoted first."""
    db = open_store(store)
    sql = (
        "SELECT s.*, d.published FROM speakers s JOIN documents d ON d.id = s.doc_id"
        + ("" if include_unresolved else " WHERE s.resolved AND s.type != 'anonymous'")
        + " ORDER BY d.published IS NULL, d.published, s.doc_id, s.uid"
    )
    people, others = [], defaultdict(list)
    for row in rows(db, sql):
        if row["type"] == "person":
            people.append(_Mention(row))
        else:
            others[(row["type"], _org_key(row["name"]))].append(row)
    groups = [[m.row for m in group] for group in _merge_people(people)]
    groups += list(others.values())
    entries = [_entry(group) for group in groups]
    return sorted(entries, key=lambda e: (-e.n_quotes, -len(e.documents), e.name))


def _org_key(name: str) -> str:
    words = ascii_fold(name).replace(".", "").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _merge_people(mentions: list[_Mention]) -> list[list[_Mention]]:
    from rapidfuzz import fuzz

    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # One spelling seen in many documents is compared once: same folded name (and, for a surname
    # alone, same roles) -> the first mention stands for the others, and carries all their roles.
    blocks: dict[str, list[int]] = defaultdict(list)
    first: dict[tuple, int] = {}
    for i, m in enumerate(mentions):
        key = (m.given[0], m.surname) if m.given else (m.surname, *sorted(m.roles))
        rep = first.setdefault(key, i)
        if rep == i:
            blocks[m.surname[:3]].append(i)
        else:
            parent[i] = rep
            mentions[rep].roles.extend(r for r in m.roles if r not in mentions[rep].roles)
    for block in blocks.values():
        full = [i for i in block if mentions[i].given]
        for n, i in enumerate(full):  # full names: surname and first name agree
            for j in full[n + 1 :]:
                a, b = mentions[i], mentions[j]
                if fuzz.ratio(a.surname, b.surname) >= SURNAME_SCORE and _given_agree(a.given, b.given):
                    parent[find(j)] = find(i)
        for i in block:  # a surname alone joins one full name
            if mentions[i].given:
                continue
            candidates = {
                find(j): j
                for j in full
                if fuzz.ratio(mentions[i].surname, mentions[j].surname) >= SURNAME_SCORE
            }
            target = _pick(
                mentions[i], [[m for m in full if find(m) == root] for root in candidates], mentions
            )
            if target is not None:
                parent[find(i)] = find(target)
    groups: dict[int, list[_Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    return list(groups.values())


def _given_agree(a: list[str], b: list[str]) -> bool:
    from rapidfuzz import fuzz

    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:  # an initial: 'S. Lavrov'
        return x[0] == y[0]
    return fuzz.ratio(x, y) >= GIVEN_SCORE


def _roles_agree(a: list[str], b: list[str]) -> bool:
    from rapidfuzz import fuzz

    return any(fuzz.token_set_ratio(ascii_fold(x), ascii_fold(y)) >= ROLE_SCORE for x in a for y in b)


def _pick(mention: _Mention, clusters: list[list[int]], mentions: list[_Mention]) -> int | None:
    """The full-name cluster a surname alone belongs to, or None when it is not clear."""
    roles = [[r for i in cluster for r in mentions[i].roles] for cluster in clusters]
    agree = [
        c for c, r in zip(clusters, roles, strict=True) if mention.roles and _roles_agree(mention.roles, r)
    ]
    if len(agree) == 1:
        return agree[0][0]
    if len(clusters) == 1 and not (mention.roles and roles[0]):
        return clusters[0][0]  # the only one with that surname, and no role says otherwise
    return None


def _entry(group: list[dict]) -> SpeakerEntry:
    docs = sorted({r["doc_id"] for r in group})
    by_name = Counter()
    for r in group:
        by_name[r["name"]] += 1
    name = max(by_name, key=lambda n: (len(n.split()) > 1, by_name[n], len(n)))
    surname = fold_name_token(name_tokens(name)[-1]) if group[0]["type"] == "person" else _org_key(name)
    aliases: list[str] = [name]
    for r in group:
        for text in [r["name"], *json_list(r["mentions"])]:
            folded = ascii_fold(text)
            named = surname in " ".join(fold_name_token(t) for t in folded.split()) or surname in folded
            if named and text[:1].isupper() and text not in aliases:
                aliases.append(text)
    dates = sorted(r["published"] for r in group if r["published"])
    return SpeakerEntry(
        name=name,
        aliases=aliases,
        roles=_distinct(r for row in group for r in json_list(row["roles"])),
        organizations=_distinct(
            o
            for row in group
            for o in json_list(row["organizations"])
            if o not in by_name and fold_name_token(o) != surname
        ),
        type=Counter(r["type"] for r in group).most_common(1)[0][0],
        documents=docs,
        n_quotes=sum(r["n_quotes"] for r in group),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def _distinct(values) -> list[str]:
    return list(dict.fromkeys(values))
