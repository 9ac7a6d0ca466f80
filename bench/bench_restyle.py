"""A tap on "Huruf Besar" or "Kontras Tinggi": what the tap waits for, and the rest of the restyle.

The real kiosk on simulated devices (offscreen, 1280x800, services up), the toggle tapped on and
off. The tap restyles the screen showing and the window's chrome; every other screen is restyled
in a later turn of the event loop, one a turn (kiosk/ui/theme.py, SessionStyle). Printed: the CPU
time of the tap itself, of the longest later turn (the longest another tap could wait), and of
the whole restyle, and then the tap restyling the whole application at once, as it was before.

Usage: .venv/bin/python bench/bench_restyle.py [--taps 6]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from machine import describe, summary
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import config
from kiosk.app import build, shutdown
from kiosk.commands.app import DEMO_OVERRIDES
from kiosk.ui.theme import apply_theme


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--taps", type=int, default=6)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="bench-restyle-"))
    cfg = config.load(overrides={**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False})
    kiosk = build(cfg, windowed=True)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    while kiosk.assembly is None:
        settle(50)
    settle(1500)
    welcome = kiosk.window.router.get("welcome")
    style = kiosk.window.session_style
    app = QApplication.instance()
    buttons = {"Huruf Besar": welcome.large_text_button, "Kontras Tinggi": welcome.contrast_button}

    def measure(whole_app: bool) -> tuple[dict[str, list[float]], list[float], list[float]]:
        taps: dict[str, list[float]] = {name: [] for name in buttons}
        turns: list[float] = []
        wholes: list[float] = []
        for name, button in buttons.items():
            for i in range(args.taps):
                on = i % 2 == 0
                started = time.process_time()
                if whole_app:
                    large = name == "Huruf Besar"
                    apply_theme(app, large_text=on and large, high_contrast=on and not large)
                else:
                    button.setChecked(on)
                taps[name].append((time.process_time() - started) * 1000)
                while not style.settled:  # the other screens, one a turn of the event loop
                    turn = time.process_time()
                    app.processEvents()
                    turns.append((time.process_time() - turn) * 1000)
                app.processEvents()  # the last layouts and the paint, in either way
                wholes.append((time.process_time() - started) * 1000)
                settle(100)
        return taps, turns, wholes

    taps, turns, wholes = measure(whole_app=False)
    old_taps, _, _ = measure(whole_app=True)  # each tap ends switched off: the default look again
    widgets = len(QApplication.allWidgets())
    shutdown(kiosk)
    print(describe() + f"; offscreen 1280x800; {widgets} widgets")
    for name, values in taps.items():
        print(f"tap on {name}, what it waits for (CPU): {summary(values)}")
    print(f"each later turn of the event loop (CPU): {summary(turns)}; longest {max(turns):.0f} ms")
    print(f"the whole restyle, tap and later turns (CPU): {summary(wholes)}")
    for name, values in old_taps.items():
        print(f"before: tap on {name} restyling the whole application at once (CPU): {summary(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
