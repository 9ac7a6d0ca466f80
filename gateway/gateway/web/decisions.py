"""The pengantar kerja's decision on a card: disahkan, revisi or ditolak (the last two with a
reason from the list and free text), stamped with the officer's name and NIP, audited."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gateway.api.models import Card
from gateway.audit import log as audit
from gateway.web import officers

DECISIONS = (Card.DISAHKAN, Card.REVISI, Card.DITOLAK)
# the reason as the kiosk shows it to the holder: plain Bahasa Indonesia, whatever the page language
REASONS = {
    "foto": "Foto tidak jelas",
    "data": "Data tidak sesuai KTP",
    "nik": "NIK tidak sah",
    "domisili": "Domisili di luar kota",
    "lainnya": "Lainnya",
}
DECISION_LABELS = {Card.DISAHKAN: _("disahkan"), Card.REVISI: _("dikembalikan untuk revisi"),
                   Card.DITOLAK: _("ditolak")}  # fmt: skip
REASON_LABELS = {
    "foto": _("Foto tidak jelas"),
    "data": _("Data tidak sesuai KTP"),
    "nik": _("NIK tidak sah"),
    "domisili": _("Domisili di luar kota"),
    "lainnya": _("Lainnya"),
}


class DecisionError(ValueError):
    pass


def queue() -> Any:
    """Cards waiting for legalisation, oldest first."""
    return Card.objects.filter(status=Card.MENUNGGU).order_by("queued_at", "id")


def reason_text(code: str, note: str) -> str:
    note = note.strip()
    if code == "lainnya":
        return note
    return f"{REASONS[code]}: {note}" if note else REASONS[code]


def decide(user: Any, registration_no: str, decision: str, reason: str = "", note: str = "") -> Card:
    """Record the decision; DecisionError (with a message for the page) when it cannot be made."""
    stamp = officers.stamp_of(user)
    if stamp is None:
        raise DecisionError(_("Akun Anda belum punya nama dan NIP: minta admin mengisinya (gateway staff officer)."))
    if decision not in DECISIONS:
        raise DecisionError(_("Pilih keputusan: sahkan, revisi atau tolak."))
    if decision != Card.DISAHKAN and (reason not in REASONS or not note.strip()):
        raise DecisionError(_("Revisi dan penolakan perlu alasan dari daftar dan keterangan."))
    with transaction.atomic():
        card = Card.objects.select_for_update().filter(registration_no=registration_no).first()
        if card is None or card.status != Card.MENUNGGU:
            raise DecisionError(_("Kartu ini tidak lagi menunggu: sudah diputuskan atau diubah."))
        now = timezone.now()
        card.status, card.officer, card.decided_at, card.updated_at = decision, stamp, now, now
        card.reason = None if decision == Card.DISAHKAN else reason_text(reason, note[:500])
        card.save()
        audit.record(
            user,
            f"card.{decision}",
            registration_no,
            officer=stamp,
            reason=card.reason,
            registration=card.registration.client_id,
        )
    return card
