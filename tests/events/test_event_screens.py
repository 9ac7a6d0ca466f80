"""Bursa kerja & pelatihan on the running kiosk: browse offline, register (seat number, or
"menyusul" offline), bad input refused with nothing stored, the 409 shown at the next visit."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import SikerSimulator


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_event(qtbot, screen, title: str) -> None:
    row = next(i for i in range(screen.results.count()) if screen.results.item(i).text().startswith(title))
    item = screen.results.item(row)
    screen.results.scrollToItem(item)
    qtbot.mouseClick(
        screen.results.viewport(), Qt.MouseButton.LeftButton, pos=screen.results.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=3000)


def to_form(stocked, qtbot, title: str = "Semarang Job Fair 2026"):
    parts = stocked.assembly
    window, screen = stocked.window, parts.events.list
    click(qtbot, window.router.get("welcome").tiles["events"])
    qtbot.waitUntil(lambda: window.router.current_name == "events", timeout=5000)
    open_event(qtbot, screen, title)
    click(qtbot, screen.register)
    qtbot.waitUntil(lambda: window.router.current_name == "identify", timeout=5000)
    parts.card_reader.tap(0)  # the registered sample job seeker proves possession with the e-KTP
    qtbot.waitUntil(lambda: window.router.current_name == "event_register", timeout=5000)
    return parts.events.form


def test_the_list_works_offline_and_says_how_old_the_seat_counts_are(stocked, qtbot):
    window, screen = stocked.window, stocked.assembly.events.list
    assert stocked.window.router.get("welcome").tiles["events"].isVisibleTo(window)
    click(qtbot, window.router.get("welcome").tiles["events"])
    qtbot.waitUntil(lambda: window.router.current_name == "events", timeout=5000)
    texts = [screen.results.item(i).text() for i in range(screen.results.count())]
    assert len(texts) == 6
    assert texts[0].startswith("Bimbingan Jabatan: Menyusun CV")  # the soonest first
    assert any("Sisa 300 dari 300 kursi (data pukul" in t for t in texts)
    assert any("Pelatihan Barista" in t and "PENUH" in t for t in texts)
    assert any("Tanpa pendaftaran: datang langsung" in t for t in texts)
    assert "sisa kursi menurut data pukul" in screen.count.text()
    click(qtbot, screen.kind.buttons["training"])
    assert screen.results.count() == 2
    open_event(qtbot, screen, "Pelatihan Barista")
    assert not screen.register.isVisible() and screen.seats.text().startswith("PENUH")  # full: said at once
    click(qtbot, screen.back)
    open_event(qtbot, screen, "Pelatihan Menjahit Dasar")
    assert screen.register.isVisible() and "BLK Semarang" in screen.detail.text()


def test_offline_registration_prints_seat_to_follow_and_sync_brings_the_seat(stocked, qtbot, store, cfg, tmp_path):
    form = to_form(stocked, qtbot)
    assert (form.full_name.text(), form.phone.text()) == ("Siti Nur'aini", "081234567890")  # from the card
    click(qtbot, form.send)
    qtbot.waitUntil(lambda: form.printing == "printed", timeout=20_000)
    assert form.result_title.text() == "Nomor kursi: menyusul"
    job = store.one("SELECT kind, document FROM print_jobs WHERE kind = 'event_slip'")
    document = json.loads(job["document"])
    assert "NOMOR KURSI\tmenyusul" in document["lines"] and "Nama\tSiti Nur'aini" in document["lines"]
    row = store.one("SELECT client_id, state FROM event_registrations")
    assert row["state"] == "waiting"
    assert store.one("SELECT state FROM outbox WHERE client_id = ?", (row["client_id"],))["state"] == "pending"
    click(qtbot, form.finish)
    # the sync process delivers it (after the registration it refers to) and writes the seat down
    with SikerSimulator(tmp_path / "siker.db", token="t") as sim:
        from kiosk.sync.sample_events import sample_events

        for event in sample_events():
            sim.put_event(event)
        sender = Sender(store, lambda: SikerClient(sim.base_url, "t", "SMG-01"), base_backoff_s=0.01)
        assert sender.drain(deadline_s=30).done
        sender.close()
        assert [seat for _, seat in sim.seats("EVT-0001")] == [1]
    assert store.one("SELECT state, seat_no FROM event_registrations")["state"] == "seated"
    # the next visit: "Pendaftaran Saya" shows the seat, and the slip can be printed with it
    mine = stocked.assembly.events.mine
    click(qtbot, stocked.window.router.get("welcome").tiles["events"])
    click(qtbot, stocked.assembly.events.list.mine)
    stocked.assembly.card_reader.tap(0)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "my_events", timeout=5000)
    assert "nomor kursi 1" in mine.results.item(0).text()
    mine.results.setCurrentRow(0)
    click(qtbot, mine.reprint)
    qtbot.waitUntil(lambda: "Ambil bukti" in mine.print_text.text(), timeout=20_000)
    latest = store.one("SELECT document FROM print_jobs WHERE kind = 'event_slip' ORDER BY id DESC LIMIT 1")
    assert "NOMOR KURSI\t1" in json.loads(latest["document"])["lines"]


def online(stocked, cfg, sim) -> None:
    """The kiosk's network comes up: the seat request reaches the simulator."""
    write_token(cfg.siker.token_file, sim.token)
    stocked.assembly.events.desk.cfg = cfg.with_overrides({"siker.base_url": sim.base_url})


def test_online_the_seat_number_is_on_the_slip_and_a_second_registration_is_refused(
    stocked, qtbot, store, cfg, tmp_path
):
    from kiosk.sync.sample_events import sample_events

    with SikerSimulator(tmp_path / "siker.db", token="t") as sim:
        for event in sample_events():
            sim.put_event(event)
        online(stocked, cfg, sim)
        form = to_form(stocked, qtbot, "Pelatihan Menjahit Dasar")
        click(qtbot, form.send)
        qtbot.waitUntil(lambda: form.printing == "printed", timeout=20_000)
        assert form.result_title.text() == "Nomor kursi: 1" and form.title.text() == "Anda terdaftar"
        # its registration went first (the contract's order), then the seat
        assert [r["endpoint"] for r in sim.records()] == ["/registrations", "/event-registrations"]
    document = json.loads(store.one("SELECT document FROM print_jobs WHERE kind = 'event_slip'")["document"])
    assert "NOMOR KURSI\t1" in document["lines"]
    # the same holder, the same event, in the same session: told at once, nothing more stored
    stocked.assembly.events.list.show_event("EVT-0002")
    stocked.window.go("events")
    click(qtbot, stocked.assembly.events.list.register)
    qtbot.waitUntil(lambda: stocked.window.router.current_name == "event_register", timeout=5000)  # not asked again
    click(qtbot, form.send)
    assert "sudah terdaftar" in form.problem.text()
    assert store.one("SELECT count(*) AS n FROM event_registrations")["n"] == 1


def test_bad_name_or_phone_is_told_beside_the_field_and_nothing_is_stored(stocked, qtbot, store):
    form = to_form(stocked, qtbot)
    cases = [
        ("", "081234567890", form.full_name, "Nama wajib diisi"),
        ("Siti 😀", "081234567890", form.full_name, "tidak dapat dicetak"),
        ("Siti Nur'aini", "+6591234567", form.phone, "Nomor HP harus diawali 08"),
        ("Siti Nur'aini", "", form.phone, "Nomor HP wajib diisi"),
    ]
    for name, phone, field, words in cases:
        form.full_name.editor.setText(name)
        form.phone.editor.setText(phone)
        click(qtbot, form.send)
        assert field.error.isVisible() and words in field.error.text(), (name, phone, field.error.text())
        assert store.one("SELECT count(*) AS n FROM event_registrations")["n"] == 0
        assert store.one("SELECT count(*) AS n FROM outbox WHERE endpoint = '/event-registrations'")["n"] == 0
        assert stocked.window.router.current_name == "event_register" and form.state == "form"
    form.full_name.editor.setText("Siti Nur'aini")
    form.phone.editor.setText("0812 3456 7890")
    click(qtbot, form.send)
    qtbot.waitUntil(lambda: form.state == "result", timeout=20_000)
    assert store.one("SELECT phone FROM event_registrations")["phone"] == "+6281234567890"


def test_a_409_full_that_comes_back_later_shows_as_penuh_at_the_next_visit(stocked, qtbot, store, tmp_path):
    from kiosk.sync.sample_events import sample_events

    form = to_form(stocked, qtbot, "Bimbingan Jabatan: Menyusun CV")
    click(qtbot, form.send)  # offline: "menyusul"
    qtbot.waitUntil(lambda: form.printing == "printed", timeout=20_000)
    click(qtbot, form.finish)
    with SikerSimulator(tmp_path / "siker.db", token="t") as sim:
        sim.put_event(next(e for e in sample_events() if e["id"] == "EVT-0003") | {"quota": 0})  # filled meanwhile
        sender = Sender(store, lambda: SikerClient(sim.base_url, "t", "SMG-01"), base_backoff_s=0.01)
        sender.drain(deadline_s=30)
        sender.close()
    assert store.one("SELECT state FROM event_registrations")["state"] == "full"
    outbox = store.one("SELECT state, http_status FROM outbox WHERE endpoint = '/event-registrations'")
    assert (outbox["state"], outbox["http_status"]) == ("failed_permanent", 409)  # kept, as the contract says
    window, parts = stocked.window, stocked.assembly
    click(qtbot, window.router.get("welcome").tiles["events"])
    assert "PENUH" in next(parts.events.list.results.item(i).text() for i in range(6)
                           if "Menyusun CV" in parts.events.list.results.item(i).text())  # fmt: skip
    click(qtbot, parts.events.list.mine)
    parts.card_reader.tap(0)
    qtbot.waitUntil(lambda: window.router.current_name == "my_events", timeout=5000)
    mine = parts.events.mine
    assert "PENUH: kuota habis sebelum pendaftaran Anda sampai" in mine.results.item(0).text()
    assert "1 pendaftaran Anda tidak mendapat kursi" in mine.notice.text()
    mine.results.setCurrentRow(0)
    assert not mine.reprint.isEnabled()  # no slip for a seat that does not exist
