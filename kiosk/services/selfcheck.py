"""Start-up self-check: what each device says, logged and kept for the heartbeat and the
technician. It never stops the kiosk: without a printer, registrations are stored and the
cards printed later by an officer; without a camera, the photo follows at the office."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.config import Config
from kiosk.devices.printer import Printer
from kiosk.store.db import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    device: str
    ok: bool
    state: str  # in the heartbeat's words
    detail: str = ""


def camera_check(cfg: Config) -> Check:
    source = cfg.camera.source
    if source == "simulated" or source.startswith("file://"):
        return Check("camera", True, "ok", f"file camera {source}")
    path = f"/dev/video{source}" if source.isdigit() else source
    present = os.path.exists(path)
    return Check("camera", present, "ok" if present else "absent", path)


def printer_check(printer: Printer) -> Check:
    """Through the kiosk's printer object: behind a card already printing, never beside it."""
    status = printer.status()
    return Check("printer", status.can_print, status.heartbeat, status.detail or status.state)


def run(cfg: Config, printer: Printer) -> list[Check]:
    """Each check on its own: one failing device never hides another. No database here: a
    printer slow to answer must not keep a connection open through a stop of the kiosk."""
    results: list[Check] = []
    checks: list[Callable[[], Check]] = [lambda: printer_check(printer), lambda: camera_check(cfg)]
    for check in checks:
        try:
            result = check()
        except Exception as exc:  # a self-check reports, it does not crash the kiosk
            result = Check("unknown", False, "error", type(exc).__name__)
        results.append(result)
        level = logging.INFO if result.ok else logging.WARNING
        log.log(level, "self-check %s: %s (%s)", result.device, result.state, result.detail)
    return results


def record(store: Store, checks: list[Check]) -> None:
    """Kept for the heartbeat and the technician."""
    with store.transaction():
        for check in checks:
            store.set_value(f"device.{check.device}", check.state)
