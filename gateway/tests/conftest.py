"""Fixtures of the gateway suite: a throwaway PostgreSQL cluster, live gateways on SQLite and on
PostgreSQL (gunicorn, session-scoped), and the contract's servers behind one face."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from gwsupport.gateway_server import GatewayServer
from gwsupport.postgres import Cluster, throwaway_cluster
from gwsupport.servers import ContractServer, GatewayContractServer, SimulatorServer
from playwright.sync_api import Browser, sync_playwright

SCREENS = Path(__file__).resolve().parents[2] / "docs" / "screens"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = throwaway_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def workdir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="gateway-tests-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def gateway_sqlite(workdir: Path) -> Iterator[GatewayServer]:
    server = GatewayServer(workdir / "sqlite").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def gateway_pg(workdir: Path, pg_cluster: Cluster) -> Iterator[GatewayServer]:
    server = GatewayServer(workdir / "pg", cluster=pg_cluster).start()
    yield server
    server.stop()


@pytest.fixture(params=["simulator", "gateway-sqlite", "gateway-postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ContractServer]:
    """Each server the project ships; the contract tests run once against each."""
    if request.param == "simulator":
        from kiosk.sync.simulator import SikerSimulator

        with SikerSimulator(tmp_path / "siker.db", token="rahasia-uji") as sim:
            yield SimulatorServer(sim)
    elif request.param == "gateway-sqlite":
        yield GatewayContractServer(request.getfixturevalue("gateway_sqlite"), request.param)
    else:
        yield GatewayContractServer(request.getfixturevalue("gateway_pg"), request.param)


@pytest.fixture
def gateway(request: pytest.FixtureRequest) -> GatewayServer:
    """For gateway-only tests: PostgreSQL, the production database."""
    return request.getfixturevalue("gateway_pg")


@pytest.fixture
def django_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    """Django set up in this process with the default settings (debug: no secret key needed), for
    tests that call the gateway's code directly instead of over HTTP."""
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "gateway.settings")
    monkeypatch.setenv("GATEWAY_GATEWAY_DEBUG", "true")
    monkeypatch.delenv("GATEWAY_CONFIG", raising=False)
    import django

    django.setup()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's chromium driven by Playwright (nothing downloaded), one for the whole suite."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where a page test saves its screenshots: docs/screens with GATEWAY_SCREENSHOTS=1, else a temp folder."""
    return SCREENS if os.environ.get("GATEWAY_SCREENSHOTS") else tmp_path
