"""Bursa kerja & pelatihan: which screen follows which, and the calls to the events use cases.

The list and the detail need nobody's identity. A seat, and "Pendaftaran Saya", need a proven
holder: the registration flow identifies (purpose "event" or "my_events"; a holder proven earlier
in the session is not asked again) and hands the holder back with ``holder_proven``. After the
seat is stored, ``request_seat`` runs through ``Background`` (a few seconds at most); the slip
is printed with the answer: the seat number, or "menyusul" when there was none yet. A full or
refused event prints nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from kiosk.core.events import Seat
from kiosk.core.problems import ProblemError
from kiosk.core.states import SeatState
from kiosk.screens.events import EventsScreen
from kiosk.screens.events_mine import MyEventsScreen
from kiosk.screens.events_register import EventRegisterScreen
from kiosk.screens.messages import describe
from kiosk.services.events import ContactInvalid, EventDesk
from kiosk.services.possession import Holder
from kiosk.ui.background import Background
from kiosk.ui.main_window import MainWindow
from kiosk.ui.printouts import Printouts
from kiosk.ui.registration_flow import RegistrationFlow

log = logging.getLogger(__name__)


class EventsFlow(QObject):
    def __init__(
        self,
        window: MainWindow,
        desk: EventDesk,
        background: Background,
        printouts: Printouts,
        registration: RegistrationFlow,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.background = background
        self.printouts = printouts
        self.registration = registration
        self.list: EventsScreen = window.add_screen(EventsScreen(desk.upcoming))
        self.form: EventRegisterScreen = window.add_screen(EventRegisterScreen())
        self.mine: MyEventsScreen = window.add_screen(MyEventsScreen())
        self.event_id: str | None = None
        self.holder: Holder | None = None
        self.seat_id: str | None = None  # the registration being answered and printed
        self.list.cancelled.connect(lambda: window.end_session("done"))
        self.list.register_requested.connect(self._register_requested)
        self.list.mine_requested.connect(lambda: self.registration.start("my_events"))
        self.form.submitted.connect(self._submit)
        self.form.cancelled.connect(self._back_to_event)
        self.form.finished.connect(lambda: window.end_session("done"))
        self.form.reprint_requested.connect(self._print_again)
        self.mine.finished.connect(lambda: window.end_session("done"))
        self.mine.events_requested.connect(self.open)
        self.mine.reprint_requested.connect(self._reprint)
        registration.holder_proven.connect(self._proven)
        window.session_ended.connect(self._wipe)

    def open(self) -> None:
        self.window.go(self.list.name)

    def _register_requested(self, event_id: str) -> None:
        self.event_id = event_id
        self.registration.start("event")  # identify (or the holder proven earlier): then _proven

    def _proven(self, purpose: str, holder: Holder) -> None:
        self.holder = holder
        if purpose == "my_events":
            self._show_mine()
            return
        event = self.desk.get(self.event_id) if self.event_id else None
        if event is None:  # gone from the feed meanwhile
            self.open()
            return
        self.form.show_form(event, self.desk.contact(holder))
        self.window.go(self.form.name)

    def _back_to_event(self) -> None:
        self.window.go(self.list.name)
        if self.event_id:
            self.list.show_event(self.event_id)

    def _submit(self, name: str, phone: str) -> None:
        holder, event_id = self.holder, self.event_id
        if holder is None or event_id is None:
            return
        try:
            seat = self.desk.register(holder, event_id, name, phone)
        except ContactInvalid as err:
            self.form.show_field_error(err.field, describe(err))
            return
        except ProblemError as err:  # full, closed, already registered: nothing was stored
            self.form.show_problem(describe(err))
            return
        seat_id = self.seat_id = seat.client_id
        self.form.show_waiting()
        self.background.run(
            lambda: self.desk.request_seat(seat_id),
            lambda result: self._answered(seat_id, result),
            name="event-seat",
        )

    def _answered(self, seat_id: str, result: object) -> None:
        if self.seat_id != seat_id or self.holder is None:
            return  # the session ended while the server was asked
        seat = result if isinstance(result, Seat) else self.desk.seat(seat_id)  # an error: as it stands
        if seat is None:
            return
        log.info("event registration %s: %s", seat_id, seat.state)
        if seat.state in (SeatState.SEATED, SeatState.WAITING):
            self.form.show_result(seat, printing=True)
            self._print_again()
        else:
            self.form.show_result(seat, printing=False)

    def _print_again(self) -> None:
        holder, seat_id = self.holder, self.seat_id
        if holder is None or seat_id is None:
            return
        try:
            job_id = self.desk.slip(holder, seat_id)
        except ProblemError as err:
            self.form.show_printed(False, describe(err))
            return
        self.form.show_printing()

        def printed(ok: bool, message: str) -> None:
            if self.seat_id == seat_id:
                self.form.show_printed(ok, message)

        self.printouts.submit(job_id, printed)

    def _show_mine(self) -> None:
        holder = self.holder
        if holder is None:
            return
        self.mine.show_seats(holder.existing.name, self.desk.mine(holder))
        self.window.go(self.mine.name)

    def _reprint(self, client_id: str) -> None:
        holder = self.holder
        if holder is None:
            return
        try:
            job_id = self.desk.slip(holder, client_id)
        except ProblemError as err:
            self.mine.show_print_state("failed", describe(err))
            return
        self.mine.show_print_state("printing")

        def printed(ok: bool, message: str) -> None:
            if self.holder is holder:
                self.mine.show_print_state("printed" if ok else "failed", message)

        self.printouts.submit(job_id, printed)

    def _wipe(self, *_args: object) -> None:
        self.event_id = None
        self.holder = None
        self.seat_id = None
