"""The registration journey: which screen follows which, and the calls to the services.

Screens draw and react; this controller decides where to go next and calls one use case of
``services.journey.Journey`` per action (each write one transaction). The SIKER lookup runs
through ``Background``, print jobs through ``Printouts``: both answer on the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, Protocol

from PIL import Image
from PySide6.QtCore import QObject, Signal

from kiosk.core import clock
from kiosk.core.ak1 import can_renew, format_registration_no
from kiosk.core.identity import Identity
from kiosk.core.problems import ProblemError
from kiosk.core.states import RegistrationKind
from kiosk.screens.base import Screen
from kiosk.screens.consent import ConsentScreen
from kiosk.screens.done import DoneScreen
from kiosk.screens.existing import ExistingScreen
from kiosk.screens.form_step import FormStep
from kiosk.screens.messages import describe
from kiosk.screens.report import ReportScreen
from kiosk.screens.review import ReviewScreen
from kiosk.screens.step_background import EducationStep, ExperienceStep
from kiosk.screens.step_contact import ContactStep
from kiosk.screens.step_personal import PersonalStep
from kiosk.screens.step_preferences import PreferencesStep
from kiosk.services.draft import RegistrationDraft
from kiosk.services.registration import Existing, Saved
from kiosk.ui.background import Background
from kiosk.ui.main_window import MainWindow
from kiosk.ui.printouts import Printouts
from kiosk.widgets.confirm import ConfirmOverlay

log = logging.getLogger(__name__)


class RegistrationServices(Protocol):
    def find_existing(self, nik: str) -> Existing | None: ...
    def find_remote(self, nik: str) -> Existing | None: ...  # blocks: run through Background
    def prefill_renewal(self, existing: Existing, draft: RegistrationDraft) -> None: ...
    def preview(self, draft: RegistrationDraft) -> Image.Image | None: ...
    def save(self, draft: RegistrationDraft) -> Saved: ...
    def reprint(self, existing: Existing) -> int: ...
    def save_report(self, existing: Existing, nik: str, report: dict[str, Any]) -> int: ...  # the receipt's job id
    def apply(self, existing: Existing, nik: str, vacancy: dict[str, Any]) -> int: ...  # raises AlreadyApplied
    def seeker_profile(self, existing: Existing) -> dict[str, Any]: ...  # what matching reads


class RegistrationFlow(QObject):
    matched = Signal(dict)  # purpose "match": the identified seeker's profile for the vacancy list

    def __init__(
        self,
        window: MainWindow,
        services: RegistrationServices,
        background: Background,
        printouts: Printouts,
        *,
        identify: Screen,
        photo: Screen,
        retention_days: int,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.background = background
        self.printouts = printouts
        self.draft = RegistrationDraft()
        self.existing: Existing | None = None
        self.saved: Saved | None = None
        self._return_to_review = False
        self.purpose = "register"  # register | report | apply
        self.vacancy: dict[str, Any] | None = None
        self._job: tuple[int, str, date, str] | None = None  # job id, number, validity, card|receipt
        add = window.add_screen
        self.identify = identify
        self.photo = photo
        self.existing_screen: ExistingScreen = add(ExistingScreen())
        self.consent: ConsentScreen = add(ConsentScreen(retention_days))
        self.steps: list[FormStep] = [
            add(PersonalStep(self.draft)),
            add(ContactStep(self.draft)),
            add(EducationStep(self.draft)),
            add(ExperienceStep(self.draft)),
            add(PreferencesStep(self.draft)),
        ]
        self.report: ReportScreen = add(ReportScreen(self.draft))
        self.review: ReviewScreen = add(ReviewScreen(self.draft))
        self.review.preview_provider = services.preview
        self.done: DoneScreen = add(DoneScreen())
        self.confirm = ConfirmOverlay(window.centralWidget())

        total = len(self.steps) + 2  # + photo + review
        for number, step in enumerate(self.steps, 1):
            step.set_position(number, total)
            step.next_requested.connect(lambda s=step: self._after_step(s))
            step.back_requested.connect(lambda s=step: self._before_step(s))
            step.cancel_requested.connect(self.ask_cancel)
        self.review.set_position(total, total)
        self.report.next_requested.connect(self._save_report)
        self.report.back_requested.connect(lambda: window.end_session("cancel"))
        self.report.cancel_requested.connect(self.ask_cancel)
        self.apply_confirm = ConfirmOverlay(window.centralWidget())
        self.apply_confirm.confirmed.connect(self._apply)
        self.apply_confirm.rejected.connect(lambda: window.end_session("cancel"))
        self.notice = ConfirmOverlay(window.centralWidget())
        self.notice.confirmed.connect(lambda: window.go("vacancies"))
        self.notice.rejected.connect(lambda: window.end_session("done"))
        self.not_registered = ConfirmOverlay(window.centralWidget())
        self.not_registered.confirmed.connect(self._register_instead)
        self.not_registered.rejected.connect(lambda: window.end_session("cancel"))
        self.review.next_requested.connect(self._save_and_print)
        self.review.back_requested.connect(lambda: window.go(self.photo.name))
        self.review.cancel_requested.connect(self.ask_cancel)
        self.review.edit_requested.connect(self._edit)
        self.consent.agreed.connect(self._consented)
        self.consent.declined.connect(lambda: window.end_session("cancel"))
        self.existing_screen.chosen.connect(self._existing_chosen)
        self.existing_screen.cancelled.connect(lambda: window.end_session("cancel"))
        self.done.reprint_requested.connect(self._reprint_after_failure)
        self.done.finished.connect(lambda: window.end_session("done"))
        self.confirm.confirmed.connect(lambda: window.end_session("cancel"))
        window.session_ended.connect(self._wipe)

    # -- entry points
    def start(self, purpose: str = "register", vacancy: dict[str, Any] | None = None) -> None:
        """Identify first (card or typed NIK): to register, to report, or to apply for ``vacancy``."""
        self._wipe()
        self.purpose = purpose
        self.vacancy = vacancy
        self.window.go(self.identify.name)

    def identified(self, identity: Identity) -> None:
        """An identity from the e-KTP reader or the manual screen."""
        d = self.draft
        d.take_identity(identity)
        self.existing = self.services.find_existing(d.nik)
        if self.existing is None and self.purpose == "register":
            # not known here: perhaps registered at the office or another kiosk (when online)
            nik = d.nik
            self.background.run(
                lambda: self.services.find_remote(nik),
                lambda found: self._after_lookup(nik, found if isinstance(found, Existing) else None),
                name="siker-lookup",
            )
            return
        self._after_lookup(d.nik, self.existing)

    def _after_lookup(self, nik: str, existing: Existing | None) -> None:
        if nik != self.draft.nik:
            return  # the session ended or moved on while SIKER was asked
        self.existing = existing
        if self.purpose == "match":
            if self.existing is None or not self.existing.client_id:
                self.notice.ask(
                    self.tr("Data Anda belum ada di kios ini"),
                    self.tr("Daftar kartu kuning dulu agar lowongan bisa dicocokkan dengan data Anda."),
                    self.tr("Lihat semua lowongan"),
                    self.tr("Selesai"),
                )
            else:
                self.matched.emit(self.services.seeker_profile(self.existing))
            return
        if self.purpose == "apply" and self.vacancy is not None:
            if self.existing is None:
                self.not_registered.ask(
                    self.tr("NIK Anda belum terdaftar di kios ini"),
                    self.tr("Untuk melamar, Anda perlu kartu kuning. Ingin mendaftar sekarang?"),
                    self.tr("Ya, daftar"),
                    self.tr("Tidak"),
                )
            else:
                self.apply_confirm.ask(
                    self.tr("Kirim lamaran?"),
                    f"{self.vacancy['title']} — {self.vacancy['company']}",
                    self.tr("Ya, kirim lamaran"),
                    self.tr("Batal"),
                )
            return
        if self.purpose == "report":
            if self.existing is None:
                self.not_registered.ask(
                    self.tr("NIK Anda belum terdaftar di kios ini"),
                    self.tr("Laporan hanya untuk pemilik kartu kuning. Ingin mendaftar sekarang?"),
                    self.tr("Ya, daftar"),
                    self.tr("Tidak"),
                )
            else:
                self.window.go(self.report.name)
            return
        if self.existing is None:
            self.window.go(self.consent.name)
            return
        self.existing_screen.show_registration(
            self.existing.registration_no,
            self.existing.valid_until.strftime("%d-%m-%Y"),
            can_renew(self.existing.valid_until, clock.today()),
            local=bool(self.existing.client_id),
        )
        self.window.go(self.existing_screen.name)

    def ask_cancel(self) -> None:
        self.confirm.ask(
            self.tr("Batalkan pendaftaran?"),
            self.tr("Semua data yang sudah Anda isi akan dihapus dari layar ini."),
            self.tr("Ya, batalkan"),
            self.tr("Tidak, lanjutkan"),
        )

    # -- transitions
    def _consented(self) -> None:
        self.draft.consent_at = clock.rfc3339()
        self.window.go(self.steps[0].name)

    def _existing_chosen(self, action: str) -> None:
        existing = self.existing
        if existing is None:
            return
        if action == "renew":
            self.draft.kind = RegistrationKind.RENEWAL
            if existing.client_id:
                self.services.prefill_renewal(existing, self.draft)
            self.window.go(self.consent.name)
        elif action == "reprint":
            self._print(self.services.reprint(existing), existing.registration_no, existing.valid_until, "card")
        elif action == "report":
            self.purpose = "report"
            self.window.go(self.report.name)

    def _apply(self) -> None:
        from kiosk.services.applications import AlreadyApplied

        existing, vacancy = self.existing, self.vacancy
        if existing is None or vacancy is None:
            return
        try:
            job_id = self.services.apply(existing, self.draft.nik, vacancy)
        except AlreadyApplied as err:
            title, other, done = self.tr("Lamaran sudah ada"), self.tr("Lihat lowongan lain"), self.tr("Selesai")
            self.notice.ask(title, describe(err), other, done)
            return
        self._print(job_id, existing.registration_no, existing.valid_until, "application")

    def _register_instead(self) -> None:
        self.purpose = "register"
        self.window.go(self.consent.name)

    def _save_report(self) -> None:
        existing = self.existing
        if existing is None:
            return
        job_id = self.services.save_report(existing, self.draft.nik, self.report.report)
        log.info("report saved for registration %s, receipt job %s", existing.client_id, job_id)
        self._print(job_id, existing.registration_no, existing.valid_until, "receipt")

    def _after_step(self, step: FormStep) -> None:
        if self._return_to_review:
            self._return_to_review = False
            self.window.go(self.review.name)
            return
        index = self.steps.index(step)
        nxt = self.steps[index + 1].name if index + 1 < len(self.steps) else self.photo.name
        self.window.go(nxt)

    def _before_step(self, step: FormStep) -> None:
        index = self.steps.index(step)
        self.window.go(self.steps[index - 1].name if index else self.consent.name)

    def photo_accepted(self, jpeg: bytes) -> None:
        self.draft.photo_jpeg = jpeg
        self.window.go(self.review.name)

    def photo_skipped(self) -> None:
        self.draft.photo_jpeg = None
        self.window.go(self.review.name)

    def _edit(self, section: str) -> None:
        self._return_to_review = section != self.photo.name
        self.window.go(section if section != "photo" else self.photo.name)

    def _save_and_print(self) -> None:
        self.review.show_problem("")
        try:
            self.saved = self.services.save(self.draft)
        except ProblemError as err:  # the disk is full: the draft stays, "Simpan" retries it
            log.error("registration not saved: %s", err.problem.code)
            self.review.show_problem(describe(err))
            return
        log.info("registration saved: client_id=%s job=%s", self.saved.client_id, self.saved.print_job_id)
        self._print(self.saved.print_job_id, self.saved.registration_no, self.saved.valid_until, "card")

    def _print(self, job_id: int, number: str, until: date, kind: str) -> None:
        self._job = (job_id, number, until, kind)
        self.done.show_printing(format_registration_no(number), until.strftime("%d-%m-%Y"), kind)
        self.window.go(self.done.name)

        def finished(ok: bool, message: str) -> None:
            if self._job is None or self._job[0] != job_id:
                return  # the session ended meanwhile
            if ok:
                self.done.show_printed()
            else:
                self.done.show_failed(message)

        self.printouts.submit(job_id, finished)

    def _reprint_after_failure(self) -> None:
        if self._job is not None:
            self._print(*self._job)

    def _wipe(self, *_args: object) -> None:
        self.draft.wipe()
        self.existing = None
        self.saved = None
        self._job = None
        self._return_to_review = False
        self.purpose = "register"
        self.confirm.hide()
        self.not_registered.hide()
        self.apply_confirm.hide()
        self.notice.hide()
        self.vacancy = None
