import sqlite3

import pytest

from kiosk.store import migrations
from kiosk.store.db import Store


def test_fresh_database_is_migrated_with_wal_and_full_sync(tmp_path):
    store = Store(tmp_path / "k.db")
    assert migrations.schema_version(store.db) == migrations.LATEST
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tables = set(store.db.table_names())
    for needed in (
        "registrations",
        "photos",
        "print_jobs",
        "print_journal",
        "outbox",
        "vacancies",
        "applications",
        "reports",
        "audit_log",
        "staff",
        "collections",
    ):
        assert needed in tables
    assert store.integrity_ok() == (True, "ok")


def test_older_database_upgrades_in_place_keeping_its_data(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    store = Store(path)
    store.set_value("vacancy_cursor", "abc")
    store.close()
    extra = (migrations.LATEST + 1, "test column", "ALTER TABLE kv ADD COLUMN note TEXT;")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    monkeypatch.setattr(migrations, "LATEST", extra[0])
    store = Store(path)
    assert migrations.schema_version(store.db) == extra[0]
    assert store.get_value("vacancy_cursor") == "abc"
    assert "note" in store.db["kv"].columns_dict


def test_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "k.db"
    Store(path).close()
    bad = (migrations.LATEST + 1, "broken", "CREATE TABLE half (a); INSERT INTO nowhere VALUES (1);")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, bad])
    monkeypatch.setattr(migrations, "LATEST", bad[0])
    with pytest.raises(sqlite3.OperationalError):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == bad[0] - 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half'").fetchone()[0] == 0


def test_newer_database_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.close()
    with pytest.raises(migrations.SchemaTooNew, match="newer than this kiosk understands"):
        Store(path)


def test_transaction_is_all_or_nothing_even_through_sqlite_utils(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.db["kv"].insert({"key": "a", "value": "1"})
        store.db["kv"].insert({"key": "b", "value": "2"})
        raise RuntimeError("power cut")
    assert store.query("SELECT * FROM kv") == []
    with store.transaction():
        store.db["kv"].insert({"key": "a", "value": "1"})
        with store.transaction():  # nested: joins the outer one
            store.db["kv"].insert({"key": "b", "value": "2"})
    assert [r["key"] for r in store.query("SELECT key FROM kv ORDER BY key")] == ["a", "b"]
