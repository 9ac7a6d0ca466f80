"""The job seeker's use cases, bound to this kiosk's config and store: one method per action
of the registration flow. Each write is one transaction (in the module it calls). No Qt here:
``find_remote`` blocks on the network, so the flow runs it off the GUI thread.

A NIK alone gives an ``Existing`` (a card exists; the screen shows its name masked). Details,
reprint, report, application and "Kartu saya" take a ``Holder``: the proof of possession from
``prove_by_card`` or ``prove_by_number`` (DESIGN.md "Who may see and print what")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PIL import Image

from kiosk.config import Config
from kiosk.core import clock
from kiosk.core.severance import Breakdown
from kiosk.core.states import ReportStatus
from kiosk.services import applications, lookup, my_card, possession, registration, reports, slips
from kiosk.services.draft import RegistrationDraft
from kiosk.services.my_card import Fetched, MyCard
from kiosk.services.possession import Holder
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

    def prove_by_card(self, existing: Existing, nik: str, card_uid: str | None) -> Holder | None:
        return possession.prove_by_card(existing, nik, card_uid, existing.card_uid)

    def prove_by_number(self, existing: Existing, nik: str, typed: str) -> Holder:
        """Raises ``possession.NotProven`` (wrong, locked, not 16 digits)."""
        return possession.prove_by_number(self.store, existing, nik, typed)

    def locked_until(self, nik: str) -> datetime | None:
        return possession.locked_until(self.store, nik)

    def my_card(self, holder: Holder) -> my_card.MyCard:
        return my_card.my_card(self.store, holder.existing, clock.today())

    def fetch_card_state(self, holder: Holder) -> Fetched:
        """GET /cards/{registration_no}: blocks up to a few seconds; never call it on the GUI thread."""
        return my_card.fetch_state(self.cfg, holder.existing.registration_no)

    def remember_card_state(self, holder: Holder, fetched: Fetched) -> MyCard:
        my_card.remember_state(self.store, holder.existing.registration_no, fetched)
        return self.my_card(holder)

    def prefill_correction(self, holder: Holder, draft: RegistrationDraft) -> None:
        my_card.prefill_correction(self.store, holder.existing, draft)

    def save_correction(self, holder: Holder, draft: RegistrationDraft) -> Saved:
        return my_card.save_correction(self.store, self.cfg, holder.existing, draft)

    def prefill_renewal(self, holder: Holder, draft: RegistrationDraft) -> None:
        registration.prefill_renewal(self.store, holder.existing, draft)

    def preview(self, draft: RegistrationDraft) -> Image.Image:
        return registration.preview(self.cfg, draft)

    def save(self, draft: RegistrationDraft) -> Saved:
        return registration.save_registration(self.store, self.cfg, draft)

    def reprint(self, holder: Holder) -> int:
        return registration.reprint(self.store, holder.existing)

    def save_report(self, holder: Holder, report: dict[str, Any]) -> reports.SavedReport:
        """``report``: the report screen's status, employer, position, started_on, placement.
        Raises ``reports.ReportRefused`` (same period, closed, none due)."""
        started = report.get("started_on")
        return reports.save_report(
            self.store, holder.existing, holder.nik, ReportStatus(report["status"]),
            report.get("employer"), report.get("position"),
            started_on=started if isinstance(started, date) else None, placement=report.get("placement"),
        )  # fmt: skip

    def apply(self, holder: Holder, vacancy: dict[str, Any]) -> int:
        """The receipt's print job id; raises ``applications.AlreadyApplied``."""
        return applications.apply(self.store, self.cfg, holder.existing, holder.nik, vacancy).print_job_id

    def seeker_profile(self, holder: Holder) -> dict[str, Any]:
        return registration.profile(self.store, holder.existing)

    def severance_slip(self, result: Breakdown) -> int:
        return slips.severance_slip(self.store, result)
