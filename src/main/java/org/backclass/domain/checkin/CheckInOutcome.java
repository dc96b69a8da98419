package org.backclass.domain.checkin;

import java.time.Instant;
import java.util.UUID;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.timetable.ClassSession;

/**
 * What a card tap led to. Published as an event after any database work is committed, so a
 * screen that shows "welcome" shows a check-in that survives a power cut.
 */
public sealed interface CheckInOutcome extends KioskEvent {

    /** The API's name for this outcome. */
    String code();

    /** Nanotime of the reader event that caused this outcome (for latency measurement). */
    long readNanos();

    /**
     * A new attendance row. {@code session} is null for an open-gym visit; {@code visitNumber}
     * counts the member's check-ins including this one; {@code healthConsent} decides whether the
     * welcome screen asks about their back (or first asks for consent); {@code redFlagCheckDue}:
     * the red-flag questions come first (first visit, then every few weeks).
     */
    record CheckedIn(AttendanceRecord attendance, String shortName, ClassSession session, int visitNumber,
            long readNanos, ConsentState healthConsent, boolean redFlagCheckDue) implements CheckInOutcome {

        /** A check-in of a member who has given consent and had their red-flag check. */
        public CheckedIn(AttendanceRecord attendance, String shortName, ClassSession session, int visitNumber,
                long readNanos) {
            this(attendance, shortName, session, visitNumber, readNanos, ConsentState.GIVEN, false);
        }

        @Override
        public String code() {
            return "checkedIn";
        }
    }

    /** The member already has a row for this class (or for today's open gym); none was added. */
    record AlreadyCheckedIn(UUID attendanceId, UUID memberId, String shortName, ClassSession session,
            Instant firstCheckedInAt, long readNanos) implements CheckInOutcome {
        @Override
        public String code() {
            return "alreadyCheckedIn";
        }
    }

    /** No valid card matches: unknown, revoked, or the member was erased. */
    record UnknownCard(String lookupKey, long readNanos) implements CheckInOutcome {
        @Override
        public String code() {
            return "unknownCard";
        }
    }

    /**
     * A staff member's card: nothing is recorded, and the kiosk opens instructor mode.
     * {@code shortName} is for the screen ("Eva S."), the id for the log.
     */
    record StaffCard(UUID memberId, String shortName, long readNanos) implements CheckInOutcome {
        @Override
        public String code() {
            return "staffCard";
        }
    }

    /**
     * The read went to a card enrolment on the kiosk instead of the check-in: nothing is
     * recorded and no event is published (the enrolment screen has the read).
     */
    record CapturedForEnrolment(String lookupKey, long readNanos) implements CheckInOutcome {
        @Override
        public String code() {
            return "capturedForEnrolment";
        }
    }

    /** The same card again within the repeat window: nothing happens and nothing is shown. */
    record Ignored(String lookupKey, long readNanos) implements CheckInOutcome {
        @Override
        public String code() {
            return "ignored";
        }
    }
}
