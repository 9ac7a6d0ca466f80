"""The kiosk saving a setting from the technician screen and restarting itself to apply it.

Run by test_settings_restart.py: generation 1 starts the real app, saves ``kiosk.number = 7``
through the settings service and asks for the restart the technician screen asks for;
the process then exec()s itself; generation 2 records the number it loaded and exits.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer

from kiosk import app as kiosk_app
from kiosk import config
from kiosk.logging_setup import setup_logging
from kiosk.services import site_settings

marker, site = Path(sys.argv[1]), sys.argv[2]
generation = int(os.environ.get("KIOSK_TEST_GENERATION", "0")) + 1
os.environ["KIOSK_TEST_GENERATION"] = str(generation)
cfg = config.load(site)
with marker.open("a") as fh:
    fh.write(f"{generation} {os.getpid()} {cfg.kiosk.number}\n")
if generation > 1:
    sys.exit(0)

started = kiosk_app.start_services


def start_then_change(kiosk) -> None:
    started(kiosk)
    staff = kiosk.assembly.staff
    site_settings.save(kiosk.cfg, {"kiosk.number": "7"})
    QTimer.singleShot(0, staff.restart_requested.emit)


kiosk_app.start_services = start_then_change
setup_logging()  # as `kiosk run` does
sys.exit(kiosk_app.run(cfg, windowed=True))
