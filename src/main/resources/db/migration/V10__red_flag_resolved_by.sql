-- Who cleared a red flag, next to when (resolved_at): 'staff:' + the staff member's id when the
-- instructor unlocked with their card, 'pin' when with the instructor PIN, 'api' for a staff
-- token. NULL while the flag is open, and for flags cleared before this column existed.
-- Updates keep going through red_flag_answer_update_log, so peers see the resolution.
ALTER TABLE red_flag_answer ADD COLUMN resolved_by TEXT;
