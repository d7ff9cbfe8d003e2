"""What the claimx pipeline components leave on a spaCy ``Doc``.

These are small frozen dataclasses whose offsets are character offsets into
``doc.text`` (the *normalised* text the pipeline saw).  They are turned into the
public Pydantic records (``claimx.records``) only at the output boundary, where
the offsets are mapped back into the original text.

Doc extensions (registered by ``claimx.pipeline``):

- ``doc._.claimx_meta``: ``DocumentMeta`` (set by ``claimx_document``)
- ``doc._.claimx_boilerplate``: ``list[Region]`` paragraphs that are not article
- ``doc._.claimx_captions``: ``list[Region]`` photo captions (kept, marked ``caption``)
- ``doc._.claimx_quotes``: ``list[QuoteMatch]`` (set by ``claimx_quotes``)
- ``doc._.claimx_claims``: ``list[QuantityMatch]`` (set by ``claimx_claims``)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group", "anonymous", "unknown"]
Qualifier = Literal["=", "~", ">", ">=", "<", "<="]
CueClass = Literal["speech", "cognition", "intention", "evidence"]


@dataclass(frozen=True, slots=True)
class Region:
    """A character range of ``doc.text`` with a label (e.g. a boilerplate paragraph)."""

    start: int
    end: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    """Who made a statement: the mention as written, plus what it resolves to."""

    start: int  # the mention as written ("he", "the Minister", "Sergei Lavrov")
    end: int
    text: str
    name: str | None = None  # canonical name in this document ("Sergei Lavrov"), None if unresolved
    role: str | None = None  # "Russian Foreign Minister"
    organization: str | None = None
    type: SpeakerType = "unknown"


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """One attributed statement. ``start``/``end`` cover the content without enclosing quote marks.

    A split quote (``"A," he said. "B"``) is one QuoteMatch whose ``fragments`` list the
    quoted pieces; ``start``/``end`` then run from the first fragment to the last.
    """

    kind: QuoteKind
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_class: CueClass = "speech"  # the cue's class (data/cues.json): speech, cognition, intention, evidence
    statement: bool = True  # False: the cue names only a topic or an act ("discussed the budget")
    speaker: SpeakerMatch | None = None
    via: str | None = None  # relaying medium: "TASS" in "TASS quoted him as saying"
    fragments: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """One numeric expression, qualifier included ("more than 1,000", "between 5,000 and 6,000")."""

    start: int
    end: int
    value: float | None  # single value; None for ranges and vague amounts
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "="
    qualifier_text: str | None = None  # the words as written: "more than", "up to"
    unit: str | None = None  # normalised unit: "percent", "km", "USD", "fraction", "year"
    subject: str | None = None  # what is counted or measured: "Afghan troops"
    subject_start: int | None = None
    subject_end: int | None = None
    vague: bool = False  # "dozens", "hundreds of"
    magnitude: float | None = None  # order of magnitude of a vague amount (10, 100, 1e6)
    change: Literal["up", "down"] | None = None  # the size of a rise or fall ("rose 4.5%"), not a level


@dataclass(slots=True)
class DocumentMeta:
    """Metadata read from the article text itself."""

    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    byline: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date "2021-07-09"
    publisher: str | None = None
    url: str | None = None
    source: str | None = None  # a republished article's original source ("Antiwar.com")
