"""The public records claimx writes: Pydantic models, and their JSON Schema (``claimx schema``).

Offsets (``start``/``end``) are Python ``str`` indices into the ORIGINAL text of the
document (the file decoded, line ends as stored), end exclusive; ``text`` is always
``original[start:end]``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "claimx/1"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Speaker(_Record):
    """Who made a statement."""

    text: str = Field(description="The mention as written: 'he', 'the Minister', 'Sergei Lavrov'.")
    name: str | None = Field(None, description="The resolved canonical name in this document, or null.")
    role: str | None = Field(None, description="Role or title: 'Russian Foreign Minister'.")
    organization: str | None = None
    type: Literal["person", "organization", "group", "anonymous", "unknown"] = "unknown"
    start: int
    end: int


class Quote(_Record):
    """An attributed statement."""

    type: Literal["quote"] = "quote"
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    text: str = Field(description="The content, without the enclosing quote marks.")
    start: int
    end: int
    fragments: list[tuple[int, int]] = Field(
        default_factory=list, description='The quoted pieces of a split quote (\'"A," he said. "B"\').'
    )
    cue: str | None = Field(None, description="The reporting verb or phrase as written.")
    cue_class: Literal["speech", "cognition", "intention", "evidence"] = "speech"
    statement: bool = Field(
        True,
        description="Says something (a clause or a quotation), not only a topic or an act: 'discussed the "
        "budget', 'urged calm', 'declined to say whether'. The default output keeps statements only.",
    )
    speaker: Speaker | None = None
    via: str | None = Field(None, description="A relaying medium: TASS in 'TASS quoted him as saying'.")
    boilerplate: bool = False
    caption: bool = Field(False, description="In a photo caption (often a repeat of an article sentence).")


class Claim(_Record):
    """A number the text asserts."""

    type: Literal["claim"] = "claim"
    id: str
    text: str = Field(description="The number expression with its qualifier: 'more than 1,000'.")
    start: int
    end: int
    value: float | None = Field(None, description="The single value; null for a range or a vague amount.")
    low: float | None = None
    high: float | None = None
    qualifier: Literal["=", "~", ">", ">=", "<", "<="] = "="
    qualifier_text: str | None = Field(None, description="The qualifier as written: 'more than', 'up to'.")
    unit: str | None = None
    subject: str | None = Field(None, description="What is counted or measured: 'Afghan troops'.")
    vague: bool = Field(False, description="A vague amount ('dozens', 'hundreds of').")
    magnitude: float | None = Field(None, description="Order of magnitude of a vague amount.")
    change: Literal["up", "down"] | None = Field(
        None, description="The number is the size of a rise ('up') or a fall ('down'); null for a level."
    )
    quote_id: str | None = Field(None, description="The quote the number sits in, if any.")
    speaker: Speaker | None = Field(None, description="Who claims it; null when the publication does.")
    boilerplate: bool = False
    caption: bool = Field(False, description="In a photo caption (often a repeat of an article sentence).")


class Region(_Record):
    start: int
    end: int
    label: str


class Document(_Record):
    """One article, with what was extracted from it."""

    type: Literal["document"] = "document"
    id: str = Field(description="The file stem, or the 'id' of a JSONL line.")
    path: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="ISO date, or null when the text gives none.")
    byline: list[str] = Field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="A republished article's original source.")
    boilerplate: list[Region] = Field(default_factory=list, description="Ranges that are not article.")
    warnings: list[str] = Field(default_factory=list)
    text: str | None = Field(
        None,
        description="The text the offsets point into, when it is not the input as read: the article "
        "text extracted from an HTML page (or every text, with --include-text).",
    )
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)


class DocumentLine(Document):
    """The first JSONL line of a document: the Document without its quotes and claims, with counts."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=lambda s: _drop(s, "quotes", "claims"))
    n_quotes: int
    n_claims: int


class QuoteLine(Quote):
    """A JSONL quote line: a Quote with the id of its document."""

    doc_id: str


class ClaimLine(Claim):
    """A JSONL claim line: a Claim with the id of its document."""

    doc_id: str


def _drop(schema: dict, *names: str) -> None:
    for name in names:
        schema["properties"].pop(name, None)


def json_schema() -> dict:
    """The JSON Schema of a Document of ``--format json`` (quotes, claims and speakers included)."""
    schema = Document.model_json_schema()
    schema["$id"] = SCHEMA_VERSION
    return schema


def jsonl_schema() -> dict:
    """The JSON Schema of one ``--format jsonl`` line: a document, quote or claim line (by ``type``)."""
    from pydantic import TypeAdapter

    union = Annotated[DocumentLine | QuoteLine | ClaimLine, Field(discriminator="type")]
    schema = TypeAdapter(union).json_schema()
    schema["$id"] = SCHEMA_VERSION + "/jsonl"
    return schema
