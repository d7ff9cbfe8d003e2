"""The library entry point: text in, ``Document`` records out.

    >>> from claimx import Extractor
    >>> doc = Extractor().extract('"We are ready," Lavrov said.')
    >>> doc.quotes[0].speaker.name
    'Lavrov'

The extractor normalises each text, runs the spaCy pipeline over it in small batches
(``nlp.pipe``; long documents in paragraph-bounded pieces), and builds records whose
offsets point into the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from claimx import matches as m
from claimx.errors import ClaimxError, InputError
from claimx.ingest import Source
from claimx.model import load_pipeline
from claimx.records import Claim, Document, Quote, Region, Speaker
from claimx.text import NormalizedText, normalize, paragraph_chunks

DEFAULT_BATCH_SIZE = 16  # spaCy's default of 256 took 2.4 GB on news articles; 16 is as fast in 330 MB
# Peak memory follows the characters in a batch, not the documents: a batch also ends at this
# many characters (about 16 typical articles), so long articles go in smaller batches.
MAX_BATCH_CHARS = 50_000
# spaCy needs about 1 GB per 100,000 characters of one Doc; longer documents are processed in
# pieces cut at paragraph breaks (offsets stay true; context does not cross a cut).
MAX_CHUNK_CHARS = 100_000


class ExtractionError(ClaimxError):
    """The pipeline failed on one document (a bug): reported, and the other documents go on."""


@dataclass(slots=True)
class _Pending:
    source: Source
    norm: NormalizedText
    chunks: list[tuple[int, int]]
    docs: dict[int, Doc] = field(default_factory=dict)
    error: str | None = None


class Extractor:
    """Runs claimx over texts. Load once, reuse: loading the model takes a second or two."""

    def __init__(
        self,
        model: str | None = None,
        *,
        nlp: Language | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        include_boilerplate: bool = False,
        include_text: bool = False,
        attributions: str = "speech",
    ) -> None:
        """``attributions``: ``"speech"`` (what a reporter calls a quote: said, told, announced,
        according to ...) or ``"all"`` (also belief, intention and evidence cues: PolNeAR's notion).
        ``include_text``: put the text the offsets point into in every ``Document.text``."""
        self.nlp = nlp if nlp is not None else load_pipeline(model, attributions=attributions)
        if nlp is not None and "claimx_quotes" in nlp.pipe_names:
            nlp.get_pipe("claimx_quotes").attributions = attributions
        self.batch_size = batch_size
        self.include_boilerplate = include_boilerplate
        self.include_text = include_text

    def extract(self, text: str, *, id: str = "text", path: str | None = None) -> Document:
        """Extract one text. Raises ``ExtractionError`` if the pipeline fails on it."""
        (result,) = self.extract_sources([Source(id, text, path)])
        if isinstance(result, ClaimxError):
            raise result
        return result

    def extract_sources(
        self, items: Iterable[Source | InputError], *, jobs: int = 1
    ) -> Iterator[Document | ClaimxError]:
        """Extract a stream of sources, yielding a Document per source (in order) and passing
        input errors through. Memory stays bounded: ``batch_size`` documents (or ``MAX_BATCH_CHARS``
        characters) at a time."""
        batch: list[Source] = []
        chars = 0
        for item in items:
            if isinstance(item, ClaimxError):
                yield item
                continue
            batch.append(item)
            chars += len(item.text)
            if len(batch) >= self.batch_size or chars >= MAX_BATCH_CHARS:
                yield from self._run(batch)
                batch, chars = [], 0
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Source]) -> Iterator[Document | ClaimxError]:
        pending = []
        for source in batch:
            norm = normalize(source.text)
            chunk_chars = min(self.nlp.max_length, MAX_CHUNK_CHARS)
            pending.append(_Pending(source, norm, paragraph_chunks(norm.text, chunk_chars)))

        def failed(proc_name, proc, docs, exc):  # spaCy's per-document error handler
            for doc in docs:
                i, _ = doc._context if doc._context is not None else (None, None)
                if i is not None:
                    pending[i].error = f"{proc_name} failed: {exc.__class__.__name__}: {exc}"

        tuples = (
            (p.norm.text[a:b], (i, j)) for i, p in enumerate(pending) for j, (a, b) in enumerate(p.chunks)
        )
        # Our components are plain callables: spaCy hands their failures to this handler and
        # drops only that document. (Language.set_error_handler fails on the model's parser.)
        previous, self.nlp.default_error_handler = self.nlp.default_error_handler, failed
        try:
            for doc, (i, j) in self.nlp.pipe(tuples, as_tuples=True, batch_size=self.batch_size):
                pending[i].docs[j] = doc
        finally:
            self.nlp.default_error_handler = previous
        for p in pending:
            if p.error is None and len(p.docs) != len(p.chunks):
                p.error = "the pipeline dropped part of the document"
            if p.error is not None:
                yield ExtractionError(f"{p.source.path or p.source.id}: {p.error}")
                continue
            try:
                yield build_document(
                    p.source, p.norm, p.chunks, p.docs, self.include_boilerplate, self.include_text
                )
            except Exception as exc:  # a bug in record building must not lose the other documents
                yield ExtractionError(f"{p.source.path or p.source.id}: {exc.__class__.__name__}: {exc}")


def build_document(
    source: Source,
    norm: NormalizedText,
    chunks: list[tuple[int, int]],
    docs: dict[int, Doc],
    include_boilerplate: bool = False,
    include_text: bool = False,
) -> Document:
    """Turn the pipeline's matches into records, with offsets mapped back to the original text."""
    original = norm.original

    def span(offset: int, start: int, end: int) -> tuple[int, int]:
        return norm.span(offset + start, offset + end)

    def speaker(offset: int, sp: m.SpeakerMatch | None) -> Speaker | None:
        if sp is None:
            return None
        a, b = span(offset, sp.start, sp.end)
        return Speaker(
            text=original[a:b], name=sp.name, role=sp.role, organization=sp.organization, type=sp.type,
            start=a, end=b,
        )  # fmt: skip

    meta = docs[0]._.claimx_meta or m.DocumentMeta()
    regions: list[Region] = []
    quotes: list[tuple[tuple[int, int], Quote]] = []  # with their normalised span, to place claims
    claims: list[Claim] = []
    for j, (offset, _) in enumerate(chunks):
        doc = docs[j]
        bp = [(r.start + offset, r.end + offset) for r in doc._.claimx_boilerplate or ()]
        for r in doc._.claimx_boilerplate or ():
            a, b = span(offset, r.start, r.end)
            regions.append(Region(start=a, end=b, label=r.label))

        caps = [(r.start + offset, r.end + offset) for r in doc._.claimx_captions or ()]

        def in_boilerplate(start: int, end: int, bp=bp) -> bool:
            return any(start < be and end > bs for bs, be in bp)

        def in_caption(start: int, end: int, caps=caps) -> bool:
            return any(start < ce and end > cs for cs, ce in caps)

        for q in doc._.claimx_quotes or ():
            is_bp = in_boilerplate(q.start + offset, q.end + offset)
            if is_bp and not include_boilerplate:
                continue
            a, b = span(offset, q.start, q.end)
            cue = q.cue
            if q.cue_start is not None and q.cue_end is not None:
                ca, cb = span(offset, q.cue_start, q.cue_end)
                cue = original[ca:cb]
            quote = Quote(
                id=f"q{len(quotes) + 1}", kind=q.kind, text=original[a:b], start=a, end=b,
                fragments=[span(offset, fa, fb) for fa, fb in q.fragments], cue=cue, cue_class=q.cue_class,
                speaker=speaker(offset, q.speaker), via=q.via, boilerplate=is_bp,
                caption=in_caption(q.start + offset, q.end + offset),
            )  # fmt: skip
            quotes.append(((q.start + offset, q.end + offset), quote))
        kept = [
            c
            for c in doc._.claimx_claims or ()
            if include_boilerplate or not in_boilerplate(c.start + offset, c.end + offset)
        ]
        hosts = _containing_quotes(quotes, [(c.start + offset, c.end + offset) for c in kept])
        for c, host in zip(kept, hosts, strict=True):
            is_bp = in_boilerplate(c.start + offset, c.end + offset)
            a, b = span(offset, c.start, c.end)
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    text=original[a:b],
                    start=a,
                    end=b,
                    value=c.value,
                    low=c.low,
                    high=c.high,
                    qualifier=c.qualifier,
                    qualifier_text=c.qualifier_text,
                    unit=c.unit,
                    subject=c.subject,
                    vague=c.vague,
                    magnitude=c.magnitude,
                    change=c.change,
                    quote_id=host.id if host else None,
                    speaker=host.speaker if host else None,
                    boilerplate=is_bp,
                    caption=in_caption(c.start + offset, c.end + offset),
                )
            )
    page = source.meta or {}  # metadata from an HTML page wins over guesses from the text
    return Document(
        id=source.id, path=source.path, title=page.get("title") or meta.title,
        published=page.get("published") or meta.published, byline=list(page.get("byline") or meta.byline),
        publisher=page.get("publisher") or meta.publisher, url=page.get("url") or meta.url,
        source=meta.source, boilerplate=regions, warnings=list(source.warnings),
        text=original if include_text or source.keep_text else None,
        quotes=[q for _, q in quotes], claims=claims,
    )  # fmt: skip


def _containing_quotes(
    quotes: list[tuple[tuple[int, int], Quote]], spans: list[tuple[int, int]]
) -> list[Quote | None]:
    """For each span, the attributed statement it sits in: the smallest quote span containing it.

    A sweep over both lists sorted by start, keeping only the quotes open at the current
    position: linear in quotes and claims (times the nesting depth), never all pairs."""
    by_start = sorted(quotes, key=lambda item: item[0][0])
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    result: list[Quote | None] = [None] * len(spans)
    active: list[tuple[tuple[int, int], Quote]] = []
    k = 0
    for i in order:
        start, end = spans[i]
        while k < len(by_start) and by_start[k][0][0] <= start:
            active.append(by_start[k])
            k += 1
        active = [item for item in active if item[0][1] > start]
        best = min(
            (item for item in active if item[0][1] >= end),
            key=lambda item: item[0][1] - item[0][0],
            default=None,
        )
        result[i] = best[1] if best else None
    return result
