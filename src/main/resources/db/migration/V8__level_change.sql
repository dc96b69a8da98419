-- The instructor's decisions on progression proposals: every proposal confirmed, changed to
-- another level, or rejected is kept with who decided, when and why (the engine's reason code).
-- Levels change only here: a confirmed or changed decision whose resulting_level differs from
-- from_level sets the level the member starts at next (until a newer exercise record or change).
-- resulting_level is null for a rejected proposal. class_session_id is null for a decision made
-- outside a class. decided_by is the id of the staff member whose card unlocked instructor mode,
-- or a label such as 'PIN'. Training records, not health answers: kept without consent.
CREATE TABLE level_change (
    id               TEXT PRIMARY KEY,
    kiosk_id         TEXT NOT NULL,
    modified_at      INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id        TEXT NOT NULL REFERENCES member (id),
    exercise_id      TEXT NOT NULL,
    class_session_id TEXT REFERENCES class_session (id),
    proposed_kind    TEXT NOT NULL CHECK (proposed_kind IN ('progress', 'hold', 'regress')),
    proposed_level   INTEGER NOT NULL CHECK (proposed_level BETWEEN 1 AND 10),
    reason           TEXT NOT NULL,
    decision         TEXT NOT NULL CHECK (decision IN ('confirmed', 'changed', 'rejected')),
    from_level       INTEGER NOT NULL CHECK (from_level BETWEEN 1 AND 10),
    resulting_level  INTEGER CHECK (resulting_level BETWEEN 1 AND 10),
    decided_by       TEXT NOT NULL,
    decided_at       INTEGER NOT NULL,
    CHECK ((decision = 'rejected') = (resulting_level IS NULL)),
    CHECK (decision <> 'confirmed' OR resulting_level = proposed_level)
);
CREATE INDEX level_change_member ON level_change (member_id, exercise_id, decided_at);
-- One decision per member, class session and exercise: a proposal cannot be decided twice.
CREATE UNIQUE INDEX level_change_once ON level_change (member_id, class_session_id, exercise_id)
    WHERE class_session_id IS NOT NULL AND deleted = 0;
-- The proposals of a class session read its exercise records.
CREATE INDEX exercise_record_session ON exercise_record (class_session_id);

CREATE TRIGGER level_change_insert_log AFTER INSERT ON level_change
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('level_change', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER level_change_update_log AFTER UPDATE ON level_change
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('level_change', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;
