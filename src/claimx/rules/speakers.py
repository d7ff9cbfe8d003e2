"""Speaker mentions: the words as written, their role and type, and who they are within one document.

``mention(tok)`` cuts a speaker mention out of the parse; ``SpeakerRegistry`` keeps the named
speakers of a document with their roles and resolves pronouns ("he") and descriptions
("the Minister", "its top diplomat") to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from claimx.data import check_keys, load
from claimx.matches import SpeakerMatch, SpeakerType
from claimx.rules.spans import entity_at

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

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
    roles: list[str] = field(default_factory=list)  # every role found; ``role`` is the first
    epithet: bool = False  # "the Spaniard", "the 24-year-old": resolved like a pronoun


def _joins(tok: Token) -> bool:
    """A hyphen inside a word ("Adeyemi-Okafor"), not a dash between phrases."""
    return tok.text in ("-", "‐") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


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
        if child.dep_ in MENTION_DROP_DEPS and not _joins(child):
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
    if tok.pos_ == "PROPN" and any(c.dep_ == "conj" for c in tok.children):
        m.type = "group"  # "Mr. Grassley and Mr. Leahy said": two speakers, no one name
        return m
    if _is_epithet(doc[start : end + 1]):
        m.type, m.role, m.epithet = "person", doc[start + 1 : end + 1].text, True
        return m
    # the name: a PERSON entity on the head, else a run of proper nouns ending at the head
    name_start = None
    is_title = lower in titles["titles"] or tok.lemma_.lower() in titles["titles"]
    named = tok.ent_type_ == "PERSON" and (tok.i == start or doc[tok.i - 1].pos_ == "PROPN")
    is_title = is_title and not named  # "Dean, a former chairman", "Larry King": a surname
    if is_title and tok.tag_ not in ("NNS", "NNPS") and doc[start].lower_ not in INDEFINITE:
        m.type = "person"  # a description: "the Minister", "the Russian Foreign Minister"
    elif tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and _strip_possessive(lower) in person_surnames):
        name_start = _name_start(tok, start)
        capital = doc[name_start].text[:1].isupper() and (tok.text[:1].isupper() or tok.ent_type_ == "PERSON")
        m.name = _strip_possessive(doc[name_start : tok.i + 1].text) if capital else None  # "Ban Ki-moon"
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
    kind = _description_kind(tok) if name_start is None and tok.pos_ == "NOUN" and tok.is_lower else None
    named = _appositive_name(tok, doc[end], person_surnames, kind) if kind is not None else None
    if named is not None:  # "The coach, Maria Lopez, said": the description is her role
        m.name, m.type = named.name, named.type
        first = next((t.i for t in doc[start : tok.i + 1] if t.lower_ not in DETERMINERS), tok.i)
        m.role = _strip_possessive(doc[first : tok.i + 1].text) if kind == "person" else None
        m.organization = _organization(m, tok, end, person_surnames)
        return m
    words = doc[start : tok.i]
    bare = bool(words) and words[0].lower_ in ("the", "its") and all(t.is_lower for t in words[1:])
    if kind == "organization" and m.type == "unknown" and bare:
        m.type = "organization"  # "the company said": resolved to the organization that spoke last
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
        m.role, m.roles = roles[0], roles
    if m.role and all(w.lower() in titles["courtesy"] for w in m.role.split()):
        m.role = None  # "Mr. Paul Kent": a courtesy title, not a role
    if m.name is None and m.role is None and m.type in ("person", "anonymous"):
        words = doc[start : end + 1]
        first = next((t.i for t in words if t.lower_ not in DETERMINERS), end)
        m.role = _strip_possessive(doc[first : end + 1].text)  # "the veteran goalkeeper": a role, no name
    m.organization = _organization(m, tok, end, person_surnames)
    return m


def _organization(m: Mention, tok: Token, end: int, person_surnames: frozenset[str]) -> str | None:
    """The organization named inside a person's mention ("a spokesman for Harrow Foods")."""
    for ent in _entities_within(tok.doc, m.start, end + 1):
        if ent.label_ == "ORG" and m.type != "organization":
            own = ent.start <= tok.i < ent.end or _strip_possessive(ent[-1].lower_) in person_surnames
            if not own:  # "Lavrov" mistaken for an ORG is the speaker, not his organization
                return ent.text
    return None


def _is_epithet(words: Span) -> bool:
    """'the Spaniard', 'the Democrat', 'the 24-year-old' (``titles.json`` epithets, or a NORP entity)."""
    if len(words) < 2 or words[0].lower_ != "the" or words[-1].tag_ in ("NNS", "NNPS"):
        return False
    rest = words[1:].text.lower()
    if rest.endswith("year-old") or rest.endswith("year old"):
        return True
    return len(words) == 2 and (rest in _titles()["epithets"] or words[1].ent_type_ == "NORP")


def _name_start(tok: Token, start: int) -> int:
    """Where the name ending at ``tok`` begins: the proper nouns (or the rest of its PERSON entity,
    "Adeyemi-Okafor") before it, without title words ("Detective Sergeant") or lowercase role words."""
    doc, titles = tok.doc, _titles()["titles"]
    ent = entity_at(tok)  # a PERSON, or a known person's name the parser took for another entity
    if ent is not None and ent.label_ != "PERSON" and ent.end != tok.i + 1:
        ent = None
    i = tok.i
    while i - 1 >= start and doc[i - 1].lower_ not in titles:
        prev = doc[i - 1]
        inside = ent is not None and ent.start <= prev.i
        if not inside and (prev.pos_ != "PROPN" or (prev.ent_type_ and prev.ent_type_ != "PERSON")):
            break
        i -= 1
    while i < tok.i and not doc[i].text[:1].isupper():
        i += 1  # "veteran goalkeeper Ann Lee": the lowercase words are the role
    return i


def _description_kind(tok: Token) -> SpeakerType | None:
    """What a description headed by ``tok`` stands for: a person ("the coach", "her neighbour"),
    an organization ("the company") or neither."""
    titles, lemma = _titles(), tok.lemma_.lower()
    if lemma in titles["organization_nouns"]:
        return "organization"
    if {lemma, tok.lower_} & {*titles["titles"], *titles["anonymous"], *titles["relations"]}:
        return "person"
    return "person" if gender_words([tok]) else None


def _appositive_name(
    tok: Token, last: Token, person_surnames: frozenset[str], kind: SpeakerType
) -> Mention | None:
    """The name in apposition to a description of the same kind ("The coach, Maria Lopez"), also
    after its last word ("A spokesman for Harrow Foods, Dan Miles")."""
    for child in [*tok.children, *(last.children if kind == "person" and last.i > tok.i else ())]:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            named = mention(child, person_surnames)
            if named.name and named.type == kind:
                return named
    return None


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


def _same_first(a: str, b: str) -> bool:
    """Two forms of one name: one ends the other, or the first names agree ("J." ~ "John")."""
    x, y = a.lower().split(), b.lower().split()
    if len(x) < 2 or len(y) < 2 or x[-len(y) :] == y or y[-len(x) :] == x:
        return True  # "Guajardo Villarreal" is "Ildefonso Guajardo Villarreal"
    f, g = x[0].rstrip("."), y[0].rstrip(".")
    return f == g or (min(len(f), len(g)) == 1 and f[0] == g[0])


@dataclass(slots=True)
class _Named:
    """A person named in the text: where, who, whether as a subject, in which sentence."""

    pos: int
    name: str
    subject: bool
    sent: int


def _org_name(text: str) -> str:
    text = _strip_possessive(text)
    return text[4:] if text.lower().startswith("the ") else text


def _lexicon_names(doc: Doc) -> Iterator[Span]:
    """Names the parser did not tag as a person: capitalised proper nouns, outside any entity or
    making up a whole ORG entity, that begin with a known first name ("Elena Ruiz", "Lukas de
    Vries") or stand beside a role ("Ana Ruiz, the chairwoman"); no organization or place
    ("Victoria Street")."""
    names, data = first_names(), _titles()
    particles, not_person = data["name_particles"], _not_person()
    i, n = 0, len(doc)
    while i < n - 1:
        tok, j = doc[i], i
        if tok.text[:1].isupper() and tok.pos == PROPN and tok.lower_ not in data["titles"]:
            while j + 1 < n and doc[j + 1].pos == PROPN:
                if not doc[j + 1].text[:1].isupper() and doc[j + 1].lower_ not in particles:
                    break
                j += 1
            span = doc[i : j + 1]
            if j > i and span[-1].lower_ not in not_person:
                bare = not any(t.ent_type for t in span)
                org = span[0].ent_type_ == "ORG" and span[0].ent_iob_ == "B" and _whole_entity(span)
                role = any(c.dep_ == "appos" and _is_role(c) for c in span[-1].children)
                if (bare or org) and (tok.text in names or role):
                    yield span
        i = j + 1


@cache
def _not_person() -> frozenset[str]:
    data = _titles()
    return frozenset({*data["organization_suffixes"], *data["organization_nouns"]})


def _whole_entity(span: Span) -> bool:
    return all(t.ent_type_ == span[0].ent_type_ for t in span) and (
        span.end == len(span.doc) or span.doc[span.end].ent_iob_ != "I"
    )


def _is_role(tok: Token) -> bool:
    titles = _titles()
    return tok.lemma_.lower() in titles["titles"] or bool(gender_words([tok]))


@cache
def first_names() -> dict[str, str]:
    """First name -> "female" | "male" (``data/first_names.json``, distilled from names-dataset)."""
    data = load("first_names.json")
    check_keys("first_names.json", data, {"_doc", "female", "male"}, {"female", "male"})
    return {n: g for g in ("female", "male") for n in data[g]}


def gender_words(words) -> set[str]:
    gendered = _titles()["gendered"]
    return {g for g, ws in gendered.items() for t in words if t.lower_ in ws}


class SpeakerRegistry:
    """The people of one document: canonical names (longest form), their role words, where they spoke.

    ``carried``: the registry of the previous piece of the same document (a long document goes
    through the pipeline in pieces): its people, speakers and named persons come first, all
    placed before this piece's text (negative positions, in their order)."""

    def __init__(self, doc: Doc, carried: SpeakerRegistry | None = None) -> None:
        self.people: dict[str, _Person] = {}  # surname -> person
        # (char position, name, type) in order; name None: a person with no name ("One parent")
        self.speakers: list[tuple[int, str | None, SpeakerType]] = []
        self.ents: list[_Named] = []  # persons named in the text, in order
        self.orgs: list[tuple[int, str]] = []  # ORG entities (position, name)
        self.frames: list[tuple[int, int, int]] = []  # (content start, end, its speaker's position)
        if carried is not None:
            self._carry(carried)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_named(ent)
            elif ent.label_ == "ORG":
                self.orgs.append((ent.start_char, _org_name(ent.text)))
        for span in _lexicon_names(doc):
            self._add_named(span)
        self.ents.sort(key=lambda n: n.pos)

    def _add_named(self, ent: Span) -> None:
        doc, titles = ent.doc, _titles()["titles"]
        first = _name_start(ent[-1], ent.start)  # "Striker Luis Moreno": the title is a role
        if first == ent.end - 1 and ent[-1].tag_ == "POS":
            first = ent.start
        name = _strip_possessive(doc[first : ent.end].text)
        if not name.split():
            return  # an entity of control characters or spaces names nobody
        person = self._get(name)
        root = ent.root
        subject = root.dep_ in SUBJECT_DEPS or (root.dep_ == "poss" and root.head.dep_ in SUBJECT_DEPS)
        self.ents.append(_Named(ent.start_char, person.name, subject, ent.sent.start_char))
        left = [c for c in ent.root.lefts if c.dep_ in NAME_LEFT_DEPS and c.i < ent.start]
        words = doc[left[0].left_edge.i if left else ent.start : first]
        if any(t.lower_ in titles for t in words):
            person.roles |= _words(words.text)
        person.marked |= gender_words(words)
        if ent.start > 0:
            person.marked |= gender_words([doc[ent.start - 1]])  # "Ms Berg", "Mr. Lee"
        for c in ent.root.children:
            if c.dep_ == "appos":  # "Anna Berg, a spokeswoman for ..."
                person.marked |= gender_words([c])

    def _carry(self, prev: SpeakerRegistry) -> None:
        for key, p in prev.people.items():
            self.people[key] = _Person(p.name, set(p.roles), p.count, [-1] * len(p.positions), set(p.marked))
        n = len(prev.speakers)
        self.speakers = [(i - n - 1, name, kind) for i, (_, name, kind) in enumerate(prev.speakers)]
        n = len(prev.ents)
        self.ents = [_Named(i - n - 1, e.name, e.subject, i - n - 1) for i, e in enumerate(prev.ents)]
        n = len(prev.orgs)
        self.orgs = [(i - n - 1, name) for i, (_, name) in enumerate(prev.orgs)]

    def frame(self, start: int, end: int, speaker_pos: int) -> None:
        """An attribution's content ``[start, end)``: the people who speak or are named inside it
        are less salient than its speaker ("Rowe said Finch had told him ...": "he" is Rowe)."""
        if not start <= speaker_pos < end:
            self.frames.append((start, end, speaker_pos))

    def _outer(self, pos: int) -> int | None:
        return next((sp for a, b, sp in self.frames if a <= pos < b and sp < pos), None)

    def _inside(self, pos: int) -> bool:
        return any(a <= pos < b for a, b, _ in self.frames)

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(self.people)

    def _find(self, name: str) -> _Person | None:
        """The person ``name`` refers to: by surname ("Lee"), unless the first names differ ("Ivanka
        Trump" is not "Donald Trump": she is kept under her full name)."""
        words = name.split()
        person = self.people.get(f"{words[0]} {words[-1]}".lower()) if len(words) > 1 else None
        if person is None and words:
            person = self.people.get(words[-1].lower())
        if person is not None and len(words) > 1 and not _same_first(person.name, name):
            return None
        return person

    def _get(self, name: str) -> _Person:
        person = self._find(name)
        if person is None:
            words = name.split()
            key = words[-1].lower()
            if key in self.people:  # another person of that surname
                key = f"{words[0]} {words[-1]}".lower()
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
            for role in m.roles or ([m.role] if m.role else []):
                person.roles |= _words(role)
            return person.name.split()[-1].lower()
        return None

    def canonical(self, name: str) -> str:
        person = self._find(name)
        return person.name if person else name

    def note(self, pos: int, name: str | None, kind: SpeakerType) -> None:
        self.speakers.append((pos, name, kind))

    def gender(self, name: str) -> str | None:
        person = self._find(name)
        return person.gender if person is not None else None

    def pronoun(self, pos: int, kind: SpeakerType, gender: str | None = None) -> str | None:
        """The most recent speaker of a compatible type (and gender: "she" is not Mr Lee) before
        ``pos``, the speaker of a report before one it reports; else the most salient person named
        (see ``_named``); else None."""
        want = {"person"} if kind == "person" else {"organization", "group"}
        spoke = {p: (name, k) for p, name, k in self.speakers if name is not None}
        for p, name, k in reversed(self.speakers):
            if p < pos and k in want and name is None:
                return None  # the last to speak has no name ("One parent said ..."): nothing to give
            if p < pos and k in want and self._agrees(name, k, gender):
                outer = self._outer(p)
                if outer in spoke and spoke[outer][1] in want and self._agrees(*spoke[outer], gender):
                    name, k = spoke[outer]
                return self.canonical(name) if k == "person" else name
        return self._named(pos, gender) if kind == "person" else None

    def _named(self, pos: int, gender: str | None) -> str | None:
        """No speaker yet: a person named before ``pos`` who may agree in gender, outside any
        reported content if one is. From the latest sentence naming one: its subject, else one
        known to agree in gender, else the first named."""
        pool = [e for e in self.ents if e.pos < pos and self._agrees(e.name, "person", gender)]
        pool = [e for e in pool if not self._inside(e.pos)] or pool
        if not pool:
            return None
        sent = [e for e in pool if e.sent == pool[-1].sent]
        known = [e for e in sent if gender is not None and self.gender(e.name) == gender]
        return self.canonical(next((e for e in sent if e.subject), (known or sent)[0]).name)

    def organization(self, pos: int, noun: str) -> str | None:
        """ "the company": the organization that spoke last before ``pos``, else the last named; one
        whose name holds the noun first ("the commission": the Commission on Presidential Debates)."""
        spoke = [name for p, name, k in self.speakers if p < pos and k == "organization"]
        named = [name for p, name in self.orgs if p < pos and not self._inside(p)]
        cands = spoke or named
        noun = noun.lower()
        own = [name for name in spoke + named if name.lower() != noun and noun in name.lower().split()]
        return (own or cands or [None])[-1]

    def learn(self, name: str, gender: str | None) -> None:
        """A pronoun resolved to ``name``: its gender is evidence for later pronouns."""
        person = self._find(name)
        if person is not None and gender is not None and person.gender is None:
            person.marked.add(gender)

    def agrees(self, name: str, gender: str | None) -> bool:
        """A person of that name may be referred to by a pronoun of ``gender``."""
        return self._agrees(name, "person", gender)

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
