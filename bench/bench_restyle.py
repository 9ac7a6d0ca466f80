"""A tap on "Huruf Besar" or "Kontras Tinggi": the whole app restyled, every screen's widgets.

The real kiosk on simulated devices (offscreen, 1280x800, services up), the toggle tapped on and
off; CPU time of each restyle, and how many widgets it restyles.

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
    found: dict[str, list[float]] = {"Huruf Besar": [], "Kontras Tinggi": []}
    for name, button in (("Huruf Besar", welcome.large_text_button), ("Kontras Tinggi", welcome.contrast_button)):
        for i in range(args.taps):
            started = time.process_time()
            button.setChecked(i % 2 == 0)
            found[name].append((time.process_time() - started) * 1000)
            settle(100)
    widgets = len(QApplication.allWidgets())
    shutdown(kiosk)
    print(describe() + f"; offscreen 1280x800; {widgets} widgets")
    for name, values in found.items():
        print(f"tap on {name} (restyle, CPU): {summary(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
