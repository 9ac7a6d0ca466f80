"""The issue's "done when": the kiosk's real sender delivers to a live gateway on PostgreSQL
through a proxy that spoils 30% of the exchanges (500s, responses dropped after the gateway
stored the record, replies slower than the kiosk's timeout, a captive portal's HTML page),
and every record is in PostgreSQL exactly once, with the body the kiosk stored, in order."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
from gwsupport.fault_proxy import FaultProxy
from gwsupport.gateway_server import API
from gwsupport.samples import FACE
from kiosk import config as kiosk_config
from kiosk.services.applications import apply
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.reports import save_report
from kiosk.services.synthetic import synthetic_draft
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender

SEEKERS = 120


@pytest.fixture
def kiosk_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gateway_pg):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    data = tmp_path / "kiosk"
    data.mkdir()
    write_token(data / "siker.token", gateway_pg.tokens["SMG-01"])
    cfg = kiosk_config.load(overrides={
        "kiosk.id": "SMG-01", "kiosk.data_dir": str(data), "card_reader.backend": "simulated",
        "camera.source": "simulated", "printer.uri": "simulated", "siker.token_file": str(data / "siker.token"),
        "siker.timeout_s": 1,
    })  # fmt: skip
    store = Store(cfg.db_path)
    yield cfg, store
    store.close()


def fill(store: Store, cfg, count: int) -> None:
    rng = random.Random(19)
    photo = FACE.read_bytes()
    for i in range(count):
        draft = synthetic_draft(rng, photo)
        save_registration(store, cfg, draft, print_card=False)
        existing = find_existing(store, draft.nik)
        save_report(store, existing, draft.nik, "seeking")
        if i % 3 == 0:
            apply(store, cfg, existing, draft.nik, {"id": f"VAC-{i % 7:05d}", "title": "Operator"})


def test_every_record_reaches_postgresql_exactly_once_through_30_percent_faults(kiosk_store, gateway_pg):
    cfg, store = kiosk_store
    fill(store, cfg, SEEKERS)
    with FaultProxy(gateway_pg.origin, share=0.3, seed=4) as proxy:
        cfg = cfg.with_overrides({"siker.base_url": proxy.origin + API})
        sender = Sender(store, lambda: SikerClient.from_config(cfg), workers=8, base_backoff_s=0.01,
                        max_backoff_s=0.1)  # fmt: skip
        try:
            result = sender.drain(deadline_s=150)
        finally:
            sender.close()
    assert result.done and result.failed == 0, result
    assert min(proxy.counts[f] for f in ("fail_500", "drop_after_forward", "slow_after_forward",
                                         "captive_portal")) > 5, proxy.counts  # fmt: skip

    outbox = {row["client_id"]: row for row in store.query("SELECT client_id, endpoint, payload FROM outbox")}
    assert len(outbox) == SEEKERS * 2 + (SEEKERS + 2) // 3
    ids = tuple(outbox)
    marks = ",".join(["?"] * len(ids))
    keys = dict(gateway_pg.query(f"SELECT key, id FROM api_idempotencykey WHERE key IN ({marks})", ids))
    assert sorted(keys) == sorted(ids)  # every record once (the key is unique)
    stored: dict[str, dict] = {}
    for table in ("api_registration", "api_report", "api_application"):
        rows = gateway_pg.query(f"SELECT client_id, data FROM {table} WHERE client_id IN ({marks})", ids)
        for client_id, data in rows:
            assert client_id not in stored
            stored[client_id] = data if isinstance(data, dict) else json.loads(data)
    assert sorted(stored) == sorted(ids)
    for client_id, row in outbox.items():
        assert stored[client_id] == json.loads(row["payload"]), "the gateway holds another body than the kiosk's"
        ref = stored[client_id].get("registration_client_id")
        if ref:
            assert keys[ref] < keys[client_id], "a report or application was stored before its registration"
    photo_hashes = gateway_pg.query(
        f"SELECT DISTINCT p.sha256 FROM api_photo p JOIN api_registration r ON r.id = p.registration_id"
        f" WHERE r.client_id IN ({marks})", ids)  # fmt: skip
    assert photo_hashes == [(hashlib.sha256(FACE.read_bytes()).hexdigest(),)]
    duplicates = store.one("SELECT count(*) AS n FROM outbox WHERE response LIKE '%\"duplicate\": true%'")["n"]
    assert duplicates > 0  # dropped and slow replies were answered as duplicates on retry


def test_the_kiosks_heartbeat_and_vacancy_pull_work_against_the_gateway(kiosk_store, gateway_pg):
    from kiosk.sync import vacancies
    from kiosk.sync.heartbeat import send

    cfg, store = kiosk_store
    cfg = cfg.with_overrides({"siker.base_url": gateway_pg.base_url})
    client = SikerClient.from_config(cfg)
    before = gateway_pg.query("SELECT count(*) FROM api_heartbeat h JOIN api_kiosk k ON k.id = h.kiosk_id"
                              " WHERE k.kiosk_id = 'SMG-01'")[0][0]  # fmt: skip
    offset = send(store, client, "SMG-01")
    assert offset is not None and abs(offset) < 60  # answered, with the server's time
    after = gateway_pg.query("SELECT version, printer, camera FROM api_heartbeat h JOIN api_kiosk k"
                             " ON k.id = h.kiosk_id WHERE k.kiosk_id = 'SMG-01' ORDER BY h.id")  # fmt: skip
    assert len(after) == before + 1
    gateway_pg.manage("vacancy_import", str(_vacancy_file(cfg.data_dir)))
    result = vacancies.pull(store, client)
    assert result.ok and result.rejected == [], result
    cached = {row["id"] for row in store.query("SELECT id FROM vacancies")}
    assert {"VAC-E2E-1", "VAC-E2E-2"} <= cached


def _vacancy_file(folder: Path) -> Path:
    from gwsupport.samples import vacancy

    path = folder / "vacancies.json"
    path.write_text(json.dumps([vacancy("VAC-E2E-1"), vacancy("VAC-E2E-2", education_min=None, skills=[])]))
    return path
