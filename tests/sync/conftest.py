from __future__ import annotations

import pytest

from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import Faults, SikerSimulator


@pytest.fixture
def sim(tmp_path):
    with SikerSimulator(tmp_path / "siker.db", token="rahasia-uji", faults=Faults(seed=11)) as simulator:
        yield simulator


@pytest.fixture
def sync_cfg(cfg, sim):
    write_token(cfg.siker.token_file, "rahasia-uji")
    return cfg.with_overrides({"siker.base_url": sim.base_url, "siker.timeout_s": 5})


@pytest.fixture
def client(sync_cfg):
    return SikerClient.from_config(sync_cfg)


@pytest.fixture
def sender(store, sync_cfg):
    s = Sender(store, lambda: SikerClient.from_config(sync_cfg), workers=8, base_backoff_s=0.01, max_backoff_s=0.05)
    yield s
    s.close()
