package org.backclass.ui.instructor;

import org.backclass.domain.progress.progression.Reason;
import org.backclass.ui.support.MessageKey;

/** The text key of each reason code: every {@link Reason} has one, checked by the compiler. */
final class ReasonTexts {

    private ReasonTexts() {
    }

    static MessageKey of(Reason reason) {
        return switch (reason) {
            case RED_FLAG_OPEN -> MessageKey.REASON_RED_FLAG_OPEN;
            case PAIN_RED -> MessageKey.REASON_PAIN_RED;
            case NEXT_MORNING_WORSE -> MessageKey.REASON_NEXT_MORNING_WORSE;
            case NO_PAIN_ANSWER -> MessageKey.REASON_NO_PAIN_ANSWER;
            case PAIN_AMBER_WAIT_FOR_MORNING -> MessageKey.REASON_PAIN_AMBER_WAIT_FOR_MORNING;
            case EXERCISE_SKIPPED -> MessageKey.REASON_EXERCISE_SKIPPED;
            case DOSE_NOT_COMPLETED -> MessageKey.REASON_DOSE_NOT_COMPLETED;
            case EFFORT_TOO_HIGH -> MessageKey.REASON_EFFORT_TOO_HIGH;
            case TOO_FEW_SESSIONS -> MessageKey.REASON_TOO_FEW_SESSIONS;
            case GREEN_AND_ROUTINE -> MessageKey.REASON_GREEN_AND_ROUTINE;
            case PAIN_AMBER_SETTLED -> MessageKey.REASON_PAIN_AMBER_SETTLED;
            case AT_TOP_LEVEL -> MessageKey.REASON_AT_TOP_LEVEL;
            case AT_BOTTOM_LEVEL -> MessageKey.REASON_AT_BOTTOM_LEVEL;
        };
    }
}
