#!/usr/bin/env python3
"""Save what an X display shows as a PNG: a look at `scripts/demo` on its virtual screen.

Usage: .venv/bin/python scripts/grab-screen.py DISPLAY OUT.png    (e.g. :1 demo-data/screen.png)
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    display, out = argv
    os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    if not app.primaryScreen().grabWindow(0).save(out):
        print(f"grab-screen: could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
