"""Render + encode one AK/1 card (goal: median < 150 ms), and bytes sent per card, 58 and 80 mm.

Encoding is python-escpos' own (GS v 0 raster, cut) into a Dummy printer: the bytes that
would go down the wire."""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from escpos.printer import Dummy
from machine import describe, summary

from kiosk.core.card_layout import CardData, render_card
from kiosk.core.card_signing import CardClaim, sign

FACE = (Path(__file__).resolve().parent.parent / "assets" / "samples" / "face.jpg").read_bytes()


def card() -> CardData:
    return CardData(
        registration_no="3374211126010042", nik="3374114108980003", name="SITI NUR'AINI WULANDARI",
        birth_place="SEMARANG", birth_date="01-08-1998", sex="P", marital_status="belum_kawin", religion="islam",
        address="JL. PEMUDA NO. 12 RT 003/RW 004, SEKAYU, SEMARANG TENGAH, KOTA SEMARANG", phone="+6281234567890",
        registered_on="21-11-2026", valid_until="21-11-2028", kiosk_id="SMG-01", photo_jpeg=FACE,
        education=[{"level": "SMK", "institution": "SMK Negeri 7 Semarang", "major": "Elektronika", "year": 2016}],
        skills=[{"name": "Las listrik", "year": 2018}],
        experience=[{"position": "Operator", "employer": "PT Sinar", "from_year": 2019, "to_year": 2021}],
    )  # fmt: skip


def main() -> int:
    key = Ed25519PrivateKey.generate()
    data = card()
    payload = sign(CardClaim(data.registration_no, data.nik, data.name, "2028-11-21", "SMG-01"), key)
    print(f"Machine: {describe()}")
    for paper in (58, 80):
        times, sizes = [], []
        for _ in range(30):
            started = time.perf_counter()
            image = render_card(data, paper, payload)
            printer = Dummy()
            printer.profile.profile_data["media"]["width"]["pixels"] = image.width
            printer.image(image, impl="bitImageRaster", fragment_height=2048)
            printer.cut()
            times.append((time.perf_counter() - started) * 1000)
            sizes.append(len(printer.output))
        print(
            f"{paper} mm ({image.width}x{image.height} dots): render + encode {summary(times)} (goal: median < 150 ms);"
            f" {statistics.median(sizes) / 1024:.1f} KiB sent per card"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
