"""A live gateway for tests: migrate, issue tokens, then gunicorn (2 workers, threads) on a
loopback socket made here and handed over as fd://3, so there is no port race."""

from __future__ import annotations

import os
import secrets
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import requests

from gwsupport.postgres import SUPERUSER, Cluster
from gwsupport.wait import poll_until

API = "/api/kiosk/v1"


class GatewayServer:
    def __init__(self, workdir: Path, *, cluster: Cluster | None = None, rate_limit: int = 100_000,
                 workers: int = 2, kiosks: tuple[str, ...] = ("SMG-01", "SMG-02")) -> None:  # fmt: skip
        self.workdir = workdir
        self.cluster = cluster
        self.workers = workers
        workdir.mkdir(parents=True, exist_ok=True)
        self.backend = "postgresql" if cluster else "sqlite"
        self.dbname = "gw_" + secrets.token_hex(4)
        self.config = workdir / "gateway.toml"
        lines = ["[gateway]", f'secret_key = "{secrets.token_urlsafe(40)}"', f'data_dir = "{workdir}"',
                 "https = false", "[database]", f'engine = "{self.backend}"',
                 "[api]", f"rate_limit_per_minute = {rate_limit}"]  # fmt: skip
        if cluster:
            cluster.create_database(self.dbname)
            lines[5:5] = [f'name = "{self.dbname}"', f'user = "{SUPERUSER}"', f'host = "{cluster.socket_dir}"']
        self.config.write_text("\n".join(lines) + "\n")
        self.env = {**os.environ, "GATEWAY_CONFIG": str(self.config)}
        self.env.pop("DJANGO_SETTINGS_MODULE", None)
        self.log_path = workdir / "gateway.log"
        self.manage("migrate", "-v0")
        self.tokens = {kiosk: self.manage("tokens", "issue", kiosk).strip() for kiosk in kiosks}
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.origin + API

    def manage(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run([sys.executable, "-m", "gateway.cli", *args], env=self.env, capture_output=True,
                              text=True, timeout=120, input=stdin)  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"gateway {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    def start(self) -> GatewayServer:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(256)
        self.port = listener.getsockname()[1]
        os.set_inheritable(listener.fileno(), True)
        fd = listener.fileno()
        env = {**self.env, "GATEWAY_BIND": f"fd://{fd}", "GATEWAY_WORKERS": str(self.workers), "GATEWAY_THREADS": "8"}
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", "python:gateway.gunicorn_conf", "gateway.wsgi:application"],
                env=env, stdout=log, stderr=subprocess.STDOUT, pass_fds=(fd,),
            )  # fmt: skip
        listener.close()
        if not poll_until(self._ready, 30):
            raise RuntimeError("gateway did not start: " + self.log_path.read_text()[-3000:])
        return self

    def _ready(self) -> bool:
        """A request is answered (401: it carried no token), or the server died."""
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError("gateway exited: " + self.log_path.read_text()[-3000:])
        try:
            return requests.get(self.base_url + "/vacancies", timeout=2).status_code == 401
        except (requests.ConnectionError, requests.Timeout):  # a worker still booting on a loaded machine
            return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # -- looking into the database directly, as a test's independent witness
    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple]:
        if self.cluster:
            with self.cluster.connect(self.dbname) as conn:
                return conn.execute(sql.replace("?", "%s"), params).fetchall()
        with sqlite3.connect(self.workdir / "gateway.sqlite3") as conn:
            return conn.execute(sql, params).fetchall()

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        """A change made behind the gateway's back (a test's set-up), committed at once."""
        if self.cluster:
            with self.cluster.connect(self.dbname) as conn:
                conn.execute(sql.replace("?", "%s"), params)
            return
        with sqlite3.connect(self.workdir / "gateway.sqlite3") as conn:
            conn.execute(sql, params)

    def stored(self, client_id: str) -> int:
        """How many records hold this client_id, over every record table (0 or 1, or a bug)."""
        tables = ("api_registration", "api_report", "api_application", "api_printlog", "api_ticket",
                  "api_eventregistration")  # fmt: skip
        return sum(self.query(f"SELECT count(*) FROM {t} WHERE client_id = ?", (client_id,))[0][0] for t in tables)
