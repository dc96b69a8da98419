package org.backclass.config.content;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.backclass.domain.timetable.TimetableSlot;

/**
 * Reads {@code timetable.yaml}: a top-level {@code slots:} list of weekly classes. A slot naming
 * a programme that did not load is skipped, since the kiosk could not lead that class.
 */
final class TimetableParser {

    /** 24-hour clock with two-digit hours, e.g. 09:30 or 18:00. */
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final Problems problems;
    private final Set<String> programmeIds;
    /** Room bookings seen so far (weekday, time, room) → line, to catch a slot entered twice. */
    private final Map<String, Integer> bookings = new HashMap<>();

    TimetableParser(Problems problems, Set<String> programmeIds) {
        this.problems = problems;
        this.programmeIds = programmeIds;
    }

    List<TimetableSlot> parse(YamlNode root) {
        List<TimetableSlot> slots = new ArrayList<>();
        for (YamlNode entry : TopLevel.list(root, "slots", problems)) {
            int before = problems.count();
            TimetableSlot slot = slot(entry);
            if (slot != null && problems.count() == before) {
                slots.add(slot);
            }
        }
        return List.copyOf(slots);
    }

    private TimetableSlot slot(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.line(), "a timetable slot must be a mapping of keys, was " + YamlNode.describe(node));
            return null;
        }
        Fields f = new Fields(map, "timetable slot", problems).allowOnly("classType", "className", "programme",
                "weekday", "time", "room", "instructor", "capacity");
        String classType = f.text("classType");
        String className = f.text("className");
        String programme = f.text("programme");
        DayOfWeek weekday = f.choice("weekday", DayOfWeek.class);
        String time = f.text("time");
        String room = f.text("room");
        String instructor = f.text("instructor");
        Integer capacity = f.integer("capacity", 1, TimetableSlot.MAX_CAPACITY);
        LocalTime start = null;
        if (time != null) {
            if (TIME.matcher(time).matches()) {
                start = LocalTime.parse(time);
            } else {
                problems.add(f.line("time"), "time must be HH:mm on the 24-hour clock (e.g. 09:30), was '"
                        + time + "'");
            }
        }
        if (programme != null && !programmeIds.contains(programme)) {
            problems.add(f.line("programme"), "unknown programme '" + programme
                    + "' (or it was skipped); known: " + String.join(", ", programmeIds));
            return null;
        }
        if (classType == null || className == null || weekday == null || start == null || room == null
                || instructor == null || capacity == null || programme == null) {
            return null;
        }
        String booking = weekday + " " + start + " " + room.toLowerCase(java.util.Locale.ROOT);
        Integer earlier = bookings.putIfAbsent(booking, map.line());
        if (earlier != null) {
            problems.add(map.line(), room + " already has a class on " + Fields.allowedName(weekday) + " at " + start
                    + " (line " + earlier + "); this slot is skipped");
            return null;
        }
        return new TimetableSlot(classType, className, programme, weekday, start, room, instructor, capacity);
    }
}
