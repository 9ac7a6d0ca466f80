"""The sender killed with SIGKILL mid-delivery, `kiosk sync --once`, and the vacancy pull."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import stat
import subprocess
import sys

import pytest

from kiosk.cli import main
from kiosk.sync import vacancies
from kiosk.sync.client import SikerClient, TokenError, read_token, write_token
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.simulator import Faults
from tests.support.wait import poll_until
from tests.sync.test_delivery import assert_exactly_once_in_order, fill


def site_file(tmp_path, cfg, sim) -> str:
    path = tmp_path / "site.toml"
    path.write_text(
        f'[kiosk]\ndata_dir = "{cfg.data_dir}"\n[siker]\nbase_url = "{sim.base_url}"\n'
        f'token_file = "{cfg.siker.token_file}"\ntimeout_s = 5\n',
        encoding="utf-8",
    )
    return str(path)


def sync_once(config: str, *more: str) -> subprocess.CompletedProcess[str]:
    """`kiosk sync --once` in a process of its own, as the service runs: it lowers its own CPU
    priority, which in this process would slow every later test."""
    command = [sys.executable, "-m", "kiosk.cli", "--config", config, "sync", "--once", *more]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_sigkill_at_random_moments_still_exactly_once(tmp_path, store, cfg, sim, sync_cfg):
    sim.faults = Faults(fail_500=0.1, drop_after_store=0.1, slow=0.1, slow_s=0.05, seed=9)
    fill(store, cfg, 300)
    config = site_file(tmp_path, cfg, sim)
    rng = random.Random(4)
    kills = 0
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-m", "kiosk.cli", "--config", config, "sync", "--once"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        poll_until(lambda c=child: c.poll() is not None, rng.uniform(0.6, 2.0))  # let it run a random while
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
    assert kills >= 3  # it really was killed mid-delivery
    sim.faults = Faults()
    assert sync_once(config).returncode == 0
    assert_exactly_once_in_order(store, sim)
    ok, _ = store.integrity_ok()
    assert ok


def test_sync_once_exits_non_zero_with_a_summary_when_records_remain(tmp_path, store, cfg, sim, sync_cfg):
    sim.token = "dicabut"
    fill(store, cfg, 2)
    done = sync_once(site_file(tmp_path, cfg, sim), "--deadline", "5")
    assert done.returncode == 1
    assert "paused" in done.stdout


def test_token_file_must_be_private(tmp_path):
    path = tmp_path / "token"
    write_token(path, "abc")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert read_token(path) == "abc"
    os.chmod(path, 0o644)
    with pytest.raises(TokenError, match="readable by others"):
        read_token(path)


def test_vacancy_pull_pages_deletions_reset_and_malformed(store, sim, client):
    rng = random.Random(2)
    for index in range(450):
        sim.put_vacancy(sample_vacancy(index, rng))
    sim.put_vacancy({"id": "BAD-1", "title": 42})  # malformed: refused alone
    result = vacancies.pull(store, client, page_size=100)
    assert result.ok and result.full
    assert result.upserted == 450 and result.rejected == ["BAD-1"]
    assert store.one("SELECT count(*) AS n FROM vacancies")["n"] == 450
    # changes since the cursor: one update, one deletion
    changed = sample_vacancy(7, rng) | {"title": "Operator Produksi Senior"}
    sim.put_vacancy(changed)
    sim.delete_vacancy("VAC-00008")
    result = vacancies.pull(store, client, page_size=100)
    assert result.ok and not result.full and (result.upserted, result.deleted) == (1, 1)
    assert store.one("SELECT title FROM vacancies WHERE id = 'VAC-00007'")["title"] == "Operator Produksi Senior"
    assert store.one("SELECT 1 AS x FROM vacancies WHERE id = 'VAC-00008'") is None
    # the server forgets its cursors: the kiosk pulls everything again and the cache is whole
    sim.reset_cursors()
    sim.delete_vacancy("VAC-00009")
    result = vacancies.pull(store, client, page_size=100)
    assert result.ok and result.full
    ids = {row["id"] for row in store.query("SELECT id FROM vacancies")}
    assert "VAC-00009" not in ids and "VAC-00008" not in ids and len(ids) == 448
    assert json.loads(store.one("SELECT raw FROM vacancies WHERE id = 'VAC-00001'")["raw"])["id"] == "VAC-00001"


def test_vacancy_pull_offline_keeps_the_cache(store, sim, client, sync_cfg):
    sim.put_vacancy(sample_vacancy(1, random.Random(1)))
    assert vacancies.pull(store, client).ok
    with socket.socket() as probe:  # a port where nothing listens: the network is down
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    offline = SikerClient.from_config(sync_cfg.with_overrides({"siker.base_url": dead}))
    result = vacancies.pull(store, offline)
    assert not result.ok and result.error
    assert store.one("SELECT count(*) AS n FROM vacancies")["n"] == 1


def test_demo_data_goes_through_the_registration_service(tmp_path, store, cfg, sim, sync_cfg, capsys):
    config = site_file(tmp_path, cfg, sim)
    assert main(["--config", config, "demo-data", "--registrations", "25"]) == 0
    rows = store.query("SELECT nik, registration_no FROM registrations")
    assert len(rows) == 25 and len({r["registration_no"] for r in rows}) == 25
    from kiosk.core.nik import parse_nik

    assert all(parse_nik(r["nik"]).regency == "Kota Semarang" for r in rows)  # valid NIKs
    assert store.one("SELECT count(*) AS n FROM outbox WHERE endpoint = '/registrations'")["n"] == 25
    assert sync_once(config).returncode == 0
    assert len(sim.records("/registrations")) == 25
