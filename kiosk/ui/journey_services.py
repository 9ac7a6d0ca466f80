"""What the registration flow needs, on top of the store, the card renderer and the printer
worker. The only Qt here is the bridge from the print worker's signal to a callback."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import date

from PIL.ImageQt import ImageQt
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.config import Config
from kiosk.core.card_layout import CardData, render_card
from kiosk.core.problems import Code
from kiosk.core.validation import FieldError
from kiosk.services import applications, registration, reports
from kiosk.services.draft import RegistrationDraft, address_line
from kiosk.services.printing import PrintWorker
from kiosk.services.registration import Existing, Saved
from kiosk.store import print_jobs
from kiosk.store.db import Store
from kiosk.sync.client import DELIVERED, SikerClient, TokenError

log = logging.getLogger(__name__)
LOOKUP_TIMEOUT_S = 4


class _Bridge(QObject):
    found = Signal(object, object)  # callback, Existing | None


class JourneyServices:
    def __init__(self, cfg: Config, store: Store, print_worker: PrintWorker) -> None:
        self.cfg = cfg
        self.store = store
        self.worker = print_worker
        self._waiting: dict[int, Callable[[bool, str], None]] = {}
        self._bridge = _Bridge()
        self._bridge.found.connect(lambda callback, existing: callback(existing))
        print_worker.finished.connect(self._finished)

    def find_existing(self, nik: str) -> Existing | None:
        return registration.find_existing(self.store, nik)

    def find_remote(self, nik: str, callback: Callable[[Existing | None], None]) -> None:
        """Ask SIKER (GET /job-seekers/{nik}) off the GUI thread; ``callback`` runs on the GUI thread.
        Offline, or without a usable token, the answer is simply "not known"."""

        def ask() -> None:
            existing = None
            try:
                client = SikerClient.from_config(self.cfg.with_overrides({"siker.timeout_s": LOOKUP_TIMEOUT_S}))
                reply = client.get(f"/job-seekers/{nik}")
                if reply.kind == DELIVERED and isinstance(reply.body, dict):
                    existing = Existing(
                        "",  # registered elsewhere: no local record to refer to
                        str(reply.body.get("registration_no", "")),
                        date.fromisoformat(str(reply.body.get("valid_until"))),
                        str(reply.body.get("name", "")),
                    )
            except (TokenError, ValueError, TypeError) as exc:
                log.info("SIKER lookup not possible: %s", type(exc).__name__)
            self._bridge.found.emit(callback, existing)

        threading.Thread(target=ask, name="siker-lookup", daemon=True).start()

    def prefill_renewal(self, existing: Existing, draft: RegistrationDraft) -> None:
        """A renewal starts from what the job seeker told us last time."""
        row = self.store.one("SELECT data FROM registrations WHERE client_id = ?", (existing.client_id,))
        data = json.loads(row["data"]) if row else {}
        draft.previous_client_id = existing.client_id
        draft.phone = data.get("phone", "")
        draft.email = data.get("email")
        draft.address.update({k: v for k, v in (data.get("address") or {}).items() if v})
        draft.education = data.get("education", [])
        draft.skills = data.get("skills", [])
        draft.experience = data.get("experience", [])
        draft.preferences = data.get("preferences", draft.preferences)

    def preview(self, draft: RegistrationDraft) -> QImage | None:
        card = CardData(
            registration_no="(nomor dibuat saat disimpan)",
            nik=draft.nik,
            name=draft.name,
            birth_place=draft.birth_place,
            birth_date=draft.birth_date.strftime("%d-%m-%Y") if draft.birth_date else "-",
            sex=draft.sex,
            marital_status=draft.marital_status,
            religion=draft.religion,
            address=address_line(draft.address),
            phone=draft.phone,
            registered_on="(hari ini)",
            valid_until="(2 tahun)",
            kiosk_id=self.cfg["kiosk.id"],
            education=draft.education,
            skills=draft.skills,
            experience=draft.experience,
            photo_jpeg=draft.photo_jpeg,
        )
        image = render_card(card, self.cfg["printer.paper_width_mm"], "AK1.PRATINJAU")
        return QImage(ImageQt(image.convert("L"))).copy()

    def save(self, draft: RegistrationDraft) -> Saved:
        return registration.save_registration(self.store, self.cfg, draft)

    def reprint(self, existing: Existing) -> int:
        return registration.reprint(self.store, existing)

    def save_report(self, existing: Existing, nik: str, report: dict) -> int:
        if report["status"] not in ("seeking", "employed"):
            raise FieldError(Code.CHOOSE_ONE)
        saved = reports.save_report(
            self.store,
            existing,
            nik,
            report["status"],
            report.get("employer"),
            report.get("position"),
        )
        return saved.print_job_id

    def seeker_profile(self, existing: Existing) -> dict:
        row = self.store.one("SELECT data FROM registrations WHERE client_id = ?", (existing.client_id,))
        return json.loads(row["data"]) if row else {}

    def apply(self, existing: Existing, nik: str, vacancy: dict) -> int:
        return applications.apply(self.store, self.cfg, existing, nik, vacancy).print_job_id

    def print_document(self, kind: str, document: dict, on_done: Callable[[bool, str], None]) -> int:
        """A slip that belongs to no registration (the severance breakdown)."""
        job_id = print_jobs.create(self.store, kind, document=document)
        self.print_job(job_id, on_done)
        return job_id

    def print_job(self, job_id: int, on_done: Callable[[bool, str], None]) -> None:
        self._waiting[job_id] = on_done
        self.worker.submit(job_id)

    def _finished(self, job_id: int, ok: bool, message: str) -> None:
        callback = self._waiting.pop(job_id, None)
        if callback is not None:
            callback(ok, message)
