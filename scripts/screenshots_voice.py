#!/usr/bin/env python3
"""docs/screens/70-voice-*.png: the spoken guidance (issue 23) as a person sees it.

The status bar with Suara on (1280x800 and 1366x768, Indonesian; English with large text), the
severance result and a vacancy's detail with their "Bacakan" button. The speech engine is the
silent simulated one: the pictures are the point. Runs like scripts/screenshots.py (Xvfb when
DISPLAY is set, else offscreen). Usage: .venv/bin/python scripts/screenshots_voice.py [OUT_DIR]
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ROOT, settle, until  # first: it sets the Qt platform before Qt starts

from kiosk import config
from kiosk.app import build, shutdown
from kiosk.commands.app import DEMO_OVERRIDES
from kiosk.i18n import set_language
from kiosk.store.vacancies import upsert
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.vacancies import clean_vacancy
from kiosk.ui.theme import apply_theme


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-voice-shots-"))
    overrides = {**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False}
    cfg = config.load(overrides={**overrides, "speech.backend": "simulated"})
    kiosk = build(cfg, windowed=True)
    window = kiosk.window
    window.resize(1280, 800)
    window.show()
    until(lambda: kiosk.assembly is not None)
    assembly = kiosk.assembly
    assert assembly is not None
    rng = random.Random(7)
    for n in range(3):
        upsert(kiosk.store, clean_vacancy(sample_vacancy(n, rng) | {"closes_on": "2099-12-31"}))

    def shot(name: str) -> None:
        settle(300)
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    try:
        window.status_bar.voice_button.click()  # the voice off: a touch turns it on at once
        assert window.voice.enabled
        window.go("welcome")
        shot("70-voice-welcome")
        window.resize(1366, 768)
        shot("70-voice-welcome-1366")
        window.resize(1280, 800)
        set_language("en")
        apply_theme(kiosk.app, large_text=True)
        shot("70-voice-welcome-en-large-text")
        apply_theme(kiosk.app)
        set_language("id")

        severance = assembly.severance
        window.go("severance")
        severance.reasons.setCurrentRow(0)
        severance.wage.editor.setText("3.500.000")
        severance.years.editor.setText("3")
        severance.calculate.click()
        settle()
        severance.scroll_area.ensureWidgetVisible(severance.read_button, 20, 40)
        shot("71-voice-severance-bacakan")

        vacancies = assembly.vacancies
        window.go("vacancies")
        until(lambda: vacancies.results.count() > 0)
        vacancies.results.itemClicked.emit(vacancies.results.item(0))
        until(lambda: vacancies.pages.currentIndex() == 1)
        shot("72-voice-vacancy-bacakan")
    finally:
        shutdown(kiosk)
    return 0


if __name__ == "__main__":
    sys.exit(main())
