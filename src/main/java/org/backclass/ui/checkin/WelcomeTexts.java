package org.backclass.ui.checkin;

import java.time.ZoneId;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.TimeText;

/** The welcome screen's wording of where the member is expected. */
final class WelcomeTexts {

    private WelcomeTexts() {
    }

    /** "Back Basics at 18:00, Studio 2", or the open-gym line without a class. */
    static String classLine(Messages m, ZoneId zone, ClassSession session) {
        if (session == null) {
            return m.get(MessageKey.WELCOME_OPEN_GYM);
        }
        String start = TimeText.hoursMinutes(session.startsAt(), zone);
        return session.room() == null || session.room().isBlank()
                ? m.format(MessageKey.WELCOME_CLASS, session.className(), start)
                : m.format(MessageKey.WELCOME_CLASS_ROOM, session.className(), start, session.room());
    }
}
