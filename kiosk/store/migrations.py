"""Numbered schema migrations, applied in order at start.

``PRAGMA user_version`` holds the number of the last migration applied. A database
from an older version upgrades in place; one written by a newer kiosk is refused,
because this code cannot know what the newer schema means.

To change the schema, append a migration: never edit one that has shipped.
"""

from __future__ import annotations

import sqlite_utils

from kiosk.store.errors import SchemaTooNew  # raised here; the CLI imports it from errors

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema",
        """
        CREATE TABLE kv (
            key TEXT PRIMARY KEY,
            value TEXT
        );

        -- Registration numbers: one counter per calendar day (the kiosk number is fixed per DB).
        CREATE TABLE registration_counters (
            day TEXT PRIMARY KEY,          -- YYYY-MM-DD, kiosk local date
            last_seq INTEGER NOT NULL
        );

        -- An AK/1 registration (new or renewal). `data` holds the contract's body fields
        -- that have no column of their own (address, education, skills, ...), as JSON.
        CREATE TABLE registrations (
            client_id TEXT PRIMARY KEY,    -- uuid4, the SIKER idempotency key
            registration_no TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('new', 'renewal')),
            previous_client_id TEXT REFERENCES registrations(client_id),
            nik TEXT NOT NULL,
            name TEXT NOT NULL,
            identity_source TEXT NOT NULL CHECK (identity_source IN ('ektp', 'manual')),
            card_uid TEXT,
            data TEXT NOT NULL DEFAULT '{}',
            photo_status TEXT NOT NULL DEFAULT 'pending' CHECK (photo_status IN ('ok', 'pending')),
            consent_at TEXT NOT NULL,
            created_at TEXT NOT NULL,      -- RFC 3339 with offset
            valid_until TEXT NOT NULL,     -- YYYY-MM-DD
            purged_at TEXT                 -- personal data removed by the retention purge
        );
        CREATE INDEX registrations_nik ON registrations(nik);

        CREATE TABLE photos (
            registration_client_id TEXT PRIMARY KEY REFERENCES registrations(client_id),
            jpeg BLOB NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE reports (
            client_id TEXT PRIMARY KEY,
            registration_client_id TEXT NOT NULL REFERENCES registrations(client_id),
            registration_no TEXT NOT NULL,
            nik TEXT NOT NULL,
            reported_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('seeking', 'employed')),
            employer TEXT,
            position TEXT
        );

        CREATE TABLE vacancies (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            company TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '',
            education_min TEXT,
            skills TEXT NOT NULL DEFAULT '[]',   -- JSON list
            wage_min INTEGER,
            wage_max INTEGER,
            closes_on TEXT,
            description TEXT NOT NULL DEFAULT '',
            updated_at TEXT,
            raw TEXT NOT NULL DEFAULT '{}'      -- everything SIKER sent, for the detail page
        );

        CREATE TABLE applications (
            client_id TEXT PRIMARY KEY,
            application_no TEXT NOT NULL UNIQUE,
            registration_client_id TEXT NOT NULL REFERENCES registrations(client_id),
            nik TEXT NOT NULL,
            vacancy_id TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            note TEXT,
            UNIQUE (nik, vacancy_id)
        );

        -- Print jobs: queued -> sending -> printed | failed. A job found `sending` at start
        -- was interrupted (crash, power cut) and is shown as uncertain, never re-sent.
        CREATE TABLE print_jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,            -- ak1 | reprint | report_receipt | application_receipt
                                           -- | severance_slip | recap | test
            registration_client_id TEXT REFERENCES registrations(client_id),
            registration_no TEXT,
            ref_client_id TEXT,            -- the report/application a receipt is for
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'printed', 'failed')),
            error TEXT,
            collection_id INTEGER REFERENCES collections(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX print_jobs_state ON print_jobs(state);
        CREATE INDEX print_jobs_created ON print_jobs(created_at);

        -- Every attempt and transition of a print job, with its time and outcome.
        CREATE TABLE print_journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            print_job_id INTEGER NOT NULL REFERENCES print_jobs(id),
            at TEXT NOT NULL,
            state TEXT NOT NULL,
            detail TEXT
        );
        CREATE INDEX print_journal_job ON print_journal(print_job_id);

        -- Outbox: every record that must reach SIKER, written in the same transaction as the
        -- record. pending -> sending -> delivered | failed_permanent.
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- delivery order within a job seeker
            client_id TEXT NOT NULL UNIQUE,        -- Idempotency-Key
            endpoint TEXT NOT NULL,                -- /registrations, /reports, ...
            order_key TEXT,                        -- records with the same key go in id order
            depends_on TEXT,                       -- client_id that must be delivered first
            payload TEXT NOT NULL,                 -- JSON body; frozen once attempts > 0
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'delivered', 'failed_permanent')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            http_status INTEGER,
            last_error TEXT,
            response TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            delivered_at TEXT
        );
        CREATE INDEX outbox_state ON outbox(state, next_attempt_at);

        CREATE TABLE outbox_journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            outbox_id INTEGER NOT NULL REFERENCES outbox(id),
            at TEXT NOT NULL,
            state TEXT NOT NULL,
            http_status INTEGER,
            detail TEXT
        );

        CREATE TABLE staff (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('technician', 'officer')),
            pin_hash TEXT NOT NULL,        -- argon2id, never plain
            created_at TEXT NOT NULL,
            UNIQUE (name, role)
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,           -- staff name, or 'system'
            role TEXT,
            action TEXT NOT NULL,
            detail TEXT
        );

        -- Officer collections of printed cards.
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            officer TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            expected_count INTEGER NOT NULL,
            confirmed_count INTEGER NOT NULL,
            note TEXT,
            created_at TEXT NOT NULL
        );
        """,
    ),
]

MIGRATIONS.append(
    (
        2,
        "print job documents",
        """
        -- what a receipt says (title and lines, JSON); cards are rendered from their registration
        ALTER TABLE print_jobs ADD COLUMN document TEXT;
        CREATE INDEX print_jobs_registration ON print_jobs(registration_client_id);
        """,
    )
)

MIGRATIONS.append(
    (
        3,
        "outbox ordering index",
        """
        -- the sender asks "is an earlier record of this job seeker still waiting?" for every row
        CREATE INDEX outbox_order ON outbox(order_key, id);
        CREATE INDEX outbox_depends ON outbox(depends_on);
        """,
    )
)

MIGRATIONS.append(
    (
        4,
        "vacancy full-text search",
        """
        CREATE VIRTUAL TABLE vacancies_fts USING fts5(
            title, company, sector, location, description, content='vacancies', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO vacancies_fts(rowid, title, company, sector, location, description)
            SELECT rowid, title, company, sector, location, description FROM vacancies;
        CREATE TRIGGER vacancies_ai AFTER INSERT ON vacancies BEGIN
            INSERT INTO vacancies_fts(rowid, title, company, sector, location, description)
            VALUES (new.rowid, new.title, new.company, new.sector, new.location, new.description);
        END;
        CREATE TRIGGER vacancies_ad AFTER DELETE ON vacancies BEGIN
            INSERT INTO vacancies_fts(vacancies_fts, rowid, title, company, sector, location, description)
            VALUES ('delete', old.rowid, old.title, old.company, old.sector, old.location, old.description);
        END;
        CREATE TRIGGER vacancies_au AFTER UPDATE ON vacancies BEGIN
            INSERT INTO vacancies_fts(vacancies_fts, rowid, title, company, sector, location, description)
            VALUES ('delete', old.rowid, old.title, old.company, old.sector, old.location, old.description);
            INSERT INTO vacancies_fts(rowid, title, company, sector, location, description)
            VALUES (new.rowid, new.title, new.company, new.sector, new.location, new.description);
        END;
        CREATE INDEX vacancies_closes ON vacancies(closes_on);
        """,
    )
)

MIGRATIONS.append(
    (
        5,
        "officer collections and exports",
        """
        -- the officer's log is "print jobs of the open period" (collection_id IS NULL), by time
        CREATE INDEX print_jobs_collection ON print_jobs(collection_id, created_at);
        -- the officer's follow-up list, without reading every registration
        CREATE INDEX registrations_photo_pending ON registrations(created_at)
            WHERE photo_status = 'pending' AND purged_at IS NULL;
        ALTER TABLE collections ADD COLUMN recap_job_id INTEGER REFERENCES print_jobs(id);
        -- every file written for an officer or technician, with what it held
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,            -- print_log | logs | failed_sync
            period_start TEXT,
            period_end TEXT,
            rows INTEGER NOT NULL,
            files TEXT NOT NULL            -- JSON list of paths with their sha256
        );
        """,
    )
)

MIGRATIONS.append(
    (
        6,
        "order keys without the NIK",
        """
        -- A job seeker's records were ordered by their NIK, which the retention purge cannot erase
        -- from a key. The key becomes the client_id of the person's first registration here
        -- (outbox.chain_key): a renewal and its reports share it with the registration renewed.
        CREATE TEMP TABLE chain_root AS
            WITH RECURSIVE walk(client_id, root) AS (
                SELECT client_id, client_id FROM registrations WHERE previous_client_id IS NULL
                UNION ALL
                SELECT r.client_id, walk.root FROM registrations r JOIN walk ON r.previous_client_id = walk.client_id
            )
            SELECT client_id, root FROM walk;
        UPDATE outbox SET order_key = COALESCE(
            (SELECT root FROM chain_root WHERE chain_root.client_id = outbox.client_id), outbox.client_id)
            WHERE endpoint = '/registrations';
        -- a report or application depends on the registration it belongs to
        UPDATE outbox SET order_key = COALESCE(
            (SELECT root FROM chain_root WHERE chain_root.client_id = outbox.depends_on), outbox.depends_on)
            WHERE endpoint IN ('/reports', '/applications');
        DROP TABLE chain_root;
        -- what the purge of earlier versions left of the people it had already forgotten
        UPDATE print_jobs SET document = NULL
            WHERE registration_client_id IN (SELECT client_id FROM registrations WHERE purged_at IS NOT NULL);
        UPDATE applications SET nik = client_id
            WHERE registration_client_id IN (SELECT client_id FROM registrations WHERE purged_at IS NOT NULL);
        UPDATE outbox SET response = NULL, last_error = NULL
            WHERE payload = '{}' AND state = 'delivered';
        UPDATE outbox_journal SET detail = NULL
            WHERE outbox_id IN (SELECT id FROM outbox WHERE payload = '{}' AND state = 'delivered');
        """,
    )
)

MIGRATIONS.append(
    (
        7,
        "proof of possession and report periods",
        """
        -- Wrong AK/1 numbers typed for a NIK, to lock guessing: keyed by an HMAC of the NIK (the key
        -- below never leaves this file), pruned after an hour, so the retention purge stays whole.
        CREATE TABLE possession_secret (id INTEGER PRIMARY KEY CHECK (id = 1), key BLOB NOT NULL);
        INSERT INTO possession_secret(id, key) VALUES(1, randomblob(32));
        CREATE TABLE possession_failures (
            nik_key TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX possession_failures_key ON possession_failures(nik_key, at);
        -- a six-monthly report fills one period of its card (1-3); "sudah bekerja" closes the card
        ALTER TABLE reports ADD COLUMN period INTEGER;
        ALTER TABLE reports ADD COLUMN started_on TEXT;
        ALTER TABLE reports ADD COLUMN placement TEXT;
        CREATE UNIQUE INDEX reports_one_per_period ON reports(registration_client_id, period)
            WHERE period IS NOT NULL;
        """,
    )
)

MIGRATIONS.append(
    (
        8,
        "tickets (konsultasi and pengaduan)",
        """
        -- A konsultasi or pengaduan left at the kiosk (POST /tickets). Numbers come from
        -- registration_counters under the key 'ticket:YYYY-MM-DD', in the saving transaction.
        CREATE TABLE tickets (
            client_id TEXT PRIMARY KEY,    -- uuid4, the idempotency key
            ticket_no TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('konsultasi', 'pengaduan')),
            topic TEXT NOT NULL
                CHECK (topic IN ('phk', 'upah', 'pesangon', 'bpjs', 'kontrak', 'lowongan', 'ak1', 'lainnya')),
            registration_client_id TEXT,   -- the proven holder's registration here, or NULL
            nik TEXT,
            name TEXT NOT NULL,
            phone TEXT NOT NULL,           -- +628...
            employer TEXT,
            description TEXT NOT NULL,
            created_at TEXT NOT NULL,
            answer_by TEXT NOT NULL,       -- YYYY-MM-DD, printed on the slip
            purged_at TEXT
        );
        CREATE INDEX tickets_created ON tickets(created_at);
        -- "Cek tiket" answers that matched nothing, per kiosk (no number or phone kept): the
        -- lookup locks after too many in an hour, so numbers cannot be guessed here
        CREATE TABLE ticket_lookup_failures (at TEXT NOT NULL);
        CREATE INDEX ticket_lookup_failures_at ON ticket_lookup_failures(at);
        """,
    )
)

MIGRATIONS.append(
    (
        9,
        "coded capture: education level, KBJI occupation, disability",
        """
        -- issue 25: the contract's v1 optional fields as columns (the monthly IPK figures count them);
        -- `data` keeps the body as sent. disability: a JSON list, NULL when not asked or not answered.
        ALTER TABLE registrations ADD COLUMN education_level TEXT;
        ALTER TABLE registrations ADD COLUMN occupation_code TEXT;
        ALTER TABLE registrations ADD COLUMN disability TEXT;
        """,
    )
)

MIGRATIONS.append(
    (
        10,
        "card states from the gateway and card corrections (issue 20, legalisation)",
        """
        -- The last state GET /cards/{registration_no} gave for a card, and when the kiosk asked:
        -- shown in "Kartu saya" (offline too, with its age) and printed on a legalised reprint.
        CREATE TABLE card_states (
            registration_no TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('menunggu', 'revisi', 'disahkan', 'ditolak',
                                                   'kedaluwarsa', 'bekerja')),
            reason TEXT,                   -- the officer's words for revisi and ditolak
            officer TEXT,                  -- "Name, NIP ..." of the legalising pengantar kerja
            decided_at TEXT,
            checked_at TEXT NOT NULL       -- RFC 3339: when the gateway said so (or a correction was sent)
        );
        -- A correction of a card sent back for revision: a new /registrations record (new client_id,
        -- kind renewal, the same registration_no) whose data replaced the registration's in place.
        CREATE TABLE card_corrections (
            client_id TEXT PRIMARY KEY,
            registration_client_id TEXT NOT NULL REFERENCES registrations(client_id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX card_corrections_registration ON card_corrections(registration_client_id);
        """,
    )
)

MIGRATIONS.append(
    (
        11,
        "events: job fairs, trainings, counselling and their kiosk registrations",
        """
        -- the GET /events feed's cache (like vacancies); seats_left as last known, and since when
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('job_fair', 'training', 'counselling')),
            title TEXT NOT NULL,
            organiser TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL,           -- RFC 3339 with offset
            ends_at TEXT NOT NULL,
            quota INTEGER NOT NULL DEFAULT 0,
            seats_left INTEGER NOT NULL DEFAULT 0,
            registration TEXT NOT NULL CHECK (registration IN ('none', 'kiosk')),
            description TEXT NOT NULL DEFAULT '',
            updated_at TEXT,
            seats_known_at TEXT NOT NULL       -- the pull (or the seat answer) that told seats_left
        );
        CREATE INDEX events_ends ON events(ends_at);
        -- a seat asked for at this kiosk: waiting -> seated | full | refused (the server's answer).
        -- The event's words are kept with it: the slip and "Pendaftaran saya" outlive the feed's row.
        CREATE TABLE event_registrations (
            client_id TEXT PRIMARY KEY,        -- the POST /event-registrations Idempotency-Key
            event_id TEXT NOT NULL,
            registration_client_id TEXT NOT NULL REFERENCES registrations(client_id),
            name TEXT NOT NULL,                -- as confirmed for the slip
            phone TEXT NOT NULL,
            event TEXT NOT NULL,               -- JSON: kind, title, organiser, place, starts_at, ends_at
            registered_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'seated', 'full', 'refused')),
            seat_no INTEGER,
            answered_at TEXT,
            detail TEXT                        -- the server's words when refused
        );
        -- one live seat per card and event; after "full" the holder may try again
        CREATE UNIQUE INDEX event_registrations_once ON event_registrations(event_id, registration_client_id)
            WHERE state IN ('waiting', 'seated');
        CREATE INDEX event_registrations_holder ON event_registrations(registration_client_id);
        """,
    )
)

LATEST = MIGRATIONS[-1][0]


def schema_version(db: sqlite_utils.Database) -> int:
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(db: sqlite_utils.Database, target: int | None = None) -> int:
    """Bring ``db`` up to ``target`` (default: the latest); return the version reached."""
    target = LATEST if target is None else target
    current = schema_version(db)
    if current > LATEST:
        raise SchemaTooNew(
            f"Database schema version {current} is newer than this kiosk understands "
            f"({LATEST}). Install the newer kiosk version or restore a matching backup."
        )
    for number, _name, sql in MIGRATIONS:
        if current < number <= target:
            # one migration is all-or-nothing: its SQL and the version bump commit together
            try:
                db.conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
            except BaseException:
                if db.conn.in_transaction:
                    db.conn.execute("ROLLBACK")
                raise
            current = number
    return current
