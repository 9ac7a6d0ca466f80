"""Real parts for the speech tests: espeak-ng, sox, and a PulseAudio server with a null sink.

This machine has no sound card: espeak-ng would fail to open an audio output and exit at once.
A PulseAudio server whose only sink is ``module-null-sink`` consumes audio in real time, like a
speaker, so a long sentence keeps espeak-ng running for seconds, as it does on the kiosk.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from tests.speech.audio import require
from tests.support.wait import poll_until


@pytest.fixture(scope="session")
def espeak() -> str:
    return require("espeak-ng")


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private PulseAudio server with a real-time null sink; yields the environment for espeak-ng."""
    exe = require("pulseaudio")
    home = tmp_path_factory.mktemp("pulse")
    socket = home / "native"
    script = home / "default.pa"
    script.write_text(
        "load-module module-null-sink sink_name=kiosk_null\n"
        "set-default-sink kiosk_null\n"
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
    )
    env = {**os.environ, "HOME": os.fspath(home), "XDG_RUNTIME_DIR": os.fspath(home)}
    env.pop("PULSE_SERVER", None)
    log = (home / "pulseaudio.log").open("wb")
    proc = subprocess.Popen(
        [exe, "-n", "-F", os.fspath(script), "--daemonize=no", "--exit-idle-time=-1",
         "--use-pid-file=no", "--system=false", "--log-target=stderr"],
        env=env, stdout=log, stderr=log, start_new_session=True,
    )  # fmt: skip
    try:
        client = {**os.environ, "PULSE_SERVER": f"unix:{socket}"}

        def answers() -> bool:  # the socket appears before the server serves: ask it
            info = subprocess.run([require("pactl"), "info"], env=client, capture_output=True, timeout=10)
            return info.returncode == 0 and b"kiosk_null" in info.stdout

        if not poll_until(lambda: socket.exists() and answers(), timeout_s=15) or proc.poll() is not None:
            pytest.fail(f"pulseaudio did not start: {(home / 'pulseaudio.log').read_text()[-2000:]}")
        yield {"PULSE_SERVER": f"unix:{socket}"}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()
