package org.backclass.domain.progress.adherence;

/**
 * One member's adherence on a given day, for the progress view and the instructor's roster.
 * The rules behind each number are in the package documentation and in
 * {@link AdherenceCalculator}.
 *
 * @param sessionsThisWeek  session days in the current ISO week, today included
 * @param plannedThisWeek   the plan's sessions a week
 * @param attendancePercent expected sessions attended, of those judged within the course, in
 *                          whole percent rounded down (100 only when none was missed); null when
 *                          nothing has been judged yet (no own slot, or none of its sessions
 *                          is over), because a 0 or 100 there would be made up
 * @param streakWeeks       ISO weeks in a row in which the plan was met, ending with this week
 *                          if it is met already, otherwise with last week (a week still
 *                          running never breaks a streak)
 * @param sessionNumber     session days since the course started, today included; not capped
 *                          at {@code courseSessions}: show "session N of 16" while
 *                          {@link #courseComplete()} is false, and the plain count after
 * @param courseSessions    the plan's sessions in a course
 * @param missedInARow      expected sessions missed one after the other, counted back from the
 *                          latest judged one
 * @param flagged           missedInARow reached the plan's threshold: the instructor should
 *                          have a word
 */
public record Adherence(int sessionsThisWeek, int plannedThisWeek, Integer attendancePercent, int streakWeeks,
        int sessionNumber, int courseSessions, int missedInARow, boolean flagged) {

    public Adherence {
        if (sessionsThisWeek < 0 || plannedThisWeek < 1 || streakWeeks < 0 || sessionNumber < 0
                || courseSessions < 1 || missedInARow < 0) {
            throw new IllegalArgumentException("adherence counts cannot be negative");
        }
        if (attendancePercent != null && (attendancePercent < 0 || attendancePercent > 100)) {
            throw new IllegalArgumentException("attendance must be 0..100 %, was " + attendancePercent);
        }
    }

    /** A member who has not come yet: nothing done, nothing missed, no percentage. */
    public static Adherence none(AdherencePlan plan) {
        return new Adherence(0, plan.sessionsPerWeek(), null, 0, 0, plan.courseSessions(), 0, false);
    }

    /** The course's sessions are all done; further sessions keep counting. */
    public boolean courseComplete() {
        return sessionNumber >= courseSessions;
    }

    public boolean metPlanThisWeek() {
        return sessionsThisWeek >= plannedThisWeek;
    }
}
