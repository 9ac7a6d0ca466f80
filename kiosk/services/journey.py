"""The job seeker's use cases, bound to this kiosk's config and store: one method per action
of the registration flow. Each write is one transaction (in the module it calls). No Qt here:
``find_remote`` blocks on the network, so the flow runs it off the GUI thread."""

from __future__ import annotations

from typing import Any

from PIL import Image

from kiosk.config import Config
from kiosk.core.severance import Breakdown
from kiosk.core.states import ReportStatus
from kiosk.services import applications, lookup, registration, reports, slips
from kiosk.services.draft import RegistrationDraft
from kiosk.services.registration import Existing, Saved
from kiosk.store.db import Store


class Journey:
    def __init__(self, cfg: Config, store: Store) -> None:
        self.cfg = cfg
        self.store = store

    def find_existing(self, nik: str) -> Existing | None:
        return registration.find_existing(self.store, nik)

    def find_remote(self, nik: str) -> Existing | None:
        """Blocks up to a few seconds (SIKER); never call it on the GUI thread."""
        return lookup.find_remote(self.cfg, nik)

    def prefill_renewal(self, existing: Existing, draft: RegistrationDraft) -> None:
        registration.prefill_renewal(self.store, existing, draft)

    def preview(self, draft: RegistrationDraft) -> Image.Image:
        return registration.preview(self.cfg, draft)

    def save(self, draft: RegistrationDraft) -> Saved:
        return registration.save_registration(self.store, self.cfg, draft)

    def reprint(self, existing: Existing) -> int:
        return registration.reprint(self.store, existing)

    def save_report(self, existing: Existing, nik: str, report: dict[str, Any]) -> int:
        """The receipt's print job id. ``report``: the report screen's status, employer, position."""
        saved = reports.save_report(
            self.store, existing, nik, ReportStatus(report["status"]), report.get("employer"), report.get("position")
        )
        return saved.print_job_id

    def apply(self, existing: Existing, nik: str, vacancy: dict[str, Any]) -> int:
        """The receipt's print job id; raises ``applications.AlreadyApplied``."""
        return applications.apply(self.store, self.cfg, existing, nik, vacancy).print_job_id

    def seeker_profile(self, existing: Existing) -> dict[str, Any]:
        return registration.profile(self.store, existing)

    def severance_slip(self, result: Breakdown) -> int:
        return slips.severance_slip(self.store, result)
