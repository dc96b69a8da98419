-- Explicit consent to collect health data (pain scores, red-flag answers), GDPR special
-- category: one row per decision, the newest decides. Without a "given" row the kiosk records
-- attendance only and asks nothing about the member's back.
CREATE TABLE health_consent (
    id           TEXT PRIMARY KEY,
    kiosk_id     TEXT NOT NULL,
    modified_at  INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id    TEXT NOT NULL REFERENCES member (id),
    given        INTEGER NOT NULL CHECK (given IN (0, 1)),
    recorded_at  INTEGER NOT NULL,
    recorded_by  TEXT NOT NULL CHECK (recorded_by IN ('member', 'staff'))
);
CREATE INDEX health_consent_member ON health_consent (member_id, recorded_at);

CREATE TRIGGER health_consent_insert_log AFTER INSERT ON health_consent
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('health_consent', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER health_consent_update_log AFTER UPDATE ON health_consent
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('health_consent', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;
