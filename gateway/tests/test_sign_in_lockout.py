"""Staff sign-in against guessing (django-axes): five wrong passwords for one user name from one
address refuse that pair for 15 minutes, even with the right password; the same name from another
address and another name from the same address still sign in; the lock ends after its cool-off or
when an admin lifts it, and a success clears the count. Over real HTTP to gunicorn, and the
lockout page in a real browser at office and phone sizes, in both languages.

GATEWAY_SCREENSHOTS=1 writes the screenshots into docs/screens/gateway-*.png."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from gwsupport.gateway_server import GatewayServer
from gwsupport.postgres import Cluster
from playwright.sync_api import Browser

PASSWORD = "demo-gateway-2026"
WRONG = "bukan-kata-sandinya"
LOCKED = "Terlalu banyak kata sandi salah untuk nama pengguna ini. Coba lagi dalam 15 menit."
WRONG_MESSAGE = "Nama pengguna atau kata sandi salah."


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, pg_cluster: Cluster) -> Iterator[GatewayServer]:
    server = GatewayServer(tmp_path_factory.mktemp("lockout"), cluster=pg_cluster)
    server.manage("demo_data")
    yield server.start()
    server.stop()


class Visitor:
    """One browser's session from one client address (nginx's X-Forwarded-For, one trusted hop)."""

    def __init__(self, server: GatewayServer, address: str) -> None:
        self.server = server
        self.http = requests.Session()
        self.http.headers["X-Forwarded-For"] = address

    def sign_in(self, username: str, password: str) -> requests.Response:
        form = self.http.get(self.server.origin + "/masuk/", timeout=30)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        assert token, form.text[:500]
        return self.http.post(self.server.origin + "/masuk/", timeout=30, allow_redirects=False, data={
            "csrfmiddlewaretoken": token.group(1), "username": username, "password": password, "next": "",
        })  # fmt: skip

    def signed_in(self) -> bool:
        """The home page sends a signed-in officer on to her role's page, anyone else to sign in."""
        home = self.http.get(self.server.origin + "/", timeout=30, allow_redirects=False)
        return home.status_code == 302 and "/masuk/" not in home.headers["Location"]


def attempts(server: GatewayServer, username: str) -> int:
    rows = server.query("SELECT COALESCE(SUM(failures_since_start), 0) FROM axes_accessattempt WHERE username = ?",
                        (username,))  # fmt: skip
    return int(rows[0][0])


def lock(server: GatewayServer, username: str, address: str) -> Visitor:
    visitor = Visitor(server, address)
    for n in range(1, 5):
        answer = visitor.sign_in(username, WRONG)
        assert answer.status_code == 200 and WRONG_MESSAGE in answer.text, n
    answer = visitor.sign_in(username, WRONG)  # the fifth
    assert answer.status_code == 429 and LOCKED in answer.text
    assert answer.headers["Retry-After"] == "900"
    return visitor


def test_five_wrong_passwords_lock_that_name_from_that_address_only(office):
    guesser = lock(office, "petugas", "203.0.113.7")
    answer = guesser.sign_in("petugas", PASSWORD)  # the right password no longer helps
    assert answer.status_code == 429 and LOCKED in answer.text
    assert not guesser.signed_in()

    officer = Visitor(office, "198.51.100.20")  # the officer at her own desk is not locked out by a stranger
    assert officer.sign_in("petugas", PASSWORD).status_code == 302 and officer.signed_in()
    colleague = Visitor(office, "203.0.113.7")  # another name from the same address
    assert colleague.sign_in("admin", PASSWORD).status_code == 302 and colleague.signed_in()

    office.manage("axes_reset_username", "petugas")  # the admin lifts the lock (docs/gateway.md)
    again = Visitor(office, "203.0.113.7")
    assert again.sign_in("petugas", PASSWORD).status_code == 302 and again.signed_in()


def test_the_lock_ends_after_its_cool_off_and_a_success_clears_the_count(office):
    lock(office, "pengantar", "192.0.2.44")
    assert Visitor(office, "192.0.2.44").sign_in("pengantar", PASSWORD).status_code == 429
    # a quarter of an hour and a minute later
    office.execute("UPDATE axes_accessattempt SET attempt_time = attempt_time - interval '16 minutes' "
                    "WHERE username = ?", ("pengantar",))  # fmt: skip
    back = Visitor(office, "192.0.2.44")
    assert back.sign_in("pengantar", PASSWORD).status_code == 302 and back.signed_in()
    assert attempts(office, "pengantar") == 0

    counted = Visitor(office, "192.0.2.45")  # four wrong, one right: the count starts again from zero
    for _ in range(4):
        counted.sign_in("pengantar", WRONG)
    assert attempts(office, "pengantar") == 4
    assert counted.sign_in("pengantar", PASSWORD).status_code == 302
    assert attempts(office, "pengantar") == 0


@pytest.mark.parametrize(("size", "language"), [((1366, 768), "id"), ((390, 844), "en")])
def test_the_lockout_page_says_what_to_do_in_a_browser(office, browser: Browser, shots: Path, size, language):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.set_extra_http_headers({"X-Forwarded-For": f"203.0.113.{size[0] % 250}"})
    page.goto(office.origin + "/masuk/")
    if language == "en":
        page.click("button[value=en]")
        page.wait_for_load_state()
    for _ in range(5):
        page.fill("input[name=username]", "admin")
        page.fill("input[name=password]", WRONG)
        page.click("button.primary")
        page.wait_for_load_state()
        if page.locator("p[role=alert]").count():
            break
    alert = page.locator("p[role=alert]").inner_text()
    expected = LOCKED if language == "id" else "Too many wrong passwords for this user name. Try again in 15 minutes."
    assert alert == expected
    assert page.evaluate("document.documentElement.scrollWidth") <= size[0]  # no sideways scrolling on a phone
    page.screenshot(path=str(shots / f"gateway-sign-in-locked-{language}-{size[0]}.png"), full_page=True)
    page.click("main a")  # back to the sign-in form, still locked for this name from here
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_load_state()
    assert page.locator("p[role=alert]").inner_text() == expected
    page.close()
    office.manage("axes_reset_username", "admin")
