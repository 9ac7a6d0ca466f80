"""A logging filter that masks NIKs, phone numbers and bearer tokens in every log line.

The gateway logs identifiers (client_id, kiosk id), never personal data; this filter is the
net for what still slips through, such as the NIK in the path of GET /job-seekers/{nik}, or the
card's QR in ``/v/{registration_no}?s=…`` (its body holds the NIK and name in base64).
"""

from __future__ import annotations

import logging
import re

_NIK_PATH = re.compile(r"(/job-seekers/)(\d{4})[^/?\s\"]*")
_NIK = re.compile(r"(?<!\d)(\d{4})\d{12}(?!\d)")
_PHONE = re.compile(r"(?<![\w])(?:\+62|62|0)8\d{7,12}(?!\d)")
_QR = re.compile(r"([?&]s=)[^&\s\"]+")
_PHONE_QUERY = re.compile(r"([?&]phone=)[^&\s\"]+")  # GET /tickets/{no}?phone=%2B628…
_BEARER = re.compile(r"(Bearer\s+)\S+", re.IGNORECASE)


def mask(text: str) -> str:
    text = _QR.sub(r"\1[qr]", text)
    text = _PHONE_QUERY.sub(r"\1[phone]", text)
    text = _NIK_PATH.sub(lambda m: m.group(1) + m.group(2) + "*" * 12, text)
    text = _NIK.sub(lambda m: m.group(1) + "*" * 12, text)
    text = _PHONE.sub("08**********", text)
    return _BEARER.sub(r"\1[token]", text)


class MaskPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if masked != message or record.args:
            record.msg, record.args = masked, None
        return True
