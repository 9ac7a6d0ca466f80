"""The card's QR as a verification URL (issue 20, item 5): ``<gateway.public_url>/v/<number>?s=<payload>``
when the gateway's public address is configured, the bare payload without it; ``kiosk verify-card``
checks either offline, and refuses a genuine payload under another card's number."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from kiosk.cli import main
from kiosk.core.card_signing import CardNotGenuine, payload_of, verify, verify_scanned
from kiosk.services.printing import PrintService
from kiosk.services.registration import save_registration
from tests.printing.test_print_jobs import decode_qr
from tests.support.samples import draft

PUBLIC_URL = "https://gateway.disnaker.semarangkota.go.id/"


def site(tmp_path, data_dir, public_url: str = "") -> str:
    path = tmp_path / "site.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{data_dir}"\n[gateway]\npublic_url = "{public_url}"\n', encoding="utf-8")
    return str(path)


def test_the_printed_qr_is_the_verification_url_with_the_signed_payload(store, cfg, printer, sim, key):
    saved = save_registration(store, cfg, draft())
    assert PrintService(store, printer, key, PUBLIC_URL).run(saved.print_job_id).ok
    url = decode_qr(sim.pages[0].image())
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "gateway.disnaker.semarangkota.go.id",
                                                        f"/v/{saved.registration_no}")  # fmt: skip
    payload = parse_qs(parts.query)["s"][0]
    assert payload.startswith("AK1.") and verify(payload, key.public_key()).registration_no == saved.registration_no
    assert verify_scanned(url, key.public_key()).nik == "3374114108980003"


def test_without_a_public_url_the_qr_stays_the_bare_payload(store, cfg, printer, sim, key):
    saved = save_registration(store, cfg, draft())
    assert PrintService(store, printer, key).run(saved.print_job_id).ok
    assert decode_qr(sim.pages[0].image()).startswith("AK1.")


def test_a_genuine_payload_under_another_number_or_a_url_without_one_is_refused(store, cfg, key):
    saved = save_registration(store, cfg, draft(), print_card=False)
    from kiosk.core.card_signing import CardClaim, sign, verification_url

    payload = sign(CardClaim(saved.registration_no, "3374114108980003", "Siti", "2028-12-02", "SMG-01"), key)
    assert payload_of(verification_url(PUBLIC_URL, saved.registration_no, payload)) == (payload, saved.registration_no)
    with pytest.raises(CardNotGenuine):
        verify_scanned(verification_url(PUBLIC_URL, "3374000000000000", payload), key.public_key())
    for text in (f"{PUBLIC_URL}v/{saved.registration_no}", f"{PUBLIC_URL}x/{saved.registration_no}?s={payload}",
                 f"ftp://host/v/{saved.registration_no}?s={payload}", "halo"):  # fmt: skip
        with pytest.raises(CardNotGenuine):
            verify_scanned(text, key.public_key())


def test_verify_card_takes_the_url_and_the_old_payload_offline(
    tmp_path, data_dir, store, cfg, printer, sim, key, capsys
):
    saved = save_registration(store, cfg, draft())
    assert PrintService(store, printer, key, PUBLIC_URL).run(saved.print_job_id).ok
    url = decode_qr(sim.pages[0].image())
    payload = parse_qs(urlsplit(url).query)["s"][0]
    config = site(tmp_path, data_dir, PUBLIC_URL)
    for scanned in (url, payload):
        capsys.readouterr()
        assert main(["--config", config, "verify-card", scanned]) == 0
        out = capsys.readouterr().out
        assert "ASLI" in out and saved.registration_no in out
    other = url.replace(f"/v/{saved.registration_no}", "/v/3374000000000000")
    assert main(["--config", config, "verify-card", other]) == 1
    assert "TIDAK ASLI" in capsys.readouterr().out
