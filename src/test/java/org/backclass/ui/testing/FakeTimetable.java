package org.backclass.ui.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.TimetableStore;

/** A timetable that answers {@link #sessionsOn} from a list, counts the reads and can be made to fail. */
public final class FakeTimetable implements TimetableStore {

    private volatile List<ClassSession> sessions = List.of();
    private volatile RuntimeException failure;
    private final List<LocalDate> reads = new ArrayList<>();

    public void setSessions(List<ClassSession> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    public void failWith(RuntimeException e) {
        this.failure = e;
    }

    public synchronized List<LocalDate> reads() {
        return List.copyOf(reads);
    }

    public static ClassSession session(String name, Instant start, String room) {
        return new ClassSession(UUID.randomUUID(), name, LocalDate.of(2025, 3, 10), start,
                start.plus(Duration.ofHours(1)), room, "Ines", 12);
    }

    @Override
    public List<ClassSession> sessionsOn(LocalDate day) {
        synchronized (this) {
            reads.add(day);
        }
        if (failure != null) {
            throw failure;
        }
        return sessions;
    }

    @Override
    public UUID createClassType(String name, String description, Duration length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UUID createInstructor(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UUID addWeeklySlot(UUID classTypeId, DayOfWeek weekday, LocalTime start, Duration length, String room,
            UUID instructorId, int capacity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UUID addOneOffSession(UUID classTypeId, Instant startsAt, Duration length, String room,
            UUID instructorId, int capacity) {
        throw new UnsupportedOperationException();
    }
}
