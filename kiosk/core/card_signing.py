"""The AK/1 card's QR: what the card says, signed with the kiosk's Ed25519 key.

Anyone holding the kiosk's public key can check a card offline: the payload is
``AK1.<base64url JSON>.<base64url signature>``; the signature covers the JSON bytes.

With the office gateway's public address configured, the QR holds the verification URL
``<public_url>/v/<registration_no>?s=<payload>`` (docs/gateway.md, "The public verification page"),
so any phone camera opens the office's page; the payload inside is the same, so the kiosk's own
``kiosk verify-card`` checks either form offline.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from urllib.parse import parse_qs, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.problems import Code, ProblemError

PREFIX = "AK1"
PUBLIC_KEY_FILE = "card-signing.pub"  # beside the private key in the data folder; the heartbeat sends it


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


def verification_url(public_url: str, registration_no: str, payload: str) -> str:
    """What the QR holds: the gateway's page for this card, with the signed payload as ``s``.
    The payload is base64url and dots only (URL-safe as it is). No public URL: the bare payload."""
    if not public_url:
        return payload
    return f"{public_url.rstrip('/')}/v/{registration_no}?s={payload}"


def payload_of(scanned: str) -> tuple[str, str | None]:
    """The signed payload in a scanned QR text, and the card number of its URL (None for a bare payload).

    A URL without ``s`` or not ending in ``/v/<number>`` is not a card's: ``CardNotGenuine``."""
    text = scanned.strip()
    if text.startswith(PREFIX + "."):
        return text, None
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise CardNotGenuine(Code.QR_NOT_A_CARD)
    head, _, number = parts.path.rstrip("/").rpartition("/")
    signed = parse_qs(parts.query).get("s")
    if not head.endswith("/v") or not number or not signed:
        raise CardNotGenuine(Code.QR_NOT_A_CARD)
    return signed[0], number


def verify_scanned(scanned: str, public_key: Ed25519PublicKey) -> CardClaim:
    """``verify`` for what a scanner reads: the URL or the bare payload. A genuine payload under
    another card's number in the URL is not genuine (the gateway's page refuses it the same way)."""
    payload, number = payload_of(scanned)
    claim = verify(payload, public_key)
    if number is not None and number != claim.registration_no:
        raise CardNotGenuine(Code.QR_SIGNATURE)
    return claim
