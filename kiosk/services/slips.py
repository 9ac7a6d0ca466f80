"""Slips that belong to no registration: the severance breakdown and the technician's test page.
Each is one print job, created in one transaction; the printer worker prints it."""

from __future__ import annotations

from typing import Any

from kiosk.config import Config
from kiosk.core import clock
from kiosk.core.severance import Breakdown
from kiosk.core.severance_slip import slip_document
from kiosk.core.states import PrintPurpose
from kiosk.services import staff
from kiosk.store import print_jobs
from kiosk.store.db import Store


def severance_slip(store: Store, result: Breakdown) -> int:
    """The print job of a severance simulation's breakdown, with the moment it was made."""
    document = slip_document(result)
    document["lines"] = [f"Waktu\t{clock.printed()}", *document["lines"]]
    return print_jobs.create(store, PrintPurpose.SEVERANCE_SLIP, document=document)


def test_page_document(cfg: Config) -> dict[str, Any]:
    lines = [
        f"Kios\t{cfg.kiosk.id}",
        f"Waktu\t{clock.printed()}",
        f"Printer\t{cfg.printer.uri}",
        f"Kertas\t{cfg.printer.paper_width_mm} mm",
    ]
    lines += ["---", "ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"]
    return {"title": "HALAMAN UJI", "lines": lines, "footer": "Bila teks ini terbaca utuh, printer siap."}


def test_page(store: Store, cfg: Config, holder: staff.Holder) -> int:
    """The technician's test page: its print job and the audit row, together."""
    with store.transaction():
        job_id = print_jobs.create(store, PrintPurpose.TEST, document=test_page_document(cfg))
        staff.audit(store, holder.name, holder.role, "test_page")
    return job_id
