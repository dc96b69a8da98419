package org.backclass.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.ClassTypeTimetable;
import org.backclass.domain.timetable.TimetableSlot;
import org.backclass.domain.timetable.TimetableStore;
import java.util.function.Function;

/** {@link TimetableStore} on SQLite. */
public final class JdbcTimetableStore implements TimetableStore {

    private static final String WEEKLY = """
            SELECT t.id, t.name, t.description, t.length_min, t.programme_id,
                   e.weekday, e.start_time, e.room, e.capacity
            FROM class_type t
            LEFT JOIN timetable_entry e ON e.class_type_id = t.id AND e.deleted = 0
            WHERE t.deleted = 0
            ORDER BY t.name, t.id, e.weekday, e.start_time, e.id""";

    private final Database db;
    private final Clock clock;
    private final ClassSessionRows sessions;

    public JdbcTimetableStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.sessions = new ClassSessionRows(clock, db.kioskId());
    }

    @Override
    public UUID createClassType(String name, String description, Duration length, String programmeId) {
        return insert("INSERT INTO class_type (id, kiosk_id, modified_at, name, description, length_min,"
                + " programme_id) VALUES (?, ?, ?, ?, ?, ?, ?)", name, description, length.toMinutes(), programmeId);
    }

    @Override
    public UUID createInstructor(String name) {
        return insert("INSERT INTO staff (id, kiosk_id, modified_at, name, role) VALUES (?, ?, ?, ?, 'instructor')",
                name);
    }

    @Override
    public UUID addWeeklySlot(UUID classTypeId, DayOfWeek weekday, LocalTime start, Duration length, String room,
            UUID instructorId, int capacity) {
        return insert("INSERT INTO timetable_entry (id, kiosk_id, modified_at, class_type_id, weekday, start_time,"
                + " length_min, room, instructor_id, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                classTypeId.toString(), weekday.getValue(), start.toString(), length.toMinutes(), room,
                instructorId == null ? null : instructorId.toString(), capacity);
    }

    @Override
    public UUID addOneOffSession(UUID classTypeId, Instant startsAt, Duration length, String room, UUID instructorId,
            int capacity) {
        LocalDate day = startsAt.atZone(clock.getZone()).toLocalDate();
        return insert("INSERT INTO class_session (id, kiosk_id, modified_at, class_type_id, session_date, starts_at,"
                + " ends_at, room, instructor_id, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                classTypeId.toString(), day.toString(), startsAt.toEpochMilli(),
                startsAt.plus(length).toEpochMilli(), room, instructorId == null ? null : instructorId.toString(),
                capacity);
    }

    @Override
    public void applyConfiguredTimetable(List<TimetableSlot> slots, Function<String, Duration> lengthOfProgramme) {
        db.write(c -> {
            ConfiguredTimetable.apply(c, db.kioskId(), clock.millis(), slots, lengthOfProgramme);
            return null;
        });
    }

    @Override
    public List<ClassSession> sessionsOn(LocalDate day) {
        // The idle screen asks every minute: only take the write lock when a day is new.
        List<ClassSession> existing = db.read(c ->
                ClassSessionRows.isMaterialised(c, day) ? ClassSessionRows.listOn(c, day) : null);
        return existing != null ? existing : db.write(c -> sessions.sessionsOn(c, day));
    }

    @Override
    public List<ClassTypeTimetable> weeklyTimetable() {
        return db.read(c -> {
            Map<UUID, ClassTypeTimetable> types = new LinkedHashMap<>();
            Map<UUID, List<ClassTypeTimetable.WeeklySlot>> slots = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement(WEEKLY); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    UUID id = Rows.uuid(rs, "id");
                    if (!types.containsKey(id)) {
                        types.put(id, new ClassTypeTimetable(id, rs.getString("name"), rs.getString("description"),
                                rs.getInt("length_min"), rs.getString("programme_id"), List.of()));
                    }
                    List<ClassTypeTimetable.WeeklySlot> own = slots.computeIfAbsent(id, k -> new ArrayList<>());
                    if (rs.getString("start_time") != null) {
                        own.add(new ClassTypeTimetable.WeeklySlot(DayOfWeek.of(rs.getInt("weekday")),
                                LocalTime.parse(rs.getString("start_time")), rs.getString("room"),
                                rs.getInt("capacity")));
                    }
                }
            }
            return types.values().stream().map(t -> new ClassTypeTimetable(t.id(), t.name(), t.description(),
                    t.durationMinutes(), t.programmeId(), slots.get(t.id()))).toList();
        });
    }

    /** Inserts a replicated row: id, kiosk id and stamp first, then {@code values}. */
    private UUID insert(String sql, Object... values) {
        UUID id = UUID.randomUUID();
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, id.toString());
                st.setString(2, db.kioskId());
                st.setLong(3, clock.millis());
                for (int i = 0; i < values.length; i++) {
                    st.setObject(4 + i, values[i]);
                }
                return st.executeUpdate();
            }
        });
        return id;
    }
}
