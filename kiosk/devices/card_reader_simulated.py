"""A simulated e-KTP reader for `kiosk demo`: sample cards from assets/samples/identities.json.

``tap()`` behaves like a card laid on a licensed reader: the UID first, the biodata a moment
later, delivered through the event loop like a real device's signals.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.core.identity import IdentityError, from_middleware
from kiosk.devices.card_reader import CardReaderSignals

SAMPLES = Path(__file__).resolve().parent.parent.parent / "assets" / "samples" / "identities.json"
READ_DELAY_MS = 250  # about what a licensed reader's middleware takes


class SimulatedCardReader:
    def __init__(self, samples: Path = SAMPLES) -> None:
        self.signals = CardReaderSignals()
        self._cards = json.loads(samples.read_text(encoding="utf-8"))
        self._next = itertools.cycle(range(len(self._cards)))

    @property
    def present(self) -> bool:
        return True

    def start(self) -> None:
        QTimer.singleShot(0, lambda: self.signals.reader_changed.emit(True, "Simulated e-KTP reader"))

    def stop(self) -> None:
        """Nothing runs in the background."""

    def tap(self, index: int | None = None) -> None:
        card = self._cards[next(self._next) if index is None else index]
        uid = card.get("uid", "04000000000000")
        self.signals.card_inserted.emit(uid)
        QTimer.singleShot(READ_DELAY_MS, lambda: self._deliver(card, uid))

    def _deliver(self, card: dict[str, object], uid: str) -> None:
        try:
            self.signals.identity_read.emit(from_middleware(card, uid))
        except IdentityError as err:
            self.signals.error.emit(err.problem)
