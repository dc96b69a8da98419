-- Red-flag checks (symptoms that need a doctor before exercise): health data, stored only with
-- consent. A "yes" stays open until an instructor has spoken to the member (resolved_at).
CREATE TABLE red_flag_answer (
    id            TEXT PRIMARY KEY,
    kiosk_id      TEXT NOT NULL,
    modified_at   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id     TEXT NOT NULL REFERENCES member (id),
    attendance_id TEXT REFERENCES attendance (id),
    any_yes       INTEGER NOT NULL CHECK (any_yes IN (0, 1)),
    answered_at   INTEGER NOT NULL,
    resolved_at   INTEGER
);
CREATE INDEX red_flag_answer_member ON red_flag_answer (member_id, answered_at);

CREATE TRIGGER red_flag_answer_insert_log AFTER INSERT ON red_flag_answer
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('red_flag_answer', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER red_flag_answer_update_log AFTER UPDATE ON red_flag_answer
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('red_flag_answer', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;
