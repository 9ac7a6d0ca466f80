"""The states, kinds and sources the store records, as enums.

Each is a ``StrEnum`` whose values are exactly the strings stored in SQLite (and checked there
by the schema's CHECK constraints), so rows written before these enums existed read back
unchanged: ``PrintState(row["state"])``. A test keeps them and the schema in step.
"""

from __future__ import annotations

from enum import StrEnum


class PrintState(StrEnum):
    """``queued -> sending -> printed | failed``; a failed job may be sent again."""

    QUEUED = "queued"
    SENDING = "sending"
    PRINTED = "printed"
    FAILED = "failed"


class PrintPurpose(StrEnum):
    """What a print job is for (``print_jobs.kind``)."""

    AK1 = "ak1"
    REPRINT = "reprint"
    REPORT_RECEIPT = "report_receipt"
    APPLICATION_RECEIPT = "application_receipt"
    SEVERANCE_SLIP = "severance_slip"
    TICKET_SLIP = "ticket_slip"
    RECAP = "recap"
    TEST = "test"
    EVENT_SLIP = "event_slip"


CARD_PURPOSES = frozenset({PrintPurpose.AK1, PrintPurpose.REPRINT})  # the jobs that use a card blank


class OutboxState(StrEnum):
    """``pending -> sending -> delivered | failed_permanent``."""

    PENDING = "pending"
    SENDING = "sending"
    DELIVERED = "delivered"
    FAILED_PERMANENT = "failed_permanent"


class IdentitySource(StrEnum):
    """How the job seeker was identified: the e-KTP read by the reader, or a typed NIK."""

    EKTP = "ektp"
    MANUAL = "manual"


class RegistrationKind(StrEnum):
    NEW = "new"
    RENEWAL = "renewal"


class ReportStatus(StrEnum):
    SEEKING = "seeking"
    EMPLOYED = "employed"


class PhotoStatus(StrEnum):
    OK = "ok"
    PENDING = "pending"  # the camera failed; the officer takes the photo later


class EventKind(StrEnum):
    """What an event is (``events.kind``, the contract's ``kind``)."""

    JOB_FAIR = "job_fair"
    TRAINING = "training"
    COUNSELLING = "counselling"


class SeatState(StrEnum):
    """A seat asked for at this kiosk (``event_registrations.state``): ``waiting -> seated | full | refused``."""

    WAITING = "waiting"
    SEATED = "seated"
    FULL = "full"
    REFUSED = "refused"
