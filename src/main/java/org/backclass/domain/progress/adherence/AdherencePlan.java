package org.backclass.domain.progress.adherence;

/**
 * The numbers adherence is measured against. {@link #defaults()} is GLA:D Back: 16 supervised
 * sessions over 8 weeks, 2 a week; two missed sessions in a row raise a flag.
 *
 * @param sessionsPerWeek    sessions a week the member is asked to come; also how many weekly
 *                           slots count as the member's own
 * @param courseSessions     sessions in a full course ("session N of 16")
 * @param courseWeeks        length of the course from the first visit; attendance % is taken
 *                           over this span
 * @param missedInARowForFlag expected sessions missed one after the other that flag the member
 *                           for the instructor
 */
public record AdherencePlan(int sessionsPerWeek, int courseSessions, int courseWeeks, int missedInARowForFlag) {

    public static final int DEFAULT_SESSIONS_PER_WEEK = 2;
    public static final int DEFAULT_COURSE_SESSIONS = 16;
    public static final int DEFAULT_COURSE_WEEKS = 8;
    public static final int DEFAULT_MISSED_IN_A_ROW_FOR_FLAG = 2;

    public AdherencePlan {
        if (sessionsPerWeek < 1 || sessionsPerWeek > 7) {
            throw new IllegalArgumentException("sessions per week must be 1..7, was " + sessionsPerWeek);
        }
        if (courseSessions < 1) {
            throw new IllegalArgumentException("a course needs at least 1 session, was " + courseSessions);
        }
        if (courseWeeks < 1) {
            throw new IllegalArgumentException("a course needs at least 1 week, was " + courseWeeks);
        }
        if (missedInARowForFlag < 1) {
            throw new IllegalArgumentException("the flag needs at least 1 missed session, was " + missedInARowForFlag);
        }
    }

    public static AdherencePlan defaults() {
        return new AdherencePlan(DEFAULT_SESSIONS_PER_WEEK, DEFAULT_COURSE_SESSIONS, DEFAULT_COURSE_WEEKS,
                DEFAULT_MISSED_IN_A_ROW_FOR_FLAG);
    }
}
