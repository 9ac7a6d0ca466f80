"""The registration photo: a JPEG of at most 2 MiB before base64 (the contract's limit)."""

from __future__ import annotations

import base64
import binascii
import io

from PIL import Image, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024


class PhotoError(ValueError):
    pass


def decode_jpeg(text: str) -> bytes:
    """The JPEG's bytes, or PhotoError saying what is wrong with it."""
    if len(text) > (MAX_BYTES + 2) // 3 * 4 + 8:  # cheap refusal before decoding a huge string
        raise PhotoError(f"foto lebih dari {MAX_BYTES} byte")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PhotoError("foto bukan base64") from None
    if len(data) > MAX_BYTES:
        raise PhotoError(f"foto lebih dari {MAX_BYTES} byte")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.verify()  # reads the structure, not the pixels
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise PhotoError("foto bukan JPEG") from None
    if kind != "JPEG":
        raise PhotoError("foto bukan JPEG")
    return data
