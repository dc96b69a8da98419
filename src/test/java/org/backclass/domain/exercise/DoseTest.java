package org.backclass.domain.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DoseTest {

    @Test
    void repsCountAtTheirTempoOrThreeSecondsAndRestsSitBetweenSets() {
        assertThat(Dose.reps(10, 3, 30, false, 0).nominalDuration()).isEqualTo(Duration.ofSeconds(10 * 3 * 3 + 60));
        assertThat(Dose.reps(8, 2, 45, true, 4).nominalDuration()).isEqualTo(Duration.ofSeconds(8 * 4 * 2 * 2 + 45));
    }

    @Test
    void timedDosesCountTheirSecondsOnEachSide() {
        assertThat(Dose.timed(30, 2, 10, true).nominalDuration()).isEqualTo(Duration.ofSeconds(30 * 2 * 2 + 10));
        assertThat(Dose.timed(1200, 1, 0, false).nominalDuration()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void refusesZeroNegativeAndImplausibleNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> Dose.reps(0, 1, 0, false, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Dose.reps(80, 1, 0, false, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Dose.timed(10, 0, 0, false));
        assertThatIllegalArgumentException().isThrownBy(() -> Dose.timed(10, 2, -5, false));
        assertThatIllegalArgumentException().isThrownBy(() -> Dose.timed(3600, 1, 0, false));
        assertThatIllegalArgumentException().isThrownBy(() -> Dose.reps(8, 1, 0, false, 20));
    }

    @Test
    void localizedTextFallsBackToEnglishAndNeedsBoth() {
        LocalizedText text = new LocalizedText("Bridge", "Brücke");
        assertThat(text.in(Locale.GERMANY)).isEqualTo("Brücke");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Brücke");
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Bridge");
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText("Bridge", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(null, "Brücke"));
    }
}
