"""Konsultasi / Pengaduan and Cek Tiket: which screen follows which, and the calls to
``services.tickets.TicketDesk`` (saving on the GUI thread, one transaction; the lookup through
``Background``; the slip through ``Printouts``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from kiosk.core.problems import Code, ProblemError
from kiosk.core.severance import Breakdown
from kiosk.core.tickets import TicketInput, Topic, severance_attachment
from kiosk.screens.messages import describe
from kiosk.screens.ticket_check import TicketCheckScreen
from kiosk.screens.tickets import TicketScreen
from kiosk.services.possession import Holder
from kiosk.services.tickets import SavedTicket, TicketState
from kiosk.ui.background import Background
from kiosk.ui.main_window import MainWindow
from kiosk.ui.printouts import Printouts

log = logging.getLogger(__name__)


class TicketServices(Protocol):
    def contact(self, registration_client_id: str) -> tuple[str, str]: ...
    def save(self, ticket: TicketInput) -> SavedTicket: ...
    def check(self, ticket_no: str, phone: str) -> TicketState: ...  # blocks: run through Background


class TicketFlow(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: TicketServices,
        background: Background,
        printouts: Printouts,
        holder: Callable[[], Holder | None],
    ) -> None:
        """``holder()``: who proved their card in this session, if anyone (their name and phone prefill)."""
        super().__init__(window)
        self.window = window
        self.services = services
        self.background = background
        self.printouts = printouts
        self._holder = holder
        self._job: int | None = None
        self._asked = 0  # the lookup in flight; an answer for an older one (or a past session) is dropped
        self.screen: TicketScreen = window.add_screen(TicketScreen())
        self.check_screen: TicketCheckScreen = window.add_screen(TicketCheckScreen())
        self.screen.submitted.connect(self._save)
        self.screen.check_requested.connect(lambda: window.go(self.check_screen.name))
        self.screen.cancel_requested.connect(lambda: window.end_session("cancel"))
        self.screen.finished.connect(lambda: window.end_session("done"))
        self.screen.reprint_requested.connect(self._print)
        self.check_screen.lookup_requested.connect(self._look)
        self.check_screen.back_requested.connect(lambda: window.go(self.screen.name))
        self.check_screen.finished.connect(lambda: window.end_session("done"))
        window.session_ended.connect(self._forget)

    def start(self, topic: str | None = None, attachment: str = "") -> None:
        holder = self._holder()
        name = phone = ""
        ids: tuple[str | None, str | None] = (None, None)
        if holder is not None:
            registration = holder.existing.client_id or None  # a card known only to SIKER has no record here
            ids = (registration, holder.nik)
            name = holder.existing.name
            if registration is not None:
                name, phone = self.services.contact(registration)
        self.screen.prepare(topic=topic, attachment=attachment, name=name, phone=phone, holder=ids)
        self.window.go(self.screen.name)

    def ask_about_severance(self, result: Breakdown) -> None:
        """ "Tanyakan ke petugas" on the severance result: a konsultasi about pesangon with the figures."""
        self.start(Topic.PESANGON.value, severance_attachment(result))

    def _save(self, ticket: TicketInput) -> None:
        try:
            saved = self.services.save(ticket)
        except ProblemError as err:  # the disk is full: what was typed stays, "Kirim" tries again
            log.error("ticket not saved: %s", err.problem.code)
            self.screen.show_problem(describe(err))
            return
        self._job = saved.print_job_id
        self.screen.show_saved(saved.ticket_no, saved.answer_by)
        self._print()

    def _print(self) -> None:
        job = self._job
        if job is None:
            return

        def printed(ok: bool, message: str) -> None:
            if self._job == job:  # else the session ended meanwhile
                self.screen.show_printed(ok, message)

        self.printouts.submit(job, printed)

    def _look(self, ticket_no: str, phone: str) -> None:
        self._asked += 1
        asked = self._asked
        self.background.run(
            lambda: self.services.check(ticket_no, phone),
            lambda result: self._answer(asked, result),
            name="ticket-check",
        )

    def _answer(self, asked: int, result: object) -> None:
        if asked != self._asked:
            return
        if isinstance(result, TicketState):
            self.check_screen.show_state(result)
        elif isinstance(result, ProblemError):
            self.check_screen.show_problem(describe(result))
        else:  # a bug in the lookup: said as "not reachable", logged by Background
            self.check_screen.show_problem(describe(ProblemError(Code.TICKET_OFFLINE)))

    def _forget(self, *_args: object) -> None:
        self._job = None
        self._asked += 1
