"""One use case, one transaction: SIGKILL after each of its steps leaves none of it behind.

Each use case runs in a worker forked by the crash zygote (crash_worker.py) that kills itself
with a real SIGKILL at its ``at``-th transaction point: a step of the use case (a nested
transaction) has written its rows and the commit has not happened yet. Rounds go at = 1, 2, …
until the worker finishes: after every kill the whole database must be exactly as before (no
half-recorded handover, no report without its receipt); after the finishing round, all of it
must be there. A use case split into two commits fails here at the step between them.
"""

from __future__ import annotations

import signal
from collections.abc import Callable

import pytest

from kiosk.services.registration import Existing, find_existing, save_registration
from kiosk.store import print_jobs
from kiosk.store.db import Store
from tests.reliability.test_crash_consistency import Zygote
from tests.support.events import cache_events
from tests.support.samples import draft

NIK = "3374114108980003"


@pytest.fixture(scope="module")
def zygote():
    z = Zygote()
    yield z
    z.close()


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    tables = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: sorted(map(tuple, store.execute(f'SELECT * FROM "{t}"').fetchall()), key=repr) for t in tables}


def _printed(store: Store, job_id: int) -> None:
    print_jobs.transition(store, job_id, "sending")
    print_jobs.transition(store, job_id, "printed")


def _setup(store: Store, cfg) -> Existing:
    """A printed card and a record SIKER refused for good: something for every use case to act on."""
    saved = save_registration(store, cfg, draft(NIK))
    _printed(store, saved.print_job_id)
    other = save_registration(store, cfg, draft("3374110101900001", "Joko Susilo"))
    _printed(store, other.print_job_id)
    store.execute("UPDATE outbox SET state = 'failed_permanent' WHERE client_id = ?", (other.client_id,))
    cache_events(store)  # for the event seat
    existing = find_existing(store, NIK)
    assert existing is not None
    return existing


def _count(store: Store, sql: str, params: tuple = ()) -> int:
    return store.execute(sql, params).fetchone()[0]


def _handed_over(store: Store, _existing: Existing) -> None:
    row = store.one("SELECT id, expected_count, recap_job_id FROM collections")
    assert row is not None and row["expected_count"] == 2
    recap = print_jobs.get(store, row["recap_job_id"])
    assert recap["kind"] == "recap" and recap["collection_id"] == row["id"]
    assert _count(store, "SELECT count(*) FROM print_jobs WHERE collection_id IS NULL") == 0
    assert _count(store, "SELECT count(*) FROM audit_log WHERE action = 'collection'") == 1


def _renewed(store: Store, existing: Existing) -> None:
    row = store.one("SELECT client_id, photo_status FROM registrations WHERE previous_client_id = ?",
                    (existing.client_id,))  # fmt: skip
    assert row is not None and row["photo_status"] == "ok"
    cid = row["client_id"]
    assert _count(store, "SELECT count(*) FROM photos WHERE registration_client_id = ?", (cid,)) == 1
    assert _count(store, "SELECT count(*) FROM outbox WHERE client_id = ? AND depends_on = ?",
                  (cid, existing.client_id)) == 1  # fmt: skip
    assert _count(store, "SELECT count(*) FROM print_jobs WHERE registration_client_id = ? AND kind = 'ak1'",
                  (cid,)) == 1  # fmt: skip


def _with_receipt(table: str, receipt: str) -> Callable[[Store, Existing], None]:
    def check(store: Store, existing: Existing) -> None:
        rows = store.query(f"SELECT client_id FROM {table} WHERE registration_client_id = ?", (existing.client_id,))
        assert len(rows) == 1
        cid = rows[0]["client_id"]
        assert _count(store, "SELECT count(*) FROM outbox WHERE client_id = ?", (cid,)) == 1
        receipts = "SELECT count(*) FROM print_jobs WHERE ref_client_id = ? AND kind = ?"
        assert _count(store, receipts, (cid, receipt)) == 1

    return check


def _retried(store: Store, _existing: Existing) -> None:
    assert _count(store, "SELECT count(*) FROM outbox WHERE state = 'failed_permanent'") == 0
    assert _count(store, "SELECT count(*) FROM outbox_journal WHERE detail = 'retry by technician'") == 1
    assert _count(store, "SELECT count(*) FROM audit_log WHERE action = 'retry_failed'") == 1


def _test_page(store: Store, _existing: Existing) -> None:
    assert _count(store, "SELECT count(*) FROM print_jobs WHERE kind = 'test'") == 1
    assert _count(store, "SELECT count(*) FROM audit_log WHERE action = 'test_page'") == 1


def _one_job(kind: str) -> Callable[[Store, Existing], None]:
    def check(store: Store, _existing: Existing) -> None:
        assert _count(store, "SELECT count(*) FROM print_jobs WHERE kind = ?", (kind,)) == 1
        assert _count(store, "SELECT count(*) FROM print_journal j JOIN print_jobs p ON p.id = j.print_job_id"
                             " WHERE p.kind = ? AND j.state = 'queued'", (kind,)) == 1  # fmt: skip

    return check


def _wrong_number_counted(store: Store, existing: Existing) -> None:
    assert _count(store, "SELECT count(*) FROM possession_failures") == 1
    assert _count(store, "SELECT count(*) FROM audit_log WHERE action = 'possession_wrong_number' AND detail = ?",
                  (existing.client_id,)) == 1  # fmt: skip


def _ticket_saved(store: Store, existing: Existing) -> None:
    row = store.one("SELECT client_id, ticket_no FROM tickets WHERE registration_client_id = ?", (existing.client_id,))
    assert row is not None and row["ticket_no"].endswith("-0001")
    assert _count(store, "SELECT count(*) FROM outbox WHERE client_id = ? AND endpoint = '/tickets'",
                  (row["client_id"],)) == 1  # fmt: skip
    assert _count(store, "SELECT count(*) FROM print_jobs WHERE ref_client_id = ? AND kind = 'ticket_slip'",
                  (row["client_id"],)) == 1  # fmt: skip


def _seat_asked(store: Store, existing: Existing) -> None:
    rows = store.query("SELECT client_id, state FROM event_registrations WHERE registration_client_id = ?",
                       (existing.client_id,))  # fmt: skip
    assert [r["state"] for r in rows] == ["waiting"]
    assert _count(store, "SELECT count(*) FROM outbox WHERE client_id = ? AND depends_on = ?",
                  (rows[0]["client_id"], existing.client_id)) == 1  # fmt: skip


# the use case, what "all of it" means, and the fewest transaction points it passes (its steps)
DONE = {
    "handover": (_handed_over, 4),  # collection, recap job, recap moved into the collection, commit
    "renewal": (_renewed, 2),
    "report": (_with_receipt("reports", "report_receipt"), 2),
    "application": (_with_receipt("applications", "application_receipt"), 2),
    "retry_failed": (_retried, 3),
    "test_page": (_test_page, 2),
    "reprint": (_one_job("reprint"), 1),
    "wrong_card_number": (_wrong_number_counted, 1),
    "severance_slip": (_one_job("severance_slip"), 1),
    "ticket": (_ticket_saved, 2),  # ticket with its number, outbox row; slip job; commit
    "event_seat": (_seat_asked, 1),
}


@pytest.mark.timeout(300)
@pytest.mark.parametrize("use_case", list(DONE))
def test_a_kill_between_the_steps_of_a_use_case_leaves_all_of_it_or_none(use_case, cfg, zygote):
    store = Store(cfg.db_path)
    existing = _setup(store, cfg)
    before = snapshot(store)
    job = {"role": "use_case", "use_case": use_case, "point": "tx", "nik": NIK, "counted": 2, "seed": 7,
           "data_dir": str(cfg.data_dir)}  # fmt: skip
    kills = 0
    while True:
        code = zygote.run({**job, "at": kills + 1}, None)
        if code != -signal.SIGKILL:
            break
        kills += 1
        assert snapshot(store) == before, f"{use_case}: a kill after step {kills} left part of it in the store"
    assert code == 0, f"{use_case} worker failed ({code})"
    check, steps = DONE[use_case]
    assert kills >= steps, f"{use_case}: {steps} steps to kill between expected, found {kills}"
    check(store, existing)
    assert store.integrity_ok()[0]
    store.close()
