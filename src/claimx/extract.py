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
from claimx.model import load_pipeline, resolve_model
from claimx.records import Claim, Document, Quote, Region, Speaker
from claimx.rules.quotes.resolution import CARRY_KEY
from claimx.text import NormalizedText, guard_hostile, normalize, paragraph_chunks, split_dense

DEFAULT_BATCH_SIZE = 16  # spaCy's default of 256 took 2.4 GB on news articles; 16 is as fast in 330 MB
# Peak memory follows the characters in a batch, not the documents: a batch also ends at this
# many characters (about 16 typical articles), so long articles go in smaller batches.
MAX_BATCH_CHARS = 50_000
# Longer documents go through in pieces cut at paragraph breaks (else sentence ends, else spaces;
# offsets stay true; context does not cross a cut). spaCy needs about 1 GB per 100,000 characters
# of one Doc, and the speaker rules cost (mentions x tokens) per Doc: 10,000 characters (a long
# article) keeps a 1 MB document at the rate of short ones and memory flat.
MAX_CHUNK_CHARS = 10_000


class ExtractionError(ClaimxError):
    """The pipeline failed on one document (a bug): reported, and the other documents go on."""


@dataclass(slots=True)
class _Pending:
    """One document on its way through the pipeline: its pieces go in one by one, and each
    piece's records are built as soon as its ``Doc`` comes out (the ``Doc`` is then dropped)."""

    source: Source
    norm: NormalizedText
    chunks: list[tuple[int, int]]
    done: int = 0  # pieces whose records are built
    submitted: int = 0  # pieces handed to the pipeline
    error: str | None = None
    warnings: list[str] = field(default_factory=list)  # from the guard against hostile input
    meta: m.DocumentMeta | None = None  # from the first piece: the head of the article
    carry: dict = field(default_factory=dict)  # context the rules pass from piece to piece (speakers)
    regions: list[Region] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


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
        ``include_text``: put the text the offsets point into in every ``Document.text``.

        The model is found now (an unknown name raises ``ModelNotFoundError``) and loaded on
        first use, so that ``extract_sources(..., jobs=N)`` does not load it in this process."""
        self.model = resolve_model(model) if nlp is None else None
        self.attributions = attributions
        self._nlp = nlp
        if nlp is not None and "claimx_quotes" in nlp.pipe_names:
            nlp.get_pipe("claimx_quotes").attributions = attributions
        self.batch_size = batch_size
        self.include_boilerplate = include_boilerplate
        self.include_text = include_text

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model, attributions=self.attributions)
        return self._nlp

    def settings(self) -> dict:
        """What a worker process needs to build the same extractor (see ``claimx.parallel``)."""
        return {
            "model": self.model,
            "nlp": self._nlp if self.model is None else None,  # a user's own pipeline travels pickled
            "batch_size": self.batch_size,
            "include_boilerplate": self.include_boilerplate,
            "include_text": self.include_text,
            "attributions": self.attributions,
        }

    def extract(self, text: str, *, id: str = "text", path: str | None = None) -> Document:
        """Extract one text. Raises ``ExtractionError`` if the pipeline fails on it."""
        (result,) = self.extract_sources([Source(id, text, path)])
        if isinstance(result, ClaimxError):
            raise result
        return result

    def extract_sources(
        self, items: Iterable[Source | InputError], *, jobs: int = 1
    ) -> Iterator[Document | ClaimxError]:
        """Extract a stream of sources, yielding a Document per source (in input order) and
        passing input errors through.

        ``jobs``: worker processes (``0``: one per core); each loads the model once, and the
        results are the same as with ``jobs=1``. Memory stays bounded: ``batch_size`` pieces of
        documents (or ``MAX_BATCH_CHARS`` characters) at a time per process, and a long document
        goes through in pieces of at most ``MAX_CHUNK_CHARS`` characters."""
        if jobs != 1:
            from claimx.parallel import extract_parallel

            yield from extract_parallel(self, items, jobs)
            return
        yield from self.extract_partition(items)

    def extract_partition(self, items: Iterable[Source | InputError]) -> Iterator[Document | ClaimxError]:
        """The one code path: sources in, records out, in this process. ``jobs=1``, the worker
        processes of ``--jobs`` and the Dask workers all run this."""
        queue: list[_Pending] = []  # documents with pieces in the current batch, in input order
        batch: list[tuple[str, tuple[_Pending, int]]] = []
        chars = 0
        for item in items:
            if isinstance(item, ClaimxError):
                if not queue:
                    yield item
                    continue
                # keep the order: flush what came before the error
                yield from self._run(batch, queue)
                batch, chars, queue = [], 0, []
                yield item
                continue
            p = self._pending(item)
            queue.append(p)
            for j, (a, b) in enumerate(p.chunks):
                batch.append((self._piece(p, a, b), (p, j)))
                p.submitted += 1
                chars += b - a
                if len(batch) >= self.batch_size or chars >= MAX_BATCH_CHARS:
                    yield from self._run(batch, queue)
                    batch, chars = [], 0
                    queue = [p] if p.submitted < len(p.chunks) else []
        if batch or queue:
            yield from self._run(batch, queue)

    def _piece(self, p: _Pending, a: int, b: int) -> str | Doc:
        """A piece for the pipeline: its text, or, for a document in several pieces, a Doc that
        carries the document's context from piece to piece (pieces run in order)."""
        if len(p.chunks) == 1:
            return p.norm.text[a:b]
        doc = self.nlp.make_doc(p.norm.text[a:b])
        doc.user_data[CARRY_KEY] = p.carry
        return doc

    def _pending(self, source: Source) -> _Pending:
        norm, warnings = guard_hostile(normalize(source.text))
        chunks = paragraph_chunks(norm.text, min(self.nlp.max_length, MAX_CHUNK_CHARS))
        chunks = split_dense(norm.text, chunks)  # pieces thick with quotation marks: smaller
        return _Pending(source, norm, chunks, warnings=warnings)

    def _run(
        self, batch: list[tuple[str, tuple[_Pending, int]]], queue: list[_Pending]
    ) -> Iterator[Document | ClaimxError]:
        """Run one batch of pieces, build each piece's records as its Doc comes out, and yield
        the documents of ``queue`` whose last piece was in this batch."""

        def failed(proc_name, proc, docs, exc):  # spaCy's per-document error handler
            for doc in docs:
                p, _ = doc._context if doc._context is not None else (None, None)
                if p is not None and p.error is None:
                    p.error = f"{proc_name} failed: {exc.__class__.__name__}: {exc}"

        # Our components are plain callables: spaCy hands their failures to this handler and
        # drops only that piece. (Language.set_error_handler fails on the model's parser.)
        nlp = self.nlp
        previous, nlp.default_error_handler = nlp.default_error_handler, failed
        try:
            for doc, (p, j) in nlp.pipe(batch, as_tuples=True, batch_size=self.batch_size):
                if p.error is None:
                    try:
                        add_piece(p, j, doc, self.include_boilerplate)
                    except Exception as exc:  # a bug in record building must not lose the others
                        p.error = f"{exc.__class__.__name__}: {exc}"
                p.done += 1
                del doc  # the piece's Doc goes now, not at the end of the document
        finally:
            nlp.default_error_handler = previous
        for p in queue:
            if p.submitted < len(p.chunks):
                continue  # its next pieces are in the next batch
            if p.error is None and p.done != len(p.chunks):
                p.error = "the pipeline dropped part of the document"
            if p.error is not None:
                yield ExtractionError(f"{p.source.path or p.source.id}: {p.error}")
                continue
            yield finish_document(p, self.include_text)


def add_piece(p: _Pending, j: int, doc: Doc, include_boilerplate: bool = False) -> None:
    """Turn one piece's matches into records (offsets mapped back to the original text) and add
    them to its document. Quotes do not cross pieces, so a claim's host quote is in its piece."""
    norm, offset = p.norm, p.chunks[j][0]
    original = norm.original

    def span(start: int, end: int) -> tuple[int, int]:
        return norm.span(offset + start, offset + end)

    def speaker(sp: m.SpeakerMatch | None) -> Speaker | None:
        if sp is None:
            return None
        a, b = span(sp.start, sp.end)
        return Speaker(
            text=original[a:b], name=sp.name, role=sp.role, organization=sp.organization, type=sp.type,
            start=a, end=b,
        )  # fmt: skip

    if j == 0:
        p.meta = doc._.claimx_meta
    bp = [(r.start, r.end) for r in doc._.claimx_boilerplate or ()]
    for r in doc._.claimx_boilerplate or ():
        a, b = span(r.start, r.end)
        p.regions.append(Region(start=a, end=b, label=r.label))
    caps = [(r.start, r.end) for r in doc._.claimx_captions or ()]

    def in_boilerplate(start: int, end: int) -> bool:
        return any(start < be and end > bs for bs, be in bp)

    def in_caption(start: int, end: int) -> bool:
        return any(start < ce and end > cs for cs, ce in caps)

    quotes: list[tuple[tuple[int, int], Quote]] = []  # with their span in the piece, to place claims
    for q in doc._.claimx_quotes or ():
        is_bp = in_boilerplate(q.start, q.end)
        if is_bp and not include_boilerplate:
            continue
        a, b = span(q.start, q.end)
        cue = q.cue
        if q.cue_start is not None and q.cue_end is not None:
            ca, cb = span(q.cue_start, q.cue_end)
            cue = original[ca:cb]
        quote = Quote(
            id=f"q{len(p.quotes) + 1}", kind=q.kind, text=original[a:b], start=a, end=b,
            fragments=[span(fa, fb) for fa, fb in q.fragments], cue=cue, cue_class=q.cue_class,
            statement=q.statement, speaker=speaker(q.speaker), via=q.via, boilerplate=is_bp,
            caption=in_caption(q.start, q.end),
        )  # fmt: skip
        p.quotes.append(quote)
        quotes.append(((q.start, q.end), quote))
    kept = [c for c in doc._.claimx_claims or () if include_boilerplate or not in_boilerplate(c.start, c.end)]
    hosts = _containing_quotes(quotes, [(c.start, c.end) for c in kept])
    for c, host in zip(kept, hosts, strict=True):
        a, b = span(c.start, c.end)
        p.claims.append(
            Claim(
                id=f"c{len(p.claims) + 1}",
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
                boilerplate=in_boilerplate(c.start, c.end),
                caption=in_caption(c.start, c.end),
            )
        )


def finish_document(p: _Pending, include_text: bool = False) -> Document:
    """The Document of a document whose pieces are all in."""
    source, meta = p.source, p.meta or m.DocumentMeta()
    page = source.meta or {}  # metadata from an HTML page wins over guesses from the text
    return Document(
        id=source.id, path=source.path, title=page.get("title") or meta.title,
        published=page.get("published") or meta.published, byline=list(page.get("byline") or meta.byline),
        publisher=page.get("publisher") or meta.publisher, url=page.get("url") or meta.url,
        source=meta.source, boilerplate=p.regions, warnings=[*source.warnings, *p.warnings],
        text=p.norm.original if include_text or source.keep_text else None,
        quotes=p.quotes, claims=p.claims,
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
