"""pcscd with the vpcd virtual reader, and virtual cards, for tests that use the real stack."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.support.wait import poll_until

SOCKET = Path("/run/pcscd/pcscd.comm")
VPCD_CONF = Path("/etc/reader.conf.d/vpcd")
CARD_SCRIPT = Path(__file__).with_name("vpcd_card.py")
SYSTEM_VPCD_PORT = 35963  # what /etc/reader.conf.d/vpcd has vpcd listen on
# the port the virtual cards dial: the tests' own pcscd gives vpcd a free one, so neither
# another vpcd sharing this network (a chroot, a container) nor a lingering connection is in the way
vpcd_port = SYSTEM_VPCD_PORT
# a daemon: in /usr/sbin, which is on root's PATH but often not on a user's
PCSCD = shutil.which("pcscd", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"]))


def missing_reason() -> str | None:
    """Why the PC/SC tests cannot run here, or None. As root, never a reason: there they must
    run (CI runs as root), and what is missing makes them fail, saying so, instead of skip."""
    if os.geteuid() == 0:
        return None
    if PCSCD is None:
        return "pcscd is not installed (package pcscd; scripts/test installs it)"
    if not VPCD_CONF.exists():
        return f"{VPCD_CONF} is missing (package vsmartcard-vpcd; scripts/test installs it)"
    if not serving():
        return (f"not root, and no pcscd is running: the tests' own pcscd must create {SOCKET.parent}, "
                "which needs root; run the tests as root, or start pcscd as a service")  # fmt: skip
    return None


def serving() -> bool:
    """Something answers on pcscd's socket: a running pcscd, or systemd's socket for one.
    (Its path, not a process list: a pcscd of another chroot or container is no matter.)"""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(str(SOCKET))
        except OSError:  # no file, or one a killed pcscd left (which pcscd cleans up itself)
            return False
    return True


def _listen_port() -> int:
    """A free port for vpcd to listen on, below the range the kernel hands out to outgoing
    connections: a port in that range can be one's, open or lingering in TIME_WAIT (the crash
    and sync tests leave hundreds), and vpcd then fails with "Address already in use"."""
    ephemeral_low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    for port in random.sample(range(10_000, ephemeral_low), 100):
        with socket.socket() as probe:
            try:
                probe.bind(("", port))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port for vpcd below the ephemeral range")


class Pcscd:
    """A pcscd in the foreground that this test session owns; when not root, one already running.

    As root a pcscd someone else started is an error, not a reason to use it: the tests that
    stop and start pcscd would have to skip. Installing pcscd starts none here (policy-rc.d in
    scripts/bootstrap); a machine with one running is told how to stop it.
    """

    def __init__(self, conf_dir: Path, log_path: Path) -> None:
        self.conf_dir = conf_dir
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self.port: int | None = None  # chosen on the first start, kept across restarts
        self.owned = not serving()
        if not self.owned and os.geteuid() == 0:
            raise RuntimeError(
                f"a pcscd the tests did not start answers on {SOCKET}; they start their own, with the "
                "virtual reader. Stop it first: systemctl stop pcscd.socket pcscd.service, or /etc/init.d/pcscd stop"
            )

    def start(self) -> None:
        if not self.owned:
            return
        if PCSCD is None:
            raise RuntimeError("pcscd is not installed (package pcscd; scripts/test installs it)")
        if not VPCD_CONF.exists():
            raise RuntimeError(f"{VPCD_CONF} is missing (package vsmartcard-vpcd; scripts/test installs it)")
        global vpcd_port
        if self.port is None:
            self.port = _listen_port()
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        conf = re.sub(r"^(DEVICENAME\s+\S+:)\S+$", rf"\g<1>{self.port:#x}", VPCD_CONF.read_text(), flags=re.M)
        (self.conf_dir / "vpcd").write_text(conf)
        vpcd_port = self.port
        with self.log_path.open("ab") as log:
            command = [PCSCD, "--foreground", "--config", str(self.conf_dir)]
            self.proc = subprocess.Popen(command, stdout=log, stderr=log)
        if not poll_until(lambda: serving() or self.proc.poll() is not None, 10) or self.proc.poll() is not None:
            raise RuntimeError(f"pcscd did not start; see {self.log_path}")

    def stop(self) -> None:
        global vpcd_port
        if self.proc is None:
            return
        vpcd_port = SYSTEM_VPCD_PORT
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
        args = [sys.executable, str(CARD_SCRIPT), "--uid", uid, "--uid-status", uid_status, "--port", str(vpcd_port)]
        if pull_on_uid:
            args.append("--pull-on-uid")
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def remove(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        self.proc.wait(timeout=10)
