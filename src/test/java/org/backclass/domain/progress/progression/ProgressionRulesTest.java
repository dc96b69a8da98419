package org.backclass.domain.progress.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressionRulesTest {

    @Test
    void defaultsAreThePublishedPainMonitoringNumbers() {
        ProgressionRules rules = ProgressionRules.defaults();

        assertThat(rules.greenMax()).isEqualTo(2);
        assertThat(rules.amberMax()).isEqualTo(5);
        assertThat(rules.minSessionsAtLevelToProgress()).isEqualTo(2);
        assertThat(rules.maxEffortToProgress()).isEqualTo(6);
        assertThat(rules.requireCompletedDose()).isTrue();
        assertThat(new ProgressionEngine().rules()).isEqualTo(rules);
    }

    @ParameterizedTest(name = "pain {0} is {1}")
    @CsvSource({"0, GREEN", "2, GREEN", "3, AMBER", "5, AMBER", "6, RED", "10, RED"})
    void sortsPainIntoZonesAtTheDefaultLimits(int pain, PainZone zone) {
        assertThat(ProgressionRules.defaults().zoneOf(pain)).isEqualTo(zone);
    }

    @Test
    void zonesFollowASitesOwnLimits() {
        // given a site with green 0-1, amber 2-4
        ProgressionRules strict = new ProgressionRules(1, 4, 2, 6, true);
        // then
        assertThat(strict.zoneOf(1)).isEqualTo(PainZone.GREEN);
        assertThat(strict.zoneOf(2)).isEqualTo(PainZone.AMBER);
        assertThat(strict.zoneOf(5)).isEqualTo(PainZone.RED);
        // and the widest allowed site still has a red zone
        assertThat(new ProgressionRules(8, 9, 1, 10, false).zoneOf(10)).isEqualTo(PainZone.RED);
        assertThat(new ProgressionRules(0, 1, 1, 0, true).zoneOf(0)).isEqualTo(PainZone.GREEN);
    }

    @Test
    void refusesPainScoresOutsideTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProgressionRules.defaults().zoneOf(11))
                .withMessage("pain must be 0..10, was 11");
        assertThatIllegalArgumentException().isThrownBy(() -> ProgressionRules.defaults().zoneOf(-1));
    }

    @ParameterizedTest(name = "green {0}, amber {1}, sessions {2}, effort {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
        -1 | 5  | 2 | 6  | greenMax must be 0 or more and below amberMax, was greenMax -1, amberMax 5
        5  | 5  | 2 | 6  | greenMax must be 0 or more and below amberMax, was greenMax 5, amberMax 5
        6  | 4  | 2 | 6  | greenMax must be 0 or more and below amberMax, was greenMax 6, amberMax 4
        2  | 10 | 2 | 6  | amberMax must be 9 or less so that red pain exists, was 10
        2  | 5  | 0 | 6  | minSessionsAtLevelToProgress must be 1 or more, was 0
        2  | 5  | 2 | -1 | maxEffortToProgress must be 0..10 (Borg CR10), was -1
        2  | 5  | 2 | 11 | maxEffortToProgress must be 0..10 (Borg CR10), was 11
        """)
    void refusesRulesThatMakeNoSenseWithAClearMessage(int green, int amber, int sessions, int effort, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressionRules(green, amber, sessions, effort, true))
                .withMessage(message);
    }
}
