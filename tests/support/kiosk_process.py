"""`kiosk demo` as its own process, for tests of what only a whole process shows (signals, X)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.wait import poll_until


class KioskProcess:
    """Started with its output in a file; ``wait_up`` returns once its services have started."""

    def __init__(self, data_dir: Path, *args: str, env: dict[str, str]) -> None:
        self.log = data_dir.parent / "kiosk-out.log"
        self.err = data_dir.parent / "kiosk-err.log"
        with self.log.open("wb") as out, self.err.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "kiosk.cli", "demo", "--data-dir", str(data_dir), *args],
                env={**os.environ, **env}, stdout=out, stderr=err,
            )  # fmt: skip

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def errors(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def wait_up(self, timeout_s: float = 60) -> None:
        up = poll_until(lambda: "services started" in self.output() or self.proc.poll() is not None, timeout_s)
        assert up and self.proc.poll() is None, f"the kiosk did not come up:\n{self.output()}\n{self.errors()}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
