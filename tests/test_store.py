"""The SQLite store: ``SqliteWriter`` (what ``claimx extract --db`` writes) and its contract."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import OutputError
from claimx.output.sqlite import SqliteWriter

from .conftest import SEEDS
from .corpus_records import document, speaker

runner = CliRunner()
LAVROV = speaker("Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov", role="Russian Foreign Minister")


def _doc(doc_id="d1", troops="more than 1,000"):
    return document(
        doc_id,
        [f"This week {troops} troops crossed the river.", "We will defend every inch of the border."],
        quotes=[("We will defend every inch of the border.", LAVROV)],
        claims=[{"text": troops, "value": 1000, "qualifier": ">", "subject": "troops", "speaker": LAVROV}],
        published="2024-01-02",
    )


def _write(path, *docs):
    store = SqliteWriter(path)
    try:
        for doc in docs:
            store.write(doc)
    finally:
        store.close()


def _count(path, table, where="1"):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def test_tables_columns_and_foreign_keys(tmp_path):
    db = tmp_path / "c.db"
    _write(db, _doc())
    import sqlite_utils

    database = sqlite_utils.Database(db)
    assert {"documents", "speakers", "quotes", "claims", "quotes_fts"} <= set(database.table_names())
    fks = {(k.table, k.column, k.other_table) for t in ("quotes", "claims") for k in database[t].foreign_keys}
    assert {("quotes", "doc_id", "documents"), ("quotes", "speaker_uid", "speakers")} <= fks
    assert ("claims", "speaker_uid", "speakers") in fks
    quote = next(database["quotes"].rows)
    assert quote["speaker_name"] == "Sergei Lavrov" and quote["speaker_role"] == "Russian Foreign Minister"
    assert json.loads(quote["fragments"]) == []
    claim = next(database["claims"].rows)
    assert claim["context"] == "This week more than 1,000 troops crossed the river."
    assert claim["speaker_uid"] == quote["speaker_uid"] == "d1/Sergei Lavrov"
    spk = next(database["speakers"].rows)
    assert json.loads(spk["mentions"]) == ["Russian Foreign Minister Sergei Lavrov"] and spk["n_quotes"] == 1


def test_full_text_search_on_quote_text(tmp_path):
    db = tmp_path / "c.db"
    _write(db, _doc())
    with sqlite3.connect(db) as conn:
        hits = conn.execute(
            "SELECT quotes.uid FROM quotes JOIN quotes_fts ON quotes_fts.rowid = quotes.rowid "
            "WHERE quotes_fts MATCH 'defend'"
        ).fetchall()
    assert hits == [("d1/q1",)]


def test_a_rerun_replaces_a_document_and_never_duplicates(tmp_path):
    db = tmp_path / "c.db"
    _write(db, _doc(), _doc("d2"))
    _write(db, _doc(troops="more than 2,000"))  # d1 again, changed
    assert _count(db, "documents") == 2 and _count(db, "quotes") == 2 and _count(db, "claims") == 2
    assert _count(db, "claims", "doc_id = 'd1' AND text = 'more than 2,000'") == 1
    assert _count(db, "quotes_fts") == 2  # the search index follows


def test_a_document_that_fails_half_way_leaves_the_old_rows(tmp_path, monkeypatch):
    db = tmp_path / "c.db"
    _write(db, _doc())
    store = SqliteWriter(db)
    insert = store._insert

    def broken(table, rows):
        if table == "claims":  # the quotes of the new version are in by now
            raise RuntimeError("disk on fire")
        insert(table, rows)

    monkeypatch.setattr(store, "_insert", broken)
    with pytest.raises(RuntimeError):
        store.write(_doc(troops="more than 2,000"))
    store.close()
    assert _count(db, "claims", "text = 'more than 1,000'") == 1 and _count(db, "quotes") == 1


def test_a_path_that_is_not_a_database_is_refused(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database, just text " * 100)
    with pytest.raises(OutputError, match="cannot be used"):
        SqliteWriter(bad)
    with pytest.raises(OutputError, match="does not exist"):
        SqliteWriter(tmp_path / "missing" / "c.db")


@pytest.mark.slow
def test_extract_seeds_twice_into_one_store(tmp_path):
    db = tmp_path / "c.db"
    for _ in range(2):
        result = runner.invoke(app, ["extract", str(SEEDS), "--db", str(db), "--format", "json", "--quiet"])
        assert result.exit_code == 0, result.stderr
    n_quotes = sum(len(d["quotes"]) for d in json.loads(result.stdout)["documents"])
    n_claims = sum(len(d["claims"]) for d in json.loads(result.stdout)["documents"])
    assert _count(db, "documents") == 5
    assert _count(db, "quotes") == n_quotes and _count(db, "claims") == n_claims
    assert _count(db, "claims", "context IS NULL") == 0  # the sentence is read back from each file


def test_claims_from_jsonl_input_get_their_sentence(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [{"id": "one", "text": "The council said 40 new buses will run from May. Riders were pleased."}]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["extract", str(source), "--db", str(db), "--format", "jsonl", "--quiet"])
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as conn:
        contexts = [row[0] for row in conn.execute("SELECT context FROM claims WHERE doc_id = 'one'")]
    assert contexts and all(c == "The council said 40 new buses will run from May." for c in contexts)


def test_a_store_written_before_quotes_had_statement_takes_new_rows(tmp_path):
    db = tmp_path / "c.db"
    _write(db, _doc())
    with sqlite3.connect(db) as conn:  # the store as the first release wrote it
        conn.execute("ALTER TABLE quotes DROP COLUMN statement")
    _write(db, _doc("d2"))
    assert _count(db, "quotes", "statement = 1") == 2
