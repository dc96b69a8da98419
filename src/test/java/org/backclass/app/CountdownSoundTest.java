package org.backclass.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.backclass.config.KioskConfig;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.hardware.SoundDeviceTones;
import org.junit.jupiter.api.Test;

class CountdownSoundTest {

    private final Lifecycle lifecycle = new Lifecycle();

    @Test
    void offMeansSilenceAndNoSoundThread() {
        assertThat(CountdownSound.of(new KioskConfig.Sound(false), lifecycle)).isSameAs(CountdownTones.NONE);
        lifecycle.stop();
    }

    @Test
    void onMeansTheSoundDeviceStoppedWithTheHardware() {
        Set<Thread> before = toneThreads();
        CountdownTones tones = CountdownSound.of(new KioskConfig.Sound(true), lifecycle);

        assertThat(tones).isInstanceOf(SoundDeviceTones.class);
        assertThat(toneThreads()).hasSize(before.size() + 1);
        lifecycle.stop();
        // Stopped and closed: a late tone from the FX thread is ignored, never thrown.
        tones.go();
        assertThat(toneThreads()).isEqualTo(before);
    }

    private static Set<Thread> toneThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("backclass-tones"))
                .collect(Collectors.toSet());
    }
}
