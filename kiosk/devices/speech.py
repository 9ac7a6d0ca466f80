"""Spoken guidance (issue 23): one interface, espeak-ng for real and a silent simulated one.

``say`` and ``stop`` return at once, whatever the engine is doing: a worker thread owns the
espeak-ng process. The kiosk speaks the newest screen, not a backlog, so a new ``say`` replaces
what was waiting and interrupts what is being spoken; ``stop`` (the session ended) silences it at
once. The text may be a NIK read aloud: it is never logged, never put on a command line (it goes
to espeak-ng's stdin, so ``ps`` cannot show it) and never kept after it is spoken; logs and
signals carry lengths, languages and states only.

State, for diagnostics: ``ok`` (the last utterance played), ``no_audio`` (espeak-ng ran but found
no audio output: it still exits 0, and says so on stderr), ``espeak_missing``, ``failed`` (it
exited with an error), ``unknown`` (nothing spoken yet).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.core.spoken import Lang

BINARY = "espeak-ng"
# espeak-ng's voices: Indonesian ("id", Debian's espeak-ng-data) and English (British)
VOICES: dict[str, str] = {"id": "id", "en": "en"}
# words per minute; espeak-ng's default is 175, a touch quick for someone who listens instead of reads
DEFAULT_RATE_WPM = 150
DEFAULT_VOLUME = 80


class SpeechState(StrEnum):
    UNKNOWN = "unknown"
    OK = "ok"
    NO_AUDIO = "no_audio"
    ESPEAK_MISSING = "espeak_missing"
    FAILED = "failed"


class Outcome(StrEnum):
    DONE = "done"  # spoken to the end
    INTERRUPTED = "interrupted"  # a newer say() or stop() cut it short
    FAILED = "failed"  # see the state's detail


class SpeechError(RuntimeError):
    """to_wav could not make the file (espeak-ng missing, unknown voice, unwritable path)."""


class SpeechSignals(QObject):
    state_changed = Signal(str, str)  # SpeechState value, a technical detail for diagnostics
    started = Signal(int, int)  # utterance number, espeak-ng's pid
    finished = Signal(int, str)  # utterance number, Outcome value


class Speech(Protocol):
    signals: SpeechSignals

    @property
    def state(self) -> SpeechState: ...

    def say(self, text: str, lang: Lang) -> int:
        """Speak ``text`` instead of anything else; returns at once with the utterance's number."""
        ...

    def stop(self) -> None:
        """Silence now and forget what was waiting; returns at once."""
        ...

    def set_volume(self, volume: int) -> None:
        """0-100, from the technician's settings; applies from the next utterance."""
        ...

    def close(self) -> None: ...


def check_volume(volume: int) -> int:
    if isinstance(volume, bool) or not isinstance(volume, int) or not 0 <= volume <= 100:
        raise ValueError("volume is an int from 0 to 100")
    return volume


def espeak_args(
    lang: str, volume: int, rate_wpm: int = DEFAULT_RATE_WPM, binary: str = BINARY
) -> list[str]:
    """The command line for ``lang`` (text comes on stdin). Volume 0-100 is espeak-ng's amplitude
    ``-a`` 0-100: 100 is its default level, the loudest without clipping (it takes up to 200)."""
    if lang not in VOICES:
        raise ValueError(f"no voice for language {lang!r}")
    return [binary, "-v", VOICES[lang], "-a", str(check_volume(volume)), "-s", str(rate_wpm), "--stdin"]


def to_wav(
    text: str,
    lang: Lang,
    path: Path,
    *,
    volume: int = 100,
    rate_wpm: int = DEFAULT_RATE_WPM,
    binary: str = BINARY,
    timeout_s: float = 60.0,
) -> Path:
    """Synthesise ``text`` into a WAV file (espeak-ng ``-w``): for tests and benchmarks, never the GUI thread."""
    exe = shutil.which(binary)
    if exe is None:
        raise SpeechError(f"{binary} not found")
    path = Path(path)
    path.unlink(missing_ok=True)
    args = [*espeak_args(lang, volume, rate_wpm, exe), "-w", os.fspath(path)]
    done = subprocess.run(args, input=text.encode(), capture_output=True, timeout=timeout_s, check=False)
    # espeak-ng exits 0 even when it cannot write the file: the file is the proof
    if done.returncode != 0 or not path.is_file() or path.stat().st_size <= 44:
        last = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        raise SpeechError(f"{binary} exited {done.returncode}: {last[0][:200]}")
    return path


def make_speech(backend: str, volume: int = DEFAULT_VOLUME) -> Speech:
    """``espeak`` (the real one) or ``simulated`` (silent; records what it was asked to say)."""
    if backend == "simulated":
        from kiosk.devices.speech_simulated import SimulatedSpeech

        return SimulatedSpeech(volume=volume)
    if backend == "espeak":
        from kiosk.devices.speech_espeak import EspeakSpeech

        return EspeakSpeech(volume=volume)
    raise ValueError(f"unknown speech backend {backend!r}")
