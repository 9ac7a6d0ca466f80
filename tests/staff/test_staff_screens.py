"""Both staff modes driven through their real widgets, on simulated devices."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from kiosk import config, i18n
from kiosk.core import clock
from kiosk.core.states import PrintState
from kiosk.services import printed_log, staff
from kiosk.services.registration import save_registration
from kiosk.store import print_jobs
from tests.support.samples import draft

TECH_PIN, OFFICER_PIN = "482915", "246810"


@pytest.fixture
def modes(kiosk):
    staff.add(kiosk.store, "Budi Teknisi", "technician", TECH_PIN)
    staff.add(kiosk.store, "Sri Petugas", "officer", OFFICER_PIN)
    return kiosk.assembly.staff


def _type_pin(qtbot, modes, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(modes.pin.keypad.findChild(type(modes.pin.enter), f"key_{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(modes.pin.enter, Qt.MouseButton.LeftButton)


def _login(qtbot, kiosk, modes, pin: str, screen: str) -> None:
    modes.open_pad()
    assert kiosk.window.router.current_name == "staff_pin"
    _type_pin(qtbot, modes, pin)
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == screen, timeout=5000)


def _actions(store) -> list[tuple[str, str]]:
    return [(r["actor"], r["action"]) for r in reversed(staff.audit_rows(store))]


def test_holding_the_corner_opens_the_pin_pad_and_a_tap_does_not(qtbot, kiosk, modes):
    assert modes.built() == []  # no staff screen exists until staff mode is asked for
    welcome = kiosk.window.router.get("welcome")
    qtbot.mouseClick(welcome, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert kiosk.window.router.current_name == "welcome"
    qtbot.mousePress(welcome, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "staff_pin", timeout=4000)
    qtbot.mouseRelease(welcome, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert "PIN" in modes.pin.hint.text()
    qtbot.mouseClick(modes.pin.cancel, Qt.MouseButton.LeftButton)
    assert kiosk.window.router.current_name == "welcome"
    qtbot.waitUntil(lambda: modes.built() == [], timeout=2000)
    modes.open_pad()  # and it is built again the next time
    assert kiosk.window.router.current_name == "staff_pin" and modes.built() == ["staff_pin"]


def test_with_no_holders_the_pad_says_how_to_add_one(qtbot, kiosk):
    modes = kiosk.assembly.staff
    modes.open_pad()
    assert "kiosk staff add" in modes.pin.hint.text()


def test_five_wrong_pins_lock_the_pad_even_for_the_right_one(qtbot, kiosk, modes):
    modes.open_pad()
    for left in (4, 3, 2, 1):
        _type_pin(qtbot, modes, "000000")
        qtbot.waitUntil(lambda left=left: f"Sisa {left} percobaan" in modes.pin.message.text(), timeout=5000)
    _type_pin(qtbot, modes, "000000")
    qtbot.waitUntil(lambda: "Coba lagi dalam 5 menit" in modes.pin.message.text(), timeout=5000)
    modes.pin.message.clear()
    _type_pin(qtbot, modes, TECH_PIN)
    qtbot.waitUntil(lambda: "Coba lagi" in modes.pin.message.text(), timeout=5000)
    assert kiosk.window.router.current_name == "staff_pin" and modes.holder is None


def test_technician_diagnoses_prints_a_test_page_and_reads_the_logs(qtbot, kiosk, modes, cfg):
    _login(qtbot, kiosk, modes, TECH_PIN, "technician")
    t = modes.technician
    assert "Budi Teknisi" in t.header.who.text()
    qtbot.mouseClick(t.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: t.results.rowCount() >= 7, timeout=20_000)
    rows = {t.results.cell_text(r, 1): t.results.cell_text(r, 0) for r in range(t.results.rowCount())}
    assert rows["Printer"] == "LULUS" and rows["Basis data"] == "LULUS" and rows["Kamera"] == "LULUS"

    qtbot.mouseClick(t.test_page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: t.message.text() == "Halaman uji tercetak.", timeout=10_000)
    job = kiosk.store.one("SELECT * FROM print_jobs WHERE kind = 'test'")
    assert job["state"] == "printed" and list((cfg.data_dir / "printed").glob("page-*.png"))

    qtbot.mouseClick(t.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "640x480" in t.camera_facts.text(), timeout=5000)
    qtbot.mouseClick(t.preview_button, Qt.MouseButton.LeftButton)

    t.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: "no staff PIN holders yet" in t.log_view.toPlainText(), timeout=2000)
    assert not re.search(r"\d{16}", t.log_view.toPlainText())

    qtbot.mouseClick(t.header.leave, Qt.MouseButton.LeftButton)
    assert kiosk.window.router.current_name == "welcome" and t.log_view.toPlainText() == ""
    actions = _actions(kiosk.store)
    for action in ("login", "diagnostics", "diagnostics_done", "test_page", "camera_preview", "view_logs", "logout"):
        assert ("Budi Teknisi", action) in actions


def test_settings_are_refused_with_the_key_named_or_saved_and_applied(qtbot, kiosk, modes, cfg):
    _login(qtbot, kiosk, modes, TECH_PIN, "technician")
    t = modes.technician
    t.tabs.setCurrentIndex(1)
    assert t.fields["kiosk.id"].text() == cfg.kiosk.id and t.fields["siker.token"].text() == ""
    before = cfg.source.read_text()

    t.fields["kiosk.number"].setText("100")
    qtbot.mouseClick(t.save_button, Qt.MouseButton.LeftButton)
    assert "kiosk.number" in t.message.text() and t.message.text().startswith("Tidak disimpan")
    assert cfg.source.read_text() == before

    t.fields["kiosk.number"].setText(str(cfg.kiosk.number))
    t.fields["kiosk.idle_timeout_s"].setText("90")
    qtbot.mouseClick(t.save_button, Qt.MouseButton.LeftButton)
    assert t.message.text() == "Disimpan dan langsung berlaku."
    assert kiosk.window.idle.timeout_ms == 90_000
    assert config.load(cfg.source).kiosk.idle_timeout_s == 90

    t.fields["printer.paper_width_mm"].setText("80")
    modes.restart_requested.disconnect()  # the app would exec() itself again; here the request is enough
    with qtbot.waitSignal(modes.restart_requested, timeout=5000):
        qtbot.mouseClick(t.save_button, Qt.MouseButton.LeftButton)
    assert config.load(cfg.source).printer.paper_width_mm == 80
    actions = [a for _, a in _actions(kiosk.store)]
    assert actions.count("settings_refused") == 1 and actions.count("settings_changed") == 2 and "restart" in actions


def test_technician_retries_failed_records(qtbot, kiosk, modes, cfg):
    saved = save_registration(kiosk.store, cfg, draft())
    kiosk.store.execute("UPDATE outbox SET state = 'failed_permanent', http_status = 422, last_error = 'birth_date'"
                        " WHERE client_id = ?", (saved.client_id,))  # fmt: skip
    _login(qtbot, kiosk, modes, TECH_PIN, "technician")
    t = modes.technician
    assert t.failed.rowCount() == 1 and t.failed.cell_text(0, 3) == "birth_date"
    qtbot.mouseClick(t.retry_button, Qt.MouseButton.LeftButton)
    assert t.message.text() == "1 catatan dikirim ulang." and t.failed.rowCount() == 0
    assert kiosk.store.one("SELECT state FROM outbox WHERE client_id = ?", (saved.client_id,))["state"] == "pending"
    modes.find_media = lambda: []
    qtbot.mouseClick(t.export_logs_button, Qt.MouseButton.LeftButton)
    assert t.message.text().startswith("Flashdisk tidak ditemukan")


def test_officer_sees_the_log_collects_prints_a_recap_and_exports(qtbot, kiosk, modes, cfg, tmp_path):
    store = kiosk.store
    for nik, name in (("3374114108980003", "Siti Nur'aini"), ("3374110101900001", "Joko Susilo")):
        job = save_registration(store, cfg, draft(nik, name)).print_job_id
        print_jobs.transition(store, job, PrintState.SENDING)
        print_jobs.transition(store, job, PrintState.PRINTED)
    _login(qtbot, kiosk, modes, OFFICER_PIN, "officer")
    o = modes.officer
    assert o.log.rowCount() == 2 and {o.log.cell_text(r, 2) for r in range(2)} == {"Siti Nur'aini", "Joko Susilo"}
    assert "kartu tercetak 2" in o.totals.text()
    assert [o.day.itemText(i) for i in range(o.day.count())] == ["Semua hari", clock.today().strftime("%d-%m-%Y")]
    o.day.setCurrentIndex(1)
    assert o.log.rowCount() == 2

    assert not modes.open("technician")  # an officer cannot open technician settings
    assert kiosk.window.router.current_name == "officer" and ("Sri Petugas", "denied") in _actions(store)

    o.tabs.setCurrentIndex(1)
    keypad = o.counted.parentWidget().findChild(type(o.collect_button), "key_1")
    qtbot.mouseClick(keypad, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(o.collect_button, Qt.MouseButton.LeftButton)
    assert "berbeda" in o.message.text() and printed_log.collections(store) == []
    o.note.setText("satu kartu dibawa pulang pencari kerja")
    qtbot.mouseClick(o.collect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: o.message.text() == "Rekap tercetak. Periode baru dimulai.", timeout=10_000)
    collection = printed_log.collections(store)[0]
    assert (collection.expected, collection.confirmed, collection.officer) == (2, 1, "Sri Petugas")
    assert print_jobs.get(store, collection.recap_job_id)["state"] == "printed"
    assert o.history.rowCount() == 1 and o.log.rowCount() == 0
    o.tabs.setCurrentIndex(2)
    o.history.selectRow(0)  # an earlier handover stays viewable, with its prints and the recap
    assert o.history_log.rowCount() == 3 and o.history_log.cell_text(2, 3) == "Rekap petugas"

    modes.find_media = lambda: []
    qtbot.mouseClick(o.export_button, Qt.MouseButton.LeftButton)
    assert o.message.text().startswith("Flashdisk tidak ditemukan")
    stick = tmp_path / "stick"
    stick.mkdir()
    modes.find_media = lambda: [stick]
    qtbot.mouseClick(o.export_button, Qt.MouseButton.LeftButton)
    assert sorted(p.suffix for p in stick.iterdir()) == [".csv", ".pdf"]
    actions = [a for actor, a in _actions(store) if actor == "Sri Petugas"]
    for action in ("login", "denied", "collection", "recap_printed", "export_refused", "export_print_log"):
        assert action in actions


def test_the_technician_reads_the_checks_in_english_in_english_mode(qtbot, kiosk, modes):
    i18n.set_language("en")
    _login(qtbot, kiosk, modes, TECH_PIN, "technician")
    t = modes.technician
    qtbot.mouseClick(t.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: t.results.rowCount() >= 7, timeout=20_000)
    rows = {t.results.cell_text(r, 1): (t.results.cell_text(r, 0), t.results.cell_text(r, 2))
            for r in range(t.results.rowCount())}  # fmt: skip
    assert rows["Database"][0] == "PASS" and rows["Database"][1].startswith("integrity_check ok, schema ")
    assert " MiB free of " in rows["Disk space"][1]
    assert rows["e-KTP reader"][1] == "simulated reader"


def test_the_officer_reads_kinds_outcomes_and_refusals_in_english_in_english_mode(qtbot, kiosk, modes, cfg):
    store = kiosk.store
    job = save_registration(store, cfg, draft()).print_job_id
    print_jobs.transition(store, job, PrintState.SENDING)
    print_jobs.transition(store, job, PrintState.PRINTED)
    i18n.set_language("en")
    _login(qtbot, kiosk, modes, OFFICER_PIN, "officer")
    o = modes.officer
    assert (o.log.cell_text(0, 3), o.log.cell_text(0, 4)) == ("New card", "Printed")
    o.tabs.setCurrentIndex(1)
    qtbot.mouseClick(o.counted.parentWidget().findChild(type(o.collect_button), "key_2"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(o.collect_button, Qt.MouseButton.LeftButton)
    assert o.message.text() == (
        "The number you counted (2) differs from the record (1). Write a note with the reason before saving."
    )
    modes.find_media = lambda: []
    qtbot.mouseClick(o.export_button, Qt.MouseButton.LeftButton)
    assert o.message.text().startswith("No USB stick found.")
    assert printed_log.collections(store) == []


def test_staff_mode_leaves_by_itself_when_idle_and_wipes_the_screen(qtbot, kiosk, modes):
    _login(qtbot, kiosk, modes, OFFICER_PIN, "officer")
    assert not kiosk.window.idle.armed  # the job seeker's countdown does not run in staff mode
    modes.idle.set_timeout_ms(1000)
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "welcome", timeout=5000)
    assert modes.holder is None
    # the staff screens are destroyed: no holder's name or printed-card list stays in a hidden widget
    qtbot.waitUntil(lambda: modes.built() == [], timeout=2000)
    names = {screen.name for screen in kiosk.window.router.screens()}
    assert not names & {"staff_pin", "technician", "officer"}
    texts = " ".join(label.text() for label in kiosk.window.findChildren(QLabel))
    assert "Sri Petugas" not in texts
    assert ("Sri Petugas", "logout") in _actions(kiosk.store)
    assert staff.audit_rows(kiosk.store, 1)[0]["detail"] == "idle"
