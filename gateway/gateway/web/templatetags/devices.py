"""Device states of a heartbeat (the contract's codes) in the staff's language."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

WORDS = {
    "ok": _("baik"),
    "paper_low": _("kertas menipis"),
    "paper_out": _("kertas habis"),
    "offline": _("tidak menyala"),
    "absent": _("tidak terpasang"),
    "error": _("rusak"),
    "unknown": _("tidak diketahui"),
}


@register.filter
def device_state(code: str) -> str:
    """``paper_low`` -> "kertas menipis"; a state the contract may add later shows as it came."""
    return str(WORDS.get(code, code))
