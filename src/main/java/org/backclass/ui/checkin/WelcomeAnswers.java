package org.backclass.ui.checkin;

import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.ui.support.UiContext;
import org.backclass.ui.support.UiTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the welcome screen's answers for the check-in it shows — consent, the red-flag check,
 * the morning after and today's pain — off the UI thread. A result that comes back after the
 * screen moved on (another member, idle) is dropped; a failure is logged (never the answer: it is
 * health data) and reported to the screen only if the same check-in is still shown.
 *
 * <p>Threading: UI thread; the work itself runs on the background executor.
 */
final class WelcomeAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(WelcomeAnswers.class);

    private record Visit(UUID memberId, UUID attendanceId, String shortName) {
    }

    private final UiTasks tasks;
    private final PainReportService painReports;
    private final Runnable failed;
    private RedFlagService redFlags;
    private Visit visit;

    /** @param failed told (UI thread) when saving an answer of the check-in still shown failed */
    WelcomeAnswers(UiContext ctx, PainReportService painReports, Runnable failed) {
        this.tasks = new UiTasks(ctx);
        this.painReports = Objects.requireNonNull(painReports, "painReports");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    void checkRedFlags(RedFlagService service) {
        this.redFlags = Objects.requireNonNull(service, "service");
    }

    boolean checksRedFlags() {
        return redFlags != null;
    }

    /** True when the kiosk asks members for consent (else it takes everyone as consenting). */
    boolean asksConsent() {
        return painReports.asksConsent();
    }

    /** From now on answers are for this check-in. */
    void begin(UUID memberId, UUID attendanceId, String shortName) {
        visit = new Visit(memberId, attendanceId, shortName);
    }

    /** Nothing is shown any more: results still on their way are dropped. */
    void end() {
        visit = null;
    }

    boolean showing() {
        return visit != null;
    }

    boolean isShowing(UUID memberId) {
        return visit != null && visit.memberId().equals(memberId);
    }

    /** The member on the screen; only while {@link #showing()}. */
    UUID memberId() {
        return visit.memberId();
    }

    void consent(boolean given, Runnable then) {
        Visit who = visit;
        run(who, () -> painReports.recordConsent(who.memberId(), given, HealthConsent.RecordedBy.MEMBER), then);
    }

    /** Stores the red-flag answer; a yes alerts the instructor once it is stored. */
    void redFlags(boolean anyYes, Runnable then) {
        Visit who = visit;
        run(who, () -> redFlags.answer(who.memberId(), who.attendanceId(), who.shortName(), anyYes), then);
    }

    void morningAfter(int score, Runnable then) {
        Visit who = visit;
        run(who, () -> painReports.reportMorningAfter(who.memberId(), who.attendanceId(), score), then);
    }

    void today(int score, Runnable then) {
        Visit who = visit;
        run(who, () -> painReports.reportAtCheckIn(who.memberId(), who.attendanceId(), score), then);
    }

    /** Runs {@code work} off the UI thread, then {@code then} on it if the same check-in is still shown. */
    private void run(Visit who, Runnable work, Runnable then) {
        tasks.run(work, () -> who == visit, then, e -> {
            LOG.error("Could not save the answer for attendance {}", who.attendanceId(), e);
            if (who == visit) {
                failed.run();
            }
        });
    }
}
