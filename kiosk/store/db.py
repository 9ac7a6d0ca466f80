"""Opening the kiosk database: WAL, synchronous=FULL, explicit transactions.

One write = one transaction (DESIGN.md): a use case opens ``with store.transaction():``
and everything it writes commits together or not at all.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, NoReturn, TypeAlias

import sqlite_utils

from kiosk.store.migrations import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000

Row: TypeAlias = dict[str, Any]  # one result row, column name -> SQLite value (str, int, float, bytes or None)
Params: TypeAlias = Sequence[object] | Mapping[str, object]  # for ? and for :name placeholders


class StorageFull(sqlite3.OperationalError):
    """The filesystem holding the database (or a file the kiosk writes) is full: SQLite's
    SQLITE_FULL ("database or disk is full") or ENOSPC. The write was rolled back, nothing
    earlier is lost; it can be retried once space is freed."""


class DatabaseDamaged(sqlite3.DatabaseError):
    """``PRAGMA quick_check`` found the database file damaged (or it is not a database)."""


def is_storage_full(exc: BaseException) -> bool:
    if isinstance(exc, StorageFull):
        return True
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "database or disk is full" in str(exc)
    return False


# The directories where a write found the filesystem full, and since when (this process):
# a successful write transaction there clears it. Diagnostics and the technician screen read it.
_full_since: dict[Path, float] = {}


FULL_BYTES = 1024 * 1024  # less free space than this in the data folder: the disk is full


def disk_full(directory: Path) -> bool:
    """A write in ``directory`` found no space (this process), or less than ``FULL_BYTES`` is free."""
    import shutil

    return storage_full_since(directory) is not None or shutil.disk_usage(directory).free < FULL_BYTES


def storage_full_since(directory: Path) -> float | None:
    """When a write in ``directory`` last found the disk full (time.time()), None once one succeeded."""
    return _full_since.get(directory.resolve())


def note_storage_full(directory: Path, exc: BaseException) -> None:
    import time

    key = directory.resolve()
    if key not in _full_since:
        log.error("STORAGE FULL in %s: %s (saving stops until space is freed)", key, exc)
        _full_since[key] = time.time()


def _note_storage_ok(directory: Path) -> None:
    if _full_since.pop(directory.resolve(), None) is not None:
        log.warning("storage in %s writable again", directory)


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
        self._directory: Path | None = None if str(path) == ":memory:" else self.path.parent
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
            conn.depth = 0
            conn.execute("COMMIT")
        except BaseException as exc:
            conn.depth = 0
            if conn.in_transaction:  # SQLite may already have rolled back (SQLITE_FULL can)
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error as rollback_error:
                    log.error("rollback failed: %s", rollback_error)
            if is_storage_full(exc):
                self._full(exc)
            raise
        if self._directory is not None and _full_since:
            _note_storage_ok(self._directory)

    def _full(self, exc: BaseException) -> NoReturn:
        """Raise ``StorageFull`` for ``exc`` (remembered for diagnostics)."""
        if self._directory is not None:
            note_storage_full(self._directory, exc)
        if isinstance(exc, StorageFull):
            raise exc
        raise StorageFull(str(exc)) from exc

    @property
    def in_transaction(self) -> bool:
        """Inside ``transaction()`` (of this store, on any thread sharing it)."""
        return bool(self._conn.depth)

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            if is_storage_full(exc):
                self._full(exc)
            raise

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

    def quick_check(self) -> tuple[bool, str]:
        """``PRAGMA quick_check``: fast (no index cross-check), catches truncated and overwritten pages."""
        try:
            rows = [str(row[0]) for row in self._conn.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
            return False, str(exc)
        return rows == ["ok"], "; ".join(rows[:5])

    def integrity_ok(self) -> tuple[bool, str]:
        result = str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])
        return result == "ok", result

    def close(self) -> None:
        self._conn.close()


def open_checked(path: str | Path) -> Store:
    """Open the database and run ``PRAGMA quick_check`` (a fraction of a second for the kiosk's
    size): ``DatabaseDamaged`` when the file is not a database or has damaged pages."""
    try:
        store = Store(path)
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        if is_storage_full(exc):
            raise
        raise DatabaseDamaged(str(exc)) from exc
    try:
        ok, result = store.quick_check()
    except BaseException:
        store.close()
        raise
    if not ok:
        store.close()
        raise DatabaseDamaged(result)
    return store
