"""A setting that needs a restart is applied by the process restarting itself: same PID
(systemd sees no exit), new settings, no reboot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("restart_driver.py")


def test_the_kiosk_restarts_itself_with_the_saved_setting(tmp_path, cfg):
    site = tmp_path / "site.toml"
    site.write_text(
        f'[kiosk]\ndata_dir = "{cfg.data_dir}"\nnumber = 1\nfullscreen = false\n[card_reader]\nbackend = "simulated"\n'
        '[camera]\nsource = "simulated"\n[printer]\nuri = "simulated"\n'
    )
    marker = tmp_path / "generations.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIOSK_TEST_GENERATION", None)
    done = subprocess.run([sys.executable, str(DRIVER), str(marker), str(site)], env=env, timeout=60,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    first, second = [line.split() for line in marker.read_text().splitlines()]
    assert first[0] == "1" and second[0] == "2"
    assert first[1] == second[1]  # the same process: exec, not exit
    assert (first[2], second[2]) == ("1", "7")  # the saved setting is in force after the restart
    assert "restarting to apply new settings" in done.stdout + done.stderr
