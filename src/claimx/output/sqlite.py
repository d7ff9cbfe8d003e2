"""The SQLite store (``claimx extract ... --db FILE.db``): documents, quotes, claims and speakers
as plain tables that any SQLite tool (or ``datasette FILE.db``) can read, written with sqlite-utils.

Tables (single-column primary keys, so every row has a link in Datasette):

- ``documents``: ``id`` and the document's metadata; ``byline`` and ``warnings`` as JSON arrays.
- ``speakers``: one row per speaker per document (``uid`` = ``doc_id/name``): the resolved name
  (or the mention when none), the mentions, roles and organisations seen, the type, ``n_quotes``.
- ``quotes``: ``uid`` = ``doc_id/id``; the quote with its speaker flattened into ``speaker_*``
  columns and ``speaker_uid`` (foreign key); ``fragments`` as a JSON array of ``[start, end]``;
  full-text search on ``text`` (``quotes_fts``).
- ``claims``: ``uid`` = ``doc_id/id``; ``quote_uid`` and ``speaker_uid`` foreign keys; ``context``:
  the sentence the number sits in (what ``claimx conflicts`` reads the place from).

Writing a document again replaces its rows; each document is written in one transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from claimx.errors import OutputError
from claimx.records import Claim, Document, Quote, Speaker

STORE_VERSION = "claimx-store/1"
CONTEXT_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n")


class SqliteWriter:
    """A ``Writer`` into a SQLite file: ``write(document)`` for each, then ``close()``."""

    def __init__(self, path: str | Path) -> None:
        import sqlite_utils

        self.path = path = Path(path)
        if path.is_dir():
            raise OutputError(f"{path}: is a directory; give a database file name")
        if not path.parent.is_dir():
            raise OutputError(f"{path}: directory {str(path.parent)!r} does not exist")
        try:
            self.db = sqlite_utils.Database(path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL: a process crash loses no commit
            _create_tables(self.db)
        except Exception as exc:  # sqlite3.DatabaseError: not a database, read-only, locked
            raise OutputError(f"{path}: cannot be used as a claimx store ({exc})") from exc

    def write(self, doc: Document) -> None:
        rows = document_rows(doc)
        # One transaction: the old rows go and the new ones come, or neither. (Plain SQL here:
        # sqlite-utils' insert_all commits by itself, which would split the transaction.)
        try:
            with self.db.conn:
                for table in ("claims", "quotes", "speakers", "documents"):
                    key = "id" if table == "documents" else "doc_id"
                    self.db.conn.execute(f"DELETE FROM {table} WHERE {key} = ?", [doc.id])
                for table in ("documents", "speakers", "quotes", "claims"):
                    self._insert(table, rows[table])
        except sqlite3.Error as exc:  # locked, full disk, a store of another version
            raise OutputError(f"{self.path}: cannot store document {doc.id!r} ({exc})") from exc

    def _insert(self, table: str, rows: list[dict]) -> None:
        if rows:
            columns = list(rows[0])
            sql = (
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def close(self) -> None:
        self.db.close()


def _create_tables(db) -> None:
    if "documents" in db.table_names():
        if "statement" not in db["quotes"].columns_dict:  # a store written before quotes had it
            db["quotes"].add_column("statement", int, not_null_default=1)
        return
    with db.conn:
        db["meta"].insert({"key": "format", "value": STORE_VERSION}, pk="key")
        db["documents"].create(
            {
                "id": str, "path": str, "title": str, "published": str, "byline": str, "publisher": str,
                "url": str, "source": str, "warnings": str, "n_quotes": int, "n_claims": int,
            },
            pk="id",
        )  # fmt: skip
        db["speakers"].create(
            {
                "uid": str, "doc_id": str, "name": str, "resolved": int, "type": str, "mentions": str,
                "roles": str, "organizations": str, "n_quotes": int,
            },
            pk="uid",
            foreign_keys=[("doc_id", "documents", "id")],
        )  # fmt: skip
        db["quotes"].create(
            {
                "uid": str, "doc_id": str, "id": str, "kind": str, "text": str, "start": int, "end": int,
                "fragments": str, "cue": str, "cue_class": str, "statement": int, "speaker_uid": str,
                "speaker_text": str, "speaker_name": str, "speaker_role": str, "speaker_organization": str,
                "speaker_type": str, "speaker_start": int, "speaker_end": int, "via": str,
                "boilerplate": int, "caption": int,
            },
            pk="uid",
            foreign_keys=[("doc_id", "documents", "id"), ("speaker_uid", "speakers", "uid")],
        )  # fmt: skip
        db["claims"].create(
            {
                "uid": str, "doc_id": str, "id": str, "text": str, "start": int, "end": int,
                "value": float, "low": float, "high": float, "qualifier": str, "qualifier_text": str,
                "unit": str, "subject": str, "vague": int, "magnitude": float, "change": str,
                "quote_uid": str, "speaker_uid": str, "speaker_name": str, "context": str,
                "boilerplate": int, "caption": int,
            },
            pk="uid",
            foreign_keys=[
                ("doc_id", "documents", "id"), ("quote_uid", "quotes", "uid"),
                ("speaker_uid", "speakers", "uid"),
            ],
        )  # fmt: skip
        for table in ("speakers", "quotes", "claims"):
            db[table].create_index(["doc_id"])
        db["speakers"].create_index(["name"])
        db["quotes"].enable_fts(["text"], create_triggers=True)


def document_rows(doc: Document) -> dict[str, list[dict]]:
    """The rows one document becomes, by table."""
    speakers: dict[str, dict] = {}

    def speaker_uid(sp: Speaker | None, quote: bool = False) -> str | None:
        if sp is None:
            return None
        name = sp.name or " ".join(sp.text.split())
        uid = f"{doc.id}/{name}"
        row = speakers.setdefault(
            uid,
            {"uid": uid, "doc_id": doc.id, "name": name, "resolved": sp.name is not None, "type": sp.type,
             "mentions": [], "roles": [], "organizations": [], "n_quotes": 0},
        )  # fmt: skip
        for key, value in (
            ("mentions", " ".join(sp.text.split())),
            ("roles", sp.role),
            ("organizations", sp.organization),
        ):
            if value and value not in row[key]:
                row[key].append(value)
        if row["type"] == "unknown":
            row["type"] = sp.type
        row["n_quotes"] += quote
        return uid

    quotes = [_quote_row(doc.id, q, speaker_uid(q.speaker, quote=True)) for q in doc.quotes]
    text = _source_text(doc)
    claims = [_claim_row(doc.id, c, speaker_uid(c.speaker), _context(text, c)) for c in doc.claims]
    for row in speakers.values():
        for key in ("mentions", "roles", "organizations"):
            row[key] = json.dumps(row[key], ensure_ascii=False)
    document = {
        "id": doc.id, "path": doc.path, "title": doc.title, "published": doc.published,
        "byline": json.dumps(doc.byline, ensure_ascii=False), "publisher": doc.publisher, "url": doc.url,
        "source": doc.source, "warnings": json.dumps(doc.warnings, ensure_ascii=False),
        "n_quotes": len(doc.quotes), "n_claims": len(doc.claims),
    }  # fmt: skip
    return {"documents": [document], "speakers": list(speakers.values()), "quotes": quotes, "claims": claims}


def _speaker_columns(sp: Speaker | None) -> dict:
    fields = ("text", "name", "role", "organization", "type", "start", "end")
    return {f"speaker_{f}": (getattr(sp, f) if sp else None) for f in fields}


def _quote_row(doc_id: str, q: Quote, speaker_uid: str | None) -> dict:
    return {
        "uid": f"{doc_id}/{q.id}", "doc_id": doc_id, "id": q.id, "kind": q.kind, "text": q.text,
        "start": q.start, "end": q.end, "fragments": json.dumps(q.fragments), "cue": q.cue,
        "cue_class": q.cue_class, "statement": q.statement, "speaker_uid": speaker_uid,
        **_speaker_columns(q.speaker), "via": q.via,
        "boilerplate": q.boilerplate, "caption": q.caption,
    }  # fmt: skip


def _claim_row(doc_id: str, c: Claim, speaker_uid: str | None, context: str | None) -> dict:
    return {
        "uid": f"{doc_id}/{c.id}", "doc_id": doc_id, "id": c.id, "text": c.text, "start": c.start,
        "end": c.end, "value": c.value, "low": c.low, "high": c.high, "qualifier": c.qualifier,
        "qualifier_text": c.qualifier_text, "unit": c.unit, "subject": c.subject, "vague": c.vague,
        "magnitude": c.magnitude, "change": c.change,
        "quote_uid": f"{doc_id}/{c.quote_id}" if c.quote_id else None, "speaker_uid": speaker_uid,
        "speaker_name": (c.speaker.name or c.speaker.text) if c.speaker else None, "context": context,
        "boilerplate": c.boilerplate, "caption": c.caption,
    }  # fmt: skip


def _source_text(doc: Document) -> str | None:
    """The text the offsets point into: the record's own, else the file (or JSONL line) it was
    read from, trusted only when the claims' offsets land on their text."""
    text = doc.text
    if text is None and doc.path:
        text = _read_source(doc.path)
    if text is None or any(text[c.start : c.end] != c.text for c in doc.claims):
        return None
    return text


def _read_source(path: str) -> str | None:
    from claimx.ingest import JSONL_SUFFIXES, decode

    file, _, line = path.rpartition(":")
    try:
        if line.isdigit() and Path(file).suffix.lower() in JSONL_SUFFIXES:
            with open(file, "rb") as fh:
                for lineno, raw in enumerate(fh, 1):
                    if lineno == int(line):
                        return json.loads(raw).get("text")
            return None
        return decode(Path(path).read_bytes(), path)[0]
    except Exception:  # unreadable, gone, not JSON: no context, nothing worse
        return None


def _context(text: str | None, c: Claim) -> str | None:
    """The sentence around a claim (at most CONTEXT_CHARS either side), white space folded."""
    if text is None:
        return None
    lo = max(0, c.start - CONTEXT_CHARS)
    before = [m for m in _SENTENCE_END.finditer(text, lo, c.end) if m.end() <= c.start]
    start = before[-1].end() if before else lo
    after = _SENTENCE_END.search(text, c.end, min(len(text), c.end + CONTEXT_CHARS))
    end = after.start() + 1 if after else min(len(text), c.end + CONTEXT_CHARS)
    return " ".join(text[start:end].split())
