"""Order keys hold no NIK: migration 6 rewrites old rows, and the sender's order still holds.

The order that must hold (contract, "Order"): a registration before every record that refers to
it; here also a renewal after the registration it renews and a person's records in outbox order.
"""

from __future__ import annotations

import random
from collections import defaultdict

from kiosk.services.applications import apply
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.reports import save_report
from kiosk.services.synthetic import synthetic_draft
from kiosk.store import migrations
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import Faults


def people(store, cfg, count: int, seed: int) -> dict[str, list[str]]:
    """``count`` people, each with a report and an application; every other one renews and reports
    again. Returns each person's registration client ids, oldest first, by NIK."""
    rng = random.Random(seed)
    chains: dict[str, list[str]] = {}
    for i in range(count):
        draft = synthetic_draft(rng, None)
        chains[draft.nik] = [save_registration(store, cfg, draft, print_card=False).client_id]
        existing = find_existing(store, draft.nik)
        save_report(store, existing, draft.nik, "seeking")
        apply(store, cfg, existing, draft.nik, {"id": f"VAC-{i:05d}", "title": "Operator"})
        if i % 2 == 0:
            draft.kind, draft.previous_client_id = "renewal", existing.client_id
            chains[draft.nik].append(save_registration(store, cfg, draft, print_card=False).client_id)
            save_report(store, find_existing(store, draft.nik), draft.nik, "employed", "PT Contoh", "Operator")
    return chains


def assert_keys_are_first_registrations(store: Store, chains: dict[str, list[str]]) -> None:
    rows = store.query("SELECT client_id, endpoint, order_key, depends_on FROM outbox")
    owner = {cid: chain[0] for chain in chains.values() for cid in chain}
    for row in rows:
        assert row["order_key"] not in chains, "an order key is still a NIK"
        registration = row["client_id"] if row["endpoint"] == "/registrations" else row["depends_on"]
        assert row["order_key"] == owner[registration]


def assert_delivered_in_order(store: Store, sim) -> None:
    seq = {r["client_id"]: r["seq"] for r in sim.records()}
    rows = store.query("SELECT id, client_id, order_key, depends_on FROM outbox ORDER BY id")
    assert set(seq) == {row["client_id"] for row in rows}
    by_key = defaultdict(list)
    for row in rows:
        if row["depends_on"]:  # a report, an application, a renewal: after what it refers to
            assert seq[row["depends_on"]] < seq[row["client_id"]]
        by_key[row["order_key"]].append(seq[row["client_id"]])
    for arrived in by_key.values():
        assert arrived == sorted(arrived), "a person's records arrived out of outbox order"


def test_new_records_are_keyed_by_the_first_registration_and_arrive_in_order(store, cfg, sim, sender):
    sim.faults = Faults(fail_500=0.2, fail_503=0.1, retry_after_s=0, drop_after_store=0.1, seed=4)
    chains = people(store, cfg, 30, seed=8)
    assert_keys_are_first_registrations(store, chains)
    assert sender.drain(deadline_s=120).done
    assert_delivered_in_order(store, sim)


def test_migration_rewrites_nik_order_keys_and_the_order_still_holds(cfg, sim, sync_cfg):
    old = Store(cfg.db_path, migrate_schema=False)
    migrations.migrate(old.db, target=5)
    # today's save_report writes the report's period (migration 7): lend the columns for the setup
    # and save_registration the coded capture's (migration 9)
    lent = [("reports", c) for c in ("period", "started_on", "placement")] + [
        ("registrations", c) for c in ("education_level", "occupation_code", "disability")
    ]
    for table, column in lent:
        old.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    chains = people(old, cfg, 12, seed=9)
    for table, column in lent:
        old.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    # what kiosks before migration 6 wrote: the NIK as the key of registrations, reports and applications
    for nik, chain in chains.items():
        for client_id in chain:
            old.execute(
                "UPDATE outbox SET order_key = ? WHERE client_id = ?"
                " OR (depends_on = ? AND endpoint != '/registrations')",
                (nik, client_id, client_id),
            )
    assert old.one("SELECT count(*) AS n FROM outbox WHERE order_key IN (SELECT nik FROM registrations)")["n"] == 12 * 4
    # a renewal the purge of an earlier version forgot: its report receipt still names the employer
    legacy = next(iter(chains.values()))[1]
    old.execute("UPDATE registrations SET nik = '', name = '', purged_at = '2026-01-01' WHERE client_id = ?", (legacy,))
    receipt = "SELECT count(*) AS n FROM print_jobs WHERE registration_client_id = ? AND document LIKE '%PT Contoh%'"
    assert old.one(receipt, (legacy,))["n"] == 1
    old.close()

    store = Store(cfg.db_path)  # migrates to the latest
    try:
        assert migrations.schema_version(store.db) == migrations.LATEST
        assert_keys_are_first_registrations(store, chains)
        assert store.one(receipt, (legacy,))["n"] == 0
        sim.faults = Faults(fail_500=0.2, drop_after_store=0.1, seed=6)
        sender = Sender(store, lambda: SikerClient.from_config(sync_cfg), workers=4, base_backoff_s=0.01)
        try:
            assert sender.drain(deadline_s=120).done
        finally:
            sender.close()
        assert_delivered_in_order(store, sim)
        assert store.integrity_ok() == (True, "ok")
    finally:
        store.close()
