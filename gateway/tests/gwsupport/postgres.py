"""A throwaway PostgreSQL cluster from Debian's postgresql package, for tests and benches.

As root the cluster belongs to the ``postgres`` system user the package creates (PostgreSQL
refuses to run as root); as anyone else it belongs to them. It listens only on a unix socket in
its own temp folder (no TCP port to collide with), trusts local connections, and runs with
fsync off: durability is not what these tests measure.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg

BIN = Path(os.environ.get("GATEWAY_PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "gateway"


@dataclass
class Cluster:
    root: Path
    socket_dir: Path
    owner: str | None  # the system user it runs as, when we are root

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.owner:
            command = ["runuser", "-u", self.owner, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> Cluster:
        data = self.root / "data"
        self._run(str(BIN / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")  # fmt: skip
        options = f"-k {self.socket_dir} -c listen_addresses='' -F -c max_connections=200"
        self._run(str(BIN / "pg_ctl"), "-D", str(data), "-l", str(self.root / "postgres.log"), "-w", "-o", options,
                  "start")  # fmt: skip
        return self

    def stop(self) -> None:
        try:
            self._run(str(BIN / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, name: str) -> None:
        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def connect(self, dbname: str) -> psycopg.Connection:
        return psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname=dbname, autocommit=True)


def throwaway_cluster() -> Cluster:
    root = Path(tempfile.mkdtemp(prefix="gateway-pg-"))
    socket_dir = root / "sock"
    socket_dir.mkdir()
    owner = None
    if os.geteuid() == 0:
        owner = "postgres"
        entry = pwd.getpwnam(owner)
        root.chmod(0o755)  # the postgres user must reach its folders; the data folder stays 0700
        for path in (root, socket_dir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    return Cluster(root, socket_dir, owner).start()
