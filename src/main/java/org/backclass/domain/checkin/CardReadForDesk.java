package org.backclass.domain.checkin;

import org.backclass.domain.event.KioskEvent;

/**
 * A card tapped on the kiosk went to the front desk's "tap the card now" instead of checking
 * in; the kiosk tells the person at the reader so. {@code readable} is false when the reader
 * gave only part of the card's number (the desk then has to type it).
 */
public record CardReadForDesk(boolean readable) implements KioskEvent {
}
