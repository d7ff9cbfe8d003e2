"""Across documents: reading a claimx store (``claimx extract ... --db FILE.db``).

- ``speakers(store)``: one entry per real-world speaker, every spelling merged
- ``echoes(store)``: quotes and figures carried by several documents, and who had them first
- ``conflicts(store)``: figures about the same quantity that disagree across documents

``store`` is a path to the SQLite file (or an open ``sqlite_utils.Database``). Each function
returns Pydantic models; the ``claimx speakers/echoes/conflicts`` commands print them.
"""

from __future__ import annotations

from claimx.corpus.conflicts import ConflictClaim, ConflictGroup, Disagreement, conflicts
from claimx.corpus.echoes import EchoGroup, EchoItem, echoes
from claimx.corpus.speakers import SpeakerEntry, speakers
from claimx.corpus.store import StoreError, open_store

__all__ = [
    "ConflictClaim",
    "ConflictGroup",
    "Disagreement",
    "EchoGroup",
    "EchoItem",
    "SpeakerEntry",
    "StoreError",
    "conflicts",
    "echoes",
    "open_store",
    "speakers",
]
