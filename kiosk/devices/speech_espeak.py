"""The real speech engine: the espeak-ng binary, one process per utterance, owned by one worker thread.

espeak-ng plays through the default audio output itself (PulseAudio/PipeWire if a server answers,
else ALSA's default device). Without any audio output it prints ALSA's complaints on stderr and
exits 0 within a few tens of milliseconds; that is reported as ``no_audio`` and nothing else
happens: the kiosk goes on without a voice, and the next utterance tries again (a speaker plugged
in later is found).

Threads: the caller (the GUI thread) only puts the newest request in a one-slot mailbox and, to
interrupt, sends SIGKILL to the running process's group, both under a lock held for microseconds
(never across a fork or a wait). The worker starts each process in a new session (its own process
group), waits for it to exit without reaping it (``waitid(WNOWAIT)``), then clears it under the
same lock before reaping: so a kill can never reach a recycled pid. A generation counter, bumped
by every say/stop/close, tells the worker that a process it just started is already stale.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.core.spoken import Lang
from kiosk.devices.speech import (
    BINARY,
    DEFAULT_RATE_WPM,
    DEFAULT_VOLUME,
    VOICES,
    Outcome,
    SpeechSignals,
    SpeechState,
    check_volume,
    espeak_args,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Request:
    number: int
    text: str
    lang: str
    volume: int


class EspeakSpeech:
    def __init__(
        self,
        volume: int = DEFAULT_VOLUME,
        *,
        rate_wpm: int = DEFAULT_RATE_WPM,
        binary: str = BINARY,
        env: Mapping[str, str] | None = None,
    ) -> None:
        """``env``: extra environment for espeak-ng (tests point ``PULSE_SERVER`` at a null sink)."""
        self.signals = SpeechSignals()
        self._volume = check_volume(volume)
        self._rate = rate_wpm
        self._binary = binary
        self._exe = shutil.which(binary)
        self._env = {**os.environ, **env} if env is not None else None
        self._lock = threading.Condition()
        self._pending: _Request | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._numbers = 0  # utterances asked for
        self._generation = 0  # bumped by every say(), stop() and close(): a process of an older one is cut
        self._closing = False
        self._state = SpeechState.UNKNOWN
        self._detail = ""
        if self._exe is None:
            self._set_state(SpeechState.ESPEAK_MISSING, f"{binary} not found on PATH")
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    # --- the caller's side: never waits -------------------------------------------------------

    @property
    def state(self) -> SpeechState:
        return self._state

    @property
    def detail(self) -> str:
        return self._detail

    @property
    def alive(self) -> bool:
        """The worker thread runs: from construction until ``close()`` has ended it."""
        return self._thread.is_alive()

    @property
    def current_pid(self) -> int | None:
        """The running espeak-ng's pid, for diagnostics, tests and benchmarks."""
        with self._lock:
            return self._proc.pid if self._proc is not None else None

    def say(self, text: str, lang: Lang) -> int:
        if lang not in VOICES:
            raise ValueError(f"no voice for language {lang!r}")
        with self._lock:
            self._numbers += 1
            number = self._numbers
            self._generation += 1
            if not self._closing:
                self._pending = _Request(number, text, lang, self._volume)
            self._kill_locked()
            self._lock.notify_all()
        log.debug("speech: utterance %d queued, %d chars, %s", number, len(text), lang)
        return number

    def stop(self) -> None:
        with self._lock:
            self._generation += 1
            self._pending = None
            self._kill_locked()
            self._lock.notify_all()

    def set_volume(self, volume: int) -> None:
        self._volume = check_volume(volume)

    def close(self, timeout_s: float = 2.0) -> None:
        with self._lock:
            self._closing = True
            self._generation += 1
            self._pending = None
            self._kill_locked()
            self._lock.notify_all()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout_s)

    def _kill_locked(self) -> None:
        if self._proc is None:
            return
        # not yet reaped (the worker reaps only after clearing _proc under this lock): the group is ours
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._proc.pid, signal.SIGKILL)

    # --- the worker ---------------------------------------------------------------------------

    def _set_state(self, state: SpeechState, detail: str = "") -> None:
        if (state, detail) == (self._state, self._detail):
            return
        self._state, self._detail = state, detail
        log.info("speech: state %s", state.value)
        self.signals.state_changed.emit(state.value, detail)

    def _run(self) -> None:
        while True:
            with self._lock:
                while self._pending is None and not self._closing:
                    self._lock.wait()
                if self._closing:
                    return
                request, self._pending = self._pending, None
                generation = self._generation
            if request is None:
                continue
            number = request.number
            try:
                self._speak(request, generation)
            except Exception:  # the worker never dies: it reports
                log.exception("speech: utterance %d failed", number)
                self._set_state(SpeechState.FAILED, "internal error")
                self.signals.finished.emit(number, Outcome.FAILED.value)
            request = None  # the text is not kept past its utterance

    def _speak(self, request: _Request, generation: int) -> None:
        number = request.number
        if request.volume == 0:
            self.signals.finished.emit(number, Outcome.DONE.value)  # muted: nothing to play
            return
        exe = self._exe or shutil.which(self._binary)  # installed since we started: found now
        if exe is None:
            self._set_state(SpeechState.ESPEAK_MISSING, f"{self._binary} not found on PATH")
            self.signals.finished.emit(number, Outcome.FAILED.value)
            return
        self._exe = exe
        args = espeak_args(request.lang, request.volume, self._rate, exe)
        with tempfile.TemporaryFile() as errors:  # a file, not a pipe: espeak-ng can never block on it
            try:
                proc = subprocess.Popen(
                    args,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=errors,
                    env=self._env,
                    start_new_session=True,  # its own process group: stop() kills all of it
                )
            except OSError as exc:
                missing = isinstance(exc, FileNotFoundError)
                self._set_state(SpeechState.ESPEAK_MISSING if missing else SpeechState.FAILED, type(exc).__name__)
                self.signals.finished.emit(number, Outcome.FAILED.value)
                return
            with self._lock:
                self._proc = proc
                if self._generation != generation:  # a say() or stop() came while it started
                    self._kill_locked()
            log.debug("speech: utterance %d started, pid %d", number, proc.pid)
            self.signals.started.emit(number, proc.pid)
            assert proc.stdin is not None
            with contextlib.suppress(OSError):  # killed while we wrote (BrokenPipeError): fine
                proc.stdin.write(request.text.encode())
            with contextlib.suppress(OSError):
                proc.stdin.close()
            del request
            try:
                os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # exited; not reaped yet
            except ChildProcessError:
                pass  # reaped elsewhere (SIGCHLD ignored by someone): nothing left to kill
            finally:
                with self._lock:
                    self._proc = None
                    cut = self._generation != generation
            code = proc.wait()
            if cut:
                log.debug("speech: utterance %d interrupted", number)
                self.signals.finished.emit(number, Outcome.INTERRUPTED.value)
                return
            errors.seek(0)
            stderr = errors.read(16_384).decode(errors="replace")
        self._report(number, code, stderr)

    def _report(self, number: int, code: int, stderr: str) -> None:
        lines = [line for line in stderr.strip().splitlines() if line.strip()]
        last = lines[-1][:200] if lines else ""
        if code != 0:
            self._set_state(SpeechState.FAILED, f"espeak-ng exited {code}: {last}")
            outcome = Outcome.FAILED
        elif lines:
            # exit 0 with complaints: espeak-ng could not open an audio output (ALSA's "Unknown PCM
            # default", "cannot find card", or its own "error: No such file or directory"); these
            # lines name devices and config files, never the text
            self._set_state(SpeechState.NO_AUDIO, last)
            outcome = Outcome.FAILED
        else:
            self._set_state(SpeechState.OK)
            outcome = Outcome.DONE
        log.debug("speech: utterance %d %s", number, outcome.value)
        self.signals.finished.emit(number, outcome.value)
