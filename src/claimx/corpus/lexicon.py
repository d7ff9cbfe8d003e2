"""What the across-document matchers know about words (``claimx/data/corpus.json``): name
transliteration, classes of counted things, places and sites. Pure functions over that data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimx.data import check_keys, load

DATA = "corpus.json"
_WORD = re.compile(r"[a-z0-9]+(?:\.[a-z](?=\.))*\.?|[a-z0-9]+", re.I)
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "all", "some", "of", "these", "those"}


@cache
def _data() -> dict:
    data = load(DATA)
    allowed = {"_doc", "transliteration", "honorifics", "subjects", "places", "not_places", "sites"}
    check_keys(DATA, data, allowed)
    return data


@cache
def _folds() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern), repl) for pattern, repl in _data()["transliteration"]]


def ascii_fold(text: str) -> str:
    """Lower-case ASCII: accents dropped, other scripts romanised (anyascii)."""
    from anyascii import anyascii

    return anyascii(text).lower()


def fold_name_token(token: str) -> str:
    """One name token in a form that romanisations share: 'Sergey' and 'Sergei' -> 'sergei'."""
    token = re.sub(r"[^a-z]", "", ascii_fold(token))
    for pattern, repl in _folds():
        token = pattern.sub(repl, token)
    return token


def name_tokens(name: str) -> list[str]:
    """The tokens of a person's name, honorifics dropped: 'Mr. Sergey V. Lavrov' -> [Sergey, V., Lavrov]."""
    honorifics = set(_data()["honorifics"])
    tokens = [t for t in re.split(r"[\s]+", name.strip()) if t]
    return [t for t in tokens if t.lower().rstrip(".") not in honorifics] or tokens


@cache
def _subject_phrases() -> list[tuple[tuple[str, ...], str]]:
    out = [(tuple(phrase.split()), cls) for cls, phrases in _data()["subjects"].items() for phrase in phrases]
    return sorted(out, key=lambda p: -len(p[0]))


@cache
def _places() -> dict[tuple[str, ...], str]:
    return {tuple(_words(n)): place for place, names in _data()["places"].items() for n in names}


@cache
def _max_place_len() -> int:
    return max(len(k) for k in _places())


def _words(text: str) -> list[str]:
    words = _WORD.findall(ascii_fold(text).replace("'s", " ").replace("-", " "))
    return [w if "." in w[:-1] else w.rstrip(".") for w in words]


def places_in(text: str | None) -> frozenset[str]:
    """The gazetteer places a text names (by name, demonym or capital)."""
    if not text:
        return frozenset()
    words, found, i = _words(text), set(), 0
    places, longest = _places(), _max_place_len()
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            place = places.get(tuple(words[i : i + n]))
            if place:
                found.add(place)
                i += n - 1
                break
        i += 1
    return frozenset(found)


def names_in(text: str | None) -> frozenset[str]:
    """The capitalised words of a sentence after its first word ('Larsvik'), as places of their own."""
    if not text:
        return frozenset()
    stop = set(_data()["not_places"])
    words = [m.group() for m in re.finditer(r"(?<![\w'’])[A-Z][a-z]{2,}\b", text) if m.start() > 2]
    return frozenset(w for w in words if w.lower() not in stop and w.lower() not in _places_words())


@cache
def _places_words() -> frozenset[str]:
    return frozenset(w for key in _places() for w in key)


def sites_in(text: str | None) -> frozenset[str]:
    """The site nouns a text has ('base', 'border'), singular."""
    if not text:
        return frozenset()
    sites = set(_data()["sites"])
    return frozenset(
        w.removesuffix("s") if w.removesuffix("s") in sites else w for w in _words(text) if w in sites
    )


@dataclass(frozen=True, slots=True)
class Subject:
    """What a claim counts: its class ('military personnel'), the other words of its subject
    ('afghan government'), and the places the subject itself names ({'Afghanistan'})."""

    head: str
    modifiers: tuple[str, ...]
    places: frozenset[str]

    @property
    def label(self) -> str:
        return " ".join((*self.modifiers, self.head))


def subject(text: str | None) -> Subject | None:
    """Read a claim's subject: the longest class phrase it ends with, else its last word
    (singular) as its own class. None for an empty subject."""
    words = [w for w in _words(text or "") if w not in DETERMINERS and not w.isdigit()]
    if not words:
        return None
    head, rest = None, words
    for phrase, cls in _subject_phrases():
        if tuple(words[-len(phrase) :]) == phrase:
            head, rest = cls, words[: -len(phrase)]
            break
    if head is None:
        head, rest = words[-1].removesuffix("s") if len(words[-1]) > 3 else words[-1], words[:-1]
    return Subject(head, tuple(rest), places_in(" ".join(rest)))
