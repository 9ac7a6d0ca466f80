"""The whole journey with real widgets, simulated devices and a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from kiosk.app import build, shutdown
from kiosk.store import print_jobs


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def at(kiosk, qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == name, timeout=10_000)


def fill_after_identity(kiosk, qtbot, *, type_personal: bool) -> None:
    flow = kiosk.assembly.flow
    at(kiosk, qtbot, "consent")
    click(qtbot, flow.consent.agree)
    personal = flow.steps[0]
    at(kiosk, qtbot, personal.name)
    if type_personal:
        click(qtbot, personal.religion.buttons["islam"])
        click(qtbot, personal.marital.buttons["belum_kawin"])
    click(qtbot, personal.nav.next)
    contact = flow.steps[1]
    at(kiosk, qtbot, contact.name)
    contact.phone.editor.clear()  # a renewal arrives with the old number filled in
    qtbot.keyClicks(contact.phone.editor, "081234567890")
    if not contact.street.text():
        for field, text in [(contact.street, "Jl. Pemuda 12"), (contact.kelurahan, "Sekayu"),
                            (contact.kecamatan, "Semarang Tengah"), (contact.city, "Kota Semarang"),
                            (contact.province, "Jawa Tengah")]:  # fmt: skip
            qtbot.keyClicks(field.editor, text)
    click(qtbot, contact.nav.next)
    education = flow.steps[2]
    at(kiosk, qtbot, education.name)
    click(qtbot, education.level.buttons["smk"])
    for field, text in ((education.institution, "SMK Negeri 7 Semarang"), (education.year, "2016")):
        field.editor.clear()
        qtbot.keyClicks(field.editor, text)
    click(qtbot, education.nav.next)
    for step in flow.steps[3:]:
        at(kiosk, qtbot, step.name)
        click(qtbot, step.nav.next)


def take_photo(kiosk, qtbot) -> None:
    photo = kiosk.assembly.photo
    at(kiosk, qtbot, "photo")
    qtbot.waitUntil(lambda: photo.preview.good, timeout=10_000)
    click(qtbot, photo.shoot)
    qtbot.waitUntil(lambda: photo.state == "review", timeout=5000)
    click(qtbot, photo.use)


def personal_texts(window) -> list[str]:
    return [w.text() for w in window.findChildren(QLineEdit)] + [w.text() for w in window.findChildren(QLabel)]


def test_new_registration_by_card_to_printed_card(kiosk, qtbot, store):
    parts = kiosk.assembly
    flow = parts.flow
    parts.card_reader.tap(0)  # a card tapped on the welcome screen starts the registration
    fill_after_identity(kiosk, qtbot, type_personal=False)
    take_photo(kiosk, qtbot)
    at(kiosk, qtbot, "review")
    qtbot.waitUntil(lambda: not flow.review.preview.pixmap().isNull(), timeout=5000)  # drawn just after the page
    click(qtbot, flow.review.nav.next)
    at(kiosk, qtbot, "done")
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    row = store.one("SELECT * FROM registrations")
    assert row["identity_source"] == "ektp" and row["photo_status"] == "ok" and row["card_uid"]
    assert store.one("SELECT count(*) AS n FROM photos")["n"] == 1
    assert store.one("SELECT count(*) AS n FROM outbox WHERE endpoint = '/registrations'")["n"] == 1
    job = store.one("SELECT * FROM print_jobs WHERE kind = 'ak1'")
    assert job["state"] == "printed"
    assert len(parts.printer.simulator.pages) == 1
    assert row["registration_no"][:4] == "3374"
    click(qtbot, flow.done.finish)
    at(kiosk, qtbot, "welcome")
    assert not any("SITI" in text for text in personal_texts(kiosk.window))


def test_manual_nik_path_without_photo(kiosk, qtbot, store):
    parts = kiosk.assembly
    click(qtbot, kiosk.window.router.get("welcome").tiles["register"])
    at(kiosk, qtbot, "identify")
    click(qtbot, parts.identify.type_button)
    manual = parts.identify_manual
    at(kiosk, qtbot, manual.name)
    manual.nik_field.editor.setText("3374031708950002")
    qtbot.keyClicks(manual.full_name.editor, "Bambang Hartono")
    qtbot.keyClicks(manual.birth_place.editor, "Kendal")
    click(qtbot, manual.nav.next)
    fill_after_identity(kiosk, qtbot, type_personal=True)
    at(kiosk, qtbot, "photo")
    click(qtbot, parts.photo.skip)
    at(kiosk, qtbot, "review")
    click(qtbot, parts.flow.review.nav.next)
    qtbot.waitUntil(lambda: parts.flow.done.state == "printed", timeout=15_000)
    row = store.one("SELECT * FROM registrations")
    assert (row["identity_source"], row["photo_status"], row["name"]) == ("manual", "pending", "Bambang Hartono")


def test_printer_out_of_paper_then_reprint_after_loading(kiosk, qtbot, store):
    parts = kiosk.assembly
    parts.printer.simulator.state.paper = "out"
    parts.card_reader.tap(1)
    fill_after_identity(kiosk, qtbot, type_personal=False)
    take_photo(kiosk, qtbot)
    at(kiosk, qtbot, "review")
    click(qtbot, parts.flow.review.nav.next)
    done = parts.flow.done
    qtbot.waitUntil(lambda: done.state == "failed", timeout=15_000)
    assert "Kertas printer habis" in done.status.text()
    assert store.one("SELECT count(*) AS n FROM registrations")["n"] == 1  # kept
    parts.printer.simulator.state.paper = "ok"  # an officer loads paper
    click(qtbot, done.reprint)
    qtbot.waitUntil(lambda: done.state == "printed", timeout=15_000)
    job = store.one("SELECT id FROM print_jobs WHERE kind = 'ak1'")
    assert [r["state"] for r in print_jobs.journal(store, job["id"])] == [
        "queued", "sending", "failed", "sending", "printed",
    ]  # fmt: skip
    assert store.one("SELECT count(*) AS n FROM registrations")["n"] == 1  # not doubled


@pytest.mark.parametrize("step", range(6))
def test_cancel_at_each_step_leaves_nothing(kiosk, qtbot, store, step):
    parts = kiosk.assembly
    flow = parts.flow
    parts.card_reader.tap(0)
    at(kiosk, qtbot, "consent")
    if step > 0:
        click(qtbot, flow.consent.agree)
        for index in range(min(step - 1, 1)):
            at(kiosk, qtbot, flow.steps[index].name)
            click(qtbot, flow.steps[index].nav.next)
        current = flow.steps[min(step - 1, 1)]
        at(kiosk, qtbot, current.name)
        click(qtbot, current.nav.cancel)
        assert flow.confirm.isVisible()
        click(qtbot, flow.confirm.yes)
    else:
        click(qtbot, flow.consent.decline)
    at(kiosk, qtbot, "welcome")
    assert store.one("SELECT count(*) AS n FROM registrations")["n"] == 0
    assert store.one("SELECT count(*) AS n FROM outbox")["n"] == 0
    assert not any("SITI" in text.upper() for text in personal_texts(kiosk.window))
    assert flow.draft.nik == ""


def test_reprint_and_renewal_for_a_registered_nik(kiosk, qtbot, store, cfg):
    from kiosk.services.registration import save_registration
    from tests.support.samples import draft

    saved = save_registration(store, cfg, draft(), print_card=False)
    parts = kiosk.assembly
    flow = parts.flow
    parts.card_reader.tap(0)  # the same NIK and e-KTP as the sample: the tap proves possession
    at(kiosk, qtbot, "my_card")
    assert not flow.my_card_screen.buttons["renew"].isEnabled()  # valid for two more years
    click(qtbot, flow.my_card_screen.buttons["reprint"])
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    assert store.one("SELECT kind, state FROM print_jobs")["kind"] == "reprint"
    click(qtbot, flow.done.finish)
    at(kiosk, qtbot, "welcome")
    # two years later: renewal
    store.execute(
        "UPDATE registrations SET valid_until = ? WHERE client_id = ?",
        ((date.today() + timedelta(days=10)).isoformat(), saved.client_id),
    )
    parts.card_reader.tap(0)
    at(kiosk, qtbot, "my_card")
    click(qtbot, flow.my_card_screen.buttons["renew"])
    fill_after_identity(kiosk, qtbot, type_personal=False)
    take_photo(kiosk, qtbot)
    at(kiosk, qtbot, "review")
    click(qtbot, flow.review.nav.next)
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    renewal = store.one("SELECT * FROM registrations WHERE kind = 'renewal'")
    assert renewal["previous_client_id"] == saved.client_id
    assert (
        store.one("SELECT depends_on FROM outbox WHERE client_id = ?", (renewal["client_id"],))["depends_on"]
        == saved.client_id
    )


def test_six_monthly_report_with_receipt(kiosk, qtbot, store, cfg):
    from kiosk.services.registration import save_registration
    from tests.support.samples import draft

    save_registration(store, cfg, draft(), print_card=False)
    parts = kiosk.assembly
    click(qtbot, kiosk.window.router.get("welcome").tiles["report"])
    at(kiosk, qtbot, "identify")
    parts.card_reader.tap(0)
    report = parts.flow.report
    at(kiosk, qtbot, report.name)
    click(qtbot, report.status.buttons["employed"])
    qtbot.keyClicks(report.employer.editor, "PT Sinar Jaya")
    qtbot.keyClicks(report.position.editor, "Operator")
    qtbot.keyClicks(report.started_on.editor, date.today().strftime("%d-%m-%Y"))
    click(qtbot, report.placement.buttons["akl"])
    click(qtbot, report.nav.next)
    qtbot.waitUntil(lambda: parts.flow.done.state == "printed", timeout=15_000)
    row = store.one("SELECT * FROM reports")
    assert (row["status"], row["employer"], row["position"]) == ("employed", "PT Sinar Jaya", "Operator")
    assert store.one("SELECT count(*) AS n FROM outbox WHERE endpoint = '/reports'")["n"] == 1
    assert store.one("SELECT state FROM print_jobs WHERE kind = 'report_receipt'")["state"] == "printed"
    assert "Laporan Anda sudah tersimpan" in parts.flow.done.title.text()


def test_idle_timeout_mid_form_wipes(kiosk, qtbot, store):
    parts = kiosk.assembly
    parts.card_reader.tap(0)
    at(kiosk, qtbot, "consent")
    click(qtbot, parts.flow.consent.agree)
    at(kiosk, qtbot, parts.flow.steps[0].name)
    kiosk.window.idle.set_timeout_ms(100)
    kiosk.window.idle_overlay.countdown_s = 1
    kiosk.window.idle.poke()
    with qtbot.waitSignal(kiosk.window.session_ended, timeout=5000):
        pass
    at(kiosk, qtbot, "welcome")
    assert parts.flow.draft.name == "" and parts.flow.draft.nik == ""
    assert not any("SITI" in text.upper() for text in personal_texts(kiosk.window))


def test_a_nik_known_to_siker_is_offered_renewal_not_a_second_registration(cfg, qtbot, store, tmp_path):
    from kiosk.sync.client import write_token
    from kiosk.sync.simulator import SikerSimulator

    with SikerSimulator(tmp_path / "siker.db", token="t") as sim:
        sim.store("/registrations", {
            "client_id": "office-1", "registration_no": "3374010125990001", "kind": "new", "kiosk_id": "KANTOR",
            "nik": "3374114108980003", "name": "SITI NUR'AINI", "birth_date": "1998-08-01",
            "valid_until": (date.today() + timedelta(days=5)).isoformat(), "created_at": "2024-01-01T08:00:00+07:00",
        })  # fmt: skip
        write_token(cfg.siker.token_file, "t")
        k = build(cfg.with_overrides({"siker.base_url": sim.base_url}), windowed=True)
        k.window.show()
        try:
            qtbot.waitUntil(lambda: k.assembly is not None, timeout=10_000)
            parts = k.assembly
            parts.card_reader.tap(0)
            at(k, qtbot, "existing")  # SIKER stored no e-KTP UID for it: the card's number proves it
            locked = parts.flow.existing_screen
            assert "3374010125990001" not in locked.summary.text()  # the number is the secret
            assert "S*** N*******" in locked.summary.text()
            qtbot.keyClicks(locked.number.editor, "3374010125990001")
            click(qtbot, locked.open)
            at(k, qtbot, "my_card")
            screen = parts.flow.my_card_screen
            assert screen.buttons["renew"].isEnabled()
            assert not screen.buttons["reprint"].isEnabled() and not screen.buttons["report"].isEnabled()
            click(qtbot, screen.buttons["renew"])
            at(k, qtbot, "consent")
            assert parts.flow.draft.kind == "renewal"
        finally:
            shutdown(k)
