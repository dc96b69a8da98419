-- The end of a class: the session is closed (later taps no longer count for it) and, per
-- member, which exercise was done at which level and whether it was completed.
ALTER TABLE class_session ADD COLUMN closed_at INTEGER;

CREATE TABLE exercise_record (
    id               TEXT PRIMARY KEY,
    kiosk_id         TEXT NOT NULL,
    modified_at      INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id        TEXT NOT NULL REFERENCES member (id),
    class_session_id TEXT REFERENCES class_session (id),
    exercise_id      TEXT NOT NULL,
    level            INTEGER NOT NULL CHECK (level BETWEEN 1 AND 10),
    completion       TEXT NOT NULL CHECK (completion IN ('completed', 'partial', 'skipped')),
    recorded_at      INTEGER NOT NULL
);
CREATE INDEX exercise_record_member ON exercise_record (member_id, exercise_id, recorded_at);
CREATE UNIQUE INDEX exercise_record_once ON exercise_record (member_id, class_session_id, exercise_id)
    WHERE class_session_id IS NOT NULL AND deleted = 0;

CREATE TRIGGER exercise_record_insert_log AFTER INSERT ON exercise_record
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('exercise_record', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER exercise_record_update_log AFTER UPDATE ON exercise_record
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('exercise_record', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;
