"""Is this NIK registered at SIKER (at the office or at another kiosk)? Asked for a new
registration the kiosk itself does not know. It blocks: the caller runs it off the GUI thread."""

from __future__ import annotations

import logging
from datetime import date

from kiosk.config import Config
from kiosk.services.registration import Existing
from kiosk.sync.client import DELIVERED, SikerClient, TokenError

log = logging.getLogger(__name__)
LOOKUP_TIMEOUT_S = 4  # a job seeker waits on this answer: offline must not feel like a hang


def find_remote(cfg: Config, nik: str) -> Existing | None:
    """GET /job-seekers/{nik}. Offline, or without a usable token, the answer is "not known"."""
    try:
        client = SikerClient.from_config(cfg.with_overrides({"siker.timeout_s": LOOKUP_TIMEOUT_S}))
        reply = client.get(f"/job-seekers/{nik}")
        if reply.kind == DELIVERED and isinstance(reply.body, dict):
            return Existing(
                "",  # registered elsewhere: no local record to refer to
                str(reply.body.get("registration_no", "")),
                date.fromisoformat(str(reply.body.get("valid_until"))),
                str(reply.body.get("name", "")),
            )
    except (TokenError, ValueError, TypeError) as exc:
        log.info("SIKER lookup not possible: %s", type(exc).__name__)
    return None
