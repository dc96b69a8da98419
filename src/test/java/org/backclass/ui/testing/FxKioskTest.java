package org.backclass.ui.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Base of the headless end-to-end screen tests: a temporary folder for the kiosk's SQLite file,
 * the kiosk a test builds in it, a robot to click, and the kiosk closed after each test.
 */
public abstract class FxKioskTest {

    @TempDir
    protected Path dir;
    protected FxKiosk kiosk;
    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
