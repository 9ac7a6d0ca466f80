"""The kiosk API contract (../shared/siker-kiosk-api.md), written once and run against every
server the project ships: the SIKER simulator, the gateway on SQLite, the gateway on PostgreSQL.
Where the simulator is knowingly looser than the contract, its test is an expected failure
(strict: fixing the simulator turns it into a pass that must be acknowledged)."""

from __future__ import annotations

import base64
import io
import random

import pytest
from gwsupport import samples
from gwsupport.servers import ContractServer, Kiosk
from PIL import Image

RECORDS = {
    "/reports": samples.report,
    "/applications": samples.application,
    "/print-log": samples.print_log,
}


def simulator_deviates(request: pytest.FixtureRequest, server: ContractServer, reason: str) -> None:
    if server.name == "simulator":
        request.applymarker(pytest.mark.xfail(strict=True, reason="simulator deviation: " + reason))


def test_registration_is_stored_once_and_a_repeat_is_a_duplicate_with_the_same_siker_id(server):
    kiosk = Kiosk(server)
    body = samples.registration()
    first = kiosk.post("/registrations", body)
    assert first.status_code == 201, first.text
    assert first.headers["Content-Type"].startswith("application/json")
    assert first.json()["client_id"] == body["client_id"] and first.json()["duplicate"] is False
    again = kiosk.post("/registrations", body)
    assert again.status_code == 200
    assert again.json() == {**first.json(), "duplicate": True}
    assert server.stored(body["client_id"]) == 1


@pytest.mark.parametrize("endpoint", sorted(RECORDS))
def test_each_record_kind_is_201_then_200_duplicate(server, endpoint):
    kiosk = Kiosk(server)
    reg = samples.registration()
    assert kiosk.post("/registrations", reg).status_code == 201
    body = RECORDS[endpoint](reg)
    first = kiosk.post(endpoint, body)
    assert (first.status_code, first.json()) == (201, {"client_id": body["client_id"], "duplicate": False})
    again = kiosk.post(endpoint, body)
    assert (again.status_code, again.json()["duplicate"]) == (200, True)
    assert server.stored(body["client_id"]) == 1


def test_same_key_with_another_body_is_409_and_the_first_body_stays(server):
    kiosk = Kiosk(server)
    body = samples.registration()
    assert kiosk.post("/registrations", body).status_code == 201
    changed = kiosk.post("/registrations", body | {"name": "Nama Lain"})
    assert changed.status_code == 409
    assert "error" in changed.json()
    assert kiosk.post("/registrations", body).status_code == 200  # the first body is still the stored one
    assert server.stored(body["client_id"]) == 1


def test_key_order_and_spacing_do_not_make_another_body(server):
    kiosk = Kiosk(server)
    body = samples.registration()
    assert kiosk.post("/registrations", body).status_code == 201
    reordered = dict(reversed(list(body.items())))
    import json

    raw = json.dumps(reordered, indent=2, ensure_ascii=True).encode()
    again = kiosk.post("/registrations", None, key=body["client_id"], raw=raw)
    assert again.status_code == 200 and again.json()["duplicate"] is True


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"\xff\xfe", b""])
def test_a_body_that_is_not_a_json_object_is_400_and_nothing_is_stored(server, raw):
    kiosk = Kiosk(server)
    response = kiosk.post("/registrations", None, key="7f0c2c52-7f8f-4f5e-9a57-0d3c1f4f6a11", raw=raw)
    assert response.status_code == 400
    assert "error" in response.json()
    assert server.stored("7f0c2c52-7f8f-4f5e-9a57-0d3c1f4f6a11") == 0


def test_missing_fields_are_422_naming_them_and_nothing_is_stored(server):
    kiosk = Kiosk(server)
    body = samples.registration()
    del body["nik"]
    body["birth_date"] = None
    response = kiosk.post("/registrations", body)
    assert response.status_code == 422
    assert "nik" in response.json()["error"] and "birth_date" in response.json()["error"]
    assert server.stored(body["client_id"]) == 0


def test_wrong_field_values_are_422_naming_them(request, server):
    simulator_deviates(request, server, "checks only that required fields are present, not their values")
    kiosk = Kiosk(server)
    body = samples.registration(nik_="12345", sex="X", birth_date="21-11-1998")
    response = kiosk.post("/registrations", body)
    assert response.status_code == 422
    assert {"nik", "sex", "birth_date"} <= set(response.json()["fields"])
    assert server.stored(body["client_id"]) == 0


def test_idempotency_key_other_than_client_id_is_422(server):
    kiosk = Kiosk(server)
    body = samples.registration()
    response = kiosk.post("/registrations", body, key="0b8e7c1e-3b0a-4a57-8a4e-3f0b5e0f9d2a")
    assert response.status_code == 422
    assert server.stored(body["client_id"]) == 0


def _jpeg_of_size(size: int) -> bytes:
    """A real JPEG padded past ``size`` bytes with a comment segment's worth of noise."""
    buffer = io.BytesIO()
    Image.effect_noise((1600, 1600), 100).convert("RGB").save(buffer, "JPEG", quality=100)
    data = buffer.getvalue()
    assert len(data) < size or True
    while len(data) <= size:
        data = data[:-2] + random.randbytes(65_000) + b"\xff\xd9"  # trailing bytes before EOI still parse
    return data


@pytest.mark.parametrize(
    "photo",
    [
        pytest.param(base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"0" * 100).decode(), id="png"),
        pytest.param("bukan-base64!!", id="not-base64"),
        pytest.param(None, id="over-2MiB"),
    ],
)
def test_a_photo_that_is_not_a_jpeg_or_over_2_mib_is_422_and_nothing_is_stored(request, server, photo):
    simulator_deviates(request, server, "stores any photo string without checking it is a JPEG of at most 2 MiB")
    if photo is None:
        photo = base64.b64encode(_jpeg_of_size(2 * 1024 * 1024)).decode()
    kiosk = Kiosk(server)
    body = samples.registration(photo_jpeg_base64=photo)
    response = kiosk.post("/registrations", body)
    assert response.status_code == 422, response.text[:300]
    assert "photo_jpeg_base64" in response.json()["error"]
    assert server.stored(body["client_id"]) == 0


def test_a_wrong_token_is_401(server):
    kiosk = Kiosk(server, token="bukan-token-yang-sah")
    body = samples.registration()
    assert kiosk.post("/registrations", body).status_code == 401
    assert kiosk.get("/vacancies").status_code == 401
    assert server.stored(body["client_id"]) == 0


def test_a_token_used_with_another_kiosks_id_is_403(request, server):
    simulator_deviates(request, server, "has one token and does not check X-Kiosk-Id")
    other = server.other_kiosk()
    assert other is not None
    _other_id, other_token = other
    kiosk = Kiosk(server, token=other_token, kiosk_id=server.kiosk_id)  # SMG-02's token, SMG-01's id
    body = samples.registration()
    assert kiosk.post("/registrations", body).status_code == 403
    assert server.stored(body["client_id"]) == 0


def test_an_unknown_endpoint_is_404_json(server):
    kiosk = Kiosk(server)
    for response in (kiosk.get("/tidak-ada"), kiosk.post("/tidak-ada", {"a": 1})):
        assert response.status_code == 404
        assert "error" in response.json()


def test_job_seeker_lookup_gives_the_latest_card_and_last_report(server):
    kiosk = Kiosk(server)
    nik = samples.nik()
    assert kiosk.get(f"/job-seekers/{nik}").status_code == 404
    reg = samples.registration(nik)
    assert kiosk.post("/registrations", reg).status_code == 201
    found = kiosk.get(f"/job-seekers/{nik}")
    assert found.status_code == 200
    assert found.json() == {"registration_no": reg["registration_no"], "valid_until": "2028-11-21",
                            "last_report_at": None, "name": samples.NAME}  # fmt: skip
    assert kiosk.post("/reports", samples.report(reg)).status_code == 201
    assert kiosk.get(f"/job-seekers/{nik}").json()["last_report_at"].startswith("2027-05-21T10:00:00")


def test_heartbeat_answers_the_server_time(server):
    response = Kiosk(server).post("/heartbeat", samples.heartbeat())
    assert response.status_code == 200
    from datetime import datetime

    assert datetime.fromisoformat(response.json()["server_time"]).tzinfo is not None


def test_v1_optional_fields_are_accepted(server):
    kiosk = Kiosk(server)
    reg = samples.registration(education_level="smk", occupation_code="5414.01", disability=["rungu"])
    assert kiosk.post("/registrations", reg).status_code == 201
    report = samples.report(reg, status="employed", employer="PT Sinar", position="Satpam", placement="akl",
                            started_on="2027-02-01")  # fmt: skip
    assert kiosk.post("/reports", report).status_code == 201


def test_v1_optional_fields_with_wrong_values_are_422(server):
    kiosk = Kiosk(server)
    reg = samples.registration(education_level="sarjana", occupation_code="54", disability=["lain"])
    response = kiosk.post("/registrations", reg)
    assert response.status_code == 422
    assert {"education_level", "occupation_code", "disability"} <= set(response.json()["fields"])


@pytest.mark.parametrize("code", ["5414.01", "5414"], ids=["jabatan", "subgolongan"])
def test_a_kbji_2026_jabatan_or_subgolongan_is_accepted(server, code):
    reg = samples.registration(occupation_code=code)
    assert Kiosk(server).post("/registrations", reg).status_code == 201


@pytest.mark.parametrize(
    "code", ["5412.01", "5414.77", "541", "9999.99"], ids=["unused", "no-jabatan", "golongan", "none"]
)
def test_a_well_formed_code_that_kbji_2026_does_not_have_is_422(server, code):
    """5412 is unused in the publication, 5414.77 has no jabatan, 541 is a golongan (too coarse)."""
    response = Kiosk(server).post("/registrations", samples.registration(occupation_code=code))
    assert response.status_code == 422
    assert "occupation_code" in response.json()["fields"]


def test_records_of_different_job_seekers_in_any_order(server):
    """Ordering-independence: a shuffled mix of several job seekers' records (each seeker's own
    registration first, as the contract's Order asks) all land, and the lookups agree."""
    kiosk = Kiosk(server)
    rng = random.Random(7)
    seekers = [samples.registration(samples.nik(rng), photo=False) for _ in range(4)]
    queue = [[("/registrations", reg), ("/reports", samples.report(reg)), ("/applications", samples.application(reg))]
             for reg in seekers]  # fmt: skip
    while any(queue):
        lane = rng.choice([q for q in queue if q])
        endpoint, body = lane.pop(0)
        assert kiosk.post(endpoint, body).status_code == 201
    for reg in seekers:
        assert kiosk.get(f"/job-seekers/{reg['nik']}").json()["registration_no"] == reg["registration_no"]


def _pull_all(kiosk: Kiosk, cursor: str | None = None, limit: int | None = None) -> tuple[list[dict], list[str], str]:
    items: list[dict] = []
    deleted: list[str] = []
    while True:
        params = {k: v for k, v in (("cursor", cursor), ("limit", limit)) if v}
        page = kiosk.get("/vacancies", **params)
        assert page.status_code == 200, page.text
        body = page.json()
        assert set(body) == {"items", "deleted", "next_cursor", "has_more"}
        items += body["items"]
        deleted += body["deleted"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return items, deleted, cursor


def test_vacancies_come_incrementally_by_cursor_with_deletions(server):
    kiosk = Kiosk(server)
    _, _, cursor = _pull_all(kiosk)
    tag = f"{random.randrange(10**6):06d}"
    ids = [f"VAC-{tag}-{i}" for i in range(5)]
    server.put_vacancies([samples.vacancy(i) for i in ids])
    page = kiosk.get("/vacancies", cursor=cursor, limit=2).json()
    assert [v["id"] for v in page["items"]] == ids[:2] and page["has_more"] is True
    items, deleted, cursor = _pull_all(kiosk, cursor, limit=2)
    assert [v["id"] for v in items] == ids and deleted == []
    assert set(items[0]) >= {"id", "title", "company", "location", "sector", "education_min", "skills", "wage_min",
                             "wage_max", "closes_on", "description", "updated_at"}  # fmt: skip
    server.put_vacancies([samples.vacancy(ids[1], title="Operator Las")], deleted=[ids[3]])
    items, deleted, _ = _pull_all(kiosk, cursor)
    assert [(v["id"], v["title"]) for v in items] == [(ids[1], "Operator Las")]
    assert deleted == [ids[3]]


def test_vacancies_default_page_is_200(server):
    kiosk = Kiosk(server)
    _, _, cursor = _pull_all(kiosk)
    tag = f"{random.randrange(10**6):06d}"
    server.put_vacancies([samples.vacancy(f"VAC-{tag}-{i:03d}") for i in range(201)])
    page = kiosk.get("/vacancies", cursor=cursor).json()
    assert len(page["items"]) == 200 and page["has_more"] is True


def test_an_unknown_cursor_is_400(server):
    assert Kiosk(server).get("/vacancies", cursor="AAAA").status_code == 400


CARD_FIELDS = {"registration_no", "status", "reason", "decided_at", "officer", "valid_until", "reports", "updated_at"}


def test_a_new_card_is_menunggu_and_an_unknown_card_is_404(server):
    kiosk = Kiosk(server)
    reg = samples.registration(photo=False)
    assert kiosk.post("/registrations", reg).status_code == 201
    found = kiosk.get(f"/cards/{reg['registration_no']}")
    assert found.status_code == 200, found.text
    body = found.json()
    assert set(body) == CARD_FIELDS
    assert (body["status"], body["reason"], body["officer"], body["decided_at"], body["reports"]) == (
        "menunggu", None, None, None, [])  # fmt: skip
    assert body["registration_no"] == reg["registration_no"] and body["valid_until"] == "2028-11-21"
    missing = kiosk.get("/cards/3374000000000000")
    assert missing.status_code == 404 and "error" in missing.json()


def test_a_correction_returns_a_card_in_revisi_to_menunggu(server):
    kiosk = Kiosk(server)
    reg = samples.registration(photo=False)
    assert kiosk.post("/registrations", reg).status_code == 201
    assert kiosk.get(f"/cards/{reg['registration_no']}").status_code == 200
    server.set_card(reg["registration_no"], "revisi", "Foto tidak jelas")  # type: ignore[attr-defined]
    sent_back = kiosk.get(f"/cards/{reg['registration_no']}").json()
    assert (sent_back["status"], sent_back["reason"]) == ("revisi", "Foto tidak jelas")
    correction = samples.registration(reg["nik"], photo=False, registration_no=reg["registration_no"],
                                      kind="renewal", valid_until="2028-11-22")  # fmt: skip
    assert kiosk.post("/registrations", correction).status_code == 201
    again = kiosk.get(f"/cards/{reg['registration_no']}").json()
    assert (again["status"], again["valid_until"], again["reason"]) == ("menunggu", "2028-11-22", None)


def test_a_report_of_work_makes_the_card_bekerja_and_reports_are_numbered(server):
    kiosk = Kiosk(server)
    reg = samples.registration(photo=False)
    assert kiosk.post("/registrations", reg).status_code == 201
    assert kiosk.post("/reports", samples.report(reg)).status_code == 201
    assert kiosk.get(f"/cards/{reg['registration_no']}").json()["status"] == "menunggu"
    employed = samples.report(reg, reported_at="2027-11-21T10:00:00+07:00", status="employed", employer="PT Sinar",
                              position="Operator", placement="akl", started_on="2027-11-01")  # fmt: skip
    assert kiosk.post("/reports", employed).status_code == 201
    body = kiosk.get(f"/cards/{reg['registration_no']}").json()
    assert body["status"] == "bekerja"
    assert [(r["period"], r["status"]) for r in body["reports"]] == [(1, "seeking"), (2, "employed")]
    assert body["reports"][1]["reported_at"].startswith("2027-11-21T10:00:00")


def test_a_card_past_valid_until_is_kedaluwarsa_whatever_its_state(server):
    kiosk = Kiosk(server)
    reg = samples.registration(photo=False, created_at="2024-01-02T09:00:00+07:00", valid_until="2026-01-02")
    assert kiosk.post("/registrations", reg).status_code == 201
    assert kiosk.get(f"/cards/{reg['registration_no']}").status_code == 200
    server.set_card(reg["registration_no"], "disahkan")  # type: ignore[attr-defined]
    assert kiosk.get(f"/cards/{reg['registration_no']}").json()["status"] == "kedaluwarsa"


# -- tickets (POST /tickets, GET /tickets/{ticket_no}?phone=P)

TICKET_STATUS_FIELDS = {"ticket_no", "status", "appointment_at", "answer", "updated_at"}


def test_a_ticket_is_stored_once_and_its_holder_sees_it_with_either_phone_form(request, server):
    kiosk = Kiosk(server)
    body = samples.ticket(phone="081234567890")
    first = kiosk.post("/tickets", body)
    assert (first.status_code, first.json()) == (201, {"client_id": body["client_id"], "ticket_no": body["ticket_no"],
                                                       "duplicate": False}), first.text  # fmt: skip
    again = kiosk.post("/tickets", body)
    assert (again.status_code, again.json()["duplicate"], again.json()["ticket_no"]) == (200, True, body["ticket_no"])
    assert server.stored(body["client_id"]) == 1
    for phone in ("081234567890", "+6281234567890"):
        seen = kiosk.get(f"/tickets/{body['ticket_no']}", phone=phone)
        assert seen.status_code == 200, seen.text
        assert set(seen.json()) == TICKET_STATUS_FIELDS
        assert (seen.json()["status"], seen.json()["answer"], seen.json()["appointment_at"]) == ("baru", None, None)


def test_a_ticket_with_a_wrong_or_missing_phone_is_the_same_404_as_an_unknown_number(request, server):
    kiosk = Kiosk(server)
    body = samples.ticket()
    assert kiosk.post("/tickets", body).status_code == 201
    answers = [kiosk.get(f"/tickets/{body['ticket_no']}", phone="081299999999"),
               kiosk.get(f"/tickets/{body['ticket_no']}"),
               kiosk.get(f"/tickets/{body['ticket_no']}", phone="bukan"),
               kiosk.get("/tickets/K-SMG01-200101-0001", phone=samples.PHONE)]  # fmt: skip
    assert [a.status_code for a in answers] == [404] * 4
    assert len({a.text for a in answers}) == 1  # nothing tells a wrong phone from an unknown number


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("description", "", id="empty-description"),
        pytest.param("description", "   \n ", id="blank-description"),
        pytest.param("description", "x" * 3000, id="3000-characters"),
        pytest.param("description", "nol\x00byte", id="control-character"),
        pytest.param("phone", "+6591234567", id="singapore-phone"),
        pytest.param("phone", "12345", id="short-phone"),
        pytest.param("topic", "gaji", id="unknown-topic"),
        pytest.param("kind", "saran", id="unknown-kind"),
        pytest.param("ticket_no", "T-0007", id="bad-ticket-no"),
        pytest.param("nik", "123", id="bad-nik"),
    ],
)
def test_a_bad_ticket_is_422_naming_the_field_and_nothing_is_stored(request, server, field, value):
    kiosk = Kiosk(server)
    body = samples.ticket(**{field: value})
    response = kiosk.post("/tickets", body)
    assert response.status_code == 422, response.text
    assert set(response.json()["fields"]) == {field}
    assert server.stored(body["client_id"]) == 0


def test_a_ticket_may_hold_emoji_and_2000_characters(request, server):
    kiosk = Kiosk(server)
    text = ("Gaji dipotong tanpa alasan 😡 " * 80)[:2000]
    body = samples.ticket(description=text, employer="PT Maju 🚚 Jaya")
    assert kiosk.post("/tickets", body).status_code == 201
    assert server.stored(body["client_id"]) == 1


def test_a_ticket_number_used_by_another_ticket_is_422(request, server):
    kiosk = Kiosk(server)
    first = samples.ticket()
    assert kiosk.post("/tickets", first).status_code == 201
    other = samples.ticket(ticket_no=first["ticket_no"])
    response = kiosk.post("/tickets", other)
    assert response.status_code == 422 and set(response.json()["fields"]) == {"ticket_no"}
    assert server.stored(other["client_id"]) == 0


# -- events (GET /events, POST /event-registrations)

EVENT_FIELDS = {"id", "kind", "title", "organiser", "place", "starts_at", "ends_at", "quota", "seats_left",
                "registration", "description", "updated_at"}  # fmt: skip


def _pull_events(kiosk: Kiosk, cursor: str | None = None, limit: int | None = None) -> tuple[list, list, str]:
    items: list[dict] = []
    deleted: list[str] = []
    while True:
        params = {k: v for k, v in (("cursor", cursor), ("limit", limit)) if v}
        page = kiosk.get("/events", **params)
        assert page.status_code == 200, page.text
        body = page.json()
        assert set(body) == {"items", "deleted", "next_cursor", "has_more"}
        items += body["items"]
        deleted += body["deleted"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return items, deleted, cursor


def test_events_come_incrementally_with_deletions_and_live_seats(request, server):
    kiosk = Kiosk(server)
    _, _, cursor = _pull_events(kiosk)
    tag = f"{random.randrange(10**6):06d}"
    ids = [f"EVT-{tag}-{i}" for i in range(3)]
    server.put_events([samples.event(i, quota=2) for i in ids])
    items, deleted, cursor = _pull_events(kiosk, cursor, limit=2)
    assert [e["id"] for e in items] == ids and deleted == []
    assert set(items[0]) == EVENT_FIELDS and items[0]["seats_left"] == 2
    reg = samples.registration(photo=False)
    assert kiosk.post("/registrations", reg).status_code == 201
    seat = kiosk.post("/event-registrations", samples.event_registration(ids[0], reg))
    assert seat.status_code == 201, seat.text
    server.put_events([], deleted=[ids[2]])
    items, deleted, _ = _pull_events(kiosk, cursor)
    assert [(e["id"], e["seats_left"]) for e in items] == [(ids[0], 1)]  # a taken seat is a change too
    assert deleted == [ids[2]]


def test_seats_are_numbered_and_a_full_event_is_409_full(request, server):
    kiosk = Kiosk(server)
    event_id = f"EVT-{random.randrange(10**6):06d}"
    server.put_events([samples.event(event_id, quota=2)])
    reg = samples.registration(photo=False)
    assert kiosk.post("/registrations", reg).status_code == 201
    bodies = [samples.event_registration(event_id, reg) for _ in range(3)]
    answers = [kiosk.post("/event-registrations", b) for b in bodies]
    assert [(a.status_code, a.json().get("seat_no")) for a in answers] == [(201, 1), (201, 2), (409, None)]
    assert answers[0].json() == {"client_id": bodies[0]["client_id"], "seat_no": 1, "duplicate": False}
    assert answers[2].json() == {"error": "full"}
    assert server.stored(bodies[2]["client_id"]) == 0
    again = kiosk.post("/event-registrations", bodies[1])  # a lost answer's retry, with the event full
    assert (again.status_code, again.json()["seat_no"], again.json()["duplicate"]) == (200, 2, True)


def test_a_registration_for_an_unknown_or_no_kiosk_event_is_422(request, server):
    kiosk = Kiosk(server)
    event_id = f"EVT-{random.randrange(10**6):06d}"
    server.put_events([samples.event(event_id, registration="none")])
    reg = samples.registration(photo=False)
    assert kiosk.post("/registrations", reg).status_code == 201
    for target in (event_id, "EVT-TIDAK-ADA"):
        body = samples.event_registration(target, reg)
        response = kiosk.post("/event-registrations", body)
        assert response.status_code == 422 and set(response.json()["fields"]) == {"event_id"}, response.text
        assert server.stored(body["client_id"]) == 0
