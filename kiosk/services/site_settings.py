"""The site settings a technician may change on screen, checked with the start-up rules
(``config.RULES``) and written atomically to the site config file.

The file is replaced atomically (``kiosk.files``): a power cut leaves the old file or the
new one, never half of either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from kiosk import config, files
from kiosk.config import Config, ConfigError
from kiosk.core import clock

EDITABLE = (
    "kiosk.id",
    "kiosk.number",
    "siker.base_url",
    "printer.uri",
    "printer.paper_width_mm",
    "camera.source",
    "kiosk.idle_timeout_s",
    "kiosk.language",
    "speech.enabled",
    "speech.volume",
)
# applied at once (the voice's default from the next session); the rest need a restart
LIVE = {"kiosk.idle_timeout_s", "kiosk.language", "speech.enabled", "speech.volume"}
TOKEN = "siker.token"  # not a config key: the token lives in its own 0600 file


@dataclass(frozen=True)
class Saved:
    path: Path
    changed: list[str]
    restart: bool  # some change only takes effect after the kiosk restarts


def current(cfg: Config) -> dict[str, str]:
    return {key: _text(cfg.value(key)) for key in EDITABLE}


def _text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def parse(key: str, text: str) -> Any:
    """Screen text to the key's type; a wrong type is a ConfigError naming the key."""
    rule = config.RULES[key]
    text = text.strip()
    try:
        if rule.kind is int:
            return int(text)
        if rule.kind is float:
            return float(text)
        if rule.kind is bool:
            return {"true": True, "false": False}[text.lower()]
    except (ValueError, KeyError):
        raise ConfigError(f"Setting '{key}' has the value {text!r}; allowed: {rule.allowed}") from None
    return text


def site_path(cfg: Config) -> Path:
    return cfg.source or config.SITE_FILE


def save(cfg: Config, texts: dict[str, str], *, path: Path | None = None) -> Saved:
    """Validate the changed settings like start-up does, then write the site file atomically.

    A token, when given, replaces the token file (mode 0600). Raises ConfigError naming the key.
    """
    path = path or site_path(cfg)
    token = texts.get(TOKEN, "").strip()
    unknown = [key for key in texts if key not in EDITABLE and key != TOKEN]
    if unknown:
        raise ConfigError(f"Setting '{unknown[0]}' cannot be changed on screen")
    changes = {key: parse(key, text) for key, text in texts.items() if key in EDITABLE}
    changes = {key: value for key, value in changes.items() if value != cfg.value(key)}
    site = config.read_toml(path) if path.exists() else {}
    new_site = {**site, **changes}
    # the same rules as start-up, on what start-up will read
    merged = {**config.read_toml(config.DEFAULT_FILE), **new_site}
    config.validate(merged)
    if changes:
        write_atomically(path, new_site)
    if token:
        from kiosk.sync.client import write_token

        write_token(cfg.siker.token_file, token)
    changed = sorted(changes) + ([TOKEN] if token else [])
    return Saved(path, changed, restart=any(key not in LIVE for key in changed))


def _nested(flat: dict[str, Any]) -> dict[str, dict[str, Any]]:
    doc: dict[str, dict[str, Any]] = {}
    for key, value in sorted(flat.items()):
        section, name = key.split(".", 1)
        doc.setdefault(section, {})[name] = value
    return doc


def write_atomically(path: Path, flat: dict[str, Any]) -> None:
    text = f"# Site settings of this kiosk, written by the technician screen at {clock.rfc3339()}.\n"
    text += "# Defaults and their meaning: config/default.toml.\n\n" + tomli_w.dumps(_nested(flat))
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o640
    files.write_atomically(path, text.encode("utf-8"), mode=mode)


def live_values(saved: Saved, texts: dict[str, str]) -> dict[str, Any]:
    """The changed settings the running kiosk applies at once (idle timeout, language)."""
    return {key: parse(key, texts[key]) for key in saved.changed if key in LIVE}
