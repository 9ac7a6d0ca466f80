"""Opening the kiosk database: WAL, synchronous=FULL, explicit transactions.

One write = one transaction (DESIGN.md): a use case opens ``with store.transaction():``
and everything it writes commits together or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeAlias

import sqlite_utils

from kiosk.store.migrations import migrate

BUSY_TIMEOUT_MS = 10_000

Row: TypeAlias = dict[str, Any]  # one result row, column name -> SQLite value (str, int, float, bytes or None)
Params: TypeAlias = Sequence[object] | Mapping[str, object]  # for ? and for :name placeholders


class _Connection(sqlite3.Connection):
    """A connection whose ``with`` block joins an open transaction of ours.

    sqlite-utils wraps each write in ``with conn:``, which commits on exit. Inside one
    of our transactions that would commit half a use case, so there ``with`` does nothing
    and the outer transaction decides.
    """

    depth = 0

    def __enter__(self) -> _Connection:
        if self.depth:
            return self
        return super().__enter__()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None, /
    ) -> Literal[False]:
        if self.depth:
            return False
        return super().__exit__(kind, exc, tb)


class Store:
    """The kiosk's SQLite database, shared by the UI and the sync process."""

    def __init__(self, path: str | Path, *, migrate_schema: bool = True) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(path),
            factory=_Connection,
            isolation_level=None,  # we issue BEGIN ourselves
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        self._conn = conn
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        # freed bytes are zeroed, so the retention purge really erases (UU PDP); Debian's SQLite
        # has it on by default, bench_purge measures no cost on saves: set here for every build
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self.db = sqlite_utils.Database(conn)
        if migrate_schema:
            migrate(self.db)

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """BEGIN IMMEDIATE ... COMMIT; a nested call joins the outer transaction."""
        conn = self._conn
        if conn.depth:
            conn.depth += 1
            try:
                yield self.db
            finally:
                conn.depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        conn.depth = 1
        try:
            yield self.db
        except BaseException:
            conn.depth = 0
            conn.execute("ROLLBACK")
            raise
        conn.depth = 0
        conn.execute("COMMIT")

    @property
    def in_transaction(self) -> bool:
        """Inside ``transaction()`` (of this store, on any thread sharing it)."""
        return bool(self._conn.depth)

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT; the new row's id."""
        row_id = self._conn.execute(sql, params).lastrowid
        if row_id is None:
            raise RuntimeError(f"no row inserted by {sql.split('(', 1)[0]}")
        return row_id

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        return list(self.db.query(sql, params))

    def one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def get_value(self, key: str, default: str | None = None) -> str | None:
        row = self.one("SELECT value FROM kv WHERE key = ?", (key,))
        if row is None:
            return default
        value: str | None = row["value"]
        return value

    def set_value(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.execute(
                "INSERT INTO kv(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def integrity_ok(self) -> tuple[bool, str]:
        result = str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])
        return result == "ok", result

    def close(self) -> None:
        self._conn.close()
