package org.backclass.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.backclass.domain.timetable.TimetableSlot;

/**
 * Writes the timetable from kiosk-config into the database. Ids come from names (class type
 * id, instructor name, slot weekday/time/room), so kiosks with the same files agree on them;
 * an upsert only touches a row whose values changed, so restarting a kiosk adds nothing to the
 * change log.
 */
final class ConfiguredTimetable {

    private static final String UPSERT_TYPE = """
            INSERT INTO class_type (id, kiosk_id, modified_at, name, description, length_min, programme_id)
            VALUES (?, ?, ?, ?, '', ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, length_min = excluded.length_min,
                programme_id = excluded.programme_id, deleted = 0,
                kiosk_id = excluded.kiosk_id, modified_at = excluded.modified_at
            WHERE name IS NOT excluded.name OR length_min IS NOT excluded.length_min
                OR programme_id IS NOT excluded.programme_id OR deleted <> 0""";
    private static final String UPSERT_INSTRUCTOR = """
            INSERT INTO staff (id, kiosk_id, modified_at, name, role) VALUES (?, ?, ?, ?, 'instructor')
            ON CONFLICT (id) DO UPDATE SET deleted = 0, kiosk_id = excluded.kiosk_id,
                modified_at = excluded.modified_at
            WHERE deleted <> 0""";
    private static final String UPSERT_SLOT = """
            INSERT INTO timetable_entry (id, kiosk_id, modified_at, class_type_id, weekday, start_time, length_min,
                room, instructor_id, capacity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET class_type_id = excluded.class_type_id, length_min = excluded.length_min,
                instructor_id = excluded.instructor_id, capacity = excluded.capacity, deleted = 0,
                kiosk_id = excluded.kiosk_id, modified_at = excluded.modified_at
            WHERE class_type_id IS NOT excluded.class_type_id OR length_min IS NOT excluded.length_min
                OR instructor_id IS NOT excluded.instructor_id OR capacity IS NOT excluded.capacity OR deleted <> 0""";
    private static final String TOMBSTONE_SLOT = """
            UPDATE timetable_entry SET deleted = 1, kiosk_id = ?, modified_at = ? WHERE id = ? AND deleted = 0""";

    private ConfiguredTimetable() {
    }

    static void apply(Connection c, String kioskId, long now, List<TimetableSlot> slots,
            Function<String, Duration> lengthOfProgramme) throws SQLException {
        Set<String> keep = new HashSet<>();
        try (PreparedStatement type = c.prepareStatement(UPSERT_TYPE);
                PreparedStatement staff = c.prepareStatement(UPSERT_INSTRUCTOR);
                PreparedStatement slot = c.prepareStatement(UPSERT_SLOT)) {
            for (TimetableSlot s : slots) {
                long minutes = Math.max(5, (lengthOfProgramme.apply(s.programmeId()).toMinutes() + 4) / 5 * 5);
                String typeId = id("class-type", s.classTypeId());
                set(type, typeId, kioskId, now, s.className(), minutes, s.programmeId());
                type.executeUpdate();
                String staffId = id("instructor", s.instructorName());
                set(staff, staffId, kioskId, now, s.instructorName());
                staff.executeUpdate();
                String slotId = id("slot", s.weekday() + "|" + s.start() + "|" + s.room());
                set(slot, slotId, kioskId, now, typeId, s.weekday().getValue(), s.start().toString(), minutes, s.room(),
                        staffId, s.capacity());
                slot.executeUpdate();
                keep.add(slotId);
            }
        }
        tombstoneOthers(c, kioskId, now, keep);
    }

    private static void tombstoneOthers(Connection c, String kioskId, long now, Set<String> keep) throws SQLException {
        List<String> existing = new java.util.ArrayList<>();
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT id FROM timetable_entry WHERE deleted = 0")) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        try (PreparedStatement st = c.prepareStatement(TOMBSTONE_SLOT)) {
            for (String id : existing) {
                if (!keep.contains(id)) {
                    set(st, kioskId, now, id);
                    st.executeUpdate();
                }
            }
        }
    }

    private static String id(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void set(PreparedStatement st, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            st.setObject(i + 1, values[i]);
        }
    }
}
