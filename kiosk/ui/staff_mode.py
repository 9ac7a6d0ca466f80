"""Staff mode: the PIN pad, who is signed in, and which staff screen they may see.

Every login, action and logout is audited with the holder's name. This module signs the
holder in (``services/staff``), shows the screen of their role only and ends the session; what
each role's buttons do is in ``ui/technician_desk.py`` and ``ui/officer_desk.py``, each a call to
a use case in ``services/``. Slow work (argon2, diagnostics that touch the network) runs
through ``Background``, so the screen never freezes. Two minutes without a touch ends it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.screens.base import Screen
from kiosk.screens.messages import describe
from kiosk.screens.officer import OfficerScreen
from kiosk.screens.staff_common import StaffScreen
from kiosk.screens.staff_pin import StaffPinScreen
from kiosk.screens.technician import TechnicianScreen
from kiosk.services import export, staff
from kiosk.services.export import ExportError
from kiosk.ui.background import Background
from kiosk.ui.corner_hold import CornerHold
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.input_watch import unwatch_input, watch_input
from kiosk.ui.officer_desk import OfficerDesk
from kiosk.ui.technician_desk import TechnicianDesk

if TYPE_CHECKING:
    from kiosk.store.db import Store  # a handle passed to the services, never queried here
    from kiosk.ui.assembly import Assembly
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STAFF_IDLE_S = 120
ROLE_SCREENS = staff.ROLES  # each role has the screen of its name
STAFF_SCREENS = (StaffPinScreen.name, *ROLE_SCREENS)
S = TypeVar("S", bound=Screen)


class StaffMode(QObject):
    restart_requested = Signal()

    def __init__(
        self,
        cfg: Config,
        window: MainWindow,
        store: Store,
        devices: Assembly,  # printer, camera, card_reader, printouts
        *,
        idle_s: int = STAFF_IDLE_S,
        find_media: Callable[[], list[Path]] = export.removable_mounts,
    ) -> None:
        super().__init__(window)
        self.cfg, self.window, self.store, self.devices = cfg, window, store, devices
        self.find_media = find_media
        self.holder: staff.Holder | None = None
        self.background = Background(self)
        self.technician_desk = TechnicianDesk(self)
        self.officer_desk = OfficerDesk(self)

        self._built: dict[str, Screen] = {}
        window.unwatched.update(ROLE_SCREENS)  # staff screens have their own idle rule
        self.idle = IdleWatcher(idle_s, self)
        self.idle.idle.connect(lambda: self.leave("idle"))
        watch_input(self.idle)
        window.router.changed.connect(self._screen_changed)

        welcome = window.router.get("welcome")
        self.corner = CornerHold(welcome, cfg.kiosk.staff_entry_corner, cfg.kiosk.staff_entry_hold_s, self)
        watch_input(self.corner)
        self.corner.held.connect(self.open_pad)
        if not staff.holders(store):
            log.warning("no staff PIN holders yet: add one with 'kiosk staff add NAME --role technician'")

    def close(self) -> None:
        unwatch_input(self.idle)
        unwatch_input(self.corner)

    # -- the screens exist only while staff mode is showing: job seekers never pay for them
    # (~6 MiB), and no holder's name or printed-card list stays behind in a hidden widget
    @property
    def pin(self) -> StaffPinScreen:
        return self._screen(StaffPinScreen)

    @property
    def technician(self) -> TechnicianScreen:
        return self._screen(TechnicianScreen)

    @property
    def officer(self) -> OfficerScreen:
        return self._screen(OfficerScreen)

    def built(self) -> list[str]:
        return list(self._built)

    def _screen(self, kind: type[S]) -> S:
        if kind.name not in self._built:
            screen = self._built[kind.name] = self.window.add_screen(kind())
            self._wire_screen(screen)
        return self._built[kind.name]  # type: ignore[return-value]

    def _wire_screen(self, screen: Screen) -> None:
        if isinstance(screen, StaffPinScreen):
            screen.submitted.connect(self._submit_pin)
            screen.cancelled.connect(lambda: self.window.end_session("cancel"))
        elif isinstance(screen, TechnicianScreen):
            screen.leave.connect(lambda: self.leave("logout"))
            self.technician_desk.wire(screen)
        elif isinstance(screen, OfficerScreen):
            screen.leave.connect(lambda: self.leave("logout"))
            self.officer_desk.wire(screen)

    def _screen_changed(self, name: str, _ms: float) -> None:
        self.idle.set_armed(name in ROLE_SCREENS)
        if name not in STAFF_SCREENS and self._built:
            QTimer.singleShot(0, self._drop_screens)  # not from inside the router's own signal

    def _drop_screens(self) -> None:
        if self.window.router.current_name in STAFF_SCREENS:
            return  # staff mode was entered again meanwhile
        for name in list(self._built):
            del self._built[name]
            self.window.remove_screen(name)

    def audit(self, action: str, detail: str | None = None) -> None:
        if self.holder is not None:
            staff.audit(self.store, self.holder.name, self.holder.role, action, detail)

    # -- entry, roles and leaving
    def open_pad(self) -> None:
        if self.window.router.current_name != "welcome":
            return
        self.pin.set_no_holders(not staff.holders(self.store))
        self.window.go(self.pin.name)

    def _submit_pin(self, pin: str) -> None:
        db_path = self.cfg.db_path
        self.background.run(lambda: staff.sign_in(db_path, pin), self._after_pin, name="staff-pin")

    def showing(self, kind: type[S]) -> S | None:
        """The staff screen of this kind if it is the one on screen (for answers from a thread)."""
        screen = self._built.get(kind.name)
        return screen if isinstance(screen, kind) and self.window.router.current_name == kind.name else None

    def _after_pin(self, attempt: staff.Attempt | Exception) -> None:
        pad = self.showing(StaffPinScreen)
        if pad is None:
            return  # the pad was left meanwhile
        if isinstance(attempt, Exception):
            pad.show_problem()
            return
        if attempt.holder is None:
            if attempt.locked_s:
                pad.show_locked(attempt.locked_s)
            else:
                pad.show_wrong(attempt.tries_left)
            return
        self.holder = attempt.holder
        log.info("staff login: %s", attempt.holder.role)
        self.open(attempt.holder.role)

    def open(self, screen: str) -> bool:
        """Show a staff screen, if the signed-in holder's role may see it."""
        if self.holder is None or self.holder.role != screen:
            if self.holder is not None:
                self.audit("denied", f"{screen} screen")
            return False
        if screen == "technician":
            self.technician.set_holder(self.holder.name)
            self.technician_desk.opened(self.technician)
        else:
            self.officer.set_holder(self.holder.name)
            self.officer_desk.opened(self.officer)
        self.window.go(screen)
        return True

    def leave(self, reason: str) -> None:
        if self.holder is None:
            return
        self.audit("logout", reason)
        log.info("staff logout (%s)", reason)
        self.holder = None
        self.devices.camera.stop(wait=False)  # never wait on a camera read on the GUI thread
        self.window.end_session(f"staff {reason}")

    def who(self) -> staff.Holder:
        """The signed-in holder: every staff screen's button is pressed by one."""
        if self.holder is None:
            raise RuntimeError("a staff action with nobody signed in")
        return self.holder

    def export_to_stick(
        self,
        screen: StaffScreen,
        write: Callable[[Path], export.Exported],
        said: str,
        shown: Callable[[export.Exported], object],
    ) -> None:
        """Write to the first USB stick, or say why not; ``said``: %1 what was saved, %2 where."""
        try:
            dest = export.media_or_fail(self.find_media())
            done = write(dest)
        except ExportError as err:
            screen.say(describe(err), ok=False)
            self.audit("export_refused", str(err)[:120])
            return
        screen.say(said.replace("%1", str(shown(done))).replace("%2", str(dest)))
