package org.backclass.domain.redflag;

import java.util.UUID;
import org.backclass.domain.event.KioskEvent;

/** A member's red flag was raised or cleared: an open roster shows it again. */
public sealed interface RedFlagChange extends KioskEvent permits RedFlagRaised, RedFlagResolved {

    UUID memberId();
}
