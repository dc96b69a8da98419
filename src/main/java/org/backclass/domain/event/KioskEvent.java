package org.backclass.domain.event;

/** Something that happened in the kiosk that screens or feedback devices may react to. */
public interface KioskEvent {
}
