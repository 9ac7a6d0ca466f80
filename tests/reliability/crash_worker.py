"""A zygote for the crash-consistency harness: imports the kiosk once, then forks workers.

Each line on stdin is a JSON job: the zygote forks a child that runs it and prints
``{"exit": status}`` when the child is gone (-9: killed by SIGKILL).
Forking from an idle, thread-free process makes 200 kill-and-restart rounds cost seconds,
not minutes of Python start-up; each child opens its own database connection.

A child either runs until the test kills it at a random moment (``point: "timer"``), or kills
itself with a real SIGKILL the ``at``-th time it reaches a named point:

- ``tx``: inside a store transaction, after its writes, before COMMIT. A nested transaction
  (a step of a use case that joins the outer one) reaches it too, so ``at=k`` kills a use case
  right after its k-th step (``role: "use_case"``, test_use_case_atomicity.py)
- ``sending``: a print job just marked ``sending``, before a byte reaches the printer
- ``after_print``: the printer took the whole card, the job is not yet marked ``printed``
- ``http``: SIKER answered a POST (so it has stored it), the outbox not yet updated

``kill_after_s`` in the job: the zygote SIGKILLs the child then, unless it ended first. Only
the parent can do that without a race: until it reaps the child, the PID stays the child's
(a zombie at worst), whereas another process killing by PID could hit a reaped, reused one.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import select
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk import config  # noqa: E402
from kiosk.core.severance import simulate  # noqa: E402
from kiosk.devices import printer_escpos  # noqa: E402
from kiosk.services import (  # noqa: E402
    applications,
    officer,
    possession,
    printing,
    registration,
    reports,
    slips,
    staff,
    synthetic,
    technician,
)
from kiosk.services.signing_keys import load_or_create  # noqa: E402
from kiosk.store import db, print_jobs  # noqa: E402
from kiosk.sync import client as siker_client  # noqa: E402
from kiosk.sync import sender  # noqa: E402

FACE = (ROOT / "assets" / "samples" / "face.jpg").read_bytes()


class _Points:
    def __init__(self, point: str, at: int) -> None:
        self.point, self.at, self.seen = point, at, 0

    def reach(self, point: str) -> None:
        if point == self.point:
            self.seen += 1
            if self.seen == self.at:
                os.kill(os.getpid(), signal.SIGKILL)


def _install(points: _Points) -> None:
    original_tx = db.Store.transaction

    @contextmanager
    def transaction(self):
        with original_tx(self) as handle:
            yield handle
            points.reach("tx")

    db.Store.transaction = transaction

    original_transition = print_jobs.transition

    def transition(store, job_id, state, detail=None):
        original_transition(store, job_id, state, detail)
        if state == "sending":
            points.reach("sending")

    print_jobs.transition = transition

    original_print = printer_escpos.EscposPrinter.print_image

    def print_image(self, image):
        outcome = original_print(self, image)
        if outcome.ok:
            points.reach("after_print")
        return outcome

    printer_escpos.EscposPrinter.print_image = print_image

    original_post = siker_client.SikerClient.post

    def post(self, path, payload):
        reply = original_post(self, path, payload)
        points.reach("http")
        return reply

    siker_client.SikerClient.post = post


def _register(job: dict, told) -> None:
    """The journey's last step, over and over: save (one transaction), tell the user, print."""
    cfg = config.load(overrides={"kiosk.data_dir": job["data_dir"], "printer.uri": "simulated"})
    store = db.Store(cfg.db_path)
    service = printing.PrintService(store, printer_escpos.EscposPrinter(job["printer"], 58, timeout_s=5),
                                    load_or_create(cfg.data_dir))  # fmt: skip
    rng = random.Random(job["seed"])
    while True:
        draft = synthetic.synthetic_draft(rng, photo=FACE if rng.random() < 0.7 else None)
        saved = registration.save_registration(store, cfg, draft)
        told.write(f"{saved.client_id}\n")  # the screen now says "saved"
        told.flush()
        service.run(saved.print_job_id)


def _sync(job: dict) -> None:
    store = db.Store(Path(job["data_dir"]) / "kiosk.db")

    def factory() -> siker_client.SikerClient:
        return siker_client.SikerClient(job["siker"], job["token"], "SMG-01", timeout_s=5)

    outbox = sender.Sender(store, factory, workers=4, batch=16, base_backoff_s=0.02, max_backoff_s=0.1)
    outbox.drain(deadline_s=60, idle_sleep_s=0.01)


def _use_case(job: dict) -> None:
    """One use case, once, on the registration of ``job["nik"]``: killed at its ``at``-th step, or done."""
    cfg = config.load(overrides={"kiosk.data_dir": job["data_dir"], "printer.uri": "simulated"})
    store = db.Store(cfg.db_path)
    existing = registration.find_existing(store, job["nik"])
    holder = staff.Holder(1, "Sri Petugas", "officer")
    name = job["use_case"]
    if name == "handover":
        officer.hand_over(store, cfg.kiosk.id, holder.name, job["counted"], "")
    elif name == "renewal":
        draft = synthetic.synthetic_draft(random.Random(job["seed"]), photo=FACE)
        draft.kind, draft.nik = "renewal", job["nik"]
        registration.prefill_renewal(store, existing, draft)
        registration.save_registration(store, cfg, draft)
    elif name == "report":
        reports.save_report(store, existing, job["nik"], "employed", "PT Sinar", "Operator")
    elif name == "application":
        applications.apply(store, cfg, existing, job["nik"], {"id": "V-1", "title": "Operator", "company": "PT Sinar"})
    elif name == "retry_failed":
        technician.retry_failed(store, holder)
    elif name == "test_page":
        slips.test_page(store, cfg, holder)
    elif name == "reprint":
        registration.reprint(store, existing)
    elif name == "wrong_card_number":
        with contextlib.suppress(possession.NotProven):
            possession.prove_by_number(store, existing, job["nik"], "1" * 16)
    elif name == "severance_slip":
        slips.severance_slip(store, simulate(wage=5_000_000, reason="merger", years=4))
    elif name == "ticket":  # a holder's pengaduan: number, ticket, outbox row, slip
        from kiosk.core.tickets import checked
        from kiosk.services import tickets

        ticket = checked("pengaduan", "upah", "Upah belum dibayar.", "Siti", "081234567890",
                         registration_client_id=existing.client_id, nik=job["nik"])  # fmt: skip
        tickets.save_ticket(store, cfg, ticket)
    elif name == "event_seat":
        from kiosk.services import events

        events.register(store, possession.Holder(existing, job["nik"], "card"), "EVT-0001", "Siti Nur'aini",
                        "081234567890")  # fmt: skip
    else:
        raise ValueError(f"unknown use case {name!r}")


def _child(job: dict) -> None:
    _install(_Points(job["point"], job["at"]))
    if job["role"] == "use_case":
        _use_case(job)
        return
    with open(job["told"], "a", encoding="ascii") as told:
        if job["role"] == "register":
            _register(job, told)
        else:
            _sync(job)


def main() -> None:
    for line in sys.stdin:
        job = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(job)
            except BaseException:  # a worker that fails must say so, not pass for a clean exit
                import traceback

                traceback.print_exc()
                code = 3
            os._exit(code)
        kill_after_s = job.get("kill_after_s")
        if kill_after_s is not None:
            pidfd = os.pidfd_open(pid)  # readable once the child has ended
            if not select.select([pidfd], [], [], kill_after_s)[0]:
                os.kill(pid, signal.SIGKILL)  # not reaped yet: still this child's PID
            os.close(pidfd)
        _, status = os.waitpid(pid, 0)
        exit_code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        print(json.dumps({"exit": exit_code}), flush=True)


if __name__ == "__main__":
    main()
