#!/usr/bin/env python3
"""Refresh docs/screens/: a PNG of every screen of the kiosk, as a person sees it.

Runs the real app (demo configuration, simulated devices) on Xvfb when DISPLAY is set,
else on Qt's offscreen platform. Usage: .venv/bin/python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk.app import build  # noqa: E402
from kiosk.commands.app import DEMO_OVERRIDES  # noqa: E402
from kiosk.i18n import set_language  # noqa: E402


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    cfg = config.load(overrides={**DEMO_OVERRIDES, "kiosk.data_dir": str(data), "kiosk.fullscreen": False})
    kiosk = build(cfg, demo=True, windowed=True)
    window = kiosk.window
    window.resize(1280, 800)
    window.show()
    settle(600)

    def shot(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    shot("welcome")
    set_language("en")
    shot("welcome-en")
    set_language("id")
    for name in window.router._screens:  # every screen registered in this build
        if name != "welcome":
            window.go(name)
            shot(name)
    window.go("welcome")
    window.router.setCurrentIndex(window.router.currentIndex())
    window.idle_overlay.start()
    shot("idle-countdown")
    window.idle_overlay.cancel()
    window.locked = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
