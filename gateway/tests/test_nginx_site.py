"""The example nginx site (systemd/gateway/gateway-nginx.conf and gateway-nginx-log.conf), run by
Debian 12's nginx in front of a live gateway: it loads, sends http to https, speaks HTTP/2, proxies
with the kiosk's headers, replaces a smuggled X-Forwarded-For, refuses bodies over the limit, serves
the static files and masks the NIK and the card QR in its access log.

The site's only changes here: loopback ports instead of 80 and 443, and paths in a temporary folder
(certificate, log, static files, the gateway's port)."""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from gwsupport.gateway_server import GatewayServer
from gwsupport.wait import poll_until

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "systemd" / "gateway" / "gateway-nginx.conf"
LOG_FORMAT = ROOT / "systemd" / "gateway" / "gateway-nginx-log.conf"
HOST = "gateway.disnaker.semarangkota.go.id"
NIK = "3374114108980003"

pytestmark = [
    pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed (scripts/bootstrap)"),
    pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning"),  # our own self-signed certificate
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Edge:
    def __init__(self, folder: Path, upstream: int) -> None:
        self.folder = folder
        self.http, self.https = free_port(), free_port()
        self.access_log = folder / "gateway.access.log"
        (folder / "static" / "web").mkdir(parents=True)
        (folder / "static" / "web" / "hello.txt").write_text("halo\n")
        key, certificate = folder / "privkey.pem", folder / "fullchain.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "1", "-subj", f"/CN={HOST}", "-keyout", str(key), "-out", str(certificate)],
                       check=True, capture_output=True, timeout=60)  # fmt: skip
        site = SITE.read_text()
        for old, new in (
            ("listen 80;", f"listen 127.0.0.1:{self.http};"),
            ("listen 443 ssl http2;", f"listen 127.0.0.1:{self.https} ssl http2;"),
            ("/etc/ssl/gateway/", f"{folder}/"),
            ("/var/log/nginx/gateway.access.log", str(self.access_log)),
            ("/var/lib/gateway/static/", f"{folder}/static/"),
            ("http://127.0.0.1:8000", f"http://127.0.0.1:{upstream}"),
        ):
            assert old in site, old
            site = site.replace(old, new)
        # this machine may have no IPv6: the site's [::] listeners are left out
        site = "\n".join(line for line in site.splitlines() if "listen [::]" not in line)
        temp = " ".join(f"{kind}_temp_path {folder}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                             "scgi"))  # fmt: skip
        self.config = folder / "nginx.conf"
        # as root (CI), nginx's workers would run as nobody, who may not read this test's private folder;
        # on a gateway they run as www-data and the static folder is world-readable
        user = "user root;\n" if os.geteuid() == 0 else ""
        self.config.write_text(
            f"daemon off;\n{user}worker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
            f"events {{}}\nhttp {{\n{temp}\naccess_log off;\n{LOG_FORMAT.read_text()}\n{site}\n}}\n"
        )
        self.process: subprocess.Popen | None = None

    def check(self) -> subprocess.CompletedProcess:
        return subprocess.run(["nginx", "-t", "-p", str(self.folder), "-c", str(self.config)], capture_output=True,
                              text=True, timeout=60)  # fmt: skip

    def start(self) -> None:
        self.process = subprocess.Popen(["nginx", "-p", str(self.folder), "-c", str(self.config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)  # fmt: skip

        def listening() -> bool:
            try:
                socket.create_connection(("127.0.0.1", self.https), timeout=1).close()
                return True
            except OSError:
                return False

        assert poll_until(listening, 20), (self.folder / "error.log").read_text()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)

    def get(self, path: str, **kwargs) -> requests.Response:
        headers = {"Host": HOST, **kwargs.pop("headers", {})}
        return requests.get(f"https://127.0.0.1:{self.https}{path}", headers=headers, verify=False, timeout=30,
                            allow_redirects=False, **kwargs)  # fmt: skip


@pytest.fixture(scope="module")
def edge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Edge, GatewayServer]]:
    gateway = GatewayServer(tmp_path_factory.mktemp("behind-nginx"))
    gateway.env["GATEWAY_GATEWAY_ALLOWED_HOSTS"] = f"{HOST},127.0.0.1"  # nginx passes the Host it was asked for
    gateway.start()
    front = Edge(tmp_path_factory.mktemp("nginx"), gateway.port)
    try:  # a site nginx refuses must not leave the gateway running
        checked = front.check()
        assert checked.returncode == 0, checked.stderr  # Debian 12's nginx 1.22 refused "http2 on;"
        front.start()
        yield front, gateway
    finally:
        front.stop()
        gateway.stop()


def test_http_is_sent_to_https(edge):
    front, _ = edge
    answer = requests.get(f"http://127.0.0.1:{front.http}/masuk/?next=/armada/", headers={"Host": HOST}, timeout=30,
                          allow_redirects=False)  # fmt: skip
    assert answer.status_code == 301
    assert answer.headers["Location"] == f"https://{HOST}/masuk/?next=/armada/"


def test_https_speaks_http2_and_proxies_the_kiosk_api(edge):
    front, gateway = edge
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    context.set_alpn_protocols(["h2", "http/1.1"])
    with socket.create_connection(("127.0.0.1", front.https), timeout=10) as raw, \
            context.wrap_socket(raw, server_hostname=HOST) as tls:  # fmt: skip
        assert tls.selected_alpn_protocol() == "h2"
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
    answer = front.get("/api/kiosk/v1/vacancies", headers={"Authorization": f"Bearer {gateway.tokens['SMG-01']}",
                                                           "X-Kiosk-Id": "SMG-01"})  # fmt: skip
    assert answer.status_code == 200 and "items" in answer.json()
    assert answer.headers["Strict-Transport-Security"] == "max-age=31536000"
    sign_in = front.get("/masuk/")
    assert sign_in.status_code == 200 and "Masuk petugas" in sign_in.text


def test_a_smuggled_forwarded_for_is_replaced(edge):
    front, gateway = edge
    assert front.get("/masuk/?smuggled=1", headers={"X-Forwarded-For": "6.6.6.6"}).status_code == 200
    # gunicorn's access log shows the X-Forwarded-For it received: nginx's own view of the client
    assert poll_until(lambda: "/masuk/?smuggled=1" in gateway.log_path.read_text(), 10)
    line = next(x for x in gateway.log_path.read_text().splitlines() if "/masuk/?smuggled=1" in x)
    assert "127.0.0.1 " in line and "6.6.6.6" not in line


def test_a_body_over_the_limit_is_refused_before_the_gateway(edge):
    front, gateway = edge
    body = b"{" + b" " * (5 * 1024 * 1024) + b"}"
    answer = requests.post(f"https://127.0.0.1:{front.https}/api/kiosk/v1/registrations", data=body, verify=False,
                           headers={"Host": HOST, "Content-Type": "application/json"}, timeout=60)  # fmt: skip
    assert answer.status_code == 413
    assert "POST /api/kiosk/v1/registrations" not in gateway.log_path.read_text()


def test_static_files_come_from_the_static_folder(edge):
    front, _ = edge
    answer = front.get("/static/web/hello.txt")
    assert answer.status_code == 200 and answer.text == "halo\n"
    assert "Expires" in answer.headers


def test_the_access_log_masks_the_nik_and_the_card_qr(edge):
    front, _ = edge
    front.get(f"/api/kiosk/v1/job-seekers/{NIK}")
    front.get(f"/v/3374211126010042?s=AK1.{NIK}.signature&lang=en")
    assert poll_until(lambda: "/v/3374211126010042" in front.access_log.read_text(), 10)
    log = front.access_log.read_text()
    assert "/job-seekers/3374************" in log
    assert "/v/3374211126010042?s=[qr]&lang=en" in log
    assert NIK not in log and NIK[4:] not in log
