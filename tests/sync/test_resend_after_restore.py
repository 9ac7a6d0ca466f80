"""After the server was restored from last night's backup it has lost what kiosks delivered today;
`kiosk sync --resend-since DAY` sends those records again with their own keys: the server stores
what it lost, answers "duplicate" for what it kept, and nothing ends up there twice. Over real
HTTP to the SIKER simulator, the command in a process of its own as a technician runs it."""

from __future__ import annotations

import json
from datetime import timedelta

from kiosk.core import clock
from kiosk.sync.sender import resend_since
from tests.sync.test_delivery import fill
from tests.sync.test_kill_and_vacancies import site_file, sync_once


def outbox(store) -> dict[str, dict]:
    rows = store.query("SELECT client_id, state, attempts, payload, delivered_at FROM outbox")
    return {row["client_id"]: dict(row) for row in rows}


def test_what_a_server_restore_lost_is_sent_again_and_nothing_twice(tmp_path, store, cfg, sim, sync_cfg, sender):
    fill(store, cfg, 3, seed=1)
    assert sender.drain(deadline_s=60).done
    yesterday = clock.rfc3339(clock.now() - timedelta(days=1))
    store.execute("UPDATE outbox SET delivered_at = ?", (yesterday,))  # in last night's backup
    fill(store, cfg, 4, seed=2)
    assert sender.drain(deadline_s=60).done
    today = clock.today().isoformat()
    delivered_today = [cid for cid, row in outbox(store).items() if row["delivered_at"] > yesterday]
    assert len(delivered_today) >= 8  # four registrations and their reports (and an application)

    # the server goes back to last night: what it received today is gone, one of today's records stays
    survived, lost = delivered_today[0], delivered_today[1:]
    sim.db.execute(f"DELETE FROM records WHERE client_id IN ({','.join('?' * len(lost))})", lost)
    before = outbox(store)

    done = sync_once(site_file(tmp_path, cfg, sim), "--resend-since", today)
    assert done.returncode == 0, done.stderr
    assert f"{len(delivered_today)} records delivered since {today}T00:00:00+07:00 queued" in done.stdout

    after = outbox(store)
    assert all(row["state"] == "delivered" for row in after.values())
    server = sim.records()
    assert sorted(r["client_id"] for r in server) == sorted(after)  # each one there, once
    bodies = {r["client_id"]: r["body"] for r in server}
    assert all(bodies[cid] == json.loads(after[cid]["payload"]) for cid in lost)  # the bodies the kiosk kept
    # yesterday's records were not touched; today's went once more, the survivor as a duplicate
    assert all(after[cid]["attempts"] == before[cid]["attempts"] for cid in after if cid not in delivered_today)
    assert all(after[cid]["attempts"] == before[cid]["attempts"] + 1 for cid in delivered_today)
    answer = store.one("SELECT response FROM outbox WHERE client_id = ?", (survived,))["response"]
    assert json.loads(answer)["duplicate"] is True  # the server still had it
    journal = store.query("SELECT count(*) AS n FROM outbox_journal WHERE detail = 'sent again after a server restore'")
    assert journal[0]["n"] == len(delivered_today)


def test_records_whose_data_is_purged_are_counted_not_sent(tmp_path, store, cfg, sim, sync_cfg, sender):
    fill(store, cfg, 2, seed=3)
    assert sender.drain(deadline_s=60).done
    blanked = store.query("SELECT client_id FROM outbox ORDER BY id LIMIT 1")[0]["client_id"]
    store.execute("UPDATE outbox SET payload = '{}' WHERE client_id = ?", (blanked,))  # as the retention purge does
    since = clock.rfc3339(clock.now() - timedelta(hours=1))
    total = len(outbox(store))
    resent = resend_since(store, since)
    assert (resent.queued, resent.blanked) == (total - 1, 1)
    assert outbox(store)[blanked]["state"] == "delivered"  # an empty body is never sent


def test_a_wrong_date_is_refused_and_changes_nothing(tmp_path, store, cfg, sim, sync_cfg, sender):
    fill(store, cfg, 1, seed=4)
    assert sender.drain(deadline_s=60).done
    before = outbox(store)
    done = sync_once(site_file(tmp_path, cfg, sim), "--resend-since", "04-12-2026")
    assert done.returncode == 2
    assert "--resend-since wants a date as YYYY-MM-DD" in done.stderr
    assert outbox(store) == before
