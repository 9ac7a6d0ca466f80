"""Screen-to-screen transitions over the whole card journey (goal: p95 < 50 ms), and the taps it
takes from the welcome screen to a printed card (goal: 15 or fewer; typed characters counted apart).

A transition is timed from the tap to the new screen painted (a synchronous repaint)."""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe, summary
from PySide6.QtWidgets import QApplication

from kiosk import config
from kiosk.app import build, shutdown
from kiosk.commands.app import DEMO_OVERRIDES


def main() -> int:
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    cfg = config.load(overrides={**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False})
    kiosk = build(cfg, windowed=True)
    app = QApplication.instance()
    window = kiosk.window
    window.resize(1280, 800)
    window.show()
    while kiosk.assembly is None:
        app.processEvents()
    parts = kiosk.assembly
    flow = parts.flow
    parts.photo.tick_ms = 50
    timings: list[float] = []
    slowest: list[tuple[float, str]] = []
    taps = keys = 0

    def wait(condition) -> None:
        end = time.monotonic() + 20
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("journey stuck at " + window.router.current_name)
            app.processEvents()

    def tap(button, timed: bool = True) -> None:
        nonlocal taps
        taps += 1
        before = window.router.current_name
        started = time.perf_counter()
        button.click()
        window.repaint()  # the new screen, painted
        painted = time.perf_counter()
        app.processEvents()
        if timed and window.router.current_name != before:
            timings.append((painted - started) * 1000)
            slowest.append((timings[-1], f"{before} -> {window.router.current_name}"))

    def type_into(edit, text: str) -> None:
        nonlocal taps, keys
        taps += 1  # the tap on the field
        keys += len(text)
        edit.setFocus()
        edit.setText(text)

    runs = 3
    for seeker in range(runs):  # the three sample e-KTPs, one after another
        parts.card_reader.tap(seeker)
        wait(lambda: window.router.current_name == "consent")
        tap(flow.consent.agree)
        personal = flow.steps[0]
        if personal.marital.value() is None:  # not every e-KTP says it
            tap(personal.marital.buttons["belum_kawin"], timed=False)
        tap(personal.nav.next)
        type_into(flow.steps[1].phone.editor, "081234567890")
        tap(flow.steps[1].nav.next)
        education = flow.steps[2]
        tap(education.level.buttons["smk"], timed=False)
        type_into(education.institution.editor, "SMK Negeri 7 Semarang")
        type_into(education.year.editor, "2016")
        tap(education.nav.next)
        tap(flow.steps[3].nav.next)
        tap(flow.steps[4].nav.next)
        wait(lambda: parts.photo.preview.good)
        tap(parts.photo.shoot, timed=False)
        wait(lambda: parts.photo.state == "review")
        tap(parts.photo.use)
        tap(flow.review.nav.next)
        wait(lambda: flow.done.state == "printed")
        tap(flow.done.finish)
    shutdown(kiosk)
    if "--samples" in sys.argv:  # every transition's time, for bench/charts.py
        Path(sys.argv[sys.argv.index("--samples") + 1]).write_text(json.dumps(timings), encoding="utf-8")
    print(f"Machine: {describe()}")
    p95 = statistics.quantiles(timings, n=20)[18]
    print(f"screen transitions (tap to painted): {summary(timings)}; p95 {p95:.1f} ms (goal: p95 < 50 ms)")
    print("slowest: " + ", ".join(f"{name} {ms:.0f} ms" for ms, name in sorted(slowest, reverse=True)[:4]))
    per_seeker = f"{taps / runs:.0f} taps (goal <= 15) and {keys / runs:.0f} typed characters"
    print(f"card path, welcome to printed card: {per_seeker}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
