package org.backclass.session;

import java.util.Objects;
import java.util.UUID;

/** One participant's own level and dose for one exercise, for the level strip on screen and the record. */
public record ParticipantDose(UUID memberId, String shortName, int level, Dose dose) {

    public ParticipantDose {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(dose, "dose");
    }
}
