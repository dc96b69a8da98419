package org.backclass.domain.checkin;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's own 0–10 rating of their back (NRS). Health data: only the member sees it on
 * the kiosk; staff see it through the authenticated API.
 */
public record PainReport(UUID id, UUID memberId, UUID attendanceId, int score, String context, Instant reportedAt) {

    public static final String AT_CHECK_IN = "checkIn";
    /** "How was your back the morning after last time?", asked at the next tap-in. */
    public static final String MORNING_AFTER = "morningAfter";

    public PainReport {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain score must be 0-10, was " + score);
        }
    }
}
