"""An Xvfb of a given size on a free display number, with no window manager."""

from __future__ import annotations

import os
import select
import shutil
import subprocess


class Xvfb:
    """``with Xvfb(1280, 800) as display:`` gives ":N", the server ready for clients."""

    def __init__(self, width: int, height: int) -> None:
        self.size = f"{width}x{height}x24"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> str:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (package xvfb; scripts/test installs it)")
        # -displayfd: Xvfb picks a free display and writes its number there once it accepts clients
        read_end, write_end = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.size, "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            if not select.select([pipe], [], [], 15)[0]:
                self.__exit__()
                raise RuntimeError("Xvfb did not start within 15 s")
            number = pipe.readline().strip()
        if not number:
            self.__exit__()
            raise RuntimeError("Xvfb exited without a display")
        return f":{number.decode()}"

    def __exit__(self, *_exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None
