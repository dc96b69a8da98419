package org.backclass.hardware;

import java.time.Duration;
import javax.sound.sampled.AudioFormat;

/**
 * The two countdown sounds, synthesized once as raw PCM: short sine beeps with a brief fade in
 * and out, because a tone that starts or stops mid-wave clicks audibly on small speakers.
 */
enum Beep {

    /** 3, 2, 1: short and mid-pitched, so three in a row still sound like a countdown. */
    WARNING(880, Duration.ofMillis(120)),
    /** The new step: higher and longer than a warning, so it is told apart without looking. */
    GO(1320, Duration.ofMillis(300));

    // synthesize() runs while the constants above are built, before the static fields below are
    // set; it may read only compile-time constants (SAMPLE_RATE, PEAK, FADE_MILLIS), never FORMAT.
    static final float SAMPLE_RATE = 44_100f;
    /** Peak level, about -6 dBFS: clearly audible, with headroom so cheap speakers do not distort. */
    static final double PEAK = 0.5;
    /** Length of the fade at each end. */
    static final int FADE_MILLIS = 8;
    /** 16-bit signed little-endian PCM, mono, 44.1 kHz: every Linux sound device plays this. */
    static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);

    private final byte[] pcm;

    Beep(double frequencyHz, Duration length) {
        this.pcm = synthesize(frequencyHz, length);
    }

    /** Number of sample frames (one 16-bit sample each: mono). */
    int frames() {
        return pcm.length / 2;
    }

    /** The PCM bytes in {@link #FORMAT}; a copy (a few kilobytes), so no caller can change the sound. */
    byte[] pcm() {
        return pcm.clone();
    }

    private static byte[] synthesize(double frequencyHz, Duration length) {
        float rate = SAMPLE_RATE;
        int frames = (int) Math.round(rate * length.toNanos() / 1e9);
        int fadeFrames = Math.round(rate * FADE_MILLIS / 1000);
        byte[] out = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            double envelope = Math.min(1.0, Math.min(i, frames - 1 - i) / (double) fadeFrames);
            double value = PEAK * envelope * Math.sin(2 * Math.PI * frequencyHz * i / rate);
            short sample = (short) Math.round(value * Short.MAX_VALUE);
            // Little-endian, as FORMAT says: low byte first.
            out[2 * i] = (byte) sample;
            out[2 * i + 1] = (byte) (sample >> 8);
        }
        return out;
    }
}
