package org.backclass.domain.checkin;

import org.backclass.domain.event.KioskEvent;

/** A tap could not be recorded (storage failure). Screens ask the member to try again. */
public record CheckInFailed(long readNanos) implements KioskEvent {
}
