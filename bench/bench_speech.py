"""Speech latency: say() to the espeak-ng process running, and process start to the first audio sample.

Three figures for a short prompt and a long paragraph, Indonesian voice:
- say() itself: how long the caller (the GUI thread) is held;
- say() to espeak-ng started: the worker's wake-up and the fork/exec (from the ``started`` signal,
  connected directly so it is timed on the worker thread, not when the event loop gets to it);
- espeak-ng started to its first audio sample: ``espeak-ng --stdout`` timed to the first bytes
  after the 44-byte WAV header (what the engine feeds the sound server, less the server's buffer);
and stop() to the process gone.

Audio goes to a private PulseAudio null sink when ``pulseaudio`` is installed (as on a kiosk with a
sound server), else to whatever espeak-ng finds (on a machine without sound it exits at once; the
start figures stay valid). Run: .venv/bin/python bench/bench_speech.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe, summary
from PySide6.QtCore import QCoreApplication, Qt

from kiosk.devices.speech import espeak_args
from kiosk.devices.speech_espeak import EspeakSpeech

SHORT = "Silakan tempelkan e-KTP Anda."
LONG = (
    "Selamat datang di Anjungan Tenaga Kerja Mandiri, Dinas Tenaga Kerja Kota Semarang. "
    "Silakan tempelkan kartu tanda penduduk elektronik Anda pada pembaca kartu di bawah layar, "
    "atau sentuh tombol ketik NIK untuk memasukkan nomor induk kependudukan dengan tangan. "
    "Jika Anda membutuhkan bantuan, datanglah ke loket pada hari kerja."
)
_pause = threading.Event()


def null_sink(home: Path) -> tuple[subprocess.Popen[bytes] | None, dict[str, str] | None]:
    exe = shutil.which("pulseaudio")
    if exe is None:
        return None, None
    socket = home / "native"
    (home / "default.pa").write_text(
        "load-module module-null-sink sink_name=bench_null\nset-default-sink bench_null\n"
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
    )
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home)}
    proc = subprocess.Popen(
        [exe, "-n", "-F", str(home / "default.pa"), "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 15
    while not socket.exists() and time.monotonic() < deadline:
        _pause.wait(0.05)
    return proc, {"PULSE_SERVER": f"unix:{socket}"}


def first_sample_ms(text: str) -> tuple[float, float, float]:
    """espeak-ng --stdout: ms to the first audio bytes, ms to the end of synthesis, seconds of audio."""
    args = [*espeak_args("id", 100), "--stdout"]
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(text.encode())
    proc.stdin.close()
    got = b""
    first = None
    while True:
        chunk = proc.stdout.read1(65536)
        if not chunk:
            break
        got += chunk
        if first is None and len(got) > 44:
            first = time.perf_counter()
    done = time.perf_counter()
    proc.wait()
    assert first is not None
    return (first - started) * 1000, (done - started) * 1000, (len(got) - 44) / 2 / 22050


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication([])
    print(f"Machine: {describe()}")
    with tempfile.TemporaryDirectory() as home:
        pulse, env = null_sink(Path(home))
        print(f"Audio: {'PulseAudio null sink (real-time)' if env else 'default output'}")
        engine = EspeakSpeech(volume=80, env=env)
        started_at: dict[int, float] = {}
        ready = threading.Event()

        def on_started(number: int, pid: int) -> None:
            started_at[number] = time.perf_counter()
            ready.set()

        engine.signals.started.connect(on_started, Qt.ConnectionType.DirectConnection)
        try:
            for name, text in (("short", SHORT), ("long", LONG)):
                call, to_start, to_gone = [], [], []
                for _ in range(args.runs):
                    ready.clear()
                    t0 = time.perf_counter()
                    number = engine.say(text, "id")
                    call.append((time.perf_counter() - t0) * 1000)
                    if not ready.wait(5):
                        print("espeak-ng did not start")
                        return 1
                    to_start.append((started_at[number] - t0) * 1000)
                    pid = engine.current_pid
                    t1 = time.perf_counter()
                    engine.stop()
                    while pid is not None and Path(f"/proc/{pid}").exists() and time.perf_counter() - t1 < 5:
                        _pause.wait(0.0002)
                    to_gone.append((time.perf_counter() - t1) * 1000)
                samples = [first_sample_ms(text) for _ in range(args.runs)]
                print(f"{name} ({len(text)} chars):")
                print(f"  say() returns in            {summary(call)}")
                print(f"  say() -> espeak-ng started   {summary(to_start)}")
                print(f"  start -> first audio sample  {summary([s[0] for s in samples])}")
                print(f"  start -> synthesis finished  {summary([s[1] for s in samples])}")
                print(f"  audio length                 {samples[0][2]:.2f} s")
                print(f"  stop() -> process gone       {summary(to_gone)}")
            finished = threading.Event()
            engine.signals.finished.connect(lambda n, outcome: finished.set(), Qt.ConnectionType.DirectConnection)
            t0 = time.perf_counter()
            engine.say(SHORT, "id")
            finished.wait(30)
            print(f"short prompt spoken to the end: {time.perf_counter() - t0:.2f} s; state {engine.state.value}")
        finally:
            engine.close()
            if pulse is not None:
                pulse.terminate()
                pulse.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
