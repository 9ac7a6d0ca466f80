"""Backup and restore round trip; the purge removes exactly what the policy says."""

from __future__ import annotations

import random
from datetime import timedelta

from kiosk.core import clock
from kiosk.services.maintenance import backup, purge, restore
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.reports import save_report
from kiosk.services.synthetic import synthetic_draft
from kiosk.store import print_jobs
from kiosk.store.db import Store
from tests.support.samples import FACE


def test_backup_restore_round_trip_and_keep_seven(store, cfg, tmp_path):
    rng = random.Random(1)
    saved = save_registration(store, cfg, synthetic_draft(rng, FACE.read_bytes()))
    backups = [backup(cfg.db_path, tmp_path / "b", now=clock.now() + timedelta(minutes=i)) for i in range(9)]
    kept = sorted((tmp_path / "b").glob("kiosk-*.db"))
    assert kept == backups[-7:]
    store.execute("DELETE FROM print_journal")
    store.execute("DELETE FROM print_jobs")
    store.close()
    restore(backups[-1], cfg.db_path)
    again = Store(cfg.db_path)
    assert print_jobs.get(again, saved.print_job_id)["state"] == "queued"
    assert again.integrity_ok() == (True, "ok")
    again.close()


def test_purge_removes_exactly_what_the_policy_says(store, cfg):
    rng = random.Random(2)
    drafts = [synthetic_draft(rng, FACE.read_bytes()) for _ in range(3)]
    saved = [save_registration(store, cfg, d) for d in drafts]
    save_report(store, find_existing(store, drafts[0].nik), drafts[0].nik, "employed", "PT A", "Operator")
    old = clock.rfc3339(clock.now() - timedelta(days=40))
    recent = clock.rfc3339(clock.now() - timedelta(days=2))
    # 0: delivered 40 days ago -> purged; 1: delivered 2 days ago -> kept; 2: not delivered -> kept
    for client_id, delivered in ((saved[0].client_id, old), (saved[1].client_id, recent)):
        store.execute(
            "UPDATE outbox SET state = 'delivered', delivered_at = ? WHERE client_id = ?", (delivered, client_id)
        )
    # a report still waiting to be sent holds its registration back: SIKER has not had it yet
    assert purge(store, retention_days=30).registrations == 0
    store.execute("UPDATE outbox SET state = 'delivered', delivered_at = ? WHERE endpoint = '/reports'", (recent,))
    result = purge(store, retention_days=30)
    assert (result.registrations, result.photos) == (1, 1)
    gone = store.one("SELECT * FROM registrations WHERE client_id = ?", (saved[0].client_id,))
    assert gone["name"] == "" and gone["nik"] == "" and gone["data"] == "{}" and gone["purged_at"]
    assert gone["registration_no"] == saved[0].registration_no  # the number stays for the officer
    assert store.one("SELECT nik, employer FROM reports")["employer"] is None
    for kept in saved[1:]:
        row = store.one("SELECT name, purged_at FROM registrations WHERE client_id = ?", (kept.client_id,))
        assert row["name"] and row["purged_at"] is None
    assert store.one("SELECT count(*) AS n FROM photos")["n"] == 2
    assert store.one("SELECT count(*) AS n FROM print_jobs")["n"] == 4  # 3 cards + 1 receipt: journal kept
    assert purge(store, retention_days=30).registrations == 0  # once only
