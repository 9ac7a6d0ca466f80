"""The technician's use cases. Each one that writes commits with its audit row.

``diagnose`` talks to the network and the printer: it is called off the GUI thread and opens
its own database connection, as a thread must.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.config import Config, ConfigError
from kiosk.core.problems import Code, Problem
from kiosk.devices.printer import Printer
from kiosk.logging_setup import recent_lines
from kiosk.services import diagnostics, export, site_settings, staff
from kiosk.services.staff import Holder
from kiosk.store.db import Store
from kiosk.sync import sender

LOG_LINES_SHOWN = 300
LOG_LINES_EXPORTED = 2000


def diagnose(cfg: Config, holder: Holder, printer: Printer | None, *, camera_in_use: bool) -> list[diagnostics.Result]:
    own = Store(cfg.db_path)
    try:
        staff.audit(own, holder.name, holder.role, "diagnostics")
        results = diagnostics.run_all(cfg, own, printer, camera_in_use=camera_in_use)
        failed = [r.name for r in results if not r.ok]
        staff.audit(own, holder.name, holder.role, "diagnostics_done", "failed: " + (", ".join(failed) or "none"))
    finally:
        own.close()
    return results


def sync_state(store: Store) -> tuple[Problem, str | None, list[dict[str, Any]]]:
    """The outbox in one line (a Problem: the screen says it in its language), why sending is
    paused (SIKER's words, if it is), and the records SIKER refused for good."""
    state = sender.summary(store)
    counts = Problem(
        Code.DIAG_SYNC, {"waiting": state.pending + state.sending, "failed": state.failed, "delivered": state.delivered}
    )
    return counts, state.auth_paused, sender.export_failed(store)


def retry_failed(store: Store, holder: Holder) -> int:
    """Send the refused records again and lift an auth pause: one transaction with its audit."""
    with store.transaction():
        count = sender.retry_failed(store)
        sender.resume_after_auth(store)
        staff.audit(store, holder.name, holder.role, "retry_failed", f"{count} records")
    return count


def save_settings(cfg: Config, store: Store, holder: Holder, texts: dict[str, str]) -> site_settings.Saved:
    """Check and write the site file; raises ConfigError (audited as refused) or OSError."""
    try:
        saved = site_settings.save(cfg, texts)
    except ConfigError as err:
        staff.audit(store, holder.name, holder.role, "settings_refused", str(err).split(";")[0])
        raise
    staff.audit(store, holder.name, holder.role, "settings_changed", ", ".join(saved.changed) or "nothing")
    return saved


def log_lines(store: Store, holder: Holder) -> list[str]:
    """The recent log (already redacted) for the screen; reading it is audited."""
    staff.audit(store, holder.name, holder.role, "view_logs")
    return recent_lines(LOG_LINES_SHOWN)


def export_logs(
    store: Store, kiosk_id: str, holder: Holder, dest: Path, results: list[diagnostics.Result]
) -> export.Exported:
    report = diagnostics.report(results, kiosk_id) if results else "(diagnosa belum dijalankan)\n"
    return export.export_logs(store, kiosk_id, dest, actor=holder.name, log_lines=recent_lines(LOG_LINES_EXPORTED),
                              report=report)  # fmt: skip
