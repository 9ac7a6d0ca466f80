"""The cases of ``test_large_text_fits.py``: run by it in a pytest of their own on an Xvfb of
the size under test, with QT_QPA_PLATFORM=xcb and the kiosk window fullscreen, as a person
sees it. With large text on, in the language of FIT_LANGUAGE (id or en), every screen and dialog state of
``screen_walk`` is read back: every text fits its widget, no laid-out siblings overlap,
every widget lies inside the window."""

from __future__ import annotations

import os

import pytest

from kiosk.app import build, shutdown
from kiosk.i18n import set_language
from tests.touch.screen_checks import settled_problems
from tests.touch.screen_walk import LAST_STATE, seed_vacancies, walk

if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
    pytest.skip("run by test_large_text_fits.py on an Xvfb", allow_module_level=True)


@pytest.fixture
def kiosk(cfg, qtbot):
    k = build(cfg)
    k.window.show_fullscreen()
    qtbot.waitUntil(lambda: k.assembly is not None, timeout=20_000)
    k.assembly.photo.tick_ms = 30
    yield k
    shutdown(k)
    set_language("id")


def test_large_text_fits_every_screen(kiosk, qtbot):
    language = os.environ.get("FIT_LANGUAGE", "id")
    window = kiosk.window
    screen = window.screen().geometry()
    welcome = window.router.get("welcome")
    large = welcome.large_text_button  # the button a person taps, "Huruf Besar"

    text_large = os.environ.get("FIT_LARGE", "1") == "1"  # FIT_LARGE=0: normal text
    # kept through the walk's session ends, as on a kiosk configured so: each restyle of the whole
    # app costs about a second, and a session end that put large text back would cost two
    window.defaults.large_text, window.defaults.language = text_large, language

    def again() -> None:
        set_language(language)
        large.setChecked(text_large)

    seed_vacancies(kiosk)
    problems: dict[str, list[str]] = {}
    states = []
    for state in walk(kiosk, lambda c: qtbot.waitUntil(c, timeout=20_000), again):
        states.append(state)
        qtbot.waitUntil(lambda: window.geometry() == screen, timeout=5000)
        found = settled_problems(window, qtbot)
        if found:
            problems[state] = found
    assert states[-1] == LAST_STATE, states
    report = "\n".join(f"{state}:\n  " + "\n  ".join(found) for state, found in problems.items())
    assert not problems, f"{window.width()}x{window.height()} {language}:\n{report}"
