"""Kiosk card-signing keys and the card QR's signed claim (kiosk/core/card_signing.py:
``AK1.<base64url JSON>.<base64url Ed25519 signature>``, one-letter keys, ``k`` the kiosk id)."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.api.models import Kiosk, SigningKey

PREFIX = "AK1"


def raw_key(text: Any) -> str | None:
    """A PEM (SubjectPublicKeyInfo) or raw base64 Ed25519 public key as raw base64; None if neither."""
    if not isinstance(text, str) or len(text) > 1000:
        return None
    try:
        if "BEGIN PUBLIC KEY" in text:
            key = serialization.load_pem_public_key(text.encode("ascii"))
            if not isinstance(key, Ed25519PublicKey):
                return None
            raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        else:
            raw = base64.b64decode(text.strip(), validate=True)
            Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error, UnicodeEncodeError):
        return None
    return base64.b64encode(raw).decode("ascii") if len(raw) == 32 else None


def remember(kiosk: Kiosk, text: str) -> bool:
    """Store a key sent by ``kiosk`` (bound to it by its token); True when it was new."""
    _row, created = SigningKey.objects.get_or_create(kiosk=kiosk, public_key=raw_key(text))
    return created


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Check:
    """``genuine``: signed by the named kiosk's key and about this card; ``known_key``: False when
    the named kiosk has sent no key yet (then nothing can be said either way)."""

    genuine: bool
    known_key: bool = True


def check(payload: str, registration_no: str) -> Check:
    try:
        prefix, body_b64, signature_b64 = payload.strip().split(".")
        body, signature = _unb64(body_b64), _unb64(signature_b64)
        claim = json.loads(body)
        if prefix != PREFIX or not isinstance(claim, dict) or not isinstance(claim.get("k"), str):
            return Check(False)
    except (ValueError, binascii.Error):
        return Check(False)
    keys = SigningKey.objects.filter(kiosk__kiosk_id=claim["k"]).values_list("public_key", flat=True)
    if not keys:  # a kiosk that never sent its key; no such kiosk at all is a forgery
        return Check(False, known_key=not Kiosk.objects.filter(kiosk_id=claim["k"]).exists())
    for key in keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key)).verify(signature, body)
        except InvalidSignature:
            continue
        return Check(claim.get("r") == registration_no)  # a genuine QR of another card is no proof
    return Check(False)
