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
from kiosk.store.db import Store

log = logging.getLogger(__name__)

KEEP_BACKUPS = 7


class BackupError(RuntimeError):
    pass


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def backup(db_path: Path, backup_dir: Path, *, keep: int = KEEP_BACKUPS, now: datetime | None = None) -> Path:
    """An online copy through SQLite's backup API, verified, then old ones pruned."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"kiosk-{stamp}.db"
    source = sqlite3.connect(str(db_path))
    copy = sqlite3.connect(str(target))
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    target.chmod(0o600)
    result = _integrity(target)
    if result != "ok":
        target.unlink(missing_ok=True)
        raise BackupError(f"backup failed its integrity check: {result}")
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


@dataclass(frozen=True)
class PurgeResult:
    registrations: int
    photos: int
    outbox_payloads: int


def purge(store: Store, retention_days: int, *, now: datetime | None = None) -> PurgeResult:
    """Forget the personal data of registrations SIKER has had for more than ``retention_days``."""
    cutoff = clock.rfc3339((now or clock.now()) - timedelta(days=retention_days))
    with store.transaction():
        due = [
            row["client_id"]
            for row in store.query(
                "SELECT r.client_id FROM registrations r JOIN outbox o ON o.client_id = r.client_id"
                " WHERE o.state = 'delivered' AND o.delivered_at < ? AND r.purged_at IS NULL",
                (cutoff,),
            )
        ]
        photos = 0
        stamp = clock.rfc3339()
        for client_id in due:
            photos += store.execute("DELETE FROM photos WHERE registration_client_id = ?", (client_id,)).rowcount
            store.execute(
                "UPDATE registrations SET nik = '', name = '', card_uid = NULL, data = '{}', purged_at = ?"
                " WHERE client_id = ?",
                (stamp, client_id),
            )
            store.execute(
                "UPDATE reports SET nik = '', employer = NULL, position = NULL WHERE registration_client_id = ?",
                (client_id,),
            )
            store.execute(
                "UPDATE applications SET nik = '', note = NULL WHERE registration_client_id = ?", (client_id,)
            )
        # delivered payloads of anyone, once past retention: SIKER has them, the kiosk needs them no more
        payloads = store.execute(
            "UPDATE outbox SET payload = '{}', response = NULL WHERE state = 'delivered' AND delivered_at < ?"
            " AND payload != '{}'",
            (cutoff,),
        ).rowcount
    log.info("retention purge: %d registrations, %d photos, %d payloads", len(due), photos, payloads)
    return PurgeResult(len(due), photos, payloads)
