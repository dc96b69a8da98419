-- BackClass schema. Rows that replicate between kiosks carry a UUID key (id), the kiosk
-- that last wrote them (kiosk_id), a modification stamp in epoch milliseconds
-- (modified_at) and a tombstone (deleted). Triggers record every write in change_log,
-- which peers read to sync.

CREATE TABLE member (
    id            TEXT PRIMARY KEY,
    kiosk_id      TEXT NOT NULL,
    modified_at   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    member_number TEXT,
    email         TEXT,
    created_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX member_number_unique ON member (member_number) WHERE member_number IS NOT NULL AND deleted = 0;

CREATE TABLE card (
    id            TEXT PRIMARY KEY,
    kiosk_id      TEXT NOT NULL,
    modified_at   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id     TEXT NOT NULL REFERENCES member (id),
    card_key      TEXT NOT NULL,
    enrolled_at   INTEGER NOT NULL,
    revoked_at    INTEGER
);
CREATE UNIQUE INDEX card_key_unique ON card (card_key) WHERE deleted = 0 AND revoked_at IS NULL;
CREATE INDEX card_member ON card (member_id);

-- Every reading a reader could produce for a card (canonical key included). Derived from
-- card.card_key, so it is rebuilt locally rather than replicated.
CREATE TABLE card_alias (
    alias         TEXT PRIMARY KEY,
    card_id       TEXT NOT NULL REFERENCES card (id) ON DELETE CASCADE
);
CREATE INDEX card_alias_card ON card_alias (card_id);

CREATE TABLE staff (
    id            TEXT PRIMARY KEY,
    kiosk_id      TEXT NOT NULL,
    modified_at   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('instructor', 'staff', 'admin'))
);

-- API tokens are local to one kiosk: never replicated, only hashes stored.
CREATE TABLE api_token (
    token_hash    TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'staff', 'admin')),
    label         TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    revoked_at    INTEGER
);

CREATE TABLE class_type (
    id            TEXT PRIMARY KEY,
    kiosk_id      TEXT NOT NULL,
    modified_at   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    length_min    INTEGER NOT NULL CHECK (length_min > 0)
);

CREATE TABLE timetable_entry (
    id            TEXT PRIMARY KEY,
    kiosk_id      TEXT NOT NULL,
    modified_at   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    class_type_id TEXT NOT NULL REFERENCES class_type (id),
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time    TEXT NOT NULL,
    length_min    INTEGER NOT NULL CHECK (length_min > 0),
    room          TEXT NOT NULL DEFAULT '',
    instructor_id TEXT REFERENCES staff (id),
    capacity      INTEGER NOT NULL CHECK (capacity > 0)
);

CREATE TABLE class_session (
    id                 TEXT PRIMARY KEY,
    kiosk_id           TEXT NOT NULL,
    modified_at        INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    timetable_entry_id TEXT REFERENCES timetable_entry (id),
    class_type_id      TEXT NOT NULL REFERENCES class_type (id),
    session_date       TEXT NOT NULL,
    starts_at          INTEGER NOT NULL,
    ends_at            INTEGER NOT NULL,
    room               TEXT NOT NULL DEFAULT '',
    instructor_id      TEXT REFERENCES staff (id),
    capacity           INTEGER NOT NULL CHECK (capacity > 0)
);
CREATE UNIQUE INDEX class_session_slot ON class_session (timetable_entry_id, session_date)
    WHERE timetable_entry_id IS NOT NULL;
CREATE INDEX class_session_date ON class_session (session_date, starts_at);

CREATE TABLE attendance (
    id               TEXT PRIMARY KEY,
    kiosk_id         TEXT NOT NULL,
    modified_at      INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id        TEXT NOT NULL REFERENCES member (id),
    class_session_id TEXT REFERENCES class_session (id),
    day              TEXT NOT NULL,
    checked_in_at    INTEGER NOT NULL,
    card_id          TEXT REFERENCES card (id)
);
-- One row per member and class, and one open-gym row per member and day.
CREATE UNIQUE INDEX attendance_once_per_class ON attendance (member_id, class_session_id)
    WHERE class_session_id IS NOT NULL AND deleted = 0;
CREATE UNIQUE INDEX attendance_once_per_open_day ON attendance (member_id, day)
    WHERE class_session_id IS NULL AND deleted = 0;
CREATE INDEX attendance_by_time ON attendance (day, checked_in_at, id);
CREATE INDEX attendance_by_member ON attendance (member_id);

CREATE TABLE pain_report (
    id            TEXT PRIMARY KEY,
    kiosk_id      TEXT NOT NULL,
    modified_at   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id     TEXT NOT NULL REFERENCES member (id),
    attendance_id TEXT REFERENCES attendance (id),
    context       TEXT NOT NULL,
    score         INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    reported_at   INTEGER NOT NULL
);
CREATE INDEX pain_report_member ON pain_report (member_id, reported_at);

CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    kiosk_id    TEXT NOT NULL,
    modified_at INTEGER NOT NULL
);

CREATE TRIGGER member_insert_log AFTER INSERT ON member
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('member', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER member_update_log AFTER UPDATE ON member
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('member', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER card_insert_log AFTER INSERT ON card
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('card', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER card_update_log AFTER UPDATE ON card
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('card', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER staff_insert_log AFTER INSERT ON staff
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('staff', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER staff_update_log AFTER UPDATE ON staff
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('staff', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER class_type_insert_log AFTER INSERT ON class_type
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('class_type', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER class_type_update_log AFTER UPDATE ON class_type
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('class_type', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER timetable_entry_insert_log AFTER INSERT ON timetable_entry
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('timetable_entry', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER timetable_entry_update_log AFTER UPDATE ON timetable_entry
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('timetable_entry', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER class_session_insert_log AFTER INSERT ON class_session
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('class_session', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER class_session_update_log AFTER UPDATE ON class_session
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('class_session', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER attendance_insert_log AFTER INSERT ON attendance
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('attendance', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER attendance_update_log AFTER UPDATE ON attendance
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('attendance', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER pain_report_insert_log AFTER INSERT ON pain_report
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('pain_report', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER pain_report_update_log AFTER UPDATE ON pain_report
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('pain_report', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;
