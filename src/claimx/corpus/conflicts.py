"""``claimx conflicts``: claims in different documents about the same quantity that cannot both be true.

Same quantity (precision first: a false conflict costs a fact-checker time):
- the same class of thing (``lexicon.subject``: troops = servicemen = soldiers; border guards and
  reservists are other classes), the same unit, neither a change ('up 5%') nor vague ('dozens');
- the same owner: places named in both subjects agree ('Russian' vs 'Afghan' troops never meet); a
  subject that names none takes the places of its sentence ('Moscow still has ... troops');
- the same where: both sentences name the same countries (gazetteer) and share a place (a country
  or another capitalised name: 'Larsvik'), AND a site ('base'; when a sentence names no site, the
  two subjects must read the same word for word, modifiers included).
Candidates come from blocking keys (class, unit, the countries, and a site or the subject), and
within a block only the claims that lie wholly above one another are compared: the cost is a sort
per block plus the disagreeing pairs, never all pairs.

Disagreement: each claim is an interval (a value with a little room for rounding, 5 % for '=',
15 % for '~'; 'more than X' is (X, inf); a range is [low, high]), and two claims conflict when
their intervals do not meet.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from pydantic import BaseModel

from claimx.corpus.echoes import amount
from claimx.corpus.lexicon import Subject, names_in, places_in, sites_in, subject
from claimx.corpus.store import open_store, rows

ROUNDING = {"=": 0.05, "~": 0.15}


class ConflictClaim(BaseModel):
    doc_id: str
    id: str
    text: str
    subject: str | None
    amount: str  # '> 6,000', '5,000–6,000'
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    claimed_by: str  # the speaker, or the publication
    publisher: str | None
    published: str | None
    context: str | None


class Disagreement(BaseModel):
    a: str  # 'doc_id/claim id'
    b: str
    reason: str


class ConflictGroup(BaseModel):
    """Claims about one quantity, from different documents, that disagree."""

    subject: str  # 'military personnel · Russia, Tajikistan · base'
    unit: str | None
    claims: list[ConflictClaim]
    conflicts: list[Disagreement]


@dataclass(slots=True)
class _Claim:
    record: ConflictClaim
    subject: Subject
    owners: frozenset[str]
    countries: frozenset[str]
    places: frozenset[str]
    sites: frozenset[str]
    lo: float
    lo_open: bool
    hi: float
    hi_open: bool

    @property
    def uid(self) -> str:
        return f"{self.record.doc_id}/{self.record.id}"


SQL = """SELECT c.doc_id, c.id, c.text, c.subject, c.value, c.low, c.high, c.qualifier, c.unit, c.context,
coalesce(c.speaker_name, 'the publication' || coalesce(' (' || d.publisher || ')', '')) AS claimed_by,
d.publisher, d.published
FROM claims c JOIN documents d ON d.id = c.doc_id
WHERE NOT c.boilerplate AND NOT c.vague AND c.change IS NULL AND c.subject IS NOT NULL
ORDER BY d.published IS NULL, d.published, c.doc_id, c.rowid"""


def conflicts(store) -> list[ConflictGroup]:
    """Every group of disagreeing claims in the store."""
    db = open_store(store)
    claims = [c for row in rows(db, SQL) if (c := _read(row)) is not None]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for key in _keys(c):
            blocks[key].append(i)
    pairs: dict[tuple[int, int], str] = {}  # one claim of each of two disagreeing figures -> why
    links: list[list[int]] = []  # the claims of two disagreeing figures: one group
    for members in blocks.values():
        # Claims with the same figure (and what else tells quantities apart) stand for each other:
        # the figures are sorted by lower bound, and each is compared only with those lying wholly
        # above it (a suffix), so a block costs a sort plus its disagreeing figures, not its square.
        figures: dict[tuple, list[int]] = defaultdict(list)
        for i in members:
            figures[_figure(claims[i])].append(i)
        ordered = sorted(figures.values(), key=lambda f: claims[f[0]].lo)
        lows = [claims[f[0]].lo for f in ordered]
        for low in ordered:
            for high in ordered[bisect_left(lows, claims[low[0]].hi) :]:
                pair = None if high is low else _across(claims, low, high)
                if pair is None or pair in pairs or not _same_quantity(claims[pair[0]], claims[pair[1]]):
                    continue
                if reason := _disagree(claims[pair[0]], claims[pair[1]]):
                    pairs[pair] = reason
                    links.append(low + high)
    return _groups(claims, pairs, links)


def _figure(c: _Claim) -> tuple:
    return (c.lo, c.lo_open, c.hi, c.hi_open, c.subject.places, None if c.countries else c.places)


def _across(claims: list[_Claim], f: list[int], g: list[int]) -> tuple[int, int] | None:
    """A claim of each figure from two different documents (in index order), or None."""
    for i in f:
        for j in g:
            if claims[i].record.doc_id != claims[j].record.doc_id:
                return (i, j) if i < j else (j, i)
    return None


def _read(row: dict) -> _Claim | None:
    subj = subject(row["subject"])
    interval = _interval(row["value"], row["low"], row["high"], row["qualifier"])
    if subj is None or interval is None:
        return None
    context = row.pop("context")
    countries = places_in(context) | subj.places
    places = countries | names_in(context)
    record = ConflictClaim(
        **row, context=context, amount=amount(row["value"], row["low"], row["high"], row["qualifier"])
    )
    owners = subj.places or countries
    return _Claim(record, subj, owners, countries, places, sites_in(context), *interval)


def _interval(value, low, high, qualifier) -> tuple[float, bool, float, bool] | None:
    """(lo, lo_open, hi, hi_open), or None for a claim with no number to compare."""
    inf = math.inf
    if value is None:
        if low is None or high is None:
            return None
        room = ROUNDING.get(qualifier, 0.0) if qualifier == "~" else 0.0
        return low * (1 - room), False, high * (1 + room), False
    return {
        ">": (value, True, inf, True),
        ">=": (value, False, inf, True),
        "<": (-inf, True, value, True),
        "<=": (-inf, True, value, False),
    }.get(qualifier) or _around(value, ROUNDING[qualifier])


def _around(value: float, room: float) -> tuple[float, bool, float, bool]:
    lo, hi = sorted((value * (1 - room), value * (1 + room)))
    return lo, False, hi, False


def _keys(c: _Claim):
    """Blocking keys: what two claims about one quantity must share (see ``_same_quantity``)."""
    head, unit = c.subject.head, c.record.unit
    for site in c.sites:
        yield ("site", head, unit, c.countries, site)
    if not c.sites and c.subject.modifiers:
        yield ("subject", head, unit, c.countries, c.subject.label)


def _same_quantity(a: _Claim, b: _Claim) -> bool:
    if a.subject.head != b.subject.head or a.record.unit != b.record.unit:
        return False
    if a.subject.places and b.subject.places:
        owners_agree = a.subject.places == b.subject.places
    else:  # a subject without a place: its sentence must name the other's (or neither names any)
        owners_agree = bool(a.owners & b.owners) or not (a.owners or b.owners)
    if a.sites and b.sites:
        where = bool(a.sites & b.sites)
    else:  # no site to compare: the subjects must read the same, and say more than a bare noun
        where = a.subject.label == b.subject.label and bool(a.subject.modifiers)
    return owners_agree and a.countries == b.countries and bool(a.places & b.places) and where


def _disagree(a: _Claim, b: _Claim) -> str | None:
    """Why the two intervals cannot both hold, or None when they meet."""
    lo, lo_open = max((a.lo, a.lo_open), (b.lo, b.lo_open), key=lambda x: (x[0], x[1]))
    hi, hi_open = min((a.hi, a.hi_open), (b.hi, b.hi_open), key=lambda x: (x[0], not x[1]))
    if lo < hi or (lo == hi and not lo_open and not hi_open):
        return None
    first, second = sorted((a, b), key=lambda c: c.hi)
    if first.hi == second.lo:
        excluded = second if second.lo_open else first
        at = amount(first.hi, None, None, "=")
        return (
            f"{_q(first.record.text)} and {_q(second.record.text)} meet only at {at}, "
            f"which {_q(excluded.record.text)} excludes"
        )
    return (
        f"{_q(first.record.text)} ({first.record.amount}) is below {_q(second.record.text)} "
        f"({second.record.amount}): the ranges do not overlap"
    )


def _q(text: str) -> str:
    return "'" + " ".join(text.split()) + "'"


def _groups(
    claims: list[_Claim], pairs: dict[tuple[int, int], str], links: list[list[int]]
) -> list[ConflictGroup]:
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in links:
        for i in link[1:]:
            parent[find(i)] = find(link[0])
    members: dict[int, list[int]] = defaultdict(list)
    for i in sorted(parent):
        members[find(i)].append(i)
    reasons: dict[int, list[Disagreement]] = defaultdict(list)
    for (i, j), reason in sorted(pairs.items()):
        reasons[find(i)].append(Disagreement(a=claims[i].uid, b=claims[j].uid, reason=reason))
    out = []
    for root, group in members.items():
        cs = [claims[i] for i in group]
        places = sorted(set.intersection(*(set(c.places) for c in cs)))
        sites = sorted(set.intersection(*(set(c.sites) for c in cs)))
        label = " · ".join(part for part in (cs[0].subject.head, ", ".join(places), ", ".join(sites)) if part)
        out.append(
            ConflictGroup(
                subject=label, unit=cs[0].record.unit, claims=[c.record for c in cs], conflicts=reasons[root]
            )
        )
    return out
