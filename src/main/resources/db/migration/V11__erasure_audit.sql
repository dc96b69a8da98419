-- Erasure (GDPR Art. 17): a member erased on one kiosk leaves this tombstone, which replicates like
-- any other row, so that peer kiosks erase the same member too. It holds the member's id and the
-- time only: no name, number, email or card survives the erasure.
CREATE TABLE erasure (
    id          TEXT PRIMARY KEY,
    kiosk_id    TEXT NOT NULL,
    modified_at INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    member_id   TEXT NOT NULL,
    erased_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX erasure_member ON erasure (member_id);

CREATE TRIGGER erasure_insert_log AFTER INSERT ON erasure
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('erasure', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

CREATE TRIGGER erasure_update_log AFTER UPDATE ON erasure
BEGIN
    INSERT INTO change_log (table_name, row_id, kiosk_id, modified_at)
    VALUES ('erasure', NEW.id, NEW.kiosk_id, NEW.modified_at);
END;

-- Admin actions on this kiosk (erasure, member export, token changes): who (the token's label or
-- 'cli'), what, on what. Local like api_token, never replicated; seq orders it and is the cursor.
-- detail never holds a member's name or health data.
CREATE TABLE audit_log (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at, seq);
