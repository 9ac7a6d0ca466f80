"""The kiosk API (../shared/siker-kiosk-api.md, version 1), endpoint by endpoint."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from gateway.api import cards, event_feed, feed, idempotency, records, signing, tickets, vacancy_feed, validation
from gateway.api.guard import kiosk_api
from gateway.api.models import Card, Heartbeat, Kiosk, Registration, Report
from gateway.api.photo import PhotoError, decode_jpeg
from gateway.api.responses import answer, error, invalid
from gateway.audit import log as audit

log = logging.getLogger(__name__)

BodyOrError = dict[str, Any] | HttpResponse
Save = Callable[[Kiosk, dict[str, Any], bytes | None], dict[str, Any]]


def _without_photo(save: Callable[[Kiosk, dict[str, Any]], dict[str, Any]]) -> Save:
    return lambda kiosk, body, _jpeg: save(kiosk, body)


def _json_body(request: HttpRequest) -> BodyOrError:
    try:
        raw = request.body
    except RequestDataTooBig:  # only a photo makes a body this large
        return invalid({"photo_jpeg_base64": "foto lebih dari 2097152 byte"})
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return error(400, "body bukan JSON")
    if not isinstance(body, dict):
        return error(400, "body harus objek JSON")
    return body


def _record_view(
    endpoint: str, schema: dict[str, validation.Field], save: Save
) -> Callable[[HttpRequest], HttpResponse]:
    @kiosk_api("POST")
    def view(request: HttpRequest) -> HttpResponse:
        body = _json_body(request)
        if isinstance(body, HttpResponse):
            return body
        problems = validation.problems(body, schema)
        if problems:
            return invalid(problems)
        if request.headers.get("Idempotency-Key") != body["client_id"]:
            return invalid({"Idempotency-Key": "harus sama dengan client_id"})
        kiosk: Kiosk = request.kiosk  # type: ignore[attr-defined]
        jpeg = None
        if endpoint == "/registrations" and body.get("photo_jpeg_base64"):
            try:
                jpeg = decode_jpeg(body["photo_jpeg_base64"])
            except PhotoError as exc:
                return invalid({"photo_jpeg_base64": str(exc)})
        try:
            status, reply = idempotency.store_once(
                body["client_id"], endpoint, kiosk, body, lambda: save(kiosk, body, jpeg)
            )
        except tickets.Refused as exc:
            log.info("%s %s from %s: refused (%s)", endpoint, body["client_id"], kiosk.kiosk_id, exc)
            return invalid(exc.fields)
        except event_feed.Full:
            log.info("%s %s from %s: full", endpoint, body["client_id"], kiosk.kiosk_id)
            return answer(409, {"error": "full"})
        log.info("%s %s from %s: %s", endpoint, body["client_id"], kiosk.kiosk_id, status)
        return answer(status, reply)

    view.__name__ = endpoint.strip("/").replace("-", "_")
    return view


registrations = _record_view("/registrations", validation.REGISTRATION, records.save_registration)
reports = _record_view("/reports", validation.REPORT, _without_photo(records.save_report))
applications = _record_view("/applications", validation.APPLICATION, _without_photo(records.save_application))
print_log = _record_view("/print-log", validation.PRINT_LOG, _without_photo(records.save_print_log))
ticket_new = _record_view("/tickets", validation.TICKET, _without_photo(tickets.save_ticket))
event_registrations = _record_view(
    "/event-registrations", validation.EVENT_REGISTRATION, _without_photo(event_feed.register)
)


def _limit(request: HttpRequest) -> int | HttpResponse:
    raw_limit = request.GET.get("limit", str(feed.DEFAULT_LIMIT))
    if not raw_limit.isdigit() or int(raw_limit) < 1:
        return invalid({"limit": f"bilangan bulat 1 sampai {feed.MAX_LIMIT}"})
    return min(int(raw_limit), feed.MAX_LIMIT)


@kiosk_api("GET")
def vacancies(request: HttpRequest) -> HttpResponse:
    limit = _limit(request)
    if isinstance(limit, HttpResponse):
        return limit
    try:
        return answer(200, vacancy_feed.page(request.GET.get("cursor") or None, limit))
    except feed.CursorError as exc:
        return error(400, str(exc))


@kiosk_api("GET")
def events(request: HttpRequest) -> HttpResponse:
    limit = _limit(request)
    if isinstance(limit, HttpResponse):
        return limit
    try:
        return answer(200, event_feed.page(request.GET.get("cursor") or None, limit))
    except feed.CursorError as exc:
        return error(400, str(exc))


@kiosk_api("GET")
def ticket_status(request: HttpRequest, ticket_no: str) -> HttpResponse:
    row = tickets.find(ticket_no, request.GET.get("phone"))
    if row is None:  # unknown number, wrong phone or none: one answer, so it tells nothing
        return error(404, "tiket tidak ditemukan")
    return answer(200, tickets.status_body(row))


@kiosk_api("GET")
def job_seeker(request: HttpRequest, nik: str) -> HttpResponse:
    latest = Registration.objects.filter(nik=nik).order_by("-created_at", "-id").first()
    if latest is None:
        return error(404, "tidak ditemukan")
    last_report = Report.objects.filter(nik=nik).aggregate(at=Max("reported_at"))["at"]
    return answer(200, {
        "registration_no": latest.registration_no,
        "valid_until": latest.valid_until.isoformat(),
        "last_report_at": timezone.localtime(last_report).isoformat(timespec="seconds") if last_report else None,
        "name": latest.name,
    })  # fmt: skip


@kiosk_api("GET")
def card(request: HttpRequest, registration_no: str) -> HttpResponse:
    row = Card.objects.filter(registration_no=registration_no).first()
    if row is None:
        return error(404, "kartu tidak ditemukan")
    return answer(200, cards.body(row))


@kiosk_api("POST")
def heartbeat(request: HttpRequest) -> HttpResponse:
    body = _json_body(request)
    if isinstance(body, HttpResponse):
        return body
    problems = validation.problems(body, validation.HEARTBEAT)
    if problems:
        return invalid(problems)
    kiosk: Kiosk = request.kiosk  # type: ignore[attr-defined]
    now = timezone.now()
    Heartbeat.objects.create(
        kiosk=kiosk,
        sent_at=records.parse_time(body["sent_at"]),
        **{
            key: body[key]
            for key in (
                "version",
                "outbox_pending",
                "outbox_failed",
                "printer",
                "card_reader",
                "camera",
                "cards_printed_today",
            )
        },
    )
    Kiosk.objects.filter(pk=kiosk.pk).update(last_heartbeat_at=now)
    if body.get("card_signing_key"):
        with transaction.atomic():
            if signing.remember(kiosk, body["card_signing_key"]):
                audit.record(None, "kiosk.signing_key", kiosk.kiosk_id, by=f"kiosk {kiosk.kiosk_id}")
                log.info("heartbeat: new card-signing key from %s", kiosk.kiosk_id)
    return answer(200, {"server_time": timezone.localtime(now).isoformat(timespec="seconds")})


@csrf_exempt
def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    return error(404, "endpoint tidak dikenal")
