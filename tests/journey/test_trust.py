"""Who may see and print what (DESIGN.md): a NIK alone shows only that a card exists, with the
name masked; the e-KTP stored with the registration or the AK/1 number printed on the card
opens "Kartu saya"; wrong numbers lock the NIK for an hour, across a restart. Six-monthly
reports follow the card's periods. Real widgets clicked, a real SQLite file, the printer
simulator."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from kiosk.core import clock
from kiosk.core.ak1 import add_months, next_report_due, report_label, report_period
from kiosk.core.identity import mask_name
from kiosk.core.problems import Code
from kiosk.core.states import IdentitySource
from kiosk.services import possession, reports
from kiosk.services.my_card import my_card
from kiosk.services.registration import find_existing, save_registration
from kiosk.store.db import Store
from tests.journey.test_journey import at, click, personal_texts
from tests.support.samples import draft

NIK = "3374114108980003"  # the sample card 0 (SITI NUR'AINI, UID 04A1B2C3D4E5F6)


def registered(store, cfg, *, typed: bool = False, months_ago: int = 0):
    d = draft()
    if typed:
        d.identity_source, d.card_uid = IdentitySource.MANUAL, None
    saved = save_registration(store, cfg, d, print_card=False)
    if months_ago:
        created = add_months(clock.today(), -months_ago).isoformat() + "T09:00:00+07:00"
        store.execute("UPDATE registrations SET created_at = ? WHERE client_id = ?", (created, saved.client_id))
    return saved


def type_nik(kiosk, qtbot, nik: str = NIK, name: str = "Orang Lain") -> None:
    parts = kiosk.assembly
    click(qtbot, kiosk.window.router.get("welcome").tiles["register"])
    at(kiosk, qtbot, "identify")
    click(qtbot, parts.identify.type_button)
    manual = parts.identify_manual
    at(kiosk, qtbot, manual.name)
    manual.nik_field.editor.setText(nik)
    qtbot.keyClicks(manual.full_name.editor, name)
    qtbot.keyClicks(manual.birth_place.editor, "Kendal")
    click(qtbot, manual.nav.next)


def type_number(kiosk, qtbot, number: str) -> None:
    screen = kiosk.assembly.flow.existing_screen
    for digit in number:  # on the screen's own keypad, as a person does
        click(qtbot, screen.keypad.findChild(type(screen.open), f"key_{digit}"))
    click(qtbot, screen.open)


# -- core


def test_mask_name_keeps_only_each_words_first_letter():
    assert mask_name("SRI WAHYUNI") == "S** W******"
    assert mask_name("Siti Nur'aini") == "S*** N*******"
    assert mask_name("  ANA ") == "A**"


def test_report_periods_follow_the_registration_date():
    reg = date(2025, 8, 31)
    assert report_period(reg, reg) == 1
    assert report_period(reg, date(2026, 2, 28)) == 2  # six months on (the 31st becomes the 28th)
    assert report_period(reg, date(2026, 2, 27)) == 1
    assert report_period(reg, date(2027, 2, 28)) is None  # after the third period
    assert report_period(reg, date(2025, 8, 30)) is None
    assert report_label(2) == "Laporan II"
    assert next_report_due(reg, 1) == date(2026, 8, 31)
    assert next_report_due(reg, 3) is None


# -- proof of possession


def test_a_stranger_typing_a_known_nik_sees_only_the_masked_name_and_is_locked_after_five_wrong_numbers(
    kiosk, qtbot, store, cfg
):
    saved = registered(store, cfg)
    type_nik(kiosk, qtbot)
    flow = kiosk.assembly.flow
    at(kiosk, qtbot, "existing")
    screen = flow.existing_screen
    assert "S*** N*******" in screen.summary.text()
    texts = " ".join(personal_texts(kiosk.window)).upper()
    assert "SITI" not in texts and saved.registration_no not in texts and "0812" not in texts
    assert cfg.office.hours in screen.counter.text()  # the counter, with its hours
    assert flow.holder is None
    wrong = str(int(saved.registration_no) + 1)
    for attempt in range(1, 6):
        type_number(kiosk, qtbot, wrong)
        assert flow.holder is None
        if attempt < 5:
            assert str(5 - attempt) in screen.number.error.text()
    assert "Coba lagi setelah pukul" in screen.number.error.text()
    assert not screen.open.isEnabled()
    assert kiosk.window.router.current_name == "existing"
    assert store.one("SELECT count(*) AS n FROM print_jobs")["n"] == 0
    rows = store.query("SELECT * FROM possession_failures")
    assert len(rows) == 5 and all(NIK not in json.dumps(dict(r)) for r in rows)  # a keyed hash, never the NIK
    audited = store.query("SELECT action, detail FROM audit_log WHERE action LIKE 'possession%'")
    assert [a["action"] for a in audited] == ["possession_wrong_number"] * 5  # the fifth one locks
    assert {a["detail"] for a in audited} == {saved.client_id}  # the record, not the person
    click(qtbot, screen.cancel)
    at(kiosk, qtbot, "welcome")
    # coming back while locked: the screen says so at once
    type_nik(kiosk, qtbot)
    at(kiosk, qtbot, "existing")
    assert not screen.open.isEnabled() and "Coba lagi" in screen.number.error.text()
    # the lock holds across a restart: a new Store on the same file
    again = Store(cfg.db_path)
    try:
        until = possession.locked_until(again, NIK)
        assert until is not None and timedelta(minutes=55) < until - clock.now() <= timedelta(hours=1)
        existing = find_existing(again, NIK)
        with pytest.raises(possession.NotProven) as err:
            possession.prove_by_number(again, existing, NIK, saved.registration_no)  # even the right one
        assert err.value.problem.code == Code.POSSESSION_LOCKED
        later = clock.now() + timedelta(hours=1, minutes=1)
        assert possession.prove_by_number(again, existing, NIK, saved.registration_no, now=later).by == "number"
    finally:
        again.close()


def test_the_right_card_number_opens_kartu_saya(kiosk, qtbot, store, cfg):
    saved = registered(store, cfg)
    type_nik(kiosk, qtbot)
    at(kiosk, qtbot, "existing")
    type_number(kiosk, qtbot, saved.registration_no)
    at(kiosk, qtbot, "my_card")
    mine = kiosk.assembly.flow.my_card_screen
    assert "Siti Nur'aini" in mine.details.text() and saved.valid_until.strftime("%d-%m-%Y") in mine.details.text()
    assert mine.buttons["reprint"].isEnabled() and mine.buttons["report"].isEnabled()
    assert "Laporan I" in mine.next_step.text()
    click(qtbot, mine.buttons["reprint"])
    qtbot.waitUntil(lambda: kiosk.assembly.flow.done.state == "printed", timeout=15_000)
    assert store.one("SELECT kind FROM print_jobs")["kind"] == "reprint"


def test_tapping_the_stored_ektp_on_the_card_exists_screen_opens_kartu_saya(kiosk, qtbot, store, cfg):
    registered(store, cfg)
    type_nik(kiosk, qtbot)
    at(kiosk, qtbot, "existing")
    kiosk.assembly.card_reader.tap(1)  # someone else's e-KTP: no
    qtbot.waitUntil(lambda: "bukan kartu" in kiosk.assembly.flow.existing_screen.number.error.text(), timeout=5000)
    assert kiosk.window.router.current_name == "existing"
    kiosk.assembly.card_reader.tap(0)
    at(kiosk, qtbot, "my_card")


def test_a_registration_made_with_a_typed_nik_has_no_card_path(kiosk, qtbot, store, cfg):
    saved = registered(store, cfg, typed=True)
    kiosk.assembly.card_reader.tap(0)  # the holder's real e-KTP, but its UID was never stored
    at(kiosk, qtbot, "existing")
    screen = kiosk.assembly.flow.existing_screen
    assert "NIK yang diketik" in screen.tap_hint.text()
    kiosk.assembly.card_reader.tap(0)
    qtbot.waitUntil(lambda: "bukan kartu" in screen.number.error.text(), timeout=5000)
    assert kiosk.assembly.flow.holder is None
    type_number(kiosk, qtbot, saved.registration_no)
    at(kiosk, qtbot, "my_card")


# -- six-monthly reports


def report_via_tile(kiosk, qtbot, status: str = "seeking") -> None:
    parts = kiosk.assembly
    click(qtbot, kiosk.window.router.get("welcome").tiles["report"])
    at(kiosk, qtbot, "identify")
    parts.card_reader.tap(0)
    report = parts.flow.report
    at(kiosk, qtbot, report.name)
    click(qtbot, report.status.buttons[status])
    click(qtbot, report.nav.next)


def test_one_report_per_period_numbered_with_the_next_due_date_on_the_receipt(kiosk, qtbot, store, cfg):
    saved = registered(store, cfg, months_ago=7)  # in the second period
    flow = kiosk.assembly.flow
    report_via_tile(kiosk, qtbot)
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    registered_on = add_months(clock.today(), -7)
    due = next_report_due(registered_on, 2).strftime("%d-%m-%Y")
    assert "Laporan II" in flow.done.next_steps.text() and due in flow.done.next_steps.text()
    lines = json.loads(store.one("SELECT document FROM print_jobs WHERE kind = 'report_receipt'")["document"])["lines"]
    assert "Laporan ke-2\tLaporan II" in lines and f"Laporan berikutnya\tpaling lambat {due}" in lines
    assert store.one("SELECT period FROM reports")["period"] == 2
    click(qtbot, flow.done.finish)
    at(kiosk, qtbot, "welcome")
    report_via_tile(kiosk, qtbot)  # the same day again: refused
    qtbot.waitUntil(lambda: flow.notice.isVisible(), timeout=5000)
    assert "Laporan II sudah Anda kirim" in flow.notice.text.text()
    assert store.one("SELECT count(*) AS n FROM reports")["n"] == 1
    assert store.one("SELECT count(*) AS n FROM print_jobs WHERE kind = 'report_receipt'")["n"] == 1
    existing = find_existing(store, NIK)
    with pytest.raises(reports.ReportRefused) as err:
        reports.save_report(store, existing, NIK, "seeking")
    assert err.value.problem.code == Code.REPORT_SAME_PERIOD
    assert err.value.problem.params["label"] == "Laporan II"
    card = my_card(store, existing, clock.today())
    assert [r.label for r in card.reports] == ["Laporan II"] and card.report_now is None
    assert saved.registration_no == card.registration_no


def test_sudah_bekerja_stores_start_and_employer_and_closes_reporting(kiosk, qtbot, store, cfg):
    registered(store, cfg)
    parts = kiosk.assembly
    click(qtbot, kiosk.window.router.get("welcome").tiles["report"])
    at(kiosk, qtbot, "identify")
    parts.card_reader.tap(0)
    report = parts.flow.report
    at(kiosk, qtbot, report.name)
    click(qtbot, report.status.buttons["employed"])
    qtbot.keyClicks(report.employer.editor, "PT Sinar Jaya")
    qtbot.keyClicks(report.position.editor, "Operator")
    qtbot.keyClicks(report.started_on.editor, "99-99-2026")
    click(qtbot, report.nav.next)
    assert report.started_on.error.isVisible()  # not a date: stays on the form
    assert store.one("SELECT count(*) AS n FROM reports")["n"] == 0
    started = clock.today() - timedelta(days=3)
    report.started_on.editor.clear()
    qtbot.keyClicks(report.started_on.editor, started.strftime("%d-%m-%Y"))
    click(qtbot, report.placement.buttons["akad"])
    click(qtbot, report.nav.next)
    qtbot.waitUntil(lambda: parts.flow.done.state == "printed", timeout=15_000)
    row = store.one("SELECT * FROM reports")
    assert (row["employer"], row["started_on"], row["placement"]) == ("PT Sinar Jaya", started.isoformat(), "akad")
    sent = json.loads(store.one("SELECT payload FROM outbox WHERE endpoint = '/reports'")["payload"])
    assert (sent["started_on"], sent["placement"]) == (started.isoformat(), "akad")
    assert "Tidak perlu laporan lagi" in parts.flow.done.next_steps.text()
    existing = find_existing(store, NIK)
    store.execute("UPDATE reports SET period = 0")  # even in a later period: reporting is closed
    with pytest.raises(reports.ReportRefused) as err:
        reports.save_report(store, existing, NIK, "seeking")
    assert err.value.problem.code == Code.REPORT_CLOSED
    assert my_card(store, existing, clock.today()).working


# -- the NIK decides birth date and sex


def test_check_against_nik():
    from kiosk.core.identity import IdentityError, check_against_nik

    check_against_nik(NIK, date(1998, 8, 1), "P")  # day 41 = the 1st, a woman
    with pytest.raises(IdentityError) as err:
        check_against_nik(NIK, date(1998, 8, 1), "L")
    assert err.value.problem.code == Code.TYPED_SEX_NOT_NIK
    with pytest.raises(IdentityError) as err:
        check_against_nik(NIK, date(1998, 8, 2), "P")
    assert err.value.problem.code == Code.TYPED_BIRTH_DATE_NOT_NIK


def test_birth_date_and_sex_come_from_the_typed_nik_and_a_contradiction_is_explained(kiosk, qtbot, store):
    flow = kiosk.assembly.flow
    type_nik(kiosk, qtbot, name="Siti Aminah")  # not registered: a new registration
    at(kiosk, qtbot, "consent")
    click(qtbot, flow.consent.agree)
    personal = flow.steps[0]
    at(kiosk, qtbot, personal.name)
    assert personal.birth_date.text() == "01-08-1998" and personal.birth_date.editor.isReadOnly()
    assert personal.sex.value() == "P" and not personal.sex.buttons["L"].isEnabled()
    assert "diambil dari NIK" in personal.from_nik.text()
    personal.sex.set_value("L")  # as if typed: the NIK says otherwise
    click(qtbot, personal.religion.buttons["islam"])
    click(qtbot, personal.marital.buttons["belum_kawin"])
    click(qtbot, personal.nav.next)
    assert kiosk.window.router.current_name == personal.name
    assert "tidak sama dengan NIK" in personal.sex.error.text()
    personal.sex.set_value("P")
    click(qtbot, personal.nav.next)
    at(kiosk, qtbot, flow.steps[1].name)
    assert flow.draft.sex == "P" and flow.draft.birth_date == date(1998, 8, 1)


def test_wrong_numbers_are_forgotten_after_the_hour_by_the_nightly_purge(store, cfg):
    from kiosk.services import maintenance

    saved = registered(store, cfg)
    existing = find_existing(store, NIK)
    old = clock.now() - timedelta(hours=2)
    for _ in range(2):
        with pytest.raises(possession.NotProven):
            possession.prove_by_number(store, existing, NIK, "1" * 16, now=old)
    with pytest.raises(possession.NotProven) as err:
        possession.prove_by_number(store, existing, NIK, "2" * 16)
    assert err.value.problem.params["left"] == 4  # the two of two hours ago no longer count
    assert store.one("SELECT count(*) AS n FROM possession_failures")["n"] == 1  # pruned as it went
    maintenance.purge(store, cfg.kiosk.retention_days, now=clock.now() + timedelta(hours=2))
    assert store.one("SELECT count(*) AS n FROM possession_failures")["n"] == 0
    assert possession.prove_by_number(store, existing, NIK, saved.registration_no).by == "number"


def test_reporting_with_a_typed_nik_goes_through_the_card_number(kiosk, qtbot, store, cfg):
    saved = registered(store, cfg)
    parts = kiosk.assembly
    click(qtbot, kiosk.window.router.get("welcome").tiles["report"])
    at(kiosk, qtbot, "identify")
    click(qtbot, parts.identify.type_button)
    manual = parts.identify_manual
    at(kiosk, qtbot, manual.name)
    manual.nik_field.editor.setText(NIK)
    qtbot.keyClicks(manual.full_name.editor, "Orang Lain")
    qtbot.keyClicks(manual.birth_place.editor, "Kendal")
    click(qtbot, manual.nav.next)
    at(kiosk, qtbot, "existing")  # not the report form: the NIK alone is not enough
    type_number(kiosk, qtbot, saved.registration_no)
    at(kiosk, qtbot, parts.flow.report.name)
