-- Who cleared a red flag, next to when (resolved_at): the staff member's id when the instructor
-- unlocked with their card, 'PIN' when with the instructor PIN, 'API' for a staff token (as
-- level_change.decided_by). NULL while the flag is open, and for flags cleared before this column existed.
-- Updates keep going through red_flag_answer_update_log, so peers see the resolution.
ALTER TABLE red_flag_answer ADD COLUMN resolved_by TEXT;
