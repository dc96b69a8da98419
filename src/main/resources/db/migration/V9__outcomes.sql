-- The progress check (outcome schedule): back pain on average over the past week (NRS 0-10) and
-- the Patient-Specific Functional Scale (three activities in the member's own words, each 0-10)
-- at baseline, end of course and 3/6/12 months. Health data: stored only with consent.
-- At most one answer per member and timepoint is checked in the insert, not by a unique index,
-- so that two kiosks that both took an answer while apart can still merge (the earlier counts).
CREATE TABLE outcome_answer (
    id          TEXT PRIMARY KEY,
    kiosk_id    TEXT NOT NULL,
    modified_at INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id   TEXT NOT NULL REFERENCES member (id),
    timepoint   TEXT NOT NULL
                CHECK (timepoint IN ('baseline', 'end-of-course', '3-months', '6-months', '12-months')),
    answered_at INTEGER NOT NULL,
    pain        INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    activity_1  TEXT NOT NULL CHECK (length(activity_1) BETWEEN 1 AND 60),
    score_1     INTEGER NOT NULL CHECK (score_1 BETWEEN 0 AND 10),
    activity_2  TEXT NOT NULL CHECK (length(activity_2) BETWEEN 1 AND 60),
    score_2     INTEGER NOT NULL CHECK (score_2 BETWEEN 0 AND 10),
    activity_3  TEXT NOT NULL CHECK (length(activity_3) BETWEEN 1 AND 60),
    score_3     INTEGER NOT NULL CHECK (score_3 BETWEEN 0 AND 10)
);
CREATE INDEX outcome_answer_member ON outcome_answer (member_id, answered_at);

-- "Not now" on a due check: it is not asked again that day. No answer, so not health data.
CREATE TABLE outcome_not_now (
    id          TEXT PRIMARY KEY,
    kiosk_id    TEXT NOT NULL,
    modified_at INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id   TEXT NOT NULL REFERENCES member (id),
    timepoint   TEXT NOT NULL
                CHECK (timepoint IN ('baseline', 'end-of-course', '3-months', '6-months', '12-months')),
    put_off_at  INTEGER NOT NULL
);
CREATE INDEX outcome_not_now_member ON outcome_not_now (member_id, put_off_at);

CREATE TRIGGER outcome_answer_insert_log AFTER INSERT ON outcome_answer
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('outcome_answer', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER outcome_answer_update_log AFTER UPDATE ON outcome_answer
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('outcome_answer', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER outcome_not_now_insert_log AFTER INSERT ON outcome_not_now
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('outcome_not_now', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER outcome_not_now_update_log AFTER UPDATE ON outcome_not_now
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('outcome_not_now', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;
