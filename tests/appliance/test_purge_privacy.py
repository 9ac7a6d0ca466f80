"""The retention purge erases purged people from the database's bytes, not only from its rows.

Real parts: registrations, reports, applications and prints made through the services, cards
printed on the printer simulator, every record delivered to the SIKER simulator over HTTP; then
the raw bytes of the database file, its WAL and its shared-memory file are searched.
"""

from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core import clock
from kiosk.devices.escpos_simulator import PrinterSimulator
from kiosk.devices.printer_escpos import EscposPrinter
from kiosk.services.applications import apply
from kiosk.services.draft import RegistrationDraft
from kiosk.services.maintenance import purge
from kiosk.services.printing import PrintService
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.reports import save_report
from kiosk.services.signing_keys import load_or_create
from kiosk.services.synthetic import synthetic_draft
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import SikerSimulator
from tests.support.samples import FACE

PHOTO = FACE.read_bytes()


@dataclass
class Person:
    nik: str
    name: str
    phone: str
    client_ids: list[str]


@pytest.fixture
def siker(tmp_path, cfg):
    with SikerSimulator(tmp_path / "siker.db", token="rahasia-uji") as simulator:
        write_token(cfg.siker.token_file, "rahasia-uji")
        yield cfg.with_overrides({"siker.base_url": simulator.base_url, "siker.timeout_s": 5})


@pytest.fixture
def printing(tmp_path, store, data_dir):
    with PrinterSimulator(tmp_path / "printed") as simulator:
        yield PrintService(store, EscposPrinter(simulator.uri, 58, timeout_s=2), load_or_create(data_dir))


def register(store, cfg, rng, name: str, *, photo: bool, renew_of: Person | None = None) -> Person:
    draft = synthetic_draft(rng, PHOTO if photo else None)
    draft.name = name
    if renew_of:
        draft.nik, draft.kind = renew_of.nik, "renewal"
        draft.previous_client_id = renew_of.client_ids[-1]
    saved = save_registration(store, cfg, draft)
    person = renew_of or Person(draft.nik, name, draft.phone, [])
    person.client_ids.append(saved.client_id)
    return person


def act(store, cfg, person: Person, employer: str, vacancy: str) -> None:
    existing = find_existing(store, person.nik)
    save_report(store, existing, person.nik, "employed", employer, "Operator Gudang")
    apply(store, cfg, existing, person.nik, {"id": vacancy, "title": "Operator"}, note=f"catatan {person.name}")


def needles(person: Person) -> list[bytes]:
    """Every spelling a value could be stored in: UTF-8 (JSON with ensure_ascii=False), a JSON
    string's ASCII escapes (json.dumps' default, e.g. a stored server answer) and UTF-16."""
    values = [person.nik, person.name, person.phone]
    spelled = [v.encode(enc) for v in values for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return spelled + [json.dumps(v)[1:-1].encode() for v in values]


def database_bytes(path: Path) -> bytes:
    files = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_purge_leaves_no_nik_or_name_of_a_purged_person_in_the_file_or_the_wal(store, cfg, siker, printing):
    rng = random.Random(17)
    gone = [
        register(store, cfg, rng, "Wiryawan Sulistyaningrat", photo=True),
        register(store, cfg, rng, "Kusumawardhani Prabaningtyás", photo=True),  # one accent: escapes differ
    ]
    register(store, cfg, rng, "Kusumawardhani Prabaningtyás", photo=True, renew_of=gone[1])
    act(store, cfg, gone[0], "PT Rahasia Makmur Sentosa", "VAC-00001")
    act(store, cfg, gone[1], "CV Sumber Rejeki Tersembunyi", "VAC-00001")  # same vacancy: UNIQUE(nik, vacancy)
    kept = register(store, cfg, rng, "Hadiningrat Tetapada", photo=False)
    act(store, cfg, kept, "PT Masih Disimpan", "VAC-00002")
    for job in store.query("SELECT id FROM print_jobs ORDER BY id"):
        assert printing.run(job["id"]).ok
    sender = Sender(store, lambda: SikerClient.from_config(siker), workers=4)
    try:
        assert sender.drain(deadline_s=60).done
    finally:
        sender.close()
    assert store.one("SELECT count(*) AS n FROM outbox WHERE state != 'delivered'")["n"] == 0

    old = clock.rfc3339(clock.now() - timedelta(days=40))
    kept_ids = set(kept.client_ids)
    for row in store.query("SELECT id, client_id, depends_on FROM outbox"):
        if not {row["client_id"], row["depends_on"]} & kept_ids:
            store.execute("UPDATE outbox SET delivered_at = ? WHERE id = ?", (old, row["id"]))
    reconcile = store.query("SELECT registration_no FROM registrations ORDER BY registration_no")
    journal = store.query("SELECT print_job_id, at, state FROM print_journal ORDER BY id")
    raw = database_bytes(cfg.db_path)
    photo_piece = PHOTO[len(PHOTO) // 2 : len(PHOTO) // 2 + 48]
    for person in gone:
        assert all(v.encode() in raw for v in (person.nik, person.name, person.phone))  # the scan sees them
    assert photo_piece in raw

    result = purge(store, retention_days=30)
    assert (result.registrations, result.photos) == (3, 3)

    raw = database_bytes(cfg.db_path)
    for person in gone:
        for needle in needles(person):
            assert needle not in raw, f"{needle!r} of a purged person is still in the database bytes"
    assert photo_piece not in raw
    assert base64.b64encode(photo_piece)[:32] not in raw
    assert b"Rahasia Makmur" not in raw and b"Sumber Rejeki" not in raw  # their receipts and reports
    # the person not yet due is intact, in the rows and therefore in the bytes
    row = store.one("SELECT nik, name, data FROM registrations WHERE client_id = ?", (kept.client_ids[0],))
    assert (row["nik"], row["name"]) == (kept.nik, kept.name) and kept.phone in row["data"]
    assert kept.nik.encode() in raw and b"PT Masih Disimpan" in raw
    # what reconciling printed cards needs stays
    assert store.query("SELECT registration_no FROM registrations ORDER BY registration_no") == reconcile
    assert store.query("SELECT print_job_id, at, state FROM print_journal ORDER BY id") == journal
    assert store.integrity_ok() == (True, "ok")


def test_the_purge_scrubs_what_a_new_connection_wrote_before_it(store, cfg, tmp_path):
    """A second process (the sync) has the database open too: the WAL is still truncated."""
    other = Store(cfg.db_path)
    try:
        rng = random.Random(3)
        draft: RegistrationDraft = synthetic_draft(rng, None)
        draft.name = "Sastrowardoyo Menghilang"
        saved = save_registration(other, cfg, draft, print_card=False)
        other.execute(
            "UPDATE outbox SET state = 'delivered', delivered_at = ? WHERE client_id = ?",
            (clock.rfc3339(clock.now() - timedelta(days=400)), saved.client_id),
        )
        assert purge(store, retention_days=365).registrations == 1
        raw = database_bytes(cfg.db_path)
        assert draft.name.encode() not in raw and draft.nik.encode() not in raw
        assert Path(f"{cfg.db_path}-wal").stat().st_size == 0
    finally:
        other.close()
