"""The servers the project ships, behind one face, so the contract suite runs against each:
the kiosk's SIKER simulator and the gateway on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import requests

from gwsupport.gateway_server import GatewayServer


class ContractServer(Protocol):
    name: str
    base_url: str
    kiosk_id: str
    token: str

    def stored(self, client_id: str) -> int: ...
    def put_vacancies(self, items: list[dict[str, Any]], deleted: list[str] = ...) -> None: ...
    def other_kiosk(self) -> tuple[str, str] | None: ...
    def put_events(self, items: list[dict[str, Any]], deleted: list[str] = ...) -> None: ...


@dataclass
class SimulatorServer:
    sim: Any  # kiosk.sync.simulator.SikerSimulator
    name: str = "simulator"
    kiosk_id: str = "SMG-01"

    @property
    def base_url(self) -> str:
        return self.sim.base_url

    @property
    def token(self) -> str:
        return self.sim.token

    def stored(self, client_id: str) -> int:
        return sum(1 for r in self.sim.records() if r["client_id"] == client_id)

    def put_vacancies(self, items: list[dict[str, Any]], deleted: list[str] = ()) -> None:  # type: ignore[assignment]
        for item in items:
            self.sim.put_vacancy(item | {"updated_at": "2026-11-21T09:00:00+07:00"})
        for vacancy_id in deleted:
            self.sim.delete_vacancy(vacancy_id)

    def other_kiosk(self) -> tuple[str, str] | None:
        return None  # the simulator has one token and does not know kiosks

    def put_events(self, items: list[dict[str, Any]], deleted: list[str] = ()) -> None:  # type: ignore[assignment]
        for item in items:
            self.sim.put_event(item | {"updated_at": "2026-11-21T09:00:00+07:00"})
        for event_id in deleted:
            self.sim.delete_event(event_id)

    def set_card(self, registration_no: str, status: str, reason: str | None = None) -> None:
        self.sim.set_card(registration_no, status, reason)


@dataclass
class GatewayContractServer:
    server: GatewayServer
    name: str
    kiosk_id: str = "SMG-01"
    _files: list[Path] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def token(self) -> str:
        return self.server.tokens[self.kiosk_id]

    def stored(self, client_id: str) -> int:
        return self.server.stored(client_id)

    def put_vacancies(self, items: list[dict[str, Any]], deleted: list[str] = ()) -> None:  # type: ignore[assignment]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump({"items": items, "deleted": list(deleted)}, handle)
        self.server.manage("vacancy_import", handle.name)
        Path(handle.name).unlink()

    def put_events(self, items: list[dict[str, Any]], deleted: list[str] = ()) -> None:  # type: ignore[assignment]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump({"items": items, "deleted": list(deleted)}, handle)
        self.server.manage("event_import", handle.name)
        Path(handle.name).unlink()

    def other_kiosk(self) -> tuple[str, str] | None:
        return "SMG-02", self.server.tokens["SMG-02"]

    def set_card(self, registration_no: str, status: str, reason: str | None = None) -> None:
        """An officer's decision, written straight into the database (the pages have their own tests)."""
        self.server.execute("UPDATE api_card SET status = ?, reason = ? WHERE registration_no = ?",
                          (status, reason, registration_no))  # fmt: skip


class Kiosk:
    """Requests as a kiosk sends them (headers of the contract's Transport section)."""

    def __init__(self, server: ContractServer, *, token: str | None = None, kiosk_id: str | None = None) -> None:
        self.base_url = server.base_url
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {token or server.token}",
            "X-Kiosk-Id": kiosk_id or server.kiosk_id,
            "User-Agent": "atm-pencari-kerja/test",
        })  # fmt: skip

    def post(self, path: str, body: Any, *, key: str | None = None, raw: bytes | None = None) -> requests.Response:
        headers = {"Content-Type": "application/json"}
        if key is not None or (isinstance(body, dict) and "client_id" in body):
            headers["Idempotency-Key"] = key if key is not None else body["client_id"]
        data = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode()
        return self.session.post(self.base_url + path, data=data, headers=headers, timeout=30)

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.session.get(self.base_url + path, params=params, timeout=30)
