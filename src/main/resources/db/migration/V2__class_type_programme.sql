-- A class type follows a programme from kiosk-config/programmes.yaml (null for classes made
-- by hand, such as the demo's drop-in class).
ALTER TABLE class_type ADD COLUMN programme_id TEXT;
