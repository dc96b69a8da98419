package org.backclass.ui.idle;

/**
 * One line of the idle screen's timetable, ready to show.
 *
 * @param startTime {@code HH:mm} in the kiosk's zone
 * @param started   true once the start time has passed (the class is still listed for a while)
 */
public record UpcomingClass(String name, String startTime, String room, boolean started) {
}
