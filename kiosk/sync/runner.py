"""`kiosk sync`: the sender, the vacancy pull and the heartbeat, as a process of its own
(its own systemd unit), sharing the SQLite database with the UI."""

from __future__ import annotations

import logging
import threading
import time

from kiosk.config import Config
from kiosk.store.db import StorageFull, Store, disk_full
from kiosk.sync import events, heartbeat, vacancies
from kiosk.sync.client import SikerClient
from kiosk.sync.sender import LAST_CONTACT, LAST_ERROR, Sender, Summary, summary

log = logging.getLogger(__name__)

FULL_WAIT_S = 60  # a full disk: the next sync round after this long


class SyncRunner:
    def __init__(
        self, cfg: Config, store: Store | None = None, *, base_backoff_s: float = 2.0, max_backoff_s: float = 600.0
    ) -> None:
        self.cfg = cfg
        self.store = store or Store(cfg.db_path)
        self.sender = Sender(
            self.store,
            lambda: SikerClient.from_config(cfg),
            base_backoff_s=base_backoff_s,
            max_backoff_s=max_backoff_s,
        )
        self.client = SikerClient.from_config(cfg)
        self.stop_event = threading.Event()

    def once(self, deadline_s: float = 300) -> Summary:
        """Drain the outbox (or give up at the deadline); also pull vacancies and beat once."""
        self._heartbeat()
        result = self.sender.drain(deadline_s=deadline_s)
        self._pull()
        return summary(self.store) if result.done else result

    def forever(self) -> None:
        pull_every = self.cfg.siker.vacancy_pull_min * 60
        beat_every = self.cfg.siker.heartbeat_min * 60
        next_pull = next_beat = 0.0
        while not self.stop_event.is_set():
            now = time.monotonic()
            if now >= next_beat:
                self._heartbeat()
                next_beat = now + beat_every
            if now >= next_pull:
                self._pull()
                next_pull = now + pull_every
            try:  # at most a minute at a time, so heartbeats and pulls keep their rhythm
                self.sender.drain(deadline_s=60)
            except StorageFull:  # not once a second into a journal on the same full disk
                log.error("sync round: the disk is full; next try in %d s", FULL_WAIT_S)
                self.stop_event.wait(FULL_WAIT_S)
                continue
            except Exception:  # the loop outlives any one failure; the rows stay for the next round
                log.exception("sync round failed")
            self.stop_event.wait(1.0)

    def _heartbeat(self) -> None:
        # the heartbeat contract has no field for it (docs/reliability.md): a full disk goes to the
        # journal at each beat, and the technician screen's disk check says "PENUH"
        if self.store.path.parent.exists() and disk_full(self.store.path.parent):
            log.error("heartbeat: STORAGE FULL in %s: the kiosk cannot save registrations", self.store.path.parent)
        try:
            offset = heartbeat.send(self.store, self.client, self.cfg.kiosk.id, self.cfg.data_dir)
        except Exception:
            log.exception("heartbeat failed")
            offset = None
        try:
            if offset is None:
                self.store.set_value(LAST_ERROR, "heartbeat not answered")
            else:
                self.store.set_value(LAST_ERROR, None)
                self.store.set_value(LAST_CONTACT, repr(time.time()))
        except StorageFull:
            log.error("heartbeat: its outcome not recorded, the disk is full")

    def _pull(self) -> None:
        # each feed on its own: a vacancy page that failed does not hold the events back
        for name, feed_pull in (("vacancies", vacancies.pull), ("events", events.pull)):
            try:
                result = feed_pull(self.store, self.client)
            except Exception:
                log.exception("%s pull failed", name)
                continue
            if result.ok:
                log.info("%s pulled: %d new or changed, %d removed, %d refused",
                         name, result.upserted, result.deleted, len(result.rejected))  # fmt: skip

    def close(self) -> None:
        self.stop_event.set()
        self.sender.close()
