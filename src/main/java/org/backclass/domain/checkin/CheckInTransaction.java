package org.backclass.domain.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.timetable.ClassSession;

/** The reads and writes a check-in needs, all inside one transaction. */
public interface CheckInTransaction {

    /** The holder of a valid (not revoked) card of an active member matching the first key that matches. */
    Optional<CardHolder> findCardHolder(List<String> lookupKeys);

    /** The day's class sessions, materialised from the timetable if needed, ordered by start. */
    List<ClassSession> sessionsOn(LocalDate day);

    Optional<AttendanceRecord> findClassAttendance(UUID memberId, UUID classSessionId);

    Optional<AttendanceRecord> findOpenGymAttendance(UUID memberId, LocalDate day);

    void insertAttendance(AttendanceRecord attendance);

    /** How many check-ins the member has on record. */
    int countAttendances(UUID memberId);
}
