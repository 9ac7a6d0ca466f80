"""After the first frame: devices, services, the journey screens and their wiring."""

from __future__ import annotations

import logging
import threading
from typing import Any

from kiosk.config import Config
from kiosk.core.identity import Identity
from kiosk.core.photo import Thresholds
from kiosk.core.problems import Problem
from kiosk.core.severance import Breakdown
from kiosk.devices.camera import make_camera
from kiosk.devices.card_reader import make_card_reader
from kiosk.devices.printer import make_printer
from kiosk.screens.identify import IdentifyScreen
from kiosk.screens.identify_manual import IdentifyManualScreen
from kiosk.screens.messages import describe
from kiosk.screens.photo import PhotoScreen
from kiosk.screens.severance import SeveranceScreen
from kiosk.screens.vacancies import VacanciesScreen
from kiosk.screens.welcome import WelcomeScreen
from kiosk.services import kiosk_state, vacancies
from kiosk.services.events import EventDesk
from kiosk.services.journey import Journey
from kiosk.services.printing import PrintWorker
from kiosk.services.signing_keys import load_or_create
from kiosk.services.thread_priority import lower_this_thread
from kiosk.services.tickets import TicketDesk
from kiosk.store.db import Store
from kiosk.ui.background import Background
from kiosk.ui.events_flow import EventsFlow
from kiosk.ui.main_window import MainWindow
from kiosk.ui.printouts import Printouts
from kiosk.ui.registration_flow import RegistrationFlow
from kiosk.ui.ticket_flow import TicketFlow

log = logging.getLogger(__name__)


class Assembly:
    """Everything the running kiosk is made of, and how it is taken down."""

    def __init__(self, cfg: Config, window: MainWindow, store: Store) -> None:
        self.cfg = cfg
        self.window = window
        self.store = store
        self.printer = make_printer(cfg)
        self.print_worker = PrintWorker(cfg.db_path, self.printer, load_or_create(cfg.data_dir), cfg.gateway.public_url)
        self.card_reader = make_card_reader(cfg)
        self.camera = make_camera(cfg)
        self.camera.on_thread_start = lower_this_thread  # its frames' analysis yields to the screen
        self.journey = Journey(cfg, store)
        self.background = Background(window)
        self.printouts = Printouts(self.print_worker, window)
        self.closed = False

        self.identify = window.add_screen(IdentifyScreen())
        self.identify_manual = window.add_screen(IdentifyManualScreen())
        self.photo = window.add_screen(PhotoScreen(self.camera, Thresholds.from_config(cfg), self.background))
        self.severance = window.add_screen(SeveranceScreen())
        self.vacancies = window.add_screen(
            VacanciesScreen(
                lambda **f: vacancies.search(store, **f),
                lambda: vacancies.facets(store),
                lambda **f: vacancies.count(store, **f),
                lambda **f: vacancies.widenings(store, **f),
            )
        )
        self.flow = RegistrationFlow(
            window,
            self.journey,
            self.background,
            self.printouts,
            identify=self.identify,
            photo=self.photo,
            retention_days=cfg.kiosk.retention_days,
            office=(cfg.office.hours, cfg.office.address, cfg.office.phone),
        )
        desk = TicketDesk(cfg, store)
        self.tickets = TicketFlow(window, desk, self.background, self.printouts, lambda: self.flow.holder)
        self.events = EventsFlow(window, EventDesk(cfg, store), self.background, self.printouts, self.flow)
        self._wire()
        self.card_reader.start()
        window.status_bar.set_sync_source(lambda: kiosk_state.sync(store))
        welcome = window.router.get("welcome", WelcomeScreen)
        welcome.set_available({"register", "report", "vacancies", "severance", "tickets", "events"})
        simulate = getattr(self.card_reader, "tap", None)
        if simulate is not None:
            self.identify.enable_simulation(simulate)
        from kiosk.ui.staff_mode import StaffMode

        self.staff = StaffMode(cfg, window, store, self)
        self._prewarm()
        # the self-check talks to the printer: never on the GUI thread, and on its own connection
        self._selfchecking = threading.Thread(target=self._selfcheck, name="selfcheck", daemon=True)
        self._selfchecking.start()
        log.info("kiosk ready: %s", cfg.kiosk.id)

    def _prewarm(self) -> None:
        """Lay out every screen once now, so no job seeker waits for a first-time layout later."""
        router = self.window.router
        for screen in router.screens():
            screen.ensurePolished()
            screen.resize(router.size())
            layout = screen.layout()
            if layout is not None:
                layout.activate()

    def _selfcheck(self) -> None:
        from kiosk.services import selfcheck

        self.checks = selfcheck.run(self.cfg, self.printer)
        if self.closed:  # the kiosk is stopping: nothing opened that its stop may not wait for
            return
        store = Store(self.cfg.db_path)
        try:
            selfcheck.record(store, self.checks)
        finally:
            store.close()

    def _wire(self) -> None:
        window, flow = self.window, self.flow
        welcome = window.router.get("welcome", WelcomeScreen)
        welcome.service_chosen.connect(self._service)
        self.identify.type_nik.connect(lambda: window.go(self.identify_manual.name))
        self.identify.cancelled.connect(lambda: window.end_session("cancel"))
        self.identify_manual.identified.connect(flow.identified)
        self.identify_manual.back_requested.connect(lambda: window.go(self.identify.name))
        self.identify_manual.cancel_requested.connect(flow.ask_cancel)
        self.photo.accepted.connect(flow.photo_accepted)
        self.photo.skipped.connect(flow.photo_skipped)
        self.photo.back_requested.connect(lambda: window.go(flow.steps[-1].name))
        self.photo.cancel_requested.connect(flow.ask_cancel)
        self.severance.cancelled.connect(lambda: window.end_session("done"))
        self.vacancies.cancelled.connect(lambda: window.end_session("done"))
        self.vacancies.apply_requested.connect(lambda vacancy: self.flow.start("apply", vacancy))
        self.vacancies.match_requested.connect(lambda: self.flow.start("match"))
        self.flow.matched.connect(self._show_matches)
        self.severance.print_requested.connect(self._print_severance)
        self.severance.ask_requested.connect(self.tickets.ask_about_severance)
        reader = self.card_reader.signals
        reader.card_inserted.connect(self._card_inserted)
        reader.identity_read.connect(self._identity)
        reader.error.connect(self._reader_error)
        reader.reader_changed.connect(self._reader_changed)

    def _service(self, service: str) -> None:
        if service in ("register", "report"):
            self.flow.start(service)
        elif service == "vacancies":
            self.window.go(self.vacancies.name)
        elif service == "severance":
            self.window.go(self.severance.name)
        elif service == "tickets":
            self.tickets.start()
        elif service == "events":
            self.events.open()

    def _show_matches(self, seeker: dict[str, Any]) -> None:
        self.vacancies.show_matches(seeker)
        self.window.go(self.vacancies.name)

    def _print_severance(self, result: Breakdown) -> None:
        self.printouts.submit(self.journey.severance_slip(result), self.severance.show_printed)

    # the reader speaks only on the welcome and identify screens, and on the "card exists" screen
    # (where a tap proves possession): elsewhere a card is ignored
    def _listening(self) -> bool:
        return self.window.router.current_name in ("welcome", self.identify.name, self.flow.existing_screen.name)

    def _card_inserted(self, _uid: str) -> None:
        if self._listening() and self.window.router.current_name != self.flow.existing_screen.name:
            if self.window.router.current_name == "welcome":
                self.flow.start("register")  # a card tapped on the welcome screen starts registering
            self.identify.set_state("reading")

    def _identity(self, identity: Identity) -> None:
        if not self._listening():
            return
        if self.window.router.current_name == self.flow.existing_screen.name:
            self.flow.card_tapped(identity)
            return
        if self.window.router.current_name == "welcome":
            self.flow.start("register")
        self.flow.identified(identity)

    def _reader_error(self, problem: Problem) -> None:
        if self.window.router.current_name == self.identify.name:
            self.identify.set_state("error", describe(problem))

    def _reader_changed(self, present: bool, _name: str) -> None:
        if self.closed:
            return  # a device's last word after shutdown: the store is gone
        kiosk_state.note_card_reader(self.store, present)
        if not present and self.window.router.current_name == self.identify.name:
            self.identify.set_state("no_reader")

    def close(self) -> None:
        self.closed = True
        # a self-check still probing would use the printer being closed, and log after the logs
        # are closed; a printer that does not answer is not waited for (a stop takes under 2 s)
        self._selfchecking.join(timeout=1.0)
        self.staff.close()
        self.card_reader.stop()
        self.camera.stop()
        self.print_worker.stop()
        close = getattr(self.printer, "close", None)
        if close:
            close()
