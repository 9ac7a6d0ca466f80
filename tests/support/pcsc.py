"""pcscd with the vpcd virtual reader, and virtual cards, for tests that use the real stack."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

SOCKET = Path("/run/pcscd/pcscd.comm")
VPCD_CONF = Path("/etc/reader.conf.d/vpcd")
CARD_SCRIPT = Path(__file__).with_name("vpcd_card.py")


def missing_reason() -> str | None:
    if shutil.which("pcscd") is None:
        return "pcscd is not installed (scripts/test installs it)"
    if not VPCD_CONF.exists():
        return "vsmartcard-vpcd is not installed (scripts/test installs it)"
    if os.geteuid() != 0 and not SOCKET.exists():
        return "pcscd needs root to create /run/pcscd; run the tests as root or start pcscd"
    return None


def _running() -> bool:
    return subprocess.run(["pgrep", "-x", "pcscd"], capture_output=True).returncode == 0


class Pcscd:
    """A pcscd in the foreground that this test session owns (or one already running)."""

    def __init__(self, conf_dir: Path, log_path: Path) -> None:
        self.conf_dir = conf_dir
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self.owned = not _running()

    def start(self) -> None:
        if not self.owned:
            return
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(VPCD_CONF, self.conf_dir / "vpcd")
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(["pcscd", "--foreground", "--config", str(self.conf_dir)], stdout=log, stderr=log)
        deadline = time.monotonic() + 10
        while not SOCKET.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"pcscd did not start; see {self.log_path}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


class VirtualCard:
    """A card held on the virtual reader while the process runs."""

    def __init__(self, uid: str = "04A1B2C3D4E5F6", *, pull_on_uid: bool = False, uid_status: str = "9000") -> None:
        args = [sys.executable, str(CARD_SCRIPT), "--uid", uid, "--uid-status", uid_status]
        if pull_on_uid:
            args.append("--pull-on-uid")
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def remove(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        self.proc.wait(timeout=10)
