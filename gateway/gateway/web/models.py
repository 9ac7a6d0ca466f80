"""The pengantar kerja's name and NIP, stamped on every card they decide."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Officer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="officer")
    name = models.CharField(max_length=150)
    nip = models.CharField(max_length=18)  # 18 digits, checked by web.officers.is_nip

    def stamp(self) -> str:
        """As GET /cards' ``officer`` reads: ``Sri Wahyuni, NIP 198703122010012003``."""
        return f"{self.name}, NIP {self.nip}"


class CounterRegistration(models.Model):
    """An AK/1 registration (or renewal) made at the office counter, not at a kiosk, recorded by an
    officer so the month's IPK figures are complete (docs/gateway.md, "IPK reports"). It holds only
    what the forms count; the card itself lives in SIKER under ``registration_no``."""

    NEW, RENEWAL = "new", "renewal"
    registration_no = models.CharField(max_length=16, db_index=True)
    kind = models.CharField(max_length=10)
    registered_on = models.DateField()  # counts from the start of this day (Asia/Jakarta)
    valid_until = models.DateField()
    sex = models.CharField(max_length=1)
    birth_date = models.DateField()
    education_level = models.CharField(max_length=16, blank=True)  # the contract's list, or "" unknown
    occupation_code = models.CharField(max_length=7, null=True, blank=True)  # KBJI 2026
    kecamatan = models.CharField(max_length=100, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True, db_index=True)


class CounterPlacement(models.Model):
    """A placement learnt at the counter (not from a kiosk's report of work) of a registered job
    seeker, by AK/1 number. It counts at the end of ``placed_on``."""

    registration_no = models.CharField(max_length=16, db_index=True)
    placed_on = models.DateField()
    placement = models.CharField(max_length=4)  # akl | akad | akan
    employer = models.CharField(max_length=200)
    position = models.CharField(max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True, db_index=True)


class IpkSpell(models.Model):
    """One segment of a card for the IPK forms (web/ipk.py): from one registration to the next or to
    its exit. Derived from the records, refreshed for the cards whose records changed."""

    k = models.BigIntegerField(primary_key=True)  # registration id * 2, counter registration id * 2 + 1
    card = models.CharField(max_length=16, db_index=True)
    t = models.DateTimeField()
    exit = models.DateTimeField(db_index=True)
    placed = models.BooleanField()
    placement = models.CharField(max_length=4, null=True)
    next_t = models.DateTimeField(null=True)
    prev_exit = models.DateTimeField(null=True)
    sex = models.CharField(max_length=1)
    birth_date = models.DateField()
    edu = models.CharField(max_length=16)
    occ = models.CharField(max_length=7, null=True)


class IpkState(models.Model):
    """A single row: when the kept segments were last refreshed."""

    refreshed_at = models.DateTimeField(null=True)
