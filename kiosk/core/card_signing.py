"""The AK/1 card's QR: what the card says, signed with the kiosk's Ed25519 key.

Anyone holding the kiosk's public key can check a card offline: the payload is
``AK1.<base64url JSON>.<base64url signature>``; the signature covers the JSON bytes.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.problems import Code, ProblemError

PREFIX = "AK1"


class CardNotGenuine(ProblemError):
    """The QR was altered, signed by another key, or is not an AK/1 payload."""


@dataclass(frozen=True)
class CardClaim:
    registration_no: str
    nik: str
    name: str
    valid_until: str  # YYYY-MM-DD
    kiosk_id: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# one-letter keys keep the QR small enough for big, easily scanned modules on 58 mm paper
KEYS = {"registration_no": "r", "nik": "n", "name": "m", "valid_until": "v", "kiosk_id": "k"}


def sign(claim: CardClaim, key: Ed25519PrivateKey) -> str:
    short = {KEYS[name]: value for name, value in asdict(claim).items()}
    body = json.dumps(short, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return f"{PREFIX}.{_b64(body)}.{_b64(key.sign(body))}"


def verify(payload: str, public_key: Ed25519PublicKey) -> CardClaim:
    """The claim when the signature holds; ``CardNotGenuine`` otherwise."""
    try:
        prefix, body_b64, signature_b64 = payload.strip().split(".")
        if prefix != PREFIX:
            raise ValueError
        body, signature = _unb64(body_b64), _unb64(signature_b64)
    except ValueError:
        raise CardNotGenuine(Code.QR_NOT_A_CARD) from None
    try:
        public_key.verify(signature, body)
    except InvalidSignature:
        raise CardNotGenuine(Code.QR_SIGNATURE) from None
    try:
        short = json.loads(body)
        return CardClaim(**{name: short[letter] for name, letter in KEYS.items()})
    except (ValueError, TypeError, KeyError):
        raise CardNotGenuine(Code.QR_DAMAGED) from None
