package org.backclass.app;

import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.domain.checkin.CheckInUnavailableException;
import org.backclass.domain.reader.SimulatedTaps;
import org.backclass.ui.DemoTaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Demo keys on the kiosk present the demo gym's cards through the simulated reader. */
final class DemoCardTaps implements DemoTaps {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCardTaps.class);
    private final SimulatedTaps reader;

    DemoCardTaps(SimulatedTaps reader) {
        this.reader = reader;
    }

    @Override
    public void tapDemoCard(int index) {
        if (index >= 0 && index < DemoGym.CARD_UIDS.size()) {
            tap(DemoGym.CARD_UIDS.get(index));
        }
    }

    @Override
    public void tapUnknownCard() {
        tap(DemoGym.UNKNOWN_UID);
    }

    @Override
    public void tapStaffCard() {
        tap(DemoGym.STAFF_UID);
    }

    private void tap(String uid) {
        try {
            reader.tap(uid, RawCardFormat.HEX);
        } catch (InvalidCardReadException | CheckInUnavailableException | IllegalStateException e) {
            LOG.warn("Demo tap failed: {}", e.getMessage());
        }
    }
}
