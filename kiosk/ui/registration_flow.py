"""The registration journey: which screen follows which, and the calls to the services.

Screens draw and react; this controller decides where to go next and calls one use case of
``services.journey.Journey`` per action (each write one transaction). The SIKER lookup runs
through ``Background``, print jobs through ``Printouts``: both answer on the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any, Protocol

from PIL import Image
from PySide6.QtCore import QObject, Signal

from kiosk.core import clock
from kiosk.core.ak1 import format_registration_no
from kiosk.core.identity import Identity, mask_name
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import RegistrationKind
from kiosk.screens.base import Screen
from kiosk.screens.consent import ConsentScreen
from kiosk.screens.done import DoneScreen
from kiosk.screens.existing import ExistingScreen
from kiosk.screens.form_step import FormStep
from kiosk.screens.messages import describe, word
from kiosk.screens.my_card import REFRESH_OFFLINE, REFRESH_OK, REFRESH_UNKNOWN, MyCardScreen
from kiosk.screens.report import ReportScreen
from kiosk.screens.review import ReviewScreen
from kiosk.screens.step_background import EducationStep, ExperienceStep
from kiosk.screens.step_contact import ContactStep
from kiosk.screens.step_personal import PersonalStep
from kiosk.screens.step_preferences import PreferencesStep
from kiosk.services.draft import RegistrationDraft
from kiosk.services.my_card import Fetched, MyCard
from kiosk.services.possession import Holder, NotProven
from kiosk.services.registration import Existing, Saved
from kiosk.services.reports import ReportRefused, SavedReport
from kiosk.ui.background import Background
from kiosk.ui.main_window import MainWindow
from kiosk.ui.printouts import Printouts
from kiosk.widgets.confirm import Answer, ConfirmOverlay

log = logging.getLogger(__name__)
EVENT_PURPOSES = ("event", "my_events")  # identify for ui/events_flow.py: a seat, or the seats taken


class RegistrationServices(Protocol):
    def find_existing(self, nik: str) -> Existing | None: ...
    def find_remote(self, nik: str) -> Existing | None: ...  # blocks: run through Background
    def prove_by_card(self, existing: Existing, nik: str, card_uid: str | None) -> Holder | None: ...
    def prove_by_number(self, existing: Existing, nik: str, typed: str) -> Holder: ...  # raises NotProven
    def locked_until(self, nik: str) -> datetime | None: ...
    def my_card(self, holder: Holder) -> MyCard: ...
    def fetch_card_state(self, holder: Holder) -> Fetched: ...  # blocks: run through Background
    def remember_card_state(self, holder: Holder, fetched: Fetched) -> MyCard: ...
    def prefill_correction(self, holder: Holder, draft: RegistrationDraft) -> None: ...
    def save_correction(self, holder: Holder, draft: RegistrationDraft) -> Saved: ...
    def prefill_renewal(self, holder: Holder, draft: RegistrationDraft) -> None: ...
    def preview(self, draft: RegistrationDraft) -> Image.Image | None: ...
    def save(self, draft: RegistrationDraft) -> Saved: ...
    def reprint(self, holder: Holder) -> int: ...
    def save_report(self, holder: Holder, report: dict[str, Any]) -> SavedReport: ...  # raises ReportRefused
    def apply(self, holder: Holder, vacancy: dict[str, Any]) -> int: ...  # raises AlreadyApplied
    def seeker_profile(self, holder: Holder) -> dict[str, Any]: ...  # what matching reads


class RegistrationFlow(QObject):
    matched = Signal(dict)  # purpose "match": the identified seeker's profile for the vacancy list
    holder_proven = Signal(str, object)  # purpose "event" | "my_events": the Holder, for the events flow

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
        office: tuple[str, str, str] = ("", "", ""),  # the counter's hours, address, phone
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.background = background
        self.printouts = printouts
        self.draft = RegistrationDraft()
        self.existing: Existing | None = None  # a card exists for the NIK: its name is shown masked
        self.holder: Holder | None = None  # possession proven: details, reprint, report, apply open
        self.saved: Saved | None = None
        self._return_to_review = False
        self.purpose = "register"  # register | report | apply
        self.correcting = False  # the draft corrects the holder's card sent back (revisi)
        self.vacancy: dict[str, Any] | None = None
        self._job: tuple[int, str, date, str, str] | None = None  # job id, number, validity, kind, note
        add = window.add_screen
        self.identify = identify
        self.photo = photo
        self.existing_screen: ExistingScreen = add(ExistingScreen())
        self.existing_screen.set_office(*office)
        self.my_card_screen: MyCardScreen = add(MyCardScreen())
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
        self.review.runner = background  # the card preview is drawn off the GUI thread
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
        self.existing_screen.number_entered.connect(self._number_entered)
        self.existing_screen.cancelled.connect(lambda: window.end_session("cancel"))
        self.my_card_screen.chosen.connect(self._my_card_chosen)
        self.my_card_screen.finished.connect(lambda: window.end_session("done"))
        self.my_card_screen.refresh_requested.connect(self._refresh_card_state)
        self.done.reprint_requested.connect(self._reprint_after_failure)
        self.done.finished.connect(lambda: window.end_session("done"))
        self.confirm.confirmed.connect(lambda: window.end_session("cancel"))
        window.session_ended.connect(self._wipe)

    # -- entry points
    def start(self, purpose: str = "register", vacancy: dict[str, Any] | None = None) -> None:
        """Identify first (card or typed NIK): to register, to report, or to apply for ``vacancy``.
        A holder who proved possession earlier in this session is not asked again."""
        holder = self.holder if purpose in ("apply", "match", *EVENT_PURPOSES) else None
        self._wipe()
        self.purpose = purpose
        self.vacancy = vacancy
        if holder is not None:
            self.draft.nik = holder.nik
            self.existing = holder.existing
            self._proven(holder)
            return
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
        if existing is None:
            self._not_registered()
            return
        holder = self.services.prove_by_card(existing, nik, self.draft.card_uid)
        if holder is not None:
            self._proven(holder)
            return
        # the NIK alone: only that a card exists, the name masked, and the ways to prove it
        self.existing_screen.show_card(mask_name(existing.name), card_path=bool(existing.card_uid))
        until = self.services.locked_until(nik)
        if until is not None:
            problem = NotProven(Code.POSSESSION_LOCKED, time=f"{until:%H.%M}")
            self.existing_screen.show_problem(describe(problem), locked=True)
        self.window.go(self.existing_screen.name)

    def _not_registered(self) -> None:
        if self.purpose == "match":
            self.notice.ask(
                self.tr("Data Anda belum ada di kios ini"),
                self.tr("Daftar kartu kuning dulu agar lowongan bisa dicocokkan dengan data Anda."),
                self.tr("Lihat semua lowongan"),
                self.tr("Selesai"),
                primary=Answer.YES,
            )
        elif self.purpose == "apply" and self.vacancy is not None:
            self.not_registered.ask(
                self.tr("NIK Anda belum terdaftar di kios ini"),
                self.tr("Untuk melamar, Anda perlu kartu kuning. Ingin mendaftar sekarang?"),
                self.tr("Ya, daftar"),
                self.tr("Tidak"),
                primary=Answer.YES,
            )
        elif self.purpose in EVENT_PURPOSES:
            self.not_registered.ask(
                self.tr("NIK Anda belum terdaftar di kios ini"),
                self.tr("Pendaftaran acara memakai kartu kuning dari kios ini. Ingin membuat kartu kuning sekarang?"),
                self.tr("Ya, daftar"),
                self.tr("Tidak"),
                primary=Answer.YES,
            )
        elif self.purpose == "report":
            self.not_registered.ask(
                self.tr("NIK Anda belum terdaftar di kios ini"),
                self.tr("Laporan hanya untuk pemilik kartu kuning. Ingin mendaftar sekarang?"),
                self.tr("Ya, daftar"),
                self.tr("Tidak"),
                primary=Answer.YES,
            )
        else:
            self.window.go(self.consent.name)

    def card_tapped(self, identity: Identity) -> None:
        """An e-KTP tapped on the "card exists" screen: the proof by card."""
        existing = self.existing
        if existing is None or self.holder is not None:
            return
        holder = None
        if identity.nik == self.draft.nik:
            holder = self.services.prove_by_card(existing, identity.nik, identity.card_uid)
        if holder is None:
            self.existing_screen.show_problem(describe(NotProven(Code.POSSESSION_CARD_OTHER)))
            return
        self.draft.take_identity(identity)  # the card's data is the better one for a renewal
        self._proven(holder)

    def _number_entered(self, typed: str) -> None:
        existing = self.existing
        if existing is None:
            return
        try:
            holder = self.services.prove_by_number(existing, self.draft.nik, typed)
        except NotProven as err:
            self.existing_screen.show_problem(describe(err), locked=err.problem.code == Code.POSSESSION_LOCKED)
            return
        self._proven(holder)

    def _proven(self, holder: Holder) -> None:
        """Possession proven: go on with what the person came for."""
        self.holder = holder
        self.existing = holder.existing
        local = bool(holder.existing.client_id)
        if self.purpose == "match":
            if not local:
                self._not_registered()
            else:
                self.matched.emit(self.services.seeker_profile(holder))
        elif self.purpose == "apply" and self.vacancy is not None:
            self.apply_confirm.ask(
                self.tr("Kirim lamaran?"),
                f"{self.vacancy['title']} — {self.vacancy['company']}",
                self.tr("Ya, kirim lamaran"),
                self.tr("Batal"),
                primary=Answer.YES,
            )
        elif self.purpose in EVENT_PURPOSES:
            if local:
                self.holder_proven.emit(self.purpose, holder)
            else:
                self._not_registered()
        elif self.purpose == "report" and local:
            self.window.go(self.report.name)
        else:
            self.show_my_card()

    def show_my_card(self) -> None:
        if self.holder is None:
            return
        self.my_card_screen.show_card(self.services.my_card(self.holder))
        self.window.go(self.my_card_screen.name)

    def _refresh_card_state(self) -> None:
        """Ask the office for the card's state off the GUI thread; keep and show the answer."""
        holder = self.holder
        if holder is None:
            return

        def done(result: object) -> None:
            if self.holder is not holder:
                return  # the session ended (or another holder came) while the office was asked
            fetched = result if isinstance(result, Fetched) else Fetched()
            card = self.services.remember_card_state(holder, fetched)
            outcome = REFRESH_OK if fetched.state else REFRESH_UNKNOWN if fetched.unknown else REFRESH_OFFLINE
            self.my_card_screen.show_refreshed(card, outcome)

        self.background.run(lambda: self.services.fetch_card_state(holder), done, name="card-state")

    def ask_cancel(self) -> None:
        self.confirm.ask(
            self.tr("Batalkan pendaftaran?"),
            self.tr("Semua data yang sudah Anda isi akan dihapus dari layar ini."),
            self.tr("Ya, batalkan"),
            self.tr("Tidak, lanjutkan"),
            primary=Answer.NO,  # going on loses nothing; cancelling wipes what was typed
            destructive=True,
        )

    # -- transitions
    def _consented(self) -> None:
        self.draft.consent_at = clock.rfc3339()
        self.window.go(self.steps[0].name)

    def _my_card_chosen(self, action: str) -> None:
        holder = self.holder
        if holder is None:
            return
        existing = holder.existing
        if action == "renew":
            self.draft.kind = RegistrationKind.RENEWAL
            if existing.client_id:
                self.services.prefill_renewal(holder, self.draft)
            self.window.go(self.consent.name)
        elif action == "reprint":
            self._print(self.services.reprint(holder), existing.registration_no, existing.valid_until, "card")
        elif action == "report":
            self.purpose = "report"
            self.window.go(self.report.name)
        elif action == "vacancies":
            self.window.go("vacancies")
        elif action in ("fix_photo", "fix_data"):
            # the correction starts from everything the card says; the photo or the review page
            # (where every section can be changed) is where the holder puts it right
            self.draft.wipe()
            self.draft.nik = holder.nik
            self.services.prefill_correction(holder, self.draft)
            self.correcting = True
            self.window.go(self.photo.name if action == "fix_photo" else self.review.name)

    def _apply(self) -> None:
        from kiosk.services.applications import AlreadyApplied

        holder, vacancy = self.holder, self.vacancy
        if holder is None or vacancy is None:
            return
        try:
            job_id = self.services.apply(holder, vacancy)
        except AlreadyApplied as err:
            title, other, done = self.tr("Lamaran sudah ada"), self.tr("Lihat lowongan lain"), self.tr("Selesai")
            self.notice.ask(title, describe(err), other, done, primary=Answer.YES)
            return
        self._print(job_id, holder.existing.registration_no, holder.existing.valid_until, "application")

    def _register_instead(self) -> None:
        self.purpose = "register"
        self.window.go(self.consent.name)

    def _save_report(self) -> None:
        holder = self.holder
        if holder is None:
            return
        existing = holder.existing
        try:
            saved = self.services.save_report(holder, self.report.report)
        except ReportRefused as err:
            self.notice.ask(self.tr("Laporan tidak dapat dikirim"), describe(err),
                            self.tr("Lihat lowongan"), self.tr("Selesai"), primary=Answer.YES)  # fmt: skip
            return
        log.info("report saved for registration %s, receipt job %s", existing.client_id, saved.print_job_id)
        label = word("ak1", saved.label)  # "Laporan I" in the person's language; the receipt prints it Indonesian
        note = self.tr("%1 (laporan ke-%2) tersimpan.").replace("%1", label).replace("%2", str(saved.period))
        if saved.next_due is not None:
            note += " " + self.tr("Laporan berikutnya paling lambat %1.").replace("%1", f"{saved.next_due:%d-%m-%Y}")
        else:
            note += " " + self.tr("Tidak perlu laporan lagi untuk kartu ini.")
        self._print(saved.print_job_id, existing.registration_no, existing.valid_until, "receipt", note)

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
        if self.correcting and self.holder is not None:
            self._save_correction(self.holder)
            return
        try:
            self.saved = self.services.save(self.draft)
        except ProblemError as err:  # the disk is full: the draft stays, "Simpan" retries it
            log.error("registration not saved: %s", err.problem.code)
            self.review.show_problem(describe(err))
            return
        log.info("registration saved: client_id=%s job=%s", self.saved.client_id, self.saved.print_job_id)
        self._print(self.saved.print_job_id, self.saved.registration_no, self.saved.valid_until, "card")

    def _save_correction(self, holder: Holder) -> None:
        try:
            self.saved = self.services.save_correction(holder, self.draft)
        except ProblemError as err:
            log.error("correction not saved: %s", err.problem.code)
            self.review.show_problem(describe(err))
            return
        log.info("correction saved: client_id=%s job=%s", self.saved.client_id, self.saved.print_job_id)
        note = self.tr("Perbaikan terkirim ke kantor Disnaker: kartu kembali menunggu pengesahan.")
        self._print(self.saved.print_job_id, self.saved.registration_no, self.saved.valid_until, "card", note)

    def _print(self, job_id: int, number: str, until: date, kind: str, note: str = "") -> None:
        self._job = (job_id, number, until, kind, note)
        self.done.show_printing(format_registration_no(number), until.strftime("%d-%m-%Y"), kind, note)
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
        self.holder = None
        self.saved = None
        self._job = None
        self._return_to_review = False
        self.purpose = "register"
        self.correcting = False
        self.confirm.hide()
        self.not_registered.hide()
        self.apply_confirm.hide()
        self.notice.hide()
        self.vacancy = None
