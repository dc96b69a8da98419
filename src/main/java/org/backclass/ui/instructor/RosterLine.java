package org.backclass.ui.instructor;

import java.util.ArrayList;
import java.util.List;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.progress.progression.ProgressionRules;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * One member's line on the instructor's roster, in words and with a traffic-light style: today's
 * pain in the zones of the pain-monitoring model ({@link ProgressionRules}: green, amber, red),
 * the change since last time, and how regularly they come.
 *
 * @param pain       "pain 4" or "no answer"
 * @param painStyle  {@code pain-green}, {@code pain-amber}, {@code pain-red} or {@code pain-none}
 * @param change     "▲2 since last time", "same as last time", or empty
 * @param adherence  "session 5 of 16 · 1 of 2 this week · 88 % attended", or empty
 * @param flag       "missed 2 classes in a row", or empty: the instructor should have a word
 */
public record RosterLine(String pain, String painStyle, String change, String adherence, String flag) {

    static RosterLine of(RosterEntry entry, Adherence adherence, Messages m) {
        return of(entry, adherence, false, ProgressionRules.defaults(), m);
    }

    /**
     * @param redFlag the member answered "yes" to the red-flag check: that comes first
     * @param zones   the site's pain thresholds
     */
    static RosterLine of(RosterEntry entry, Adherence adherence, boolean redFlag, ProgressionRules zones,
            Messages m) {
        Integer pain = entry.painAtCheckIn();
        String painText = pain == null ? m.get(MessageKey.INSTRUCTOR_PAIN_SKIPPED)
                : m.format(MessageKey.INSTRUCTOR_PAIN, pain);
        String style = pain == null ? "pain-none"
                : "pain-" + zones.zoneOf(pain).name().toLowerCase(java.util.Locale.ROOT);
        Integer delta = entry.painChange();
        String change = delta == null ? "" : delta == 0 ? m.get(MessageKey.INSTRUCTOR_PAIN_SAME)
                : delta > 0 ? m.format(MessageKey.INSTRUCTOR_PAIN_UP, delta)
                : m.format(MessageKey.INSTRUCTOR_PAIN_DOWN, -delta);
        String redFlagText = redFlag ? "⚠ " + m.get(MessageKey.INSTRUCTOR_RED_FLAG) : "";
        if (adherence == null) {
            return new RosterLine(painText, style, change, "", redFlagText);
        }
        List<String> parts = new ArrayList<>();
        if (!adherence.courseComplete()) {
            parts.add(m.format(MessageKey.INSTRUCTOR_SESSION_OF, adherence.sessionNumber(), adherence.courseSessions()));
        }
        parts.add(m.format(MessageKey.INSTRUCTOR_THIS_WEEK, adherence.sessionsThisWeek(), adherence.plannedThisWeek()));
        if (adherence.attendancePercent() != null) {
            parts.add(m.format(MessageKey.INSTRUCTOR_ATTENDED, adherence.attendancePercent()));
        }
        String missed = adherence.flagged() ? m.format(MessageKey.INSTRUCTOR_MISSED, adherence.missedInARow()) : "";
        String flag = redFlag ? redFlagText + (missed.isEmpty() ? "" : " · " + missed) : missed;
        return new RosterLine(painText, style, change, String.join(" · ", parts), flag);
    }
}
