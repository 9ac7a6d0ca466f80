"""Printing use cases: enqueue a job with its record, send it, journal it, tell the user.

``PrintService.run`` takes a job through ``sending`` to ``printed`` or ``failed`` and writes
one ``/print-log`` outbox row per finished attempt for the cards officers reconcile.
``PrintWorker`` runs jobs on its own thread, so the GUI never waits on a printer: it reads
the job and renders the card there; the bytes go out on the printer's owner thread, where the
self-check's and the diagnostics' status queries also take their turn (``kiosk.devices.owner``).
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from PySide6.QtCore import QObject, Signal

from kiosk.core import clock, printed_capture
from kiosk.core.card_layout import CardData, render_card, render_receipt
from kiosk.core.card_signing import CardClaim, sign, verification_url
from kiosk.core.card_state import CardStatus, decided_on, split_officer
from kiosk.core.problems import Code, Problem
from kiosk.core.states import CARD_PURPOSES, PrintPurpose, PrintState
from kiosk.devices.printer import Printer, PrinterStatus, PrintOutcome
from kiosk.services.draft import address_line
from kiosk.services.thread_priority import lower_this_thread
from kiosk.store import outbox, print_jobs
from kiosk.store.db import StorageFull, Store

log = logging.getLogger(__name__)

# the print log SIKER keeps is about cards and recaps; receipts stay in the local journal
PRINT_LOG_KIND = frozenset({PrintPurpose.AK1, PrintPurpose.REPRINT, PrintPurpose.RECAP, PrintPurpose.TEST})

# what the job seeker is told when the printer's state stopped the print (any other: NO_ANSWER)
PROBLEMS = {
    "paper_out": Problem(Code.PRINT_PAPER_OUT),
    "cover_open": Problem(Code.PRINT_COVER_OPEN),
    "offline": Problem(Code.PRINT_OFFLINE),
}
NO_ANSWER = Problem(Code.PRINT_NO_ANSWER)
DROPPED = Problem(Code.PRINT_DROPPED)


@dataclass(frozen=True)
class PrintResult:
    job_id: int
    ok: bool
    problem: Problem | None  # for the job seeker (``describe`` it), None when printed
    printer_state: str

    @property
    def message(self) -> str:
        """The problem in Bahasa Indonesia, for the command line and logs; empty when printed."""
        return self.problem.text() if self.problem is not None else ""


def _dmy(iso: str) -> str:
    return date.fromisoformat(iso[:10]).strftime("%d-%m-%Y")


def card_data(
    store: Store, registration_client_id: str, *, reprint: bool = False, public_url: str = ""
) -> tuple[CardData, CardClaim]:
    """The card as it prints now: legalised (officer, NIP, date) once the kiosk has learnt that the
    gateway approved it, else "MENUNGGU PENGESAHAN" with where to check (``public_url``'s page)."""
    from kiosk.services.my_card import known_state  # my_card's corrections print through here

    row = store.one("SELECT * FROM registrations WHERE client_id = ?", (registration_client_id,))
    if row is None:
        raise KeyError(f"registration {registration_client_id} does not exist")
    data = json.loads(row["data"])
    photo = store.one("SELECT jpeg FROM photos WHERE registration_client_id = ?", (registration_client_id,))
    kiosk_id = data.get("kiosk_id", "")
    known = known_state(store, row["registration_no"])
    officer, nip = split_officer(known.officer if known is not None else None)
    legal = known is not None and known.status in (CardStatus.DISAHKAN, CardStatus.BEKERJA) and bool(officer)
    on = decided_on(known)
    card = CardData(
        registration_no=row["registration_no"],
        nik=row["nik"],
        name=row["name"],
        birth_place=data.get("birth_place", ""),
        birth_date=_dmy(data["birth_date"]) if data.get("birth_date") else "-",
        sex=data.get("sex"),
        marital_status=data.get("marital_status"),
        religion=data.get("religion"),
        address=address_line(data.get("address", {})),
        phone=data.get("phone", ""),
        registered_on=_dmy(row["created_at"]),
        valid_until=_dmy(row["valid_until"]),
        kiosk_id=kiosk_id,
        education=printed_capture.education_rows(data),
        skills=data.get("skills", []),
        experience=data.get("experience", []),
        photo_jpeg=photo["jpeg"] if photo else None,
        occupation=printed_capture.occupation_line(data),
        reprint=reprint,
        legalised_by=officer if legal else "",
        legalised_nip=nip if legal else "",
        legalised_on=on.strftime("%d-%m-%Y") if legal and on else "",
        check_url=f"{public_url.rstrip('/')}/v/{row['registration_no']}" if public_url else "",
    )
    claim = CardClaim(row["registration_no"], row["nik"], row["name"], row["valid_until"], kiosk_id)
    return card, claim


class PrintService:
    def __init__(self, store: Store, printer: Printer, signing_key: Ed25519PrivateKey, public_url: str = "") -> None:
        self.store = store
        self.printer = printer
        self.key = signing_key
        self.public_url = public_url  # config gateway.public_url: the QR holds the verification URL
        self.active: set[int] = set()

    def render(self, job: dict[str, Any]) -> Image.Image:
        purpose = PrintPurpose(job["kind"])
        if purpose in CARD_PURPOSES:
            card, claim = card_data(self.store, job["registration_client_id"], reprint=purpose == PrintPurpose.REPRINT,
                                    public_url=self.public_url)  # fmt: skip
            qr = verification_url(self.public_url, claim.registration_no, sign(claim, self.key))
            return render_card(card, self.printer.paper_mm, qr)
        document = json.loads(job["document"] or "{}")
        return render_receipt(
            document.get("title", ""),
            document.get("lines", []),
            self.printer.paper_mm,
            footer=document.get("footer", ""),
        )

    def run(self, job_id: int) -> PrintResult:
        job = print_jobs.get(self.store, job_id)
        try:
            print_jobs.transition(self.store, job_id, PrintState.SENDING)
        except StorageFull:  # the journal cannot say "sending": nothing is printed, the job stays queued
            log.error("print job %s not sent: the disk is full", job_id)
            return PrintResult(job_id, False, Problem(Code.STORAGE_FULL), "storage_full")
        self.active.add(job_id)
        try:
            try:
                outcome = self.printer.print_image(self.render(job))
            except Exception as exc:  # a rendering or driver bug must not leave the job "sending"
                log.exception("print job %s failed", job_id)
                outcome = PrintOutcome(False, PrinterStatus("unknown", "internal error"), type(exc).__name__)
            try:
                self._finish(job, outcome)
            except StorageFull:  # the outcome cannot be journaled: the job stays "sending", i.e. uncertain
                log.error("print job %s: outcome %s not journaled, the disk is full (left uncertain)",
                          job_id, "printed" if outcome.ok else outcome.status.state)  # fmt: skip
        finally:
            self.active.discard(job_id)
        problem = None if outcome.ok else self._problem(outcome)
        log.info("print job %s (%s): %s", job_id, job["kind"], "printed" if outcome.ok else outcome.status.state)
        return PrintResult(job_id, outcome.ok, problem, outcome.status.state)

    def _problem(self, outcome: PrintOutcome) -> Problem:
        if outcome.error and outcome.error.startswith("connection lost"):
            return DROPPED
        return PROBLEMS.get(outcome.status.state, NO_ANSWER)

    def _finish(self, job: dict[str, Any], outcome: PrintOutcome) -> None:
        state = PrintState.PRINTED if outcome.ok else PrintState.FAILED
        detail = None if outcome.ok else f"{outcome.status.state}: {outcome.error or ''}".strip()
        with self.store.transaction():
            print_jobs.transition(self.store, job["id"], state, detail)
            kind = PrintPurpose(job["kind"])
            if kind in PRINT_LOG_KIND:
                client_id = outbox.new_client_id()
                registration = job["registration_client_id"]  # None for a recap or a test page
                outbox.enqueue(
                    self.store,
                    "/print-log",
                    {
                        "client_id": client_id,
                        "registration_no": job["registration_no"],
                        "kind": kind,
                        "printed_at": clock.rfc3339(),
                        "result": state,
                        "error": detail,
                    },
                    client_id=client_id,
                    order_key=outbox.chain_key(self.store, registration) if registration else None,
                    depends_on=registration,
                )


class PrintWorker(QObject):
    """One thread, one job at a time, its own database connection; results come back as signals.
    The printer it is given may be shared: its own owner thread keeps the requests apart."""

    finished = Signal(int, bool, object)  # job id, printed, the Problem for the job seeker (None when printed)

    def __init__(self, db_path: Path, printer: Printer, signing_key: Ed25519PrivateKey, public_url: str = "") -> None:
        super().__init__()
        self._args = (db_path, printer, signing_key, public_url)
        self._jobs: queue.Queue[int | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="printer", daemon=True)
        self._thread.start()

    def submit(self, job_id: int) -> None:
        self._jobs.put(job_id)

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        lower_this_thread()  # the card's raster and the printer's bytes: bulk work, after any tap
        db_path, printer, key, public_url = self._args
        store = Store(db_path)
        service = PrintService(store, printer, key, public_url)
        try:
            while (job_id := self._jobs.get()) is not None:
                try:
                    result = service.run(job_id)
                except Exception:  # the worker outlives any one job
                    log.exception("print worker error on job %s", job_id)
                    self.finished.emit(job_id, False, NO_ANSWER)
                    continue
                self.finished.emit(result.job_id, result.ok, result.problem)
        finally:
            store.close()
