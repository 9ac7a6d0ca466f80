"""A kill between `sending` and `printed`, layouts at their limits, and the signing key file."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.card_layout import CardData, render_card
from kiosk.core.raster import font, wrap
from kiosk.services.signing_keys import PRIVATE, PUBLIC, load_or_create
from kiosk.store import print_jobs
from tests.support.wait import poll_until

CHILD = """
import sys
from kiosk.devices.printer_escpos import EscposPrinter
from kiosk.services.printing import PrintService
from kiosk.services.signing_keys import load_or_create
from kiosk.store.db import Store
from pathlib import Path
db, uri, job = sys.argv[1], sys.argv[2], int(sys.argv[3])
service = PrintService(Store(db), EscposPrinter(uri, 58, timeout_s=60), load_or_create(Path(db).parent))
service.run(job)
"""


def test_kill_between_sending_and_printed_leaves_an_uncertain_job(store, cfg, saved, sim):
    sim.state.hang_after_bytes = 5_000  # the printer wedges mid-job; the process is killed there
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(cfg.db_path), sim.uri, str(saved.print_job_id)])
    try:
        assert poll_until(lambda: print_jobs.get(store, saved.print_job_id)["state"] == "sending", 20)
        assert poll_until(lambda: sim.bytes_received >= 5_000, 20)  # it is really inside the job
        assert child.poll() is None
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    job = print_jobs.get(store, saved.print_job_id)
    assert job["state"] == "sending"
    assert [j["id"] for j in print_jobs.interrupted(store)] == [saved.print_job_id]
    assert sim.pages == []
    ok, _ = store.integrity_ok()
    assert ok
    # nothing re-sends it by itself: it stays for the officer
    assert print_jobs.get(store, saved.print_job_id)["state"] == "sending"
    with pytest.raises(print_jobs.IllegalTransition):
        print_jobs.transition(store, saved.print_job_id, "sending")


def card(name: str, **changes) -> CardData:
    base = dict(
        registration_no="3374211126010042",
        nik="3374114108980003",
        name=name,
        birth_place="Semarang",
        birth_date="01-08-1998",
        sex="P",
        marital_status=None,
        religion=None,
        address="",
        phone="",
        registered_on="21-11-2026",
        valid_until="21-11-2028",
        kiosk_id="SMG-01",
    )
    base.update(changes)
    return CardData(**base)


@pytest.mark.parametrize("paper", [58, 80])
@pytest.mark.parametrize(
    "name",
    [
        "A" * 100,
        "Ma'ruf bin Abdul Rahman Al-Ja'fari Wiryo Atmodjo Soeryo Hadikusumo Sastrowardoyo Mangkunegoro Notoprojo",
        "Nguyễn Thị Minh Khai — Ζωή Δημητρίου — Анна Каренина — 李小龍",
        "",
    ],
)
def test_layout_stays_on_the_paper(name, paper):
    image = render_card(card(name), paper, "AK1.payload.signature")
    width = {58: 384, 80: 576}[paper]
    assert image.size[0] == width
    margin = round(8 * width / 384)
    pixels = image.load()
    for x in list(range(margin - 1)) + list(range(width - margin + 2, width)):
        for y in range(0, image.size[1], 3):
            assert pixels[x, y] == 255, (x, y)  # nothing drawn in the margins


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300), st.integers(60, 560))
def test_wrapping_never_loses_a_character(text, width):
    face = font(18)
    lines = wrap(text, face, width)
    assert "".join(lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert all(face.getlength(line) <= width or len(line) == 1 for line in lines)


def test_signing_key_created_0600_once(data_dir):
    key = load_or_create(data_dir)
    assert stat.S_IMODE(os.stat(data_dir / PRIVATE).st_mode) == 0o600
    assert (data_dir / PUBLIC).exists()
    again = load_or_create(data_dir)
    assert again.public_key().public_bytes_raw() == key.public_key().public_bytes_raw()
