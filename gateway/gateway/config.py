"""The gateway's settings: defaults, a TOML file (``GATEWAY_CONFIG``) and environment variables
(``GATEWAY_<SECTION>_<KEY>``, e.g. ``GATEWAY_DATABASE_ENGINE``), every value validated.

A wrong value stops start-up with the key, the value and what is allowed, never a traceback
from deep inside Django.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The office's zone: Django's TIME_ZONE, and the zone of every log line (gateway/gunicorn_conf.py)
OFFICE_ZONE = "Asia/Jakarta"


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Rule:
    default: Any
    check: Callable[[Any], bool]
    allowed: str
    parse: Callable[[str], Any] = str  # how an environment variable's text becomes the value


def _bool(text: str) -> bool:
    if text.lower() in ("1", "true", "yes", "on"):
        return True
    if text.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(text)


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


RULES: dict[str, Rule] = {
    "gateway.secret_key": Rule("", lambda v: isinstance(v, str), "a long random string (required when debug = false)"),
    "gateway.debug": Rule(False, lambda v: isinstance(v, bool), "true | false", _bool),
    "gateway.allowed_hosts": Rule(["127.0.0.1", "localhost"], _is_str_list, "a list of host names", _list),
    "gateway.data_dir": Rule(
        "/var/lib/gateway", lambda v: isinstance(v, str) and v.startswith("/"), "an absolute path"
    ),
    "gateway.language": Rule("id", lambda v: v in ("id", "en"), "id | en"),
    "gateway.https": Rule(True, lambda v: isinstance(v, bool), "true | false (false only for loopback tests)", _bool),
    "gateway.trusted_proxy_hops": Rule(1, lambda v: isinstance(v, int) and 0 <= v <= 5, "0 to 5", int),
    "database.engine": Rule("sqlite", lambda v: v in ("sqlite", "postgresql"), "sqlite | postgresql"),
    "database.path": Rule("", lambda v: isinstance(v, str), "a file path (sqlite; default: data_dir/gateway.sqlite3)"),
    "database.name": Rule("gateway", lambda v: isinstance(v, str) and v != "", "a database name"),
    "database.user": Rule("gateway", lambda v: isinstance(v, str), "a role name"),
    "database.password": Rule("", lambda v: isinstance(v, str), "a string (empty: peer or trust authentication)"),
    "database.host": Rule(
        "", lambda v: isinstance(v, str), "a host name or a unix socket folder (empty: local socket)"
    ),
    "database.port": Rule(5432, lambda v: isinstance(v, int) and 0 < v < 65536, "1 to 65535", int),
    "api.rate_limit_per_minute": Rule(1200, _positive_int, "a whole number above 0", int),
    "fleet.heartbeat_interval_min": Rule(5, _positive_int, "a whole number of minutes above 0", int),
    # the kabupaten/kota code (the NIK's first four digits) of the office's own region: 3374 Kota Semarang
    "office.region_code": Rule(
        "3374", lambda v: isinstance(v, str) and len(v) == 4 and v.isdigit(), "four digits (3374: Kota Semarang)"
    ),
    # a ticket left at a kiosk should be answered within this many working days (Monday to Friday)
    "office.answer_working_days": Rule(3, _positive_int, "a whole number of working days above 0", int),
    "office.name": Rule(
        "Dinas Tenaga Kerja Kota Semarang", lambda v: isinstance(v, str) and 0 < len(v.strip()) <= 120,
        "the issuing office's name, 1 to 120 characters",
    ),
}


def _from_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"gateway config {path} cannot be read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"gateway config {path} is not valid TOML: {exc}") from None
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"gateway config {path}: {section} must be a [section]")
        for key, value in values.items():
            flat[f"{section}.{key}"] = value
    return flat


def load(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Defaults, then the TOML file named by GATEWAY_CONFIG, then GATEWAY_* variables."""
    env = os.environ if environ is None else environ
    values = {key: rule.default for key, rule in RULES.items()}
    if env.get("GATEWAY_CONFIG"):
        for key, value in _from_toml(Path(env["GATEWAY_CONFIG"])).items():
            if key not in RULES:
                raise ConfigError(f"gateway config: unknown key {key}; known keys: {', '.join(sorted(RULES))}")
            values[key] = value
    for key, rule in RULES.items():
        name = "GATEWAY_" + key.replace(".", "_").upper()
        if name in env:
            try:
                values[key] = rule.parse(env[name])
            except ValueError:
                raise ConfigError(
                    f"gateway config: {key} = {env[name]!r} (from {name}): allowed {rule.allowed}"
                ) from None
    for key, rule in RULES.items():
        if not rule.check(values[key]):
            raise ConfigError(f"gateway config: {key} = {values[key]!r}: allowed {rule.allowed}")
    if not values["gateway.debug"] and len(values["gateway.secret_key"]) < 50:
        raise ConfigError(
            "gateway config: gateway.secret_key is missing or shorter than 50 characters: "
            "allowed a long random string (python3 -c 'import secrets; print(secrets.token_urlsafe(48))')"
        )
    return values
