"""What the kiosks send, stored once per Idempotency-Key, and the kiosks themselves."""

from __future__ import annotations

from django.db import models


class Kiosk(models.Model):
    kiosk_id = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_heartbeat_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.kiosk_id


class KioskToken(models.Model):
    """Only the SHA-256 of the token is kept; the token itself is shown once when issued."""

    kiosk = models.ForeignKey(Kiosk, on_delete=models.CASCADE, related_name="tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)


class IdempotencyKey(models.Model):
    """One row per record ever stored, whatever its endpoint: the unique key is what makes
    two concurrent requests with the same key end in one row."""

    key = models.CharField(max_length=36, unique=True)
    endpoint = models.CharField(max_length=32)
    kiosk = models.ForeignKey(Kiosk, on_delete=models.PROTECT)
    body_hash = models.CharField(max_length=64)
    response = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)


class Registration(models.Model):
    client_id = models.CharField(max_length=36, unique=True)
    siker_id = models.CharField(max_length=20, unique=True)
    kiosk = models.ForeignKey(Kiosk, on_delete=models.PROTECT)
    registration_no = models.CharField(max_length=16, db_index=True)
    kind = models.CharField(max_length=10)
    nik = models.CharField(max_length=16, db_index=True)
    name = models.CharField(max_length=200)
    sex = models.CharField(max_length=1)
    birth_date = models.DateField()
    education_level = models.CharField(max_length=16)
    occupation_code = models.CharField(max_length=7, null=True, blank=True)
    disability = models.JSONField(default=list)
    created_at = models.DateTimeField()
    valid_until = models.DateField()
    data = models.JSONField()  # the whole body as sent, without the photo
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)  # the IPK refresh looks for new ones


class Photo(models.Model):
    registration = models.OneToOneField(Registration, on_delete=models.CASCADE, primary_key=True)
    jpeg = models.BinaryField()
    sha256 = models.CharField(max_length=64)


class Report(models.Model):
    client_id = models.CharField(max_length=36, unique=True)
    kiosk = models.ForeignKey(Kiosk, on_delete=models.PROTECT)
    registration_client_id = models.CharField(max_length=36, db_index=True)
    registration_no = models.CharField(max_length=16, db_index=True)
    nik = models.CharField(max_length=16, db_index=True)
    reported_at = models.DateTimeField()
    status = models.CharField(max_length=10)
    employer = models.CharField(max_length=200, null=True, blank=True)
    position = models.CharField(max_length=200, null=True, blank=True)
    placement = models.CharField(max_length=4, null=True, blank=True)
    started_on = models.DateField(null=True, blank=True)
    data = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)  # the IPK refresh looks for new ones


class Application(models.Model):
    client_id = models.CharField(max_length=36, unique=True)
    kiosk = models.ForeignKey(Kiosk, on_delete=models.PROTECT)
    registration_client_id = models.CharField(max_length=36, db_index=True)
    nik = models.CharField(max_length=16)
    vacancy_id = models.CharField(max_length=64, db_index=True)
    applied_at = models.DateTimeField()
    note = models.TextField(null=True, blank=True)
    data = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)


class PrintLog(models.Model):
    client_id = models.CharField(max_length=36, unique=True)
    kiosk = models.ForeignKey(Kiosk, on_delete=models.PROTECT)
    registration_no = models.CharField(max_length=16, null=True, blank=True)
    kind = models.CharField(max_length=10)
    printed_at = models.DateTimeField()
    result = models.CharField(max_length=10)
    error = models.TextField(null=True, blank=True)
    data = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)


class Heartbeat(models.Model):
    kiosk = models.ForeignKey(Kiosk, on_delete=models.CASCADE, related_name="heartbeats")
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField()
    version = models.CharField(max_length=40)
    outbox_pending = models.PositiveIntegerField()
    outbox_failed = models.PositiveIntegerField()
    printer = models.CharField(max_length=10)
    card_reader = models.CharField(max_length=10)
    camera = models.CharField(max_length=10)
    cards_printed_today = models.PositiveIntegerField()


class Vacancy(models.Model):
    """A job vacancy kept by officers; every change takes the next number of the feed, which
    is what a kiosk's cursor counts."""

    OPEN, CLOSED, DELETED = "open", "closed", "deleted"
    vacancy_id = models.CharField(max_length=64, unique=True)
    title = models.CharField(max_length=200)
    company = models.CharField(max_length=200)
    location = models.CharField(max_length=200, blank=True)
    sector = models.CharField(max_length=100, blank=True)
    education_min = models.CharField(max_length=3, null=True, blank=True)
    skills = models.JSONField(default=list, blank=True)
    wage_min = models.PositiveIntegerField(null=True, blank=True)
    wage_max = models.PositiveIntegerField(null=True, blank=True)
    closes_on = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)
    status = models.CharField(max_length=8, default=OPEN)
    updated_at = models.DateTimeField()
    change_seq = models.BigIntegerField(db_index=True)


class VacancyFeed(models.Model):
    """A single row: the last change number given out, and the epoch that old cursors belong to."""

    last_seq = models.BigIntegerField(default=0)
    epoch = models.PositiveIntegerField(default=1)


class RateWindow(models.Model):
    """Requests per kiosk per minute, counted in the database so that every gunicorn worker
    (and every host behind a load balancer) sees the same count."""

    kiosk_id = models.CharField(max_length=32)
    minute = models.BigIntegerField()  # minutes since the epoch
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kiosk_id", "minute"], name="rate_window_once")]


class Card(models.Model):
    """The state of one AK/1 card (GET /cards/{registration_no}): the latest registration sent
    with its number, and what the pengantar kerja decided about it."""

    MENUNGGU, REVISI, DISAHKAN, DITOLAK, KEDALUWARSA, BEKERJA = (
        "menunggu", "revisi", "disahkan", "ditolak", "kedaluwarsa", "bekerja")  # fmt: skip
    STATES = (MENUNGGU, REVISI, DISAHKAN, DITOLAK, KEDALUWARSA, BEKERJA)
    registration_no = models.CharField(max_length=16, unique=True)
    registration = models.ForeignKey(Registration, on_delete=models.PROTECT)  # the latest one
    nik = models.CharField(max_length=16, db_index=True)  # for the "same NIK, another card" warning
    status = models.CharField(max_length=12, default=MENUNGGU, db_index=True)
    reason = models.TextField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    officer = models.CharField(max_length=250, null=True, blank=True)  # "Name, NIP 1987…", kept as decided
    valid_until = models.DateField()
    queued_at = models.DateTimeField(db_index=True)  # when it last entered the queue: oldest first
    updated_at = models.DateTimeField(db_index=True)  # the IPK refresh looks for decided cards


class SigningKey(models.Model):
    """A kiosk's Ed25519 public key for its cards' QR, as sent by the kiosk itself (heartbeat
    field ``card_signing_key``). Old keys stay: cards signed before a key change remain checkable."""

    kiosk = models.ForeignKey(Kiosk, on_delete=models.CASCADE, related_name="signing_keys")
    public_key = models.CharField(max_length=44)  # raw 32 bytes, base64
    first_seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kiosk", "public_key"], name="signing_key_once")]


class Ticket(models.Model):
    """A konsultasi or pengaduan left at a kiosk (POST /tickets), and what officers did with it."""

    BARU, DIPROSES, DIJADWALKAN, SELESAI = "baru", "diproses", "dijadwalkan", "selesai"
    STATES = (BARU, DIPROSES, DIJADWALKAN, SELESAI)
    client_id = models.CharField(max_length=36, unique=True)
    ticket_no = models.CharField(max_length=32, unique=True)
    kiosk = models.ForeignKey(Kiosk, on_delete=models.PROTECT)
    kind = models.CharField(max_length=12)
    topic = models.CharField(max_length=12, db_index=True)
    registration_client_id = models.CharField(max_length=36, null=True, blank=True)
    nik = models.CharField(max_length=16, null=True, blank=True)
    name = models.CharField(max_length=200)
    phone = models.CharField(max_length=20)  # normalised to +62…
    employer = models.CharField(max_length=200, null=True, blank=True)
    employer_key = models.CharField(max_length=200, blank=True, db_index=True)  # for grouping complaints
    description = models.TextField()
    created_at = models.DateTimeField()
    status = models.CharField(max_length=12, default=BARU, db_index=True)
    assigned_to = models.ForeignKey("auth.User", null=True, blank=True, on_delete=models.SET_NULL)
    answer = models.TextField(null=True, blank=True)
    appointment_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField()
    data = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)


class Event(models.Model):
    """A job fair, training or counselling session; every change takes the next number of the
    event feed (GET /events), like vacancies."""

    ACTIVE, DELETED = "active", "deleted"
    KINDS = ("job_fair", "training", "counselling")
    REGISTRATION = ("none", "kiosk")
    event_id = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=12)
    title = models.CharField(max_length=200)
    organiser = models.CharField(max_length=200)
    place = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    quota = models.PositiveIntegerField(default=0)
    registration = models.CharField(max_length=6, default="kiosk")
    description = models.TextField(blank=True)
    status = models.CharField(max_length=8, default=ACTIVE)
    updated_at = models.DateTimeField()
    change_seq = models.BigIntegerField(db_index=True)


class EventFeed(models.Model):
    """A single row, like VacancyFeed: the last change number of the event feed and its epoch."""

    last_seq = models.BigIntegerField(default=0)
    epoch = models.PositiveIntegerField(default=1)


class EventRegistration(models.Model):
    """A seat taken from a kiosk (POST /event-registrations). The unique (event, seat_no) is the
    last guard against two seats with one number; the event's row lock hands the numbers out."""

    client_id = models.CharField(max_length=36, unique=True)
    kiosk = models.ForeignKey(Kiosk, on_delete=models.PROTECT)
    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="seats")
    seat_no = models.PositiveIntegerField()
    registration_client_id = models.CharField(max_length=36, db_index=True)
    nik = models.CharField(max_length=16)
    registered_at = models.DateTimeField()
    data = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "seat_no"], name="event_seat_once")]
