#!/usr/bin/env python3
"""Refresh docs/sample-card-58mm.png and -80mm.png: the sample card as the printer simulator saw it."""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.cli import main as kiosk  # noqa: E402
from kiosk.devices.escpos_simulator import PrinterSimulator  # noqa: E402

with tempfile.TemporaryDirectory() as tmp:
    site = Path(tmp) / "site.toml"
    site.write_text(f'[kiosk]\ndata_dir = "{tmp}"\n', encoding="utf-8")
    for width in (58, 80):
        with PrinterSimulator() as sim:
            if kiosk(["--config", str(site), "print-sample", "--printer", sim.uri, "--width", str(width)]) != 0:
                sys.exit(1)
            target = ROOT / "docs" / f"sample-card-{width}mm.png"
            sim.pages[0].image().save(target)
            print(target)
