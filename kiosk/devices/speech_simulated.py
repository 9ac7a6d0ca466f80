"""A silent speech engine for ``kiosk demo`` and the tests: it records what it was asked to say.

It follows the real engine's contract: ``say`` replaces and interrupts, ``stop`` forgets, and
``started``/``finished`` arrive later from the event loop (never inside ``say``), as queued
signals from the real worker do. What it records stays in memory and is cleared by ``forget``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer

from kiosk.core.spoken import Lang
from kiosk.devices.speech import DEFAULT_VOLUME, VOICES, Outcome, SpeechSignals, SpeechState, check_volume


@dataclass(frozen=True)
class Said:
    number: int
    text: str
    lang: str
    volume: int


class SimulatedSpeech:
    def __init__(self, volume: int = DEFAULT_VOLUME) -> None:
        self.signals = SpeechSignals()
        self.volume = check_volume(volume)
        self.said: list[Said] = []
        self.calls: list[str] = []  # "say", "stop", "volume", "close", in order
        self.closed = False
        self._numbers = 0
        self._speaking: int | None = None

    @property
    def state(self) -> SpeechState:
        return SpeechState.OK

    @property
    def speaking(self) -> int | None:
        """The utterance "being spoken": from say() until stop(), a newer say() or finish()."""
        return self._speaking

    def say(self, text: str, lang: Lang) -> int:
        if lang not in VOICES:
            raise ValueError(f"no voice for language {lang!r}")
        self._numbers += 1
        number = self._numbers
        self.calls.append("say")
        if self.closed:
            return number
        self._interrupt()
        self.said.append(Said(number, text, lang, self.volume))
        self._speaking = number
        QTimer.singleShot(0, self.signals, lambda: self.signals.started.emit(number, 0))
        return number

    def finish(self) -> None:
        """The demo's or a test's "it has been spoken to the end"."""
        if self._speaking is not None:
            number, self._speaking = self._speaking, None
            QTimer.singleShot(0, self.signals, lambda: self.signals.finished.emit(number, Outcome.DONE.value))

    def stop(self) -> None:
        self.calls.append("stop")
        self._interrupt()

    def set_volume(self, volume: int) -> None:
        self.calls.append("volume")
        self.volume = check_volume(volume)

    def close(self) -> None:
        self.calls.append("close")
        self._interrupt()
        self.closed = True

    def forget(self) -> None:
        self.said.clear()

    def _interrupt(self) -> None:
        if self._speaking is not None:
            number, self._speaking = self._speaking, None
            QTimer.singleShot(
                0, self.signals, lambda: self.signals.finished.emit(number, Outcome.INTERRUPTED.value)
            )
