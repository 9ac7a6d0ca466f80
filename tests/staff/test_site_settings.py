"""Technician settings: checked with the start-up rules, written atomically, applied."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import tomllib

import pytest

from kiosk import config
from kiosk.config import ConfigError
from kiosk.services import site_settings


@pytest.fixture
def site(tmp_path, cfg):
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{cfg.data_dir}"\nid = "SMG-01"\n\n[printer]\nuri = "simulated"\n')
    return path


def test_a_valid_change_is_written_and_read_back_by_start_up(cfg, site):
    saved = site_settings.save(cfg, {"kiosk.number": "7", "kiosk.id": "SMG-07", "printer.uri": "tcp://10.0.0.9:9100"},
                               path=site)  # fmt: skip
    assert saved.changed == ["kiosk.id", "kiosk.number", "printer.uri"] and saved.restart
    loaded = config.load(site)
    assert (loaded.kiosk.number, loaded.kiosk.id, loaded.printer.uri) == (7, "SMG-07", "tcp://10.0.0.9:9100")
    assert loaded.kiosk.data_dir == str(cfg.data_dir)  # keys not on the screen are kept


def test_idle_timeout_and_language_apply_without_a_restart(cfg, site):
    saved = site_settings.save(cfg, {"kiosk.idle_timeout_s": "90", "kiosk.language": "en"}, path=site)
    assert saved.changed == ["kiosk.idle_timeout_s", "kiosk.language"] and not saved.restart


@pytest.mark.parametrize(
    ("key", "text"),
    [("kiosk.number", "100"), ("kiosk.number", "tujuh"), ("printer.uri", "lpt1"), ("siker.base_url", "ftp://x"),
     ("kiosk.language", "jv"), ("printer.paper_width_mm", "72"), ("kiosk.id", "SMG 01; DROP TABLE")],
)  # fmt: skip
def test_an_invalid_value_is_refused_with_its_key_named_and_the_file_untouched(cfg, site, key, text):
    before = site.read_bytes()
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        site_settings.save(cfg, {key: text}, path=site)
    assert site.read_bytes() == before


def test_a_new_token_goes_to_its_own_file_with_mode_0600(cfg, site):
    saved = site_settings.save(cfg, {site_settings.TOKEN: "  token-baru-123  "}, path=site)
    token_file = cfg.data_dir / "siker.token"
    assert saved.changed == ["siker.token"] and saved.restart
    assert token_file.read_text().strip() == "token-baru-123"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert "token-baru-123" not in site.read_text()


WRITER = """
import sys
from pathlib import Path
from kiosk.services.site_settings import write_atomically
path = Path(sys.argv[1])
filler = "x" * 200_000  # a large file, so a kill often lands mid-write
i = 0
while True:
    write_atomically(path, {"kiosk.id": f"SMG-{i % 2}", "kiosk.data_dir": filler})
    print(i, flush=True)
    i += 1
"""


def test_a_kill_during_the_write_leaves_the_old_file_or_the_new_one(tmp_path):
    path = tmp_path / "kiosk.toml"
    rng = random.Random(5)
    for _ in range(15):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                                 cwd=os.getcwd())  # fmt: skip
        for _ in range(rng.randint(1, 6)):  # let it finish a few writes, then kill it in the middle of the next
            assert child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        values = tomllib.loads(path.read_text())
        assert values["kiosk"]["id"] in {"SMG-0", "SMG-1"} and len(values["kiosk"]["data_dir"]) == 200_000
    site_settings.write_atomically(path, {"kiosk.id": "SMG-9"})
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]  # stale temporary files are cleaned up
