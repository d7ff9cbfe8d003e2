"""Speaker mentions: the words as written, their role and type, and who they are within one document.

``mention(tok)`` cuts a speaker mention out of the parse; ``SpeakerRegistry`` keeps the named
speakers of a document with their roles and resolves pronouns ("he") and descriptions
("the Minister", "its top diplomat") to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimx.data import check_keys, load
from claimx.matches import SpeakerMatch, SpeakerType
from claimx.rules.spans import entity_at

# Children whose subtrees are not part of the mention as written ("Lavrov, who was speaking ...").
MENTION_DROP_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct"})
NAME_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det"})
ORG_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
INDEFINITE = frozenset({"a", "an", "another", "one", "some"})


def _titles() -> dict:
    return load("titles.json")


@dataclass(slots=True)
class Mention:
    """A speaker mention: token range, the name part (if any) and the role words around it."""

    start: int  # token indices, end exclusive
    end: int
    head: Token
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    type: SpeakerType = "unknown"


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def mention(tok: Token, person_surnames: frozenset[str] = frozenset()) -> Mention:
    """The speaker mention headed by ``tok``: its span, name, role and type."""
    doc = tok.doc
    drop: set[int] = set()
    for child in tok.children:
        if child.dep_ in MENTION_DROP_DEPS:
            drop.update(t.i for t in child.subtree)
    keep = {t.i for t in tok.subtree} - drop
    start = end = tok.i
    while start - 1 in keep and doc[start - 1].text not in {",", "(", "—"}:
        start -= 1
    while end + 1 in keep and doc[end + 1].text not in {",", "(", "—"}:
        end += 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].dep_ == "cc" or doc[end].tag_ == "POS"):
        end -= 1  # "the mayor's claim": the mention is "the mayor"
    m = Mention(start, end + 1, tok)
    titles = _titles()
    lower = tok.lower_
    if tok.pos_ == "PRON" or lower in titles["pronouns"]:
        m.type = titles["pronouns"].get(lower, "unknown")
        return m
    # the name: a PERSON entity on the head, else a run of proper nouns ending at the head
    name_start = None
    is_title = lower in titles["titles"] or tok.lemma_.lower() in titles["titles"]
    if is_title and tok.tag_ not in ("NNS", "NNPS") and doc[start].lower_ not in INDEFINITE:
        m.type = "person"  # a description: "the Minister", "the Russian Foreign Minister"
    elif tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and _strip_possessive(lower) in person_surnames):
        i = tok.i
        while i - 1 >= start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].lower_ not in titles["titles"]:
            if doc[i - 1].ent_type_ and doc[i - 1].ent_type_ != "PERSON":
                break
            i -= 1
        while i < tok.i and not doc[i].text[:1].isupper():
            i += 1  # "veteran goalkeeper Ann Lee": the lowercase words are the role
        name_start = i
        m.name = _strip_possessive(doc[i : tok.i + 1].text) if doc[tok.i].text[:1].isupper() else None
        m.type = "person"
    elif tok.ent_type_ in ORG_ENTS and (tok.pos_ == "PROPN" or tok.tag_ not in ("NNS", "NNPS")):
        ent = entity_at(tok)
        m.name = _strip_possessive(ent.text if ent is not None else tok.text)
        if m.name.lower().startswith("the "):
            m.name = m.name[4:]
        m.type = "organization"
    elif tok.pos_ == "PROPN" and tok.text[:1].isupper():
        m.name = _strip_possessive(doc[start : tok.i + 1].text)
        m.type = "organization"
    elif tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
        m.type = "group"
    elif tok.lemma_.lower() in titles["anonymous"] and (
        doc[start].lower_ in INDEFINITE or doc[start].lower_ not in DETERMINERS
    ):
        m.type = "anonymous"
    # the role: words before the name, plus an apposition ("Hasan Sultonov, the Tajik representative")
    roles = []
    if name_start is not None and name_start > start:
        words = doc[start:name_start]
        if any(t.lower_ in titles["titles"] or t.lemma_.lower() in titles["titles"] for t in words):
            roles.append(words.text)
    for child in tok.children:
        if child.dep_ == "appos":
            roles.append(doc[child.left_edge.i : child.right_edge.i + 1].text.strip(" ,"))
    if roles:
        m.role = roles[0]
    if m.role and all(w.lower() in titles["courtesy"] for w in m.role.split()):
        m.role = None  # "Mr. Paul Kent": a courtesy title, not a role
    if m.name is None and m.role is None and m.type in ("person", "anonymous"):
        words = doc[start : end + 1]
        first = next((t.i for t in words if t.lower_ not in DETERMINERS), end)
        m.role = _strip_possessive(doc[first : end + 1].text)  # "the veteran goalkeeper": a role, no name
    for ent in _entities_within(doc, start, end + 1):
        if ent.label_ == "ORG" and m.type != "organization":
            own = ent.start <= tok.i < ent.end or _strip_possessive(ent[-1].lower_) in person_surnames
            if not own:  # "Lavrov" mistaken for an ORG is the speaker, not his organization
                m.organization = ent.text
                break
    return m


def _entities_within(doc: Doc, start: int, end: int) -> Iterator[Span]:
    """The named entities wholly inside tokens ``[start, end)``."""
    for i in range(start, end):
        if doc[i].ent_iob_ == "B":
            ent = entity_at(doc[i])
            if ent is not None and ent.end <= end:
                yield ent


def _words(text: str) -> set[str]:
    return {w.strip(".,'’").lower() for w in text.split()} - DETERMINERS


@dataclass(slots=True)
class _Person:
    name: str
    roles: set[str] = field(default_factory=set)
    count: int = 0
    positions: list[int] = field(default_factory=list)
    marked: set[str] = field(default_factory=set)  # genders a title or role noun tells ("Ms", "spokeswoman")

    @property
    def gender(self) -> str | None:
        """From the document's own evidence first (a title, a role noun), else the first name."""
        if len(self.marked) == 1:
            return next(iter(self.marked))
        if self.marked:
            return None
        first = self.name.split()[0] if " " in self.name else None
        return first_names().get(first) if first else None


@cache
def first_names() -> dict[str, str]:
    """First name -> "female" | "male" (``data/first_names.json``, distilled from names-dataset)."""
    data = load("first_names.json")
    check_keys("first_names.json", data, {"_doc", "female", "male"}, {"female", "male"})
    return {n: g for g in ("female", "male") for n in data[g]}


def _gender_words(words) -> set[str]:
    gendered = _titles()["gendered"]
    return {g for g, ws in gendered.items() for t in words if t.lower_ in ws}


class SpeakerRegistry:
    """The people of one document: canonical names (longest form), their role words, where they spoke.

    ``carried``: the registry of the previous piece of the same document (a long document goes
    through the pipeline in pieces): its people, speakers and named persons come first, all
    placed before this piece's text (negative positions, in their order)."""

    def __init__(self, doc: Doc, carried: SpeakerRegistry | None = None) -> None:
        self.people: dict[str, _Person] = {}  # surname -> person
        self.speakers: list[tuple[int, str, SpeakerType]] = []  # (char position, name, type) in order
        self.ents: list[tuple[int, str]] = []  # PERSON entities (position, surname)
        if carried is not None:
            self._carry(carried)
        titles = _titles()["titles"]
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _strip_possessive(ent.text)
            person = self._get(name)
            self.ents.append((ent.start_char, person.name))
            left = [c for c in ent.root.lefts if c.dep_ in NAME_LEFT_DEPS and c.i < ent.start]
            if left:
                words = doc[left[0].left_edge.i : ent.start]
                if any(t.lower_ in titles for t in words):
                    person.roles |= _words(words.text)
                person.marked |= _gender_words(words)
            if ent.start > 0:
                person.marked |= _gender_words([doc[ent.start - 1]])  # "Ms Berg", "Mr. Lee"
            for c in ent.root.children:
                if c.dep_ == "appos":  # "Anna Berg, a spokeswoman for ..."
                    person.marked |= _gender_words([c])

    def _carry(self, prev: SpeakerRegistry) -> None:
        for key, p in prev.people.items():
            self.people[key] = _Person(p.name, set(p.roles), p.count, [-1] * len(p.positions), set(p.marked))
        n = len(prev.speakers)
        self.speakers = [(i - n - 1, name, kind) for i, (_, name, kind) in enumerate(prev.speakers)]
        n = len(prev.ents)
        self.ents = [(i - n - 1, name) for i, (_, name) in enumerate(prev.ents)]

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(self.people)

    def _get(self, name: str) -> _Person:
        key = name.split()[-1].lower()
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = _Person(name)
        elif len(name) > len(person.name):
            person.name = name
        return person

    def add_speaker(self, pos: int, m: Mention) -> str | None:
        """Register a named speaker; returns its canonical key."""
        if m.type == "person" and m.name:
            person = self._get(m.name)
            person.count += 1
            person.positions.append(pos)
            if m.role:
                person.roles |= _words(m.role)
            return person.name.split()[-1].lower()
        return None

    def canonical(self, name: str) -> str:
        person = self.people.get(name.split()[-1].lower())
        return person.name if person else name

    def note(self, pos: int, name: str, kind: SpeakerType) -> None:
        self.speakers.append((pos, name, kind))

    def gender(self, name: str) -> str | None:
        person = self.people.get(name.split()[-1].lower())
        return person.gender if person is not None else None

    def pronoun(self, pos: int, kind: SpeakerType, gender: str | None = None) -> str | None:
        """The most recent speaker of a compatible type (and gender: "she" is not Mr Lee) before
        ``pos``; else the last such PERSON entity; else None."""
        want = {"person"} if kind == "person" else {"organization", "group"}
        for p, name, k in reversed(self.speakers):
            if p < pos and k in want and self._agrees(name, k, gender):
                return self.canonical(name) if k == "person" else name
        if kind == "person":  # no speaker yet: the last person named, one known to agree first
            before = [name for p, name in self.ents if p < pos and self._agrees(name, "person", gender)]
            known = [name for name in before if gender is not None and self.gender(name) == gender]
            if known or before:
                return self.canonical((known or before)[-1])
        return None

    def learn(self, name: str, gender: str | None) -> None:
        """A pronoun resolved to ``name``: its gender is evidence for later pronouns."""
        person = self.people.get(name.split()[-1].lower())
        if person is not None and gender is not None and person.gender is None:
            person.marked.add(gender)

    def _agrees(self, name: str, kind: SpeakerType, gender: str | None) -> bool:
        if gender is None or kind != "person":
            return True
        known = self.gender(name)
        return known is None or known == gender

    def description(self, text: str, pos: int) -> str | None:
        """A person whose role words cover the description ("the Minister" -> the foreign minister)."""
        titles = _titles()
        words = _words(text)
        for alias, role_words in titles["aliases"].items():
            if alias in text.lower():
                words = (words - set(alias.split())) | set(role_words)
        words = {w for w in words if w in titles["titles"] or w[:1].isalpha()}
        if not words or not any(w in titles["titles"] for w in words):
            return None
        cands = [p for p in self.people.values() if p.roles and words <= p.roles]
        if not cands:
            return None
        best = max(cands, key=lambda p: (p.count, max((q for q in p.positions if q < pos), default=-1)))
        return best.name


def speaker_match(m: Mention, doc: Doc, name: str | None) -> SpeakerMatch:
    span = doc[m.start : m.end]
    return SpeakerMatch(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=name,
        role=m.role,
        organization=m.organization,
        type=m.type,
    )
