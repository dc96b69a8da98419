package org.backclass.domain.checkin;

import java.util.UUID;

/**
 * Which check-ins an attendance report holds besides its days: those of one class type, one class
 * session, one member, or any combination of these. A null part matches every check-in, so
 * {@link #ALL} is no filter at all; a class filter never matches an open-gym check-in.
 */
public record AttendanceFilter(UUID classTypeId, UUID sessionId, UUID memberId) {

    /** Every check-in of the days asked for. */
    public static final AttendanceFilter ALL = new AttendanceFilter(null, null, null);
}
