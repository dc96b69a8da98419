package org.backclass.app;

import org.backclass.config.KioskConfig;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.hardware.SoundDeviceTones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses the class player's countdown tones from the settings, and has them stopped with the hardware. */
final class CountdownSound {

    private static final Logger LOG = LoggerFactory.getLogger(CountdownSound.class);

    private CountdownSound() {
    }

    /** The sound device's tones, or silence when {@code sound.tones = off}; never fails. */
    static CountdownTones of(KioskConfig.Sound sound, Lifecycle lifecycle) {
        if (!sound.tones()) {
            LOG.info("Countdown tones are off (sound.tones = off)");
            return CountdownTones.NONE;
        }
        try {
            SoundDeviceTones tones = new SoundDeviceTones();
            lifecycle.onStop(Lifecycle.Stage.HARDWARE, "sound", tones);
            return tones;
        } catch (LinkageError e) {
            // A Java runtime built without javax.sound: no sound device must never stop a class.
            LOG.warn("No sound device: countdown tones are off ({})", e.toString());
            return CountdownTones.NONE;
        }
    }
}
