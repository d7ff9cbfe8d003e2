"""Reading a claimx store (written by ``claimx extract ... --db FILE.db``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimx.errors import UsageError

TABLES = ("documents", "speakers", "quotes", "claims")


class StoreError(UsageError):
    """The path is not a claimx store (missing, not SQLite, or without its tables)."""


def open_store(path: str | Path | Any):
    """A ``sqlite_utils.Database`` on a claimx store; a Database passes through as it is."""
    import sqlite3

    import sqlite_utils

    if isinstance(path, sqlite_utils.Database):
        return path
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such database (write one with claimx extract ... --db {path})")
    try:
        db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
        missing = set(TABLES) - set(db.table_names())
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a SQLite database ({exc})") from None
    if missing:
        raise StoreError(f"{path}: not a claimx store (no {', '.join(sorted(missing))} table)")
    return db


def rows(db, sql: str, params: tuple | list = ()) -> Iterator[dict]:
    """The rows of a query as dicts."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def json_list(value: str | None) -> list:
    return json.loads(value) if value else []
