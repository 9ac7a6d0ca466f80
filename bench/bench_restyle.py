"""A tap on "Huruf Besar" or "Kontras Tinggi": what the tap waits for, and the rest of the restyle.

The real kiosk on simulated devices (offscreen, 1280x800, services up), the toggle tapped on and
off. The tap restyles the screen showing and the window's chrome; every other screen is restyled
in a later turn of the event loop, one a turn (kiosk/ui/theme.py, SessionStyle). Printed: the CPU
time of the tap itself, of the longest later turn (the longest another tap could wait), and of
the whole restyle; ``--whole-app`` times the application-wide restyle it replaced.

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
    parser.add_argument("--whole-app", action="store_true", help="restyle the application at once, as before")
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
    taps: dict[str, list[float]] = {"Huruf Besar": [], "Kontras Tinggi": []}
    turns: list[float] = []
    wholes: list[float] = []
    for name, button in (("Huruf Besar", welcome.large_text_button), ("Kontras Tinggi", welcome.contrast_button)):
        for i in range(args.taps):
            started = time.process_time()
            if args.whole_app:
                on = i % 2 == 0
                apply_theme(app, large_text=on and name == "Huruf Besar", high_contrast=on and name != "Huruf Besar")
            else:
                button.setChecked(i % 2 == 0)
            taps[name].append((time.process_time() - started) * 1000)
            while not style.settled:  # the other screens, one a turn of the event loop
                turn = time.process_time()
                app.processEvents()
                turns.append((time.process_time() - turn) * 1000)
            app.processEvents()  # the last layouts and the paint, in either way
            wholes.append((time.process_time() - started) * 1000)
            settle(100)
    widgets = len(QApplication.allWidgets())
    shutdown(kiosk)
    how = "; the whole application at once" if args.whole_app else ""
    print(describe() + f"; offscreen 1280x800; {widgets} widgets{how}")
    for name, values in taps.items():
        print(f"tap on {name}, what it waits for (CPU): {summary(values)}")
    if turns:
        print(f"each later turn of the event loop (CPU): {summary(turns)}; longest {max(turns):.0f} ms")
    print(f"the whole restyle, tap and later turns (CPU): {summary(wholes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
