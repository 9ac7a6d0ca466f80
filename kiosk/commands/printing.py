"""``kiosk print-sample``, ``kiosk verify-card`` and ``kiosk printer-sim``."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from kiosk import config
from kiosk.commands import serve_until_stopped


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print-sample", help="print a sample AK/1 card through the normal print path")
    p.add_argument("--printer", metavar="URI", help="printer URI (default: printer.uri from the config)")
    p.add_argument("--width", type=int, choices=(58, 80), help="paper width in mm (default: from the config)")
    p.set_defaults(func=print_sample)
    v = sub.add_parser("verify-card", help="check the QR of an AK/1 card, offline")
    v.add_argument("payload", help="the text in the card's QR code: the verification URL or the AK1.… payload")
    v.add_argument("--public-key", metavar="PATH", help="the kiosk's public key (default: in the data folder)")
    v.set_defaults(func=verify_card)
    s = sub.add_parser("printer-sim", help="run the ESC/POS printer simulator on loopback")
    s.add_argument("--port", type=int, default=9100)
    s.add_argument("--out", type=Path, default=Path("printed"), help="folder for the printed pages (PNG)")
    s.add_argument("--paper-near-end", action="store_true")
    s.add_argument("--paper-out", action="store_true")
    s.add_argument("--cover-open", action="store_true")
    s.add_argument("--offline", action="store_true")
    s.add_argument("--silent", action="store_true", help="never answer status queries")
    s.add_argument("--drop-after-bytes", type=int, metavar="N")
    s.set_defaults(func=printer_sim)


def print_sample(args: argparse.Namespace) -> int:
    from kiosk.devices.printer import make_printer
    from kiosk.services.printing import PrintService
    from kiosk.services.registration import save_registration
    from kiosk.services.sample import sample_draft
    from kiosk.services.signing_keys import load_or_create
    from kiosk.store.db import Store

    overrides = {}
    if args.printer:
        overrides["printer.uri"] = args.printer
    if args.width:
        overrides["printer.paper_width_mm"] = args.width
    cfg = config.load(args.config, overrides=overrides)
    try:
        key = load_or_create(cfg.data_dir)
    except PermissionError:
        key = load_or_create(Path(tempfile.mkdtemp(prefix="kiosk-sample-key-")))
        print("note: the data folder is not writable; the sample is signed with a temporary key", file=sys.stderr)
    printer = make_printer(cfg)
    with tempfile.TemporaryDirectory(prefix="kiosk-sample-") as tmp:
        store = Store(Path(tmp) / "sample.db")  # the sample never enters the kiosk's own records
        saved = save_registration(store, cfg, sample_draft())
        result = PrintService(store, printer, key, cfg.gateway.public_url).run(saved.print_job_id)
        store.close()
    if result.ok:
        print(f"printed a sample AK/1 card on {cfg.printer.uri} ({cfg.printer.paper_width_mm} mm)")
        return 0
    print(f"kiosk: print failed, printer state: {result.printer_state}. {result.message}", file=sys.stderr)
    return 1


def verify_card(args: argparse.Namespace) -> int:
    from kiosk.core.card_signing import CardNotGenuine, verify_scanned
    from kiosk.services.signing_keys import PUBLIC, load_public

    path = Path(args.public_key) if args.public_key else config.load(args.config).data_dir / PUBLIC
    try:
        claim = verify_scanned(args.payload, load_public(path))
    except CardNotGenuine as err:
        print(f"TIDAK ASLI: {err}")
        return 1
    except OSError as exc:
        print(f"kiosk: cannot read the public key {path}: {exc.strerror}", file=sys.stderr)
        return 2
    print("ASLI: kartu ini ditandatangani oleh kios", claim.kiosk_id)
    print(f"  No. pendaftaran : {claim.registration_no}")
    print(f"  NIK             : {claim.nik}")
    print(f"  Nama            : {claim.name}")
    print(f"  Berlaku s.d.    : {claim.valid_until}")
    return 0


def printer_sim(args: argparse.Namespace) -> int:
    from kiosk.devices.escpos_simulator import KEEP_PAGES, PrinterSimulator

    sim = PrinterSimulator(args.out, port=args.port, keep_pages=KEEP_PAGES)
    state = sim.state
    state.paper = "out" if args.paper_out else "near_end" if args.paper_near_end else "ok"
    state.cover_open, state.offline, state.silent = args.cover_open, args.offline, args.silent
    state.drop_after_bytes = args.drop_after_bytes
    return serve_until_stopped(sim, f"ESC/POS printer simulator on tcp://127.0.0.1:{sim.port}, pages in {args.out}")
