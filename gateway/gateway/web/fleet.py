"""The fleet board's facts: each kiosk's last heartbeat and whether it is late (two missed
heartbeat intervals), and a week of heartbeats per hour as a small inline SVG chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import TruncHour
from django.utils import timezone

from gateway.api.models import Heartbeat, Kiosk


@dataclass(frozen=True)
class KioskState:
    kiosk: Kiosk
    last: Heartbeat | None
    late: bool


def interval() -> timedelta:
    return timedelta(minutes=settings.GATEWAY["heartbeat_interval_min"])


def board(now: datetime | None = None) -> list[KioskState]:
    now = now or timezone.now()
    states = []
    for kiosk in Kiosk.objects.order_by("kiosk_id"):
        last = kiosk.heartbeats.order_by("-received_at").first()
        late = last is None or now - last.received_at > 2 * interval()
        states.append(KioskState(kiosk, last, late))
    return states


def hourly(kiosk: Kiosk, now: datetime | None = None, days: int = 7) -> list[tuple[datetime, int]]:
    """Heartbeats per hour for the last ``days`` days, oldest first, hours without any included."""
    now = timezone.localtime(now or timezone.now()).replace(minute=0, second=0, microsecond=0)
    start = now - timedelta(days=days) + timedelta(hours=1)
    counts = dict(
        Heartbeat.objects.filter(kiosk=kiosk, received_at__gte=start)
        .annotate(hour=TruncHour("received_at"))
        .values("hour")
        .annotate(n=Count("id"))
        .values_list("hour", "n")
    )
    hours = [start + timedelta(hours=i) for i in range(days * 24)]
    return [(hour, counts.get(hour, 0)) for hour in hours]


def chart_svg(series: list[tuple[datetime, int]], expected_per_hour: int) -> str:
    """Bars per hour; a dashed line where a healthy kiosk would be; day labels underneath."""
    width, height, pad = 672, 120, 18
    bar = width / max(1, len(series))
    top = max([expected_per_hour, *(n for _, n in series)]) or 1
    scale = (height - pad) / top
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 14}" role="img" preserveAspectRatio="none">']
    for i, (hour, n) in enumerate(series):
        h = n * scale
        colour = "ok" if n >= expected_per_hour * 0.8 else ("warn" if n else "none")
        parts.append(f'<rect class="{colour}" x="{i * bar:.1f}" y="{height - h:.1f}" width="{max(bar - 0.5, 0.5):.1f}"'
                     f' height="{h:.1f}"><title>{hour:%d-%m %H:00}: {n}</title></rect>')  # fmt: skip
        if hour.hour == 0:
            parts.append(f'<text x="{i * bar + 2:.1f}" y="{height + 12}">{hour:%d-%m}</text>')
    y = height - expected_per_hour * scale
    parts.append(f'<line class="expected" x1="0" x2="{width}" y1="{y:.1f}" y2="{y:.1f}"/>')
    parts.append("</svg>")
    return "".join(parts)
