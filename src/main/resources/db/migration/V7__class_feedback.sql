-- After a class or routine: each member's pain now (0-10) and effort (Borg CR10, 0-10).
-- Health data: stored only with consent. class_session_id is null for an individual routine.
CREATE TABLE class_feedback (
    id               TEXT PRIMARY KEY,
    kiosk_id         TEXT NOT NULL,
    modified_at      INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id        TEXT NOT NULL REFERENCES member (id),
    class_session_id TEXT REFERENCES class_session (id),
    pain_now         INTEGER NOT NULL CHECK (pain_now BETWEEN 0 AND 10),
    effort           INTEGER NOT NULL CHECK (effort BETWEEN 0 AND 10),
    answered_at      INTEGER NOT NULL
);
CREATE INDEX class_feedback_member ON class_feedback (member_id, answered_at);

CREATE TRIGGER class_feedback_insert_log AFTER INSERT ON class_feedback
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('class_feedback', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER class_feedback_update_log AFTER UPDATE ON class_feedback
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('class_feedback', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;
