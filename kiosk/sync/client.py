"""The SIKER kiosk gateway client (../shared/siker-kiosk-api.md), on a requests Session.

Every response is sorted into what the contract says it means for the kiosk; nothing else
decides whether a record was delivered.
"""

from __future__ import annotations

import json
import logging
import math
import stat
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import requests

from kiosk import __version__, files

if TYPE_CHECKING:
    from kiosk.config import Config

JsonObject: TypeAlias = dict[str, Any]  # a JSON object as json.loads gives it

log = logging.getLogger(__name__)

DELIVERED, DUPLICATE, PERMANENT, AUTH, RETRY_AFTER, TRANSIENT = (
    "delivered",
    "duplicate",
    "permanent",
    "auth",
    "retry_after",
    "transient",
)


class TokenError(RuntimeError):
    """The token file is missing, empty or readable by others."""


def read_token(path: str | Path) -> str:
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise TokenError(f"SIKER token file {path} cannot be read: {exc.strerror}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise TokenError(f"SIKER token file {path} is readable by others (mode {stat.S_IMODE(mode):o}); chmod 600 it")
    token = path.read_text(encoding="utf-8").strip()
    if not token:
        raise TokenError(f"SIKER token file {path} is empty")
    return token


def write_token(path: str | Path, token: str) -> None:
    """Create or replace the token file with mode 0600 from the first byte."""
    files.write_atomically(Path(path), (token.strip() + "\n").encode("utf-8"), mode=0o600)


@dataclass(frozen=True)
class Reply:
    kind: str  # delivered | duplicate | permanent | auth | retry_after | transient
    status: int | None = None
    body: JsonObject | None = None
    message: str = ""
    retry_after_s: float | None = None


MAX_RETRY_AFTER_S = 3600.0  # a server (or a proxy in between) never parks the kiosk for longer


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delay-seconds or an HTTP date), within 0..1 hour."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            from kiosk.core import clock

            seconds = (parsedate_to_datetime(value) - clock.now()).total_seconds()
        except (TypeError, ValueError, OverflowError):
            return None
    if not math.isfinite(seconds):
        return None
    return min(MAX_RETRY_AFTER_S, max(0.0, seconds))


def _json(response: requests.Response) -> JsonObject | None:
    if "json" not in response.headers.get("Content-Type", ""):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def classify(response: requests.Response, client_id: str | None = None) -> Reply:
    """The contract's table, row by row."""
    status = response.status_code
    body = _json(response)
    if status == 201 and body is not None and (client_id is None or body.get("client_id") == client_id):
        return Reply(DELIVERED, status, body)
    if status == 200 and body is not None and body.get("duplicate") is True:
        return Reply(DUPLICATE, status, body)
    if status in (400, 409, 422):
        message = ""
        if body is not None:
            message = str(body.get("error") or body.get("message") or body)[:500]
        else:
            message = response.text[:500]
        return Reply(PERMANENT, status, body, message or f"HTTP {status}")
    if status in (401, 403):
        return Reply(AUTH, status, body, f"HTTP {status}: token rejected")
    if status in (429, 503):
        wait = _retry_after(response.headers.get("Retry-After"))
        if wait is not None:
            return Reply(RETRY_AFTER, status, body, f"HTTP {status}", wait)
    # other 5xx, a 2xx that is not the expected JSON (a captive portal's page), anything else
    return Reply(TRANSIENT, status, body, f"HTTP {status}" + ("" if body is not None else ", not the expected JSON"))


class SikerClient:
    def __init__(
        self,
        base_url: str,
        token: str,
        kiosk_id: str,
        *,
        ca_bundle: str = "",
        timeout_s: float = 15,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout_s
        self.session = requests.Session()
        # verified always; a private CA may be named, never off. Passed with each request too:
        # requests lets $REQUESTS_CA_BUNDLE override a Session's own verify (psf/requests#3829)
        self.verify: str | bool = ca_bundle or True
        self.session.verify = self.verify
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "X-Kiosk-Id": kiosk_id,
                "User-Agent": f"atm-pencari-kerja/{__version__}",
                "Accept": "application/json",
            }
        )

    @classmethod
    def from_config(cls, cfg: Config) -> SikerClient:
        return cls(
            cfg.siker.base_url,
            read_token(cfg.siker.token_file),
            cfg.kiosk.id,
            ca_bundle=cfg.siker.ca_bundle,
            timeout_s=cfg.siker.timeout_s,
        )

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response | Reply:
        try:
            url = self.base_url + path
            # (connect, read): a server that accepts and never answers ends at the read timeout
            timeout = (self.timeout, self.timeout)
            return self.session.request(method, url, timeout=timeout, verify=self.verify, **kwargs)
        except requests.exceptions.SSLError as exc:
            log.warning("TLS verification failed for SIKER: %s", type(exc).__name__)
            return Reply(TRANSIENT, None, None, "TLS certificate not trusted")
        except requests.RequestException as exc:
            return Reply(TRANSIENT, None, None, type(exc).__name__)

    def post(self, path: str, payload: JsonObject) -> Reply:
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        response = self._call(
            "POST",
            path,
            data=data,
            headers={"Content-Type": "application/json", "Idempotency-Key": payload["client_id"]},
        )
        return response if isinstance(response, Reply) else classify(response, payload["client_id"])

    def get(self, path: str, params: dict[str, str | int] | None = None) -> Reply:
        response = self._call("GET", path, params=params)
        if isinstance(response, Reply):
            return response
        body = _json(response)
        if response.status_code == 200 and body is not None:
            return Reply(DELIVERED, 200, body)
        if response.status_code == 404:
            return Reply(PERMANENT, 404, body, "not found")
        return classify(response)

    def card(self, registration_no: str) -> Reply:
        """GET /cards/{registration_no}: DELIVERED with the card's state, PERMANENT 404 when the
        server has no such card (yet: the registration may still wait in the outbox)."""
        return self.get(f"/cards/{registration_no}")

    def heartbeat(self, body: JsonObject) -> Reply:
        response = self._call("POST", "/heartbeat", data=json.dumps(body), headers={"Content-Type": "application/json"})
        if isinstance(response, Reply):
            return response
        parsed = _json(response)
        if response.status_code == 200 and parsed is not None and "server_time" in parsed:
            return Reply(DELIVERED, 200, parsed)
        return classify(response)
