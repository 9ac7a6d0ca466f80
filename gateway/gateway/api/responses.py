"""JSON answers of the kiosk API."""

from __future__ import annotations

from typing import Any

from django.http import JsonResponse


def answer(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> JsonResponse:
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    for key, value in (headers or {}).items():
        response[key] = value
    return response


def error(status: int, message: str, fields: dict[str, str] | None = None, **headers: str) -> JsonResponse:
    body: dict[str, Any] = {"error": message}
    if fields:
        body["fields"] = fields
    return answer(status, body, {key.replace("_", "-"): value for key, value in headers.items()})


def invalid(fields: dict[str, str]) -> JsonResponse:
    """422 naming every wrong field, in the message too (the kiosk shows ``error`` to the technician)."""
    return error(422, "kolom tidak sah: " + ", ".join(sorted(fields)), fields)
