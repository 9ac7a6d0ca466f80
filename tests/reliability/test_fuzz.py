"""Fuzzing with hypothesis: every text field of the journey, NIK parsing, the middleware's
JSON, SIKER's answers and config files. No crash; a clear message; nothing stored wrongly.
Example counts per test are in docs/reliability.md."""

from __future__ import annotations

import io
import json
import tomllib
from datetime import date

import requests
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit

from kiosk import config
from kiosk.config import ConfigError
from kiosk.core import validation as v
from kiosk.core.identity import IdentityError, from_middleware
from kiosk.core.nik import InvalidNik, parse_nik
from kiosk.screens.identify_manual import IdentifyManualScreen
from kiosk.services.registration import save_registration
from kiosk.sync.client import AUTH, DELIVERED, DUPLICATE, PERMANENT, RETRY_AFTER, TRANSIENT, classify
from kiosk.sync.vacancies import clean_vacancy
from tests.support.samples import draft

TODAY = date(2026, 11, 25)
SAMPLES = ["Robert'); DROP TABLE registrations;--", "😀 Siti", "Ma'ruf Amin", "A" * 2000, "", "   ",
           "\u202eKIRI", "0812-3456-7890", "+62 812 3456 7890", "١٢٣", "𝐒𝐢𝐭𝐢", "Siti\x00Nur"]  # fmt: skip
# what people type, and what people should not: emoji, SQL, controls, other scripts, 2,000 characters
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=100, max_size=2000),
    st.sampled_from(SAMPLES),
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

VALIDATORS = {
    "name": lambda s: v.clean_name(s),
    "text": lambda s: v.clean_text(s, label="Alamat"),
    "long text": lambda s: v.clean_text(s, label="Catatan", max_len=v.MAX_LONG_TEXT, required=False),
    "phone": v.normalise_phone,
    "email": v.clean_email,
    "postal code": v.clean_postal_code,
    "rt": lambda s: v.clean_rt_rw(s, label="RT"),
    "birth date": lambda s: v.parse_birth_date(s, today=TODAY),
    "wage": v.clean_wage,
    "year": lambda s: v.check_year(s, label="Tahun", birth_date=date(1998, 8, 1), today=TODAY),
}


@FUZZ
@given(field=st.sampled_from(sorted(VALIDATORS)), text=TEXT)
def test_every_journey_field_accepts_cleanly_or_says_why(field, text):
    try:
        value = VALIDATORS[field](text)
    except v.FieldError as err:
        assert str(err) and str(err)[-1] in ".)!" and len(str(err)) < 200  # one clear sentence
        return
    if isinstance(value, str):
        assert value.isprintable() and value == value.strip() and len(value) <= v.MAX_LONG_TEXT
        assert "\x00" not in value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TEXT, place=TEXT)
def test_a_registration_stores_exactly_what_was_accepted(store, cfg, name, place):
    try:
        name, place = v.clean_name(name), v.clean_text(place, label="Tempat lahir")
    except v.FieldError:
        return
    d = draft(name=name, photo=False)
    d.birth_place = place
    saved = save_registration(store, cfg, d)
    row = store.one("SELECT name, data FROM registrations WHERE client_id = ?", (saved.client_id,))
    assert row["name"] == name and json.loads(row["data"])["birth_place"] == place
    sent = json.loads(store.one("SELECT payload FROM outbox WHERE client_id = ?", (saved.client_id,))["payload"])
    assert sent["name"] == name and sent["birth_place"] == place


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(nik=st.one_of(TEXT, st.from_regex(r"33\d{14}", fullmatch=True)), name=TEXT, place=TEXT)
def test_the_manual_identity_screen_never_crashes_and_explains(qtbot, nik, name, place):
    screen = IdentifyManualScreen()
    qtbot.addWidget(screen)
    screen.retranslate()
    screen.on_enter()
    for field, text in ((screen.nik_field, nik), (screen.full_name, name), (screen.birth_place, place)):
        editor = field.editor if hasattr(field, "editor") else field
        assert isinstance(editor, QLineEdit)
        editor.setText(text)
    screen.nav.next.click()
    if screen.result is None:  # refused: a visible reason, in words
        errors = [label.text() for label in screen.findChildren(type(screen.nik_info)) if label.objectName() == "error"]
        assert any(text.strip() for text in errors)
    else:
        assert len(screen.result.nik) == 16 and screen.result.name


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(TEXT, st.from_regex(r"\d{16}", fullmatch=True)))
def test_nik_parsing_returns_a_nik_or_a_reason(text):
    try:
        nik = parse_nik(text, today=TODAY)
    except InvalidNik as err:
        assert str(err)
        return
    assert len(nik.value) == 16 and nik.value.isdigit() and nik.birth_date <= TODAY


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=20,
)
IDENTITY_KEYS = ["nik", "nama", "name", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "agama"]


@settings(max_examples=400, deadline=None)
@given(payload=st.one_of(JSON, st.dictionaries(st.sampled_from(IDENTITY_KEYS), JSON, max_size=8)))
def test_middleware_json_gives_an_identity_or_a_reason(payload):
    try:
        identity = from_middleware(payload, "04A1B2C3D4E5F6", today=TODAY)
    except IdentityError as err:
        assert str(err)
        return
    assert len(identity.nik) == 16 and identity.name


PORTAL = b"<html><body>Login WiFi</body></html>"  # a captive portal answering for SIKER


def _response(status: int, content_type: str, body: bytes, retry_after: str | None) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.raw = io.BytesIO(body)  # what requests reads the body from, as from a socket
    response.headers["Content-Type"] = content_type
    if retry_after is not None:
        response.headers["Retry-After"] = retry_after
    return response


@settings(max_examples=500, deadline=None)
@given(
    status=st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503]),
    content_type=st.sampled_from(["application/json", "text/html; charset=utf-8", "", "application/json; x=1"]),
    body=st.one_of(JSON.map(lambda j: json.dumps(j).encode()), st.binary(max_size=300), st.just(PORTAL)),
    retry_after=st.one_of(st.none(), st.text(max_size=30), st.integers(-5, 10**6).map(str)),
)
def test_any_siker_answer_is_classified_never_misread_as_delivered(status, content_type, body, retry_after):
    reply = classify(_response(status, content_type, body, retry_after), "abc")
    assert reply.kind in {DELIVERED, DUPLICATE, PERMANENT, AUTH, RETRY_AFTER, TRANSIENT}
    if reply.kind == DELIVERED:  # only a 201 with the record's own JSON counts as delivered
        assert status == 201 and json.loads(body)["client_id"] == "abc"
    if reply.kind == RETRY_AFTER:
        assert 0 <= reply.retry_after_s <= 3600


@settings(max_examples=400, deadline=None)
@given(item=st.one_of(JSON, st.fixed_dictionaries({"id": JSON, "title": JSON, "company": JSON, "closes_on": JSON},
                                                  optional={"wage_min": JSON, "sector": JSON})))  # fmt: skip
def test_any_vacancy_is_cleaned_or_rejected(item):
    cleaned = clean_vacancy(item)
    if cleaned is not None:
        assert isinstance(cleaned["id"], str) and cleaned["id"] and isinstance(cleaned["title"], str)


KEYS = sorted(config.RULES)
VALUES = st.one_of(st.integers(-10, 10**6), st.booleans(), st.floats(allow_nan=False, allow_infinity=False), TEXT)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=20)), VALUES, max_size=6),
       garbage=st.one_of(st.none(), st.text(max_size=200)))  # fmt: skip
def test_any_site_file_loads_or_names_what_is_wrong(tmp_path_factory, entries, garbage):
    path = tmp_path_factory.mktemp("site") / "kiosk.toml"
    if garbage is not None:
        path.write_text(garbage, encoding="utf-8", errors="surrogatepass")
    else:
        doc: dict = {}
        for key, value in entries.items():
            section, _, name = key.partition(".")
            if section and name:
                doc.setdefault(section, {})[name] = value
        path.write_text(tomli_w.dumps(doc))
    try:
        cfg = config.load(path)
    except ConfigError as err:
        assert str(err)
        return
    for key, rule in config.RULES.items():  # what loads, obeys every rule
        assert isinstance(cfg.value(key), rule.kind) and rule.check(cfg.value(key))
    assert tomllib.loads(path.read_text()) is not None
