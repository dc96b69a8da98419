package org.backclass.ui;

/**
 * Demo-only: lets keys on the kiosk present the seeded demo cards. Implementations block
 * (they run a whole check-in); the UI calls them on the background executor, never on the
 * FX thread. The outcome reaches the screens as a normal kiosk event.
 */
public interface DemoTaps {

    /** Presents seeded demo card {@code index} (0…11). */
    void tapDemoCard(int index);

    /** Presents a card nobody has enrolled. */
    void tapUnknownCard();

    /** Presents the instructor's staff card (unlocks instructor mode). */
    void tapStaffCard();
}
