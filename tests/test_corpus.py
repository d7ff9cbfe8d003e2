"""Across documents: ``claimx.corpus.speakers/echoes/conflicts`` on small hand-made records."""

from __future__ import annotations

import pytest

from claimx.corpus import StoreError, conflicts, echoes, open_store, speakers
from claimx.corpus.lexicon import fold_name_token, subject
from claimx.output.sqlite import SqliteWriter

from .corpus_records import document, speaker


def store(tmp_path, *docs):
    path = tmp_path / "corpus.db"
    writer = SqliteWriter(path)
    for doc in docs:
        writer.write(doc)
    writer.close()
    return path


def said(doc_id, who, words="We will not give up the harbour.", date=None):
    return document(doc_id, [f"{words}"], quotes=[(words, who)], published=date)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Sergei", "Sergey"), ("Yevgeny", "Evgeniy"), ("Zakharova", "Zaharova"), ("Dmitry", "Dmitri"),
     ("Сергей", "Sergei"), ("Vassily", "Vasily"), ("Aleksandr", "Alexandr")],
)  # fmt: skip
def test_romanisations_of_one_name_fold_together(a, b):
    assert fold_name_token(a) == fold_name_token(b)


@pytest.mark.parametrize(
    ("text", "head", "places"),
    [
        ("Afghan government troops", "military personnel", {"Afghanistan"}),
        ("Russian servicemen", "military personnel", {"Russia"}),
        ("over 1,000 Afghan soldiers", "military personnel", {"Afghanistan"}),
        ("border guard troops", "border guards", set()),
        ("reservists", "reservists", set()),
        ("fishing boats", "boat", set()),
    ],
)
def test_subjects_are_read_as_a_class_and_the_places_they_name(text, head, places):
    subj = subject(text)
    assert subj.head == head and subj.places == places


def test_spellings_of_one_speaker_merge_across_documents(tmp_path):
    db = store(
        tmp_path,
        said("a", speaker("Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov",
                          "Russian Foreign Minister"), date="2024-05-01"),
        said("b", speaker("Sergey Lavrov", "Sergey Lavrov"), date="2024-04-01"),
        said("c", speaker("Lavrov", "Lavrov"), date="2024-06-01"),
        said("d", speaker("Сергей Лавров", "Сергей Лавров")),
    )  # fmt: skip
    [entry] = speakers(db)
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov", "Russian Foreign Minister Sergei Lavrov"} <= set(
        entry.aliases
    )
    assert entry.documents == ["a", "b", "c", "d"] and entry.n_quotes == 4
    assert (entry.first_date, entry.last_date) == ("2024-04-01", "2024-06-01")
    assert entry.roles == ["Russian Foreign Minister"] and entry.type == "person"


def test_a_homonym_stays_apart(tmp_path):
    db = store(
        tmp_path,
        said("a", speaker("Anna Kowalski", role="Fisheries Minister")),
        said("b", speaker("Tomasz Kowalski", role="a farmer")),
        said("c", speaker("Kowalski")),  # which one? not clear: stays on its own
        said("d", speaker("Kowalski", role="the Fisheries Minister")),  # the role says which
    )
    entries = {e.name: e for e in speakers(db)}
    assert set(entries) == {"Anna Kowalski", "Tomasz Kowalski", "Kowalski"}
    assert entries["Anna Kowalski"].documents == ["a", "d"]
    assert entries["Tomasz Kowalski"].documents == ["b"]
    assert entries["Kowalski"].documents == ["c"]


def test_a_different_first_name_keeps_two_people_apart_even_with_one_role(tmp_path):
    db = store(
        tmp_path,
        said("a", speaker("John Smith", role="Mayor")),
        said("b", speaker("Jane Smith", role="Mayor")),
    )
    assert sorted(e.name for e in speakers(db)) == ["Jane Smith", "John Smith"]


def test_anonymous_and_unresolved_speakers_are_left_out_organisations_merge(tmp_path):
    db = store(
        tmp_path,
        said("a", speaker(None, "a security source", type="anonymous")),
        said("b", speaker("Taliban", "The Taliban", type="organization")),
        said("c", speaker("The Taliban", "the Taliban", type="organization")),
    )
    [entry] = speakers(db)
    assert entry.type == "organization" and entry.documents == ["b", "c"]


QUOTE = "We cannot let the stocks collapse while we wait for better weather, and every captain knows it."


def test_an_echo_with_an_ellipsis(tmp_path):
    trimmed = "We cannot let the stocks collapse ... and every captain knows it."
    db = store(
        tmp_path,
        said("late", speaker("Anna Kowalski"), trimmed, date="2024-03-05"),
        said("early", speaker("Anna Kowalski"), QUOTE, date="2024-03-03"),
        said("other", speaker("Anna Kowalski"), "The weather has nothing to do with the quotas we set."),
    )
    [group] = echoes(db)
    assert group.kind == "quote" and group.first == "early" and group.n_documents == 2
    assert [i.doc_id for i in group.items] == ["early", "late"]
    assert group.items[0].published == "2024-03-03" and group.items[0].publisher == "The Test Post"


def test_a_quote_repeated_in_one_document_is_no_echo(tmp_path):
    doc = document("a", [QUOTE, QUOTE], quotes=[(QUOTE, None), (QUOTE, None)])
    assert echoes(store(tmp_path, doc)) == []


def claim(doc_id, sentence, text, subject_, date=None, **fields):
    fields = {"text": text, "subject": subject_, **fields}
    return document(doc_id, [sentence], claims=[fields], published=date)


def test_the_same_figure_about_the_same_kind_of_thing_is_an_echo(tmp_path):
    db = store(
        tmp_path,
        claim("a", "More than 1,000 Afghan troops fled.", "More than 1,000", "Afghan troops", "2021-07-09",
              value=1000, qualifier=">"),
        claim("b", "Over 1,000 Afghan soldiers fled.", "Over 1,000", "Afghan soldiers", "2021-07-07",
              value=1000, qualifier=">"),
        claim("c", "Over 1,000 Russian soldiers arrived.", "Over 1,000", "Russian soldiers", value=1000,
              qualifier=">"),
        claim("d", "About 1,000 Afghan soldiers fled.", "About 1,000", "Afghan soldiers", value=1000,
              qualifier="~"),
    )  # fmt: skip
    [group] = echoes(db, kinds=("claim",))
    assert [i.doc_id for i in group.items] == ["b", "a"] and group.first == "b"
    assert group.what == "> 1,000 military personnel (Afghanistan)"


BASE = "Moscow keeps {} troops at its military base in Tajikistan."


def test_agreeing_ranges_are_not_a_conflict(tmp_path):
    db = store(
        tmp_path,
        claim("a", BASE.format("between 5,000 and 6,000"), "between 5,000 and 6,000", "troops", low=5000,
              high=6000),
        claim("b", BASE.format("about 5,500"), "about 5,500", "troops", value=5500, qualifier="~"),
        claim("c", BASE.format("up to 6,000"), "up to 6,000", "troops", value=6000, high=6000,
              qualifier="<="),
        claim("d", BASE.format("at least 5,000"), "at least 5,000", "troops", value=5000, low=5000,
              qualifier=">="),
    )  # fmt: skip
    assert conflicts(db) == []


def test_a_bound_that_excludes_a_range_is_a_conflict(tmp_path):
    db = store(
        tmp_path,
        claim("a", BASE.format("between 5,000 and 6,000"), "between 5,000 and 6,000", "military troops",
              low=5000, high=6000),
        claim("b", "Tajikistan hosts more than 6,000 Russian servicemen at the 201st military base.",
              "more than 6,000", "Russian servicemen", value=6000, low=6000, qualifier=">"),
        claim("c", BASE.format("between 5,500 and 5,900"), "between 5,500 and 5,900", "troops", low=5500,
              high=5900),
    )  # fmt: skip
    [group] = conflicts(db)
    assert {(c.doc_id, c.amount) for c in group.claims} == {("a", "5,000–6,000"), ("b", "> 6,000"),
                                                             ("c", "5,500–5,900")}  # fmt: skip
    pairs = {(d.a, d.b): d.reason for d in group.conflicts}
    assert set(pairs) == {("a/c1", "b/c1"), ("b/c1", "c/c1")}  # a and c agree
    assert "meet only at 6,000, which 'more than 6,000' excludes" in pairs[("a/c1", "b/c1")]
    assert group.claims[0].claimed_by == "the publication (The Test Post)"
    assert "military personnel" in group.subject and "base" in group.subject


@pytest.mark.parametrize(
    ("sentence", "subject_"),
    [
        ("Over 9,000 Afghan troops are at the military base in Tajikistan.", "Afghan troops"),  # other owner
        ("Tajikistan has 9,000 reservists near the base.", "reservists"),  # other class
        ("Moscow has 9,000 troops along the border with Tajikistan.", "troops"),  # other site
        ("Moscow keeps 9,000 troops at its military base in Armenia.", "troops"),  # other place
    ],
)
def test_figures_about_other_quantities_are_no_conflict(tmp_path, sentence, subject_):
    db = store(
        tmp_path,
        claim("a", BASE.format("between 5,000 and 6,000"), "between 5,000 and 6,000", "troops", low=5000,
              high=6000),
        claim("b", sentence, "9,000", subject_, value=9000),
    )  # fmt: skip
    assert conflicts(db) == []


def test_disagreeing_figures_within_one_document_are_no_conflict_across_documents(tmp_path):
    doc = document(
        "a",
        [BASE.format("5,000"), BASE.format("9,000")],
        claims=[{"text": "5,000", "subject": "troops", "value": 5000},
                {"text": "9,000", "subject": "troops", "value": 9000}],
    )  # fmt: skip
    assert conflicts(store(tmp_path, doc)) == []


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "missing.db")
    other = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a claimx store"):
        speakers(other)
