#!/usr/bin/env python3
"""Refresh docs/screens/: a PNG of every screen of the kiosk, as a person sees it.

Runs the real app with simulated devices and takes the walk of tests/touch/screen_walk.py:
every screen and dialog state (error states too), three times: in Indonesian (NN-name.png),
in English (NN-name-en.png) and with large text (NN-name-large.png); the welcome screen in
high contrast too. On Xvfb when DISPLAY is set, else on Qt's offscreen platform.
Usage: .venv/bin/python scripts/screenshots.py [--keyboard] [OUT_DIR]
(--keyboard: only the on-screen keyboard's layouts, 40-keyboard-*.png, at 1280x800 and 1366x768)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk.app import build, shutdown  # noqa: E402
from kiosk.commands.app import DEMO_OVERRIDES  # noqa: E402
from kiosk.i18n import set_language  # noqa: E402
from kiosk.screens.welcome import WelcomeScreen  # noqa: E402
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
    args = [a for a in sys.argv[1:] if a != "--keyboard"]
    only_keyboard = "--keyboard" in sys.argv[1:]
    out = Path(args[0]) if args else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)

    def shooter(window):
        def shot(name: str) -> None:
            settle()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path)

        return shot

    if only_keyboard:
        kiosk = start()
        keyboard_screens(kiosk, shooter(kiosk.window))
        shutdown(kiosk)
        return 0

    variants = {"": ("id", False), "-en": ("en", False), "-large": ("id", True)}
    for suffix, (language, large) in variants.items():
        kiosk = start()  # each walk registers its people anew
        shot = shooter(kiosk.window)
        welcome = kiosk.window.router.get("welcome", WelcomeScreen)

        def again(language: str = language, large: bool = large, welcome: WelcomeScreen = welcome) -> None:
            set_language(language)
            welcome.large_text_button.setChecked(large)  # as a person taps "Huruf Besar"

        for state in walk(kiosk, until, again):
            shot(state + suffix)
            if state == "01-welcome" and not suffix:
                welcome.contrast_button.setChecked(True)
                shot("01-welcome-high-contrast")
                welcome.contrast_button.setChecked(False)
        set_language("id")
        welcome.large_text_button.setChecked(False)
        shutdown(kiosk)
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
