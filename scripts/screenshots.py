#!/usr/bin/env python3
"""Refresh docs/screens/: a PNG of every screen of the kiosk, as a person sees it.

Runs the real app with simulated devices and takes the walk of tests/touch/screen_walk.py:
every screen and dialog state (error states too), three times: in Indonesian (NN-name.png),
in English (NN-name-en.png) and with large text (NN-name-large.png); the welcome screen in
high contrast too. On Xvfb when DISPLAY is set, else on Qt's offscreen platform.
Then Bursa Kerja dan Pelatihan (60-events-*.png).
Usage: .venv/bin/python scripts/screenshots.py [--keyboard | --events | --contrast | --reach] [OUT_DIR]
(--keyboard: only the on-screen keyboard's layouts, 40-keyboard-*.png, at 1280x800 and 1366x768;
--events: only Bursa Kerja dan Pelatihan; --contrast / --reach: only the walk in the high-contrast
theme, NN-name-contrast.png, or with low reach on, NN-name-reach.png)
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
from kiosk.screens.welcome import WelcomeScreen  # noqa: E402
from kiosk.ui.theme import apply_theme  # noqa: E402
from tests.touch.screen_walk import seed_vacancies, walk  # noqa: E402 - the walk the tests take


def settle(ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(condition, timeout_s: float = 20) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there")
        settle(50)


def start(width: int = 1280, height: int = 800):
    """The real app on simulated devices with a fresh data folder, its window at the size."""
    data = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    cfg = config.load(overrides={**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False})
    kiosk = build(cfg, windowed=True)
    kiosk.window.resize(width, height)
    kiosk.window.show()
    until(lambda: kiosk.assembly is not None)
    seed_vacancies(kiosk)
    kiosk.assembly.photo.tick_ms = 200
    return kiosk


def main() -> int:
    modes = {"--keyboard", "--events", "--contrast", "--reach"}
    args = [a for a in sys.argv[1:] if a not in modes]
    chosen = set(sys.argv[1:]) & modes
    out = Path(args[0]) if args else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)

    def shooter(window):
        def shot(name: str) -> None:
            settle()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path)

        return shot

    if "--keyboard" in chosen:
        kiosk = start()
        keyboard_screens(kiosk, shooter(kiosk.window))
        shutdown(kiosk)
        return 0
    if "--events" in chosen:
        events(shooter, out, register_first=True)
        return 0

    # suffix: (language, large text, high contrast, low reach)
    variants = {
        "": ("id", False, False, False),
        "-en": ("en", False, False, False),
        "-large": ("id", True, False, False),
    }
    if "--contrast" in chosen or "--reach" in chosen:
        variants = {"-contrast": ("id", False, True, False)} if "--contrast" in chosen else {}
        variants |= {"-reach": ("id", False, False, True)} if "--reach" in chosen else {}
    for suffix, (language, large, contrast, reach) in variants.items():
        kiosk = start()  # each walk registers its people anew
        shot = shooter(kiosk.window)
        welcome = kiosk.window.router.get("welcome", WelcomeScreen)
        # kept on through the walk's session ends, as on a kiosk configured so
        kiosk.window.defaults.high_contrast, kiosk.window.defaults.low_reach = contrast, reach
        kiosk.window.defaults.large_text, kiosk.window.defaults.language = large, language  # no restyle per session end

        def again(
            language: str = language,
            large: bool = large,
            contrast: bool = contrast,
            reach: bool = reach,
            welcome: WelcomeScreen = welcome,
        ) -> None:
            set_language(language)
            welcome.large_text_button.setChecked(large)  # as a person taps "Huruf Besar"
            welcome.contrast_button.setChecked(contrast)
            welcome.low_reach_button.setChecked(reach)

        for state in walk(kiosk, until, again, bare=False):  # the screens as journeys fill them
            shot(state + suffix)
            if state == "01-welcome" and not suffix:
                welcome.contrast_button.setChecked(True)
                shot("01-welcome-high-contrast")
                welcome.contrast_button.setChecked(False)
        set_language("id")
        welcome.large_text_button.setChecked(False)
        shutdown(kiosk)
    if not chosen:
        events(shooter, out, register_first=True)  # a kiosk of its own: the e-KTP registered first
    return 0


def events(shooter, out: Path, *, register_first: bool = False) -> None:
    kiosk = start()
    event_screens(kiosk, shooter(kiosk.window), Path(kiosk.cfg.kiosk.data_dir), out, register_first=register_first)
    shutdown(kiosk)


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


if __name__ == "__main__":
    sys.exit(main())
