package org.backclass.hardware;

/** Reads back 16-bit signed little-endian mono PCM, to check what reached the line. */
final class Pcm {

    private final short[] samples;

    private Pcm(short[] samples) {
        this.samples = samples;
    }

    static Pcm of(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            throw new AssertionError("16-bit PCM has an even number of bytes, got " + bytes.length);
        }
        short[] s = new short[bytes.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
        }
        return new Pcm(s);
    }

    int frames() {
        return samples.length;
    }

    /** Largest absolute sample in frames [from, to), as a fraction of full scale. */
    double peak(int from, int to) {
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(samples[i]));
        }
        return max / (double) Short.MAX_VALUE;
    }

    double peak() {
        return peak(0, samples.length);
    }

    double firstSample() {
        return samples[0] / (double) Short.MAX_VALUE;
    }

    double lastSample() {
        return samples[samples.length - 1] / (double) Short.MAX_VALUE;
    }

    /** The pitch, from the sign changes: a sine crosses zero twice per period. */
    double frequencyHz(float sampleRate) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / (samples.length / (double) sampleRate);
    }
}
