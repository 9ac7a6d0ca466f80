"""Nightly maintenance: verified online backups (keep the last 7) and the retention purge.

The purge is UU PDP data minimisation: once SIKER has a registration and the retention time
has passed, the kiosk keeps only what reconciling printed cards needs (registration number,
dates, print journal) and forgets the person: name, NIK, contact data, photo, payloads.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.core import clock
from kiosk.core.problems import Code, Problem
from kiosk.core.states import OutboxState
from kiosk.services import tickets
from kiosk.store.db import Store, is_storage_full

log = logging.getLogger(__name__)

KEEP_BACKUPS = 7


class BackupError(RuntimeError):
    pass


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def backup(db_path: Path, backup_dir: Path, *, keep: int = KEEP_BACKUPS, now: datetime | None = None) -> Path:
    """An online copy through SQLite's backup API, verified, then old ones pruned."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"kiosk-{stamp}.db"
    partial = backup_dir / f"kiosk-{stamp}.db.partial"  # renamed to ``target`` once verified
    try:
        source = sqlite3.connect(str(db_path))
        try:
            copy = sqlite3.connect(str(partial))
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        partial.chmod(0o600)
        result = _integrity(partial)
    except (sqlite3.Error, OSError) as exc:  # a full disk: no partial copy stays behind, nothing else changed
        for leftover in (partial, *(Path(f"{partial}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        if is_storage_full(exc):
            log.error("backup not written, the disk is full: %s", exc)
            raise BackupError(Problem(Code.BACKUP_STORAGE_FULL, {"directory": str(backup_dir)}).text()) from exc
        raise BackupError(f"backup not written: {exc}") from exc
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup failed its integrity check: {result}")
    partial.replace(target)
    backups = sorted(backup_dir.glob("kiosk-*.db"))
    for old in backups[:-keep]:
        old.unlink()
    log.info("backup written and verified: %s (%d kept)", target.name, min(len(backups), keep))
    return target


def restore(backup_file: Path, db_path: Path) -> None:
    """Replace the database with a verified backup (stop the kiosk and the sync first)."""
    result = _integrity(backup_file)
    if result != "ok":
        raise BackupError(f"{backup_file} failed its integrity check: {result}")
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp = db_path.with_suffix(".restoring")
    shutil.copyfile(backup_file, tmp)
    tmp.replace(db_path)
    log.info("database restored from %s", backup_file.name)


def newest_verified_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes ``integrity_check`` (a damaged one is skipped, not deleted)."""
    for candidate in sorted(backup_dir.glob("kiosk-*.db"), reverse=True):
        try:
            result = _integrity(candidate)
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        if result == "ok":
            return candidate
        log.warning("backup %s fails its integrity check: %s", candidate.name, result)
    return None


def restore_newest(db_path: Path, backup_dir: Path, *, now: datetime | None = None) -> tuple[Path, Path]:
    """A damaged database: set it aside (renamed with a timestamp, never deleted) and restore the
    newest verified backup. The backup used and where the damaged file went."""
    newest = newest_verified_backup(backup_dir) if backup_dir.exists() else None
    if newest is None:
        raise BackupError(Problem(Code.RESTORE_NO_BACKUP, {"directory": str(backup_dir)}).text())
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        old = Path(f"{db_path}{suffix}")
        if old.exists():
            old.replace(Path(f"{aside}{suffix}"))
    restore(newest, db_path)
    log.warning("damaged database kept as %s; restored from %s", aside.name, newest.name)
    return newest, aside


@dataclass(frozen=True)
class PurgeResult:
    registrations: int
    photos: int
    outbox_payloads: int


# A registration is due once SIKER has had it for the retention time and nothing of it still
# waits to be sent or for a technician: a record SIKER never accepted is not ours to blank.
DUE = """
SELECT r.client_id FROM registrations r JOIN outbox o ON o.client_id = r.client_id
WHERE o.state = :delivered AND o.delivered_at < :cutoff AND r.purged_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM outbox d WHERE d.depends_on = r.client_id
                  AND d.endpoint IN ('/reports', '/applications', '/registrations', '/event-registrations')
                  AND d.state != :delivered)
"""

# The outbox rows holding a registration's personal data: its own, its reports', applications'
# and event registrations'.
PERSONAL_ROWS = """
SELECT id FROM outbox WHERE client_id = :reg
   OR client_id IN (SELECT client_id FROM reports WHERE registration_client_id = :reg)
   OR client_id IN (SELECT client_id FROM applications WHERE registration_client_id = :reg)
   OR client_id IN (SELECT client_id FROM card_corrections WHERE registration_client_id = :reg)
   OR client_id IN (SELECT client_id FROM event_registrations WHERE registration_client_id = :reg)
"""


def _forget(store: Store, client_id: str, stamp: str) -> int:
    """Blank one registration's person everywhere; the number of photos deleted."""
    ref = {"reg": client_id}
    photos = store.execute("DELETE FROM photos WHERE registration_client_id = :reg", ref).rowcount
    # the officer's reason for a revisi or a rejection may quote the person's data
    store.execute(
        "DELETE FROM card_states WHERE registration_no = (SELECT registration_no FROM registrations"
        " WHERE client_id = :reg)",
        ref,
    )
    store.execute(
        "UPDATE registrations SET nik = '', name = '', card_uid = NULL, data = '{}', disability = NULL,"
        " purged_at = :at"
        " WHERE client_id = :reg",
        {**ref, "at": stamp},
    )
    store.execute(
        "UPDATE reports SET nik = '', employer = NULL, position = NULL, started_on = NULL"
        " WHERE registration_client_id = :reg",
        ref,
    )
    # the application's own id stands in for the NIK: UNIQUE(nik, vacancy_id) forbids two blanks
    store.execute("UPDATE applications SET nik = client_id, note = NULL WHERE registration_client_id = :reg", ref)
    # an event seat keeps its event, state and number; the name and phone for its slip go
    store.execute("UPDATE event_registrations SET name = '', phone = '' WHERE registration_client_id = :reg", ref)
    # receipts say where the person works and what they applied for; cards keep kind, number, journal
    store.execute("UPDATE print_jobs SET document = NULL WHERE registration_client_id = :reg", ref)
    rows = f"SELECT id FROM ({PERSONAL_ROWS})"
    # the server's answers and messages may echo the body
    store.execute(f"UPDATE outbox SET payload = '{{}}', response = NULL, last_error = NULL WHERE id IN ({rows})", ref)
    store.execute(f"UPDATE outbox_journal SET detail = NULL WHERE outbox_id IN ({rows})", ref)
    return photos


def purge(store: Store, retention_days: int, *, now: datetime | None = None) -> PurgeResult:
    """Forget the personal data of registrations SIKER has had for more than ``retention_days``.

    Blanking a value is not enough: SQLite keeps old bytes in free space and in the WAL.
    ``secure_delete`` (set by Store) zeroes what a write frees; the checkpoint at the end copies
    the zeroed pages into the file and truncates the WAL that still held the old page images.
    """
    cutoff = clock.rfc3339((now or clock.now()) - timedelta(days=retention_days))
    with store.transaction():
        due = [row["client_id"] for row in store.query(DUE, {"cutoff": cutoff, "delivered": OutboxState.DELIVERED})]
        stamp = clock.rfc3339()
        photos = sum(_forget(store, client_id, stamp) for client_id in due)
        # delivered payloads of anyone, once past retention: SIKER has them, the kiosk needs them no more
        payloads = store.execute(
            "UPDATE outbox SET payload = '{}', response = NULL, last_error = NULL"
            " WHERE state = ? AND delivered_at < ?"
            " AND payload != '{}'",
            (OutboxState.DELIVERED, cutoff),
        ).rowcount
        forgotten_tickets = tickets.purge(store, cutoff)  # konsultasi/pengaduan, by the same rule
        # wrong AK/1 numbers older than the lock window (keyed hashes; kept no longer than needed)
        store.execute(
            "DELETE FROM possession_failures WHERE at <= ?", (clock.rfc3339((now or clock.now()) - timedelta(hours=1)),)
        )
    scrub(store)  # every night, also when none was due: old frames of earlier purges and migrations
    log.info("retention purge: %d registrations, %d photos, %d payloads, %d tickets", len(due), photos, payloads,
             forgotten_tickets)  # fmt: skip
    return PurgeResult(len(due), photos, payloads)


def scrub(store: Store) -> None:
    """Move every committed page into the database file and empty the WAL (old page images)."""
    busy, _, _ = store.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:  # a reader kept its snapshot past the busy timeout: tomorrow's purge truncates it
        log.warning("retention purge: the WAL could not be truncated (database busy)")
