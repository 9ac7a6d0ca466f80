"""Configuration: ``config/default.toml`` overridden by a site file, validated at start.

Every key is declared once in ``RULES`` with the check it must pass, so start-up,
the technician's settings screen and ``kiosk doctor`` all apply the same rules.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core import clock

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "config" / "default.toml"
SITE_FILE = Path("/etc/kiosk/kiosk.toml")
T = TypeVar("T")


class ConfigError(ValueError):
    """A setting is missing, unknown or out of range. The message names key and value."""


# the rule and the settings are NamedTuples, not dataclasses: read before the first paint, and
# nine frozen dataclasses cost 6 ms of start-up generating their methods (docs/benchmarks.md)
class Rule(NamedTuple):
    kind: type
    check: Callable[[Any], bool] = lambda _v: True
    allowed: str = ""


def _one_of(*values: Any) -> Rule:
    kind = type(values[0])
    return Rule(kind, lambda v: v in values, "one of " + ", ".join(repr(v) for v in values))


def _int_range(lo: int, hi: int) -> Rule:
    return Rule(int, lambda v: lo <= v <= hi, f"a whole number from {lo} to {hi}")


def _float_range(lo: float, hi: float) -> Rule:
    return Rule(float, lambda v: lo <= v <= hi, f"a number from {lo} to {hi}")


def _pattern(regex: str, allowed: str) -> Rule:
    return Rule(str, lambda v: re.fullmatch(regex, v) is not None, allowed)


_ANY_TEXT = Rule(str)


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


_PRINTER_URI = _pattern(
    r"(usb://0x[0-9a-fA-F]{4}:0x[0-9a-fA-F]{4}|tcp://[^:/\s]+:\d{1,5}|serial:///\S+|file:///\S+|simulated)",
    "usb://0xVID:0xPID, tcp://host:port, serial:///dev/ttyUSB0?baudrate=9600, file:///dev/usb/lp0 or simulated",
)

RULES: dict[str, Rule] = {
    "kiosk.id": _pattern(r"[A-Za-z0-9-]{1,32}", "1-32 letters, digits or dashes"),
    "kiosk.number": _int_range(1, 99),
    "kiosk.region_code": _pattern(r"[1-9]\d[0-9]\d", "a four-digit kabupaten/kota code such as 3374"),
    "kiosk.data_dir": Rule(str, lambda v: bool(v.strip()), "a folder path"),
    "kiosk.language": _one_of("id", "en"),
    "kiosk.idle_timeout_s": _int_range(15, 600),
    "kiosk.idle_countdown_s": _int_range(5, 60),
    "kiosk.fullscreen": Rule(bool, allowed="true or false"),
    "kiosk.hide_cursor": Rule(bool, allowed="true or false"),
    "kiosk.large_text": Rule(bool, allowed="true or false"),
    "kiosk.high_contrast": Rule(bool, allowed="true or false"),
    "kiosk.low_reach": Rule(bool, allowed="true or false"),
    "kiosk.staff_entry_corner": _one_of("top-left", "top-right", "bottom-left", "bottom-right"),
    "kiosk.staff_entry_hold_s": _int_range(2, 30),
    "kiosk.retention_days": _int_range(1, 3650),
    "kiosk.timezone": Rule(str, _is_zone, "an IANA time zone such as Asia/Jakarta (WIB) or Asia/Makassar"),
    "card_reader.backend": _one_of("pcsc", "middleware", "simulated"),
    "card_reader.middleware_url": _pattern(r"(wss?|https?)://\S+", "a ws://, wss://, http:// or https:// URL"),
    "card_reader.reader_name": _ANY_TEXT,
    "camera.source": _pattern(
        r"\d{1,2}|/dev/\S+|file:///\S+|simulated",
        "a device index (0-99), a /dev/... path, file:///path or simulated",
    ),
    "camera.width": _int_range(160, 4096),
    "camera.height": _int_range(120, 4096),
    "camera.min_face_fraction": _float_range(0.01, 1.0),
    "camera.max_face_fraction": _float_range(0.01, 1.0),
    "camera.min_brightness": _int_range(0, 255),
    "camera.max_brightness": _int_range(0, 255),
    "camera.min_sharpness": _float_range(0.0, 100000.0),
    "printer.uri": _PRINTER_URI,
    "printer.paper_width_mm": _one_of(58, 80),
    "printer.timeout_s": _int_range(1, 120),
    "siker.base_url": _pattern(r"https?://\S+", "an http:// or https:// URL"),
    "siker.token_file": Rule(str, lambda v: bool(v.strip()), "a file path"),
    "siker.ca_bundle": _ANY_TEXT,
    "siker.timeout_s": _int_range(1, 120),
    "siker.vacancy_pull_min": _int_range(1, 1440),
    "siker.heartbeat_min": _int_range(1, 120),
    "gateway.public_url": _pattern(
        r"(https?://[^\s?#]+)?", "empty, or the office gateway's public http(s):// address (no ? or #)"
    ),
    "office.hours": Rule(str, lambda v: bool(v.strip()), "the counter's opening hours, e.g. Senin–Jumat 08.00–15.00"),
    "office.phone": _ANY_TEXT,
    "office.address": _ANY_TEXT,
    "office.answer_working_days": _int_range(1, 30),
    "speech.enabled": Rule(bool, allowed="true or false"),
    "speech.volume": _int_range(0, 100),
    "speech.backend": _one_of("espeak", "simulated"),
}


class KioskSettings(NamedTuple):
    id: str
    number: int
    region_code: str
    data_dir: str
    language: str
    idle_timeout_s: int
    idle_countdown_s: int
    fullscreen: bool
    hide_cursor: bool
    large_text: bool
    high_contrast: bool
    low_reach: bool
    staff_entry_corner: str
    staff_entry_hold_s: int
    retention_days: int
    timezone: str


class CardReaderSettings(NamedTuple):
    backend: str
    middleware_url: str
    reader_name: str


class CameraSettings(NamedTuple):
    source: str
    width: int
    height: int
    min_face_fraction: float
    max_face_fraction: float
    min_brightness: int
    max_brightness: int
    min_sharpness: float


class PrinterSettings(NamedTuple):
    uri: str
    paper_width_mm: int
    timeout_s: int


class SikerSettings(NamedTuple):
    base_url: str
    token_file: str
    ca_bundle: str
    timeout_s: int
    vacancy_pull_min: int
    heartbeat_min: int


class GatewaySettings(NamedTuple):
    """The office gateway as the public sees it: its address goes into the card's QR."""

    public_url: str


class OfficeSettings(NamedTuple):
    """The Disnaker counter, named to a job seeker who cannot prove their card at the kiosk."""

    hours: str
    phone: str
    address: str
    answer_working_days: int  # a ticket is answered within this many Monday-Friday days


class SpeechSettings(NamedTuple):
    """Spoken guidance (issue 23): whether each session starts with the voice on, and how loud."""

    enabled: bool
    volume: int  # 0-100, espeak-ng's amplitude
    backend: str  # espeak (espeak-ng, a separate process) | simulated (silent, for tests)


# section name -> its typed view; a test checks that these fields and RULES name the same keys
SECTIONS: dict[str, type] = {
    "kiosk": KioskSettings,
    "card_reader": CardReaderSettings,
    "camera": CameraSettings,
    "printer": PrinterSettings,
    "siker": SikerSettings,
    "gateway": GatewaySettings,
    "office": OfficeSettings,
    "speech": SpeechSettings,
}


def _section(values: Mapping[str, Any], name: str, cls: type[T]) -> T:
    prefix = name + "."
    return cls(**{k[len(prefix) :]: v for k, v in values.items() if k.startswith(prefix)})


class Config:
    """Validated settings, one typed section each: ``cfg.kiosk.id``, ``cfg.printer.paper_width_mm``.

    The dotted keys (``kiosk.id``) remain the names in TOML files, RULES and the technician's
    settings screen; code reads the typed sections.
    """

    def __init__(self, values: Mapping[str, Any], source: Path | None = None) -> None:
        self._values = dict(values)
        self.source = source
        self.kiosk = _section(self._values, "kiosk", KioskSettings)
        self.card_reader = _section(self._values, "card_reader", CardReaderSettings)
        self.camera = _section(self._values, "camera", CameraSettings)
        self.printer = _section(self._values, "printer", PrinterSettings)
        self.siker = _section(self._values, "siker", SikerSettings)
        self.gateway = _section(self._values, "gateway", GatewaySettings)
        self.office = _section(self._values, "office", OfficeSettings)
        self.speech = _section(self._values, "speech", SpeechSettings)

    def value(self, key: str) -> object:
        """One setting by its dotted name, for code that works over RULES (settings, `kiosk config`)."""
        return self._values[key]

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def with_overrides(self, overrides: Mapping[str, Any]) -> Config:
        """A copy with some keys replaced, validated with the same rules."""
        merged = {**self._values, **overrides}
        return Config(validate(merged), self.source)

    @property
    def data_dir(self) -> Path:
        return Path(self.kiosk.data_dir)

    @property
    def db_path(self) -> Path:
        return self.data_dir / "kiosk.db"


def _flatten(doc: Mapping[str, Any], origin: str) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, table in doc.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{origin}: '{section}' must be a [section], found a value")
        for key, value in table.items():
            flat[f"{section}.{key}"] = value
    return flat


def validate(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check every key against RULES; return the values with ints widened to floats."""
    clean: dict[str, Any] = {}
    for key, value in values.items():
        rule = RULES.get(key)
        if rule is None:
            raise ConfigError(f"Unknown setting '{key}' (value {value!r}); known: see config/default.toml")
        if rule.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        ok_type = isinstance(value, rule.kind) and not (rule.kind is int and isinstance(value, bool))
        if not ok_type or not rule.check(value):
            allowed = rule.allowed or f"a {rule.kind.__name__}"
            raise ConfigError(f"Setting '{key}' has the value {value!r}; allowed: {allowed}")
        clean[key] = value
    if clean.get("camera.min_face_fraction", 0) >= clean.get("camera.max_face_fraction", 1):
        raise ConfigError("Setting 'camera.min_face_fraction' must be below 'camera.max_face_fraction'")
    if clean.get("camera.min_brightness", 0) >= clean.get("camera.max_brightness", 255):
        raise ConfigError("Setting 'camera.min_brightness' must be below 'camera.max_brightness'")
    return clean


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return _flatten(tomllib.load(fh), str(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"Cannot read config file {path}: {exc.strerror}") from exc


def site_file(explicit: str | Path | None = None) -> Path | None:
    """The site file in force: --config, then $KIOSK_CONFIG, then /etc/kiosk/kiosk.toml."""
    if explicit:
        return Path(explicit)
    if os.environ.get("KIOSK_CONFIG"):
        return Path(os.environ["KIOSK_CONFIG"])
    return SITE_FILE if SITE_FILE.exists() else None


def load(explicit: str | Path | None = None, overrides: Mapping[str, Any] | None = None) -> Config:
    """Defaults, then the site file, then ``overrides`` (used by `kiosk demo`)."""
    values = read_toml(DEFAULT_FILE)
    source = site_file(explicit)
    if source is not None:
        site = read_toml(source)
        for key in site:
            if key not in RULES:
                raise ConfigError(f"{source}: unknown setting '{key}' (value {site[key]!r})")
        values.update(site)
    if overrides:
        values.update(overrides)
    cfg = Config(validate(values), source)
    # the settings in force: every clock on screen and every printed time follows this zone
    clock.set_zone(cfg.kiosk.timezone)
    return cfg
