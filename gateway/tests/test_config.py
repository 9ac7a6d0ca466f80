"""Settings from a TOML file and GATEWAY_* variables: a wrong value stops start-up naming the
key, the value and what is allowed; check-deploy passes with production settings."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from gateway import config


def test_defaults_file_and_environment_are_layered(tmp_path: Path):
    path = tmp_path / "gateway.toml"
    path.write_text('[gateway]\nsecret_key = "%s"\n[database]\nengine = "postgresql"\nport = 5433\n' % ("k" * 50))
    values = config.load({"GATEWAY_CONFIG": str(path), "GATEWAY_API_RATE_LIMIT_PER_MINUTE": "60"})
    assert values["database.engine"] == "postgresql" and values["database.port"] == 5433
    assert values["api.rate_limit_per_minute"] == 60
    assert values["fleet.heartbeat_interval_min"] == 5  # default
    assert values["office.region_code"] == "3374"  # default: Kota Semarang


@pytest.mark.parametrize(
    ("toml", "env", "message"),
    [
        ('[database]\nengine = "mysql"\n', {}, "database.engine = 'mysql': allowed sqlite | postgresql"),
        ("[database]\nport = 70000\n", {}, "database.port = 70000: allowed 1 to 65535"),
        ("[api]\nburst = 3\n", {}, "unknown key api.burst"),
        ("", {"GATEWAY_API_RATE_LIMIT_PER_MINUTE": "many"}, "api.rate_limit_per_minute = 'many'"),
        ('[office]\nregion_code = "Semarang"\n', {}, "office.region_code = 'Semarang': allowed four digits"),
        ("", {"GATEWAY_OFFICE_REGION_CODE": "33740"}, "office.region_code = '33740'"),
        ("", {"GATEWAY_GATEWAY_DEBUG": "false", "GATEWAY_GATEWAY_SECRET_KEY": "short"}, "gateway.secret_key"),
    ],
)
def test_a_wrong_value_is_refused_with_key_value_and_what_is_allowed(tmp_path: Path, toml, env, message):
    path = tmp_path / "gateway.toml"
    path.write_text('[gateway]\nsecret_key = "%s"\n' % ("k" * 50) + toml if "gateway]" not in toml else toml)
    with pytest.raises(config.ConfigError, match=message.replace("|", r"\|").replace("(", r"\(")):
        config.load({"GATEWAY_CONFIG": str(path), **env})


def _gateway(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("GATEWAY_")} | env
    return subprocess.run([sys.executable, "-m", "gateway.cli", *args], env=full, capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)  # fmt: skip


def test_the_command_refuses_a_wrong_value_without_a_traceback(tmp_path: Path):
    path = tmp_path / "gateway.toml"
    path.write_text('[database]\nengine = "oracle"\n')
    done = _gateway(tmp_path, "check", GATEWAY_CONFIG=str(path))
    assert done.returncode == 2
    assert "database.engine = 'oracle'" in done.stderr and "Traceback" not in done.stderr


def test_check_deploy_passes_with_production_settings(tmp_path: Path):
    path = tmp_path / "gateway.toml"
    path.write_text(f'[gateway]\nsecret_key = "{secrets.token_urlsafe(48)}"\ndata_dir = "{tmp_path}"\n'
                    'allowed_hosts = ["gateway.disnaker.semarangkota.go.id"]\n')  # fmt: skip
    done = _gateway(tmp_path, "check-deploy", GATEWAY_CONFIG=str(path))
    assert done.returncode == 0, done.stderr
    assert "no issues" in done.stdout
