"""Through both ends: a ticket made at the kiosk with real widgets, sent by the real sender to the
office gateway (gunicorn, SQLite: the demo's database), answered there by an officer's change to the
ticket (the gateway's own model, as its ticket page saves it), and read back at the kiosk with
Cek Tiket. A wrong phone gets the same words as an unknown number."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gateway" / "tests"))
from gwsupport.gateway_server import GatewayServer

ANSWER = "Silakan datang ke loket 3 membawa slip gaji bulan Oktober dan November."
OFFICER = """
from datetime import datetime, timedelta, timezone
from django.utils import timezone as tz
from gateway.api.models import Ticket
row = Ticket.objects.get(ticket_no={number!r})
row.status = "dijadwalkan"
row.answer = {answer!r}
row.appointment_at = datetime(2026, 12, 14, 9, 30, tzinfo=timezone(timedelta(hours=7)))
row.updated_at = tz.now()
row.save()
print(row.status)
"""


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    server = GatewayServer(tmp_path_factory.mktemp("gateway"), kiosks=("SMG-01",)).start()
    yield server
    server.stop()


@pytest.fixture
def cfg(cfg, gateway):  # the kiosk of conftest, speaking to the gateway
    write_token(cfg.siker.token_file, gateway.tokens["SMG-01"])
    return cfg.with_overrides({"siker.base_url": gateway.base_url, "siker.timeout_s": 10})


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def at(kiosk, qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == name, timeout=10_000)


def make_ticket(kiosk, qtbot) -> str:
    click(qtbot, kiosk.window.router.get("welcome").tiles["tickets"])
    at(kiosk, qtbot, "tickets")
    screen = kiosk.assembly.tickets.screen
    click(qtbot, screen.kind.buttons["pengaduan"])
    click(qtbot, screen.topic.buttons["upah"])
    click(qtbot, screen.nav.next)
    qtbot.keyClicks(screen.description, "Upah November belum dibayar penuh.")
    click(qtbot, screen.nav.next)
    qtbot.keyClicks(screen.person.editor, "Siti Aminah")
    qtbot.keyClicks(screen.phone.editor, "081234567890")
    qtbot.keyClicks(screen.employer.editor, "PT. Sinar  Jaya")
    click(qtbot, screen.nav.next)
    click(qtbot, screen.nav.next)
    qtbot.waitUntil(lambda: "Ambil slip" in screen.done_status.text(), timeout=15_000)
    number = screen.number.text()
    click(qtbot, screen.finish)
    at(kiosk, qtbot, "welcome")
    return number


def deliver(store, cfg) -> None:
    sender = Sender(store, lambda: SikerClient.from_config(cfg), base_backoff_s=0.01, max_backoff_s=0.05)
    try:
        result = sender.drain(deadline_s=60)
    finally:
        sender.close()
    assert result.done and result.failed == 0, result


def look(kiosk, qtbot, number: str, phone: str):
    click(qtbot, kiosk.window.router.get("welcome").tiles["tickets"])
    at(kiosk, qtbot, "tickets")
    click(qtbot, kiosk.assembly.tickets.screen.check)
    at(kiosk, qtbot, "ticket_check")
    check = kiosk.assembly.tickets.check_screen
    qtbot.keyClicks(check.number.editor, number)
    qtbot.keyClicks(check.phone.editor, phone)
    click(qtbot, check.look)
    qtbot.waitUntil(lambda: check.look.isEnabled(), timeout=15_000)  # the answer is in
    return check


def test_a_ticket_made_at_the_kiosk_is_answered_at_the_gateway_and_read_back(kiosk, qtbot, store, cfg, gateway):
    number = make_ticket(kiosk, qtbot)
    client_id = store.one("SELECT client_id FROM tickets WHERE ticket_no = ?", (number,))["client_id"]
    deliver(store, cfg)
    store.execute("UPDATE outbox SET state = 'pending' WHERE client_id = ?", (client_id,))  # an answer lost
    deliver(store, cfg)  # sent again with the same key: the gateway's duplicate
    assert gateway.stored(client_id) == 1
    rows = gateway.query("SELECT ticket_no, phone, employer, description, status FROM api_ticket WHERE client_id = ?",
                         (client_id,))  # fmt: skip
    assert rows == [(number, "+6281234567890", "PT. Sinar Jaya", "Upah November belum dibayar penuh.", "baru")]

    check = look(kiosk, qtbot, number, "0812 3456 7890")
    assert check.result.isVisible() and "menunggu petugas" in check.result_status.text()
    assert "Belum ada jawaban" in check.result_detail.text()
    kiosk.window.end_session("done")
    at(kiosk, qtbot, "welcome")

    assert gateway.manage("shell", "-c", OFFICER.format(number=number, answer=ANSWER)).splitlines()[-1] == "dijadwalkan"
    check = look(kiosk, qtbot, number, "+6281234567890")
    assert check.result_status.text() == f"{number}: Dijadwalkan bertemu petugas"
    assert "Senin, 14-12-2026 pukul 09.30" in check.result_detail.text()
    assert ANSWER in check.result_detail.text()
    kiosk.window.end_session("done")
    at(kiosk, qtbot, "welcome")
    assert check.result_detail.text() == ""  # wiped with the session

    wrong = look(kiosk, qtbot, number, "081299999999").problem.text()
    kiosk.window.end_session("done")
    at(kiosk, qtbot, "welcome")
    unknown = look(kiosk, qtbot, "K-SMG01-200101-0001", "081234567890").problem.text()
    assert wrong.split("Sisa percobaan")[0] == unknown.split("Sisa percobaan")[0]
    assert "Tiket tidak ditemukan" in wrong and "Sisa percobaan: 4" in wrong and "Sisa percobaan: 3" in unknown
