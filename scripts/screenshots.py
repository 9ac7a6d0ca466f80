#!/usr/bin/env python3
"""Refresh docs/screens/: a PNG of every screen of the kiosk, as a person sees it.

Runs the real app with simulated devices and walks the journey: welcome (Indonesian,
English, large text, high contrast), identify, manual NIK, consent, every form step,
photo, review, done, existing registration, report, the cancel question and the idle
countdown. On Xvfb when DISPLAY is set, else on Qt's offscreen platform.
Usage: .venv/bin/python scripts/screenshots.py [--keyboard | --events | --contrast | --reach] [OUT_DIR]
(--keyboard: only the on-screen keyboard's layouts, 40-keyboard-*.png, at 1280x800 and 1366x768;
--events: only Bursa Kerja dan Pelatihan, 60-events-*.png;
--contrast / --reach: the same journey in the high-contrast theme, NN-name-contrast.png, or with
low reach on, NN-name-reach.png)
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk.app import build, shutdown  # noqa: E402
from kiosk.commands.app import DEMO_OVERRIDES  # noqa: E402
from kiosk.core.clock import rfc3339 as clock_now  # noqa: E402
from kiosk.i18n import set_language  # noqa: E402
from kiosk.store.vacancies import upsert  # noqa: E402
from kiosk.sync.sample_vacancies import sample_vacancy  # noqa: E402
from kiosk.sync.vacancies import clean_vacancy  # noqa: E402
from kiosk.ui.theme import apply_theme  # noqa: E402


def settle(ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(condition, timeout_s: float = 15) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there")
        settle(50)


def main() -> int:
    modes = {"--keyboard", "--events", "--contrast", "--reach"}
    args = [a for a in sys.argv[1:] if a not in modes]
    only_keyboard = "--keyboard" in sys.argv[1:]
    only_events = "--events" in sys.argv[1:]
    variant = "contrast" if "--contrast" in sys.argv[1:] else "reach" if "--reach" in sys.argv[1:] else ""
    out = Path(args[0]) if args else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    cfg = config.load(overrides={**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False})
    kiosk = build(cfg, windowed=True)
    window = kiosk.window
    window.resize(1280, 800)
    window.show()
    until(lambda: kiosk.assembly is not None)
    parts = kiosk.assembly
    flow = parts.flow
    rng = random.Random(3)
    for index in range(30):  # what a vacancy pull would have left in the cache
        row = clean_vacancy(sample_vacancy(index, rng) | {"closes_on": "2099-12-31"})
        upsert(kiosk.store, row)
    parts.photo.tick_ms = 200
    app = QApplication.instance()

    def shot(name: str) -> None:
        settle()
        path = out / (f"{name}-{variant}.png" if variant else f"{name}.png")
        window.grab().save(str(path))
        print(path)

    if only_keyboard:
        keyboard_screens(kiosk, shot)
        shutdown(kiosk)
        return 0
    if only_events:
        event_screens(kiosk, shot, data, out, register_first=True)
        shutdown(kiosk)
        return 0

    welcome = window.router.get("welcome")
    if variant:  # kept on through the journey's session ends, as a kiosk configured so would
        window.defaults.high_contrast = variant == "contrast"
        window.defaults.low_reach = variant == "reach"
        (welcome.contrast_button if variant == "contrast" else welcome.low_reach_button).click()
        shot("01-welcome")
    else:
        shot("01-welcome")
        set_language("en")
        shot("01-welcome-en")
        set_language("id")
        apply_theme(app, large_text=True)
        shot("01-welcome-large-text")
        apply_theme(app, high_contrast=True)
        shot("01-welcome-high-contrast")
        apply_theme(app)

    flow.start("register")
    shot("02-identify")
    window.go(parts.identify_manual.name)
    parts.identify_manual.nik_field.editor.setText("3374031708950002")
    parts.identify_manual.full_name.editor.setText("Bambang Hartono")
    parts.identify_manual.full_name.editor.setFocus()
    shot("03-identify-manual")
    window.end_session("cancel")

    parts.card_reader.tap(0)
    until(lambda: window.router.current_name == "consent")
    shot("04-consent")
    flow.consent.agree.click()
    personal = flow.steps[0]
    shot("05-step-personal")
    personal.nav.next.click()
    contact = flow.steps[1]
    contact.phone.editor.setFocus()
    contact.phone.editor.setText("0812345678")
    contact.nav.next.click()
    shot("06-step-contact-error")
    contact.phone.editor.setText("081234567890")
    contact.nav.next.click()
    education = flow.steps[2]
    education.level.buttons["smk"].click()
    education.institution.editor.setText("SMK Negeri 7 Semarang")
    education.year.editor.setText("2016")
    shot("07-step-education")
    set_language("en")
    shot("07-step-education-en")
    set_language("id")
    education.nav.next.click()
    experience = flow.steps[3]
    experience.skills[0][0].editor.setText("Las listrik")
    experience.skills[0][1].editor.setText("2018")
    shot("08-step-experience")
    experience.nav.next.click()
    preferences = flow.steps[4]
    preferences.open_picker()
    preferences.picker.search.editor.setText("jahit operator")
    shot("09b-occupation-picker")
    set_language("en")
    shot("09b-occupation-picker-en")
    set_language("id")
    preferences.picker.results.item(0).setSelected(True)
    preferences.picker._chosen(preferences.picker.results.item(0))
    preferences.locations[0].editor.setText("Kota Semarang")
    preferences.disability.buttons["tidak_menjawab"].click()
    shot("09-step-preferences")
    preferences.nav.next.click()
    until(lambda: parts.photo.preview.good)
    shot("10-photo")
    parts.photo.shoot.click()
    until(lambda: parts.photo.state == "review")
    shot("11-photo-review")
    parts.photo.use.click()
    shot("12-review")
    flow.ask_cancel()
    shot("13-cancel-question")
    flow.confirm.no.click()
    window.show_help()  # the Bantuan card, as the status bar's button opens it
    shot("13-help")
    window.help_overlay.close_help()
    flow.review.nav.next.click()
    until(lambda: flow.done.state == "printed")
    shot("14-done")
    flow.done.finish.click()

    parts.card_reader.tap(0)  # the e-KTP stored with the registration: "Kartu saya" opens
    until(lambda: window.router.current_name == "my_card")
    shot("15-my-card")
    flow.my_card_screen.buttons["report"].click()
    flow.report.status.buttons["employed"].click()
    shot("16-report")
    window.end_session("cancel")

    parts.printer.simulator.state.paper = "out"
    parts.card_reader.tap(2)
    until(lambda: window.router.current_name == "consent")
    flow.consent.agree.click()
    for step in flow.steps:
        if step is flow.steps[1]:
            step.phone.editor.setText("081234567890")
        if step is flow.steps[2]:
            step.level.buttons["sma"].click()
            step.institution.editor.setText("SMA Negeri 1 Semarang")
            step.year.editor.setText("2020")
        step.nav.next.click()
    parts.photo.skip.click()
    flow.review.nav.next.click()
    until(lambda: flow.done.state == "failed")
    shot("17-done-paper-out")
    window.end_session("cancel")

    window.go("vacancies")
    shot("19-vacancies")
    parts.vacancies.results.setCurrentRow(0)
    parts.vacancies._open(parts.vacancies.results.item(0))
    shot("20-vacancy-detail")
    window.end_session("done")
    window.go("severance")
    screen = parts.severance
    screen.choose("efficiency_loss")
    screen.wage.editor.setText("5.000.000")
    screen.years.editor.setText("10")
    screen.months.editor.setText("3")
    screen.leave.editor.setText("6")
    screen.calculate.click()
    shot("21-severance")
    window.end_session("done")

    flow.start("register")
    window.idle_overlay.start()
    shot("18-idle-countdown")
    window.idle_overlay.cancel()
    window.end_session("cancel")

    event_screens(kiosk, shot, data, out)
    staff_screens(kiosk, parts.staff, shot)
    shutdown(kiosk)
    return 0


def event_screens(kiosk, shot, data: Path, out: Path, *, register_first: bool = False) -> None:
    """Bursa Kerja dan Pelatihan: the list (Indonesian, English, large text, 1366x768), an event,
    a full one, the registration form and its error, the seat online, "menyusul" offline, and
    "Pendaftaran Saya" after a 409 full came back."""
    import json

    from kiosk.services.registration import save_registration
    from kiosk.services.synthetic import synthetic_draft
    from kiosk.store import events as event_store
    from kiosk.sync.client import SikerClient, write_token
    from kiosk.sync.events import clean_event
    from kiosk.sync.sample_events import sample_events
    from kiosk.sync.sender import Sender
    from kiosk.sync.simulator import SikerSimulator

    window, parts = kiosk.window, kiosk.assembly
    screens = parts.events
    app = QApplication.instance()
    parts.printer.simulator.state.paper = "ok"  # the whole run left it out of paper
    if register_first:  # the e-KTP of card 0, registered here (the whole run registers it on screen)
        card = json.loads((ROOT / "assets" / "samples" / "identities.json").read_text())[0]
        draft = synthetic_draft(random.Random(5))
        draft.nik, draft.name, draft.card_uid = card["nik"], "Siti Nur'aini", card["uid"]
        save_registration(kiosk.store, kiosk.cfg, draft, print_card=False)
    with kiosk.store.transaction():
        for item in sample_events():
            event_store.upsert(kiosk.store, clean_event(item, clock_now()))
    screens.open()
    shot("60-events-list")
    set_language("en")
    shot("60-events-list-en")
    set_language("id")
    apply_theme(app, large_text=True)
    shot("60-events-list-large-text")
    apply_theme(app)
    window.resize(1366, 768)
    shot("60-events-list-1366x768")
    window.resize(1280, 800)
    screens.list.show_event("EVT-0001")
    shot("61-events-detail")
    screens.list.show_event("EVT-0004")
    shot("61-events-detail-full")
    sim = SikerSimulator(data / "siker-shots.db", token="shots").start()
    for item in sample_events():
        sim.put_event(item | {"quota": 0} if item["id"] == "EVT-0003" else item)
    write_token(data / "siker-shots.token", "shots")
    online = kiosk.cfg.with_overrides(
        {"siker.base_url": sim.base_url, "siker.token_file": str(data / "siker-shots.token")}
    )
    screens.list.show_event("EVT-0003")
    screens.list.register.click()  # offline first: the seat number follows
    parts.card_reader.tap(0)
    until(lambda: window.router.current_name == "event_register")
    form = screens.form
    form.send.click()
    until(lambda: form.printing == "printed")
    shot("63-events-seat-later")
    window.end_session("done")
    screens.desk.cfg = online
    screens.open()
    screens.list.show_event("EVT-0001")
    screens.list.register.click()
    parts.card_reader.tap(0)
    until(lambda: window.router.current_name == "event_register")
    shot("62-events-register")
    form.phone.editor.setText("+65 9123 4567")
    form.send.click()
    shot("62-events-register-error")
    set_language("en")
    form.send.click()  # the check again, now told in English
    shot("62-events-register-error-en")
    set_language("id")
    form.phone.editor.setText("0812 3456 7890")
    form.send.click()
    until(lambda: form.printing == "printed")
    shot("63-events-seat")
    window.end_session("done")
    sender = Sender(kiosk.store, lambda: SikerClient.from_config(online), base_backoff_s=0.01)
    sender.drain(deadline_s=30)  # the offline one reaches the server: full by then
    sender.close()
    screens.open()
    screens.list.mine.click()
    parts.card_reader.tap(0)
    until(lambda: window.router.current_name == "my_events")
    shot("64-events-mine")
    set_language("en")
    shot("64-events-mine-en")
    set_language("id")
    window.resize(1366, 768)
    shot("64-events-mine-1366x768")
    window.resize(1280, 800)
    window.end_session("done")
    sim.close()
    from kiosk.core.card_layout import render_receipt  # the slips as the 58 mm printer gets them

    jobs = kiosk.store.query("SELECT document FROM print_jobs WHERE kind = 'event_slip' ORDER BY id")
    for name, job in (("65-events-slip-seat-later-58mm", jobs[0]), ("65-events-slip-seat-58mm", jobs[-1])):
        document = json.loads(job["document"])
        path = out / f"{name}.png"
        render_receipt(document["title"], document["lines"], 58, footer=document["footer"]).save(str(path))
        print(path)


def keyboard_screens(kiosk, shot) -> None:
    """The contact step with the number pad, the e-mail keys and the text keys, at two sizes."""
    window = kiosk.window
    parts = kiosk.assembly
    flow = parts.flow
    dock = window.keyboard_dock
    window.activateWindow()
    for width, height in ((1280, 800), (1366, 768)):
        window.resize(width, height)
        parts.card_reader.tap(0)
        until(lambda: window.router.current_name == "consent")
        flow.consent.agree.click()
        flow.steps[0].nav.next.click()
        contact = flow.steps[1]
        contact.same_as_ktp.setChecked(False)
        for kind, field in (("digits", contact.phone), ("email", contact.email), ("text", contact.kelurahan)):
            field.editor.setFocus()
            if dock.field is not field.editor:
                dock.open_for(field.editor)
            until(lambda f=field: dock.isVisible() and dock.field is f.editor)
            shot(f"40-keyboard-{kind}-{width}")
        window.end_session("cancel")


def staff_screens(kiosk, modes, shot) -> None:
    """The PIN pad, the technician's diagnostics and settings, the officer's log and handover."""
    from kiosk.demo import seed_staff
    from kiosk.store import print_jobs

    seed_staff(kiosk.store)
    for job in print_jobs.interrupted(kiosk.store):  # the journey above left its cards printed or failed
        print_jobs.transition(kiosk.store, job["id"], "printed")
    window = kiosk.window
    modes.open_pad()
    shot("22-staff-pin")
    modes.pin.pin.setText("111111")
    modes.pin._submit()
    until(lambda: window.router.current_name == "technician")
    modes.technician_desk.run_diagnostics()
    until(lambda: modes.technician.run_button.isEnabled())
    shot("23-technician-diagnostics")
    modes.technician.tabs.setCurrentIndex(1)
    shot("24-technician-settings")
    modes.leave("logout")
    modes.open_pad()
    modes.pin.pin.setText("222222")
    modes.pin._submit()
    until(lambda: window.router.current_name == "officer")
    shot("25-officer-log")
    modes.officer.tabs.setCurrentIndex(1)
    shot("26-officer-handover")
    modes.leave("logout")


if __name__ == "__main__":
    sys.exit(main())
