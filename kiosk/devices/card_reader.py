"""The e-KTP reader: one interface, three implementations (PC/SC, middleware, simulated).

Every implementation runs its I/O on its own thread and reports through ``signals``; Qt
queues those to the GUI thread. ``error`` carries a ``Problem`` (kiosk.core.problems): what
the job seeker reads, and can do next, in their language once a screen describes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from kiosk.config import Config


class CardReaderSignals(QObject):
    reader_changed = Signal(bool, str)  # present, reader name
    card_inserted = Signal(str)  # card UID, hex
    card_removed = Signal()
    identity_read = Signal(object)  # kiosk.core.identity.Identity
    error = Signal(object)  # a kiosk.core.problems.Problem for the job seeker


class CardReader(Protocol):
    signals: CardReaderSignals

    def start(self) -> None: ...

    def stop(self) -> None: ...

    @property
    def present(self) -> bool: ...


def make_card_reader(cfg: Config) -> CardReader:
    backend = cfg.card_reader.backend
    if backend == "simulated":
        from kiosk.devices.card_reader_simulated import SimulatedCardReader

        return SimulatedCardReader()
    from kiosk.devices.card_reader_pcsc import PcscCardReader

    pcsc = PcscCardReader(reader_name=cfg.card_reader.reader_name)
    if backend == "pcsc":
        return pcsc
    from kiosk.devices.card_reader_middleware import MiddlewareCardReader

    return MiddlewareCardReader(cfg.card_reader.middleware_url, presence=pcsc)
