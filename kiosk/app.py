"""Composition root: config -> window -> (after the first frame) store, devices, services.

The first frame comes before anything slow: OpenCV, escpos, the database and the devices
are started from a zero-delay timer once the welcome screen has been painted.
"""

from __future__ import annotations

import ctypes
import logging
import os
import socket
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.ui.input_watch import unwatch_input, watch_input

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from kiosk.demo import DemoSync
    from kiosk.store.db import Store
    from kiosk.ui.assembly import Assembly
    from kiosk.ui.damaged_mode import DamagedMode
    from kiosk.ui.lockdown import LockdownFilter
    from kiosk.ui.main_window import MainWindow
    from kiosk.watchdog import Watchdog

log = logging.getLogger(__name__)


class NoDisplay(RuntimeError):
    """There is no screen to draw on."""


def check_display() -> None:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}:
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise NoDisplay(
        "No display found (DISPLAY and WAYLAND_DISPLAY are unset): start the kiosk under "
        "cage or X, or use QT_QPA_PLATFORM=offscreen for a headless run."
    )


@dataclass
class Kiosk:
    """Everything the running kiosk is made of; built by ``build``, the rest by ``start_services``."""

    cfg: Config
    demo: bool
    app: QApplication
    window: MainWindow
    lockdown: LockdownFilter
    watchdog: Watchdog | None = None
    embedded_siker: bool = True  # demo only: the SIKER simulator in this process, or a server of its own
    store: Store | None = None
    assembly: Assembly | None = None  # devices, services and the journey screens, after the first frame
    demo_sync: DemoSync | None = None
    damaged: DamagedMode | None = None  # the database failed its check at start: no journeys
    signal_wakeup: tuple[socket.socket, socket.socket, QSocketNotifier] | None = None


def build(
    cfg: Config,
    *,
    demo: bool = False,
    windowed: bool = False,
    embedded_siker: bool = True,
    argv: list[str] | None = None,
) -> Kiosk:
    """Create the Qt application and window (no event loop yet)."""
    from kiosk.ui.pyside_setup import skip_feature_scan

    skip_feature_scan()  # before any other import: see the module
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.core import clock
    from kiosk.i18n import set_language
    from kiosk.logging_setup import keep_recent
    from kiosk.screens.welcome import WelcomeScreen
    from kiosk.ui.lockdown import LockdownFilter
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.theme import apply_theme

    keep_recent()
    _fewer_malloc_arenas()  # before Qt and the devices start their threads
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName("atm-pencari-kerja")
    app.setQuitOnLastWindowClosed(False)  # closing the window never ends the kiosk
    apply_theme(app, cfg.kiosk.large_text, cfg.kiosk.high_contrast)
    set_language(cfg.kiosk.language)

    clock.set_zone(cfg.kiosk.timezone)  # the status bar's clock and every printed time
    window = MainWindow(cfg.kiosk.id, cfg.kiosk.idle_timeout_s, cfg.kiosk.idle_countdown_s)
    window.use_config(cfg)
    from kiosk.devices.speech import make_speech

    # espeak-ng runs as a separate process from the engine's own thread: nothing here waits on it
    window.voice.set_speech(make_speech(cfg.speech.backend, cfg.speech.volume))
    window.voice.set_default(cfg.speech.enabled)
    window.voice.set_enabled(cfg.speech.enabled, announce=False)
    lockdown = LockdownFilter(app)

    def guard() -> None:
        # The first event an application-wide Python filter sees makes PySide create every Qt
        # type and enum it has (~65 ms here): installed once the first frame is on the screen.
        watch_input(lockdown)
        watch_input(window.idle)
        watch_input(window.voice)  # "touch to hear, touch again to choose"

    window.first_painted.connect(guard)
    if cfg.kiosk.hide_cursor and not windowed:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)

    kiosk = Kiosk(cfg=cfg, demo=demo, app=app, window=window, lockdown=lockdown, embedded_siker=embedded_siker)

    welcome = window.add_screen(WelcomeScreen())
    welcome.set_available(set())
    welcome.language_chosen.connect(set_language)
    style = {"large": cfg.kiosk.large_text, "contrast": cfg.kiosk.high_contrast}

    def restyle(key: str, on: bool) -> None:
        style[key] = on
        window.session_style.set(style["large"], style["contrast"])

    welcome.large_text_button.setChecked(style["large"])
    welcome.contrast_button.setChecked(style["contrast"])
    welcome.large_text_toggled.connect(lambda on: restyle("large", on))
    welcome.contrast_toggled.connect(lambda on: restyle("contrast", on))
    window.reach.set_on(cfg.kiosk.low_reach)
    welcome.low_reach_button.setChecked(cfg.kiosk.low_reach)
    welcome.low_reach_toggled.connect(window.reach.set_on)
    window.reach.changed.connect(welcome.low_reach_button.setChecked)
    window.go("welcome")

    from kiosk.watchdog import Watchdog

    watchdog = kiosk.watchdog = Watchdog(window)
    window.first_painted.connect(watchdog.ready)
    window.first_painted.connect(lambda: _note_moment("KIOSK_FIRST_PAINT_FILE"))
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: start_services(kiosk)))
    # once the welcome screen is painted after a session: the freed pictures' pages back to the system
    window.session_ended.connect(lambda _reason: QTimer.singleShot(TRIM_AFTER_MS, _give_back_freed_memory))
    return kiosk


# glibc's malloc (the kiosk runs on Debian): measured with bench/bench_soak.py, docs/benchmarks.md
M_ARENA_MAX = -8  # mallopt's parameter number, from <malloc.h>
ARENAS = 2
TRIM_AFTER_MS = 200


def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018 - glibc has both; another C library goes without
    except (OSError, AttributeError):
        return None
    return libc


def _fewer_malloc_arenas() -> None:
    """Every thread that allocates (camera, printer, card reader, Qt's own) gets a malloc arena of its
    own, and the camera's 0.9 MB frames and the printer's rasters leave each one fragmented: two
    arenas for the whole process keep about 15 MiB less resident, at no cost we could measure."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(M_ARENA_MAX, ARENAS)


def _give_back_freed_memory() -> None:
    """malloc keeps freed memory for reuse; what a session freed (frames, photo, card raster) is
    returned to the system between people (malloc_trim(0), a few milliseconds on the welcome screen)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def _note_moment(variable: str) -> None:
    """For bench/bench_startup.py: the wall-clock moment of the first painted frame
    (KIOSK_FIRST_PAINT_FILE) and of the services being up, the tiles taking taps (KIOSK_READY_FILE)."""
    target = os.environ.get(variable)
    if target:  # wall clock, and the CPU time this process has used (the same on a busy machine)
        with open(target, "w", encoding="ascii") as fh:
            fh.write(f"{time.time()!r} {time.process_time()!r}")


def start_services(kiosk: Kiosk) -> None:
    """Everything slow, after the first frame: the database, devices and services."""
    from kiosk.store.db import DatabaseDamaged, open_checked
    from kiosk.ui.assembly import Assembly

    if kiosk.store is not None or kiosk.damaged is not None:
        return
    cfg = kiosk.cfg
    if kiosk.demo and kiosk.demo_sync is None:
        from kiosk import demo

        kiosk.demo_sync, cfg = demo.start_sync(cfg, embedded_simulator=kiosk.embedded_siker)
    try:
        kiosk.store = open_checked(cfg.db_path)  # PRAGMA quick_check: a damaged file is refused
    except DatabaseDamaged as err:
        from kiosk.ui.damaged_mode import DamagedMode

        log.error("DATABASE DAMAGED: %s: %s. The kiosk does not serve; restore from the technician mode",
                  cfg.db_path, err)  # fmt: skip
        kiosk.damaged = DamagedMode(cfg, kiosk.window, str(err))
        kiosk.damaged.restored.connect(lambda: _restored(kiosk))
        return
    log.info("database open: %s", cfg.db_path)
    if kiosk.demo:
        from kiosk import demo

        demo.seed_staff(kiosk.store)
    assembly = kiosk.assembly = Assembly(cfg, kiosk.window, kiosk.store)
    assembly.staff.restart_requested.connect(lambda: kiosk.app.exit(RESTART))
    log.info("services started")
    _note_moment("KIOSK_READY_FILE")


def _restored(kiosk: Kiosk) -> None:
    """The technician restored a backup: the services start on it, without a restart."""
    kiosk.damaged = None
    start_services(kiosk)


def show(kiosk: Kiosk, *, windowed: bool) -> None:
    window = kiosk.window
    if kiosk.cfg.kiosk.fullscreen and not windowed:
        window.show_fullscreen()
    else:  # 1280x800, or the whole free part of a smaller screen
        free = window.screen().availableGeometry()
        window.resize(min(1280, free.width()), min(800, free.height()))
        window.show()


RESTART = 75  # exit code of the event loop when settings changed: the process starts itself again


def quit_on_signals(kiosk: Kiosk) -> None:
    """SIGINT (Ctrl-C) and SIGTERM (systemd's stop) end the event loop; ``run`` then closes up.

    Python runs a handler only between its own bytecodes, and an idle Qt loop runs none: the
    signal would wait for the next Python callback and land there, as a KeyboardInterrupt. So
    the C-level handler writes the signal's number to a socket whose notifier wakes the loop,
    and the work is done there, from the loop. The Python handler does nothing: it runs in the
    middle of whatever Python code was running, where even logging can re-enter a write.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())

    def stop() -> None:
        try:
            numbers = reader.recv(64)
        except BlockingIOError:
            return
        for signum in numbers:
            log.info("stopping on %s", signal.Signals(signum).name)
        kiosk.app.exit(0)

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(stop)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: None)
    kiosk.signal_wakeup = (reader, writer, notifier)


def run(cfg: Config, *, demo: bool = False, windowed: bool = False, embedded_siker: bool = True) -> int:
    check_display()
    kiosk = build(cfg, demo=demo, windowed=windowed, embedded_siker=embedded_siker)
    quit_on_signals(kiosk)
    show(kiosk, windowed=windowed)
    code = kiosk.app.exec()
    shutdown(kiosk)
    if code == RESTART:
        log.info("restarting to apply new settings")
        logging.shutdown()
        # the same command line in the same process (systemd keeps its PID; no reboot)
        os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
    log.info("stopped")
    return code


def shutdown(kiosk: Kiosk) -> None:
    """Undo ``build``: used by tests and by a clean exit."""
    from kiosk.i18n import set_language

    app, window = kiosk.app, kiosk.window
    window.status_bar.stop()
    if kiosk.assembly is not None:
        kiosk.assembly.close()
        kiosk.assembly = None
    if kiosk.damaged is not None:
        kiosk.damaged.close()
        kiosk.damaged = None
    if kiosk.demo_sync is not None:
        kiosk.demo_sync.close()
        kiosk.demo_sync = None
    unwatch_input(kiosk.lockdown)
    unwatch_input(window.idle)
    unwatch_input(window.voice)
    window.voice.close()
    app.restoreOverrideCursor()
    window.locked = False
    window.close()
    window.deleteLater()
    set_language("id")
    if kiosk.store is not None:
        kiosk.store.close()
        kiosk.store = None
