"""The nightly backup as its unit runs it (systemd/gateway/gateway-backup.service: the same pg_dump
and the same clean-up of old dumps), restored as docs/gateway.md says (pg_restore --clean
--if-exists): every record, card, token and staff account comes back, the schema is whole, and a
kiosk's record sent again after the restore is recognised, not stored twice. What came after the
dump is not there (docs/gateway.md says so)."""

from __future__ import annotations

import os
import re
import subprocess
import time
from datetime import date
from pathlib import Path

from gwsupport import samples
from gwsupport.gateway_server import GatewayServer
from gwsupport.postgres import SUPERUSER, Cluster
from gwsupport.servers import GatewayContractServer, Kiosk

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "systemd" / "gateway" / "gateway-backup.service"
TABLES = ("auth_user", "api_kiosk", "api_kiosktoken", "api_registration", "api_report", "api_card", "api_event",
          "api_vacancy", "audit_auditentry")  # fmt: skip


def unit_command(key: str, backups: Path, dbname: str) -> str:
    """The unit's ExecStart/ExecStartPost shell line, pointed at a test folder and database."""
    line = re.search(rf"^{key}=(.+)$", UNIT.read_text(), re.M)
    assert line, key
    command = line[1].replace("%%", "%").replace("/var/backups/gateway", str(backups))
    return re.sub(r" gateway'$", f" {dbname}'", command)  # the database's name is the last word


def counts(server: GatewayServer) -> dict[str, int]:
    assert server.cluster is not None
    with server.cluster.connect(server.dbname) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_the_nightly_backup_restores_everything(pg_cluster: Cluster, tmp_path: Path):
    server = GatewayServer(tmp_path / "gateway", cluster=pg_cluster)
    server.manage("demo_data")
    server.start()
    try:
        kiosk = Kiosk(GatewayContractServer(server, "backup"))
        regs = [samples.registration(nik) for nik in ("3374114108980003", "3374015505990002")]
        for reg in regs:
            assert kiosk.post("/registrations", reg).status_code == 201
        assert kiosk.post("/reports", samples.report(regs[0])).status_code == 201
        before = counts(server)
        assert before["api_registration"] >= 2 and before["api_report"] >= 1

        backups = tmp_path / "backups"
        backups.mkdir()
        old = backups / "gateway-2026-10-01.dump"
        old.write_bytes(b"an old dump")
        os.utime(old, (time.time() - 20 * 86400,) * 2)  # 20 days old: the clean-up's to delete
        env = {**os.environ, "PGHOST": str(pg_cluster.socket_dir), "PGUSER": SUPERUSER}
        for key in ("ExecStart", "ExecStartPost"):
            subprocess.run(["/bin/sh", "-c", unit_command(key, backups, server.dbname)], env=env, check=True,
                           capture_output=True, timeout=300)  # fmt: skip
        dump = backups / f"gateway-{date.today():%Y-%m-%d}.dump"
        assert dump.exists() and dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
        assert not old.exists()  # older than 14 days: deleted

        # the restore of docs/gateway.md, into a database that has moved on since the dump
        late = samples.registration("3374016006000001")
        assert kiosk.post("/registrations", late).status_code == 201
        server.stop()
        subprocess.run(["pg_restore", "--clean", "--if-exists", f"--dbname={server.dbname}", str(dump)], env=env,
                       check=True, capture_output=True, timeout=300)  # fmt: skip
        assert counts(server) == before  # the database as it was at the dump, no more and no less
        assert server.stored(late["client_id"]) == 0
        assert "No planned migration operations" in server.manage("migrate", "--plan")

        server.start()
        again = Kiosk(GatewayContractServer(server, "backup"))  # the kiosk tokens came back with it
        assert again.post("/registrations", regs[0]).status_code == 200  # known: a duplicate, not a second copy
        assert server.stored(regs[0]["client_id"]) == 1
    finally:
        server.stop()
