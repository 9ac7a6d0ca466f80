"""Konsultasi / Pengaduan and Cek Tiket with real widgets in the whole app (simulated devices, a
real SQLite file): bad input said beside its field with nothing stored, the ticket typed on the
screen's own keys, its slip printed, the holder's name and phone prefilled, the severance result's
question, and the lookup answered off the GUI thread."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.core.problems import Code, ProblemError
from kiosk.screens.messages import describe
from kiosk.screens.tickets import CONFIRM, CONTACT, DESCRIBE, DONE, TOPIC
from kiosk.services.possession import Holder
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.synthetic import synthetic_draft


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def at(kiosk, qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == name, timeout=10_000)


def count(store, table: str) -> int:
    return store.one(f"SELECT count(*) AS n FROM {table}")["n"]


def open_tickets(kiosk, qtbot):
    welcome = kiosk.window.router.get("welcome")
    click(qtbot, welcome.tiles["tickets"])
    at(kiosk, qtbot, "tickets")
    return kiosk.assembly.tickets.screen


def type_on_keys(qtbot, screen, text: str) -> None:
    """Tap the screen's own keys, as a finger would (letters and the space bar)."""
    for ch in text:
        name = "key_space" if ch == " " else f"key_{ch}"
        key = next(b for b in screen.keys.findChildren(QAbstractButton) if b.objectName() == name and b.isVisible())
        click(qtbot, key)


def test_a_complaint_typed_at_the_kiosk_is_stored_once_and_its_slip_prints(kiosk, qtbot, store):
    screen = open_tickets(kiosk, qtbot)
    assert screen.check.isVisible() and not screen.nav.back.isVisible()
    click(qtbot, screen.nav.next)  # nothing chosen: said at both choices
    assert screen.current() == TOPIC and screen.kind.error.isVisible() and screen.topic.error.isVisible()
    click(qtbot, screen.kind.buttons["pengaduan"])
    click(qtbot, screen.topic.buttons["upah"])
    click(qtbot, screen.nav.next)
    assert screen.current() == DESCRIBE

    click(qtbot, screen.nav.next)  # empty
    assert screen.description_error.text() == "⚠ Uraian wajib diisi."
    screen.description.setPlainText("x" * 3000)  # 3,000 characters
    assert screen.counter.text() == "3000/1000" and screen.counter.objectName() == "error"
    click(qtbot, screen.nav.next)
    assert "paling banyak 1000 huruf (sekarang 3000)" in screen.description_error.text()
    screen.description.setPlainText("Gaji saya dipotong 😡")
    click(qtbot, screen.nav.next)
    assert "emoji" in screen.description_error.text() and screen.current() == DESCRIBE
    screen.description.clear()
    type_on_keys(qtbot, screen, "Upah")  # starts with a capital, like a phone keyboard
    click(qtbot, screen.new_line)
    qtbot.keyClicks(screen.description, "November belum dibayar penuh.")
    assert screen.description.toPlainText() == "Upah\nNovember belum dibayar penuh."
    assert screen.counter.text() == "34/1000" and screen.counter.objectName() == "hint"
    assert screen.description_error.isHidden()  # the error went with the correction
    click(qtbot, screen.nav.next)
    assert screen.current() == CONTACT

    qtbot.keyClicks(screen.person.editor, "Siti Aminah")
    qtbot.keyClicks(screen.phone.editor, "+6591234567")  # Singapore
    qtbot.keyClicks(screen.employer.editor, "PT Sinar Semarang")
    click(qtbot, screen.nav.next)
    assert screen.current() == CONTACT
    assert screen.phone.error.text() == "⚠ " + describe(ProblemError(Code.PHONE_PREFIX))
    screen.phone.editor.clear()
    qtbot.keyClicks(screen.phone.editor, "0812 3456 7890")
    assert screen.phone.error.isHidden()
    assert count(store, "tickets") == count(store, "outbox") == count(store, "print_jobs") == 0  # nothing half-stored
    click(qtbot, screen.nav.next)
    assert screen.current() == CONFIRM
    assert "Siti Aminah" in screen.summary.text() and "Gaji atau upah" in screen.summary.text()
    assert screen.nav.next.text() == "Kirim dan Cetak Slip"
    click(qtbot, screen.nav.next)

    assert screen.current() == DONE
    qtbot.waitUntil(lambda: "Ambil slip" in screen.done_status.text(), timeout=15_000)
    row = store.one("SELECT * FROM tickets")
    assert screen.number.text() == row["ticket_no"] and row["ticket_no"].startswith("K-SMG01-")
    assert (row["phone"], row["employer"], row["description"]) == ("+6281234567890", "PT Sinar Semarang",
                                                                   "Upah\nNovember belum dibayar penuh.")  # fmt: skip
    assert store.one("SELECT endpoint FROM outbox")["endpoint"] == "/tickets"
    assert store.one("SELECT kind, state FROM print_jobs") == {"kind": "ticket_slip", "state": "printed"}
    assert "paling lambat" in screen.done_next.text()

    click(qtbot, screen.finish)  # the session ends: nothing personal stays on the screens
    at(kiosk, qtbot, "welcome")
    assert screen.number.text() == "" and screen.person.text() == "" and screen.description.toPlainText() == ""

    # Cek Tiket: the ticket has not reached the office yet, so the kiosk answers from its store
    screen = open_tickets(kiosk, qtbot)
    click(qtbot, screen.check)
    at(kiosk, qtbot, "ticket_check")
    check = kiosk.assembly.tickets.check_screen
    qtbot.keyClicks(check.number.editor, row["ticket_no"].lower())
    qtbot.keyClicks(check.phone.editor, "081234567890")
    click(qtbot, check.look)
    qtbot.waitUntil(lambda: check.result.isVisible(), timeout=10_000)
    assert "belum sampai di kantor" in check.result_detail.text()
    assert check.result_status.text().startswith(row["ticket_no"])

    # another number: this kiosk has no token (offline), so it says so, and counts no miss
    check.number.editor.clear()
    qtbot.keyClicks(check.number.editor, "K-SMG01-200101-0001")
    click(qtbot, check.look)
    qtbot.waitUntil(lambda: check.problem.isVisible(), timeout=10_000)
    assert "tidak terhubung" in check.problem.text() and not check.result.isVisible()
    assert count(store, "ticket_lookup_failures") == 0
    check.number.editor.clear()
    qtbot.keyClicks(check.number.editor, "3374211126010042")  # an AK/1 number, not a ticket's
    click(qtbot, check.look)
    assert check.number.error.text() == "⚠ " + describe(ProblemError(Code.TICKET_NO_FORMAT))


def test_a_proven_holder_finds_name_and_phone_filled_in(kiosk, qtbot, store, cfg):
    draft = synthetic_draft(random.Random(5))
    save_registration(store, cfg, draft, print_card=False)
    existing = find_existing(store, draft.nik)
    kiosk.assembly.flow.holder = Holder(existing, draft.nik, "number")  # proved earlier in this session
    screen = open_tickets(kiosk, qtbot)
    assert screen.person.text() == draft.name
    assert screen.phone.text() == "0" + draft.phone[3:]
    kiosk.window.end_session("done")
    at(kiosk, qtbot, "welcome")
    screen = open_tickets(kiosk, qtbot)  # a new session: nobody proven, nothing filled in
    assert screen.person.text() == "" and screen.phone.text() == ""


def test_the_severance_result_asks_an_officer_with_its_figures(kiosk, qtbot):
    parts = kiosk.assembly
    severance = parts.severance
    click(qtbot, kiosk.window.router.get("welcome").tiles["severance"])
    at(kiosk, qtbot, "severance")
    assert not severance.ask.isVisible()  # nothing to ask about before a result
    severance.choose("efficiency_loss")
    qtbot.keyClicks(severance.wage.editor, "5000000")
    qtbot.keyClicks(severance.years.editor, "10")
    click(qtbot, severance.calculate)
    assert severance.ask.text() == "Tanyakan ke petugas"
    click(qtbot, severance.ask)
    at(kiosk, qtbot, "tickets")
    screen = parts.tickets.screen
    assert screen.topic.value() == "pesangon" and screen.kind.value() == "konsultasi"
    click(qtbot, screen.nav.next)  # both chosen already
    assert screen.current() == DESCRIBE
    assert screen.attachment.isVisible() and "Rp5.000.000" in screen.attachment.toPlainText()
    assert "10 tahun" in screen.attachment.toPlainText()
    click(qtbot, screen.remove_attachment)  # the person may leave the figures out
    assert not screen.attachment.isVisible()


def test_a_slip_that_did_not_print_can_be_printed_again_and_the_ticket_stays(kiosk, qtbot, store):
    parts = kiosk.assembly
    parts.printer.simulator.state.paper = "out"
    screen = open_tickets(kiosk, qtbot)
    click(qtbot, screen.kind.buttons["konsultasi"])
    click(qtbot, screen.topic.buttons["ak1"])
    click(qtbot, screen.nav.next)
    qtbot.keyClicks(screen.description, "Kartu kuning saya hilang, bagaimana mencetak ulang?")
    click(qtbot, screen.nav.next)
    qtbot.keyClicks(screen.person.editor, "Budi Santoso")
    qtbot.keyClicks(screen.phone.editor, "085712345678")
    click(qtbot, screen.nav.next)
    click(qtbot, screen.nav.next)
    qtbot.waitUntil(lambda: screen.reprint.isVisible(), timeout=15_000)
    assert "belum tercetak" in screen.done_status.text() and "Kertas" in screen.done_status.text()
    assert count(store, "tickets") == 1 and count(store, "outbox") == 1  # saved before printing
    parts.printer.simulator.state.paper = "ok"
    click(qtbot, screen.reprint)
    qtbot.waitUntil(lambda: "Ambil slip" in screen.done_status.text(), timeout=15_000)
    assert not screen.reprint.isVisible()
    assert count(store, "tickets") == 1 and count(store, "print_jobs") == 1  # the same job, printed now
    assert store.one("SELECT state FROM print_jobs")["state"] == "printed"
