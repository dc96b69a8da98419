-- Staff (instructors, front desk) are members whose card unlocks instructor mode instead of
-- checking them in.
ALTER TABLE member ADD COLUMN staff INTEGER NOT NULL DEFAULT 0 CHECK (staff IN (0, 1));
