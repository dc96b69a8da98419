package org.backclass.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.backclass.domain.staff.PinUnlock.Outcome;
import org.backclass.testing.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinUnlockTest {

    private static PinHash hash;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T17:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void hashOnce() {
        hash = PinHash.of("4711");
    }

    @Test
    void theRightPinUnlocksAndTheHashSurvivesItsTextForm() {
        PinHash reread = PinHash.parse(hash.format());

        assertThat(new PinUnlock(reread, clock::instant).tryPin("4711").outcome()).isEqualTo(Outcome.UNLOCKED);
        assertThat(hash.format()).startsWith("pbkdf2-sha256:120000:").doesNotContain("4711");
    }

    @Test
    void twoHashesOfOnePinDifferBecauseOfTheSalt() {
        assertThat(PinHash.of("4711").format()).isNotEqualTo(hash.format());
    }

    @Test
    void threeWrongPinsLockTheKeypadAndEachFurtherOneDoublesTheLock() {
        PinUnlock unlock = new PinUnlock(hash, clock::instant);

        assertThat(unlock.tryPin("0000").outcome()).isEqualTo(Outcome.WRONG_PIN);
        assertThat(unlock.tryPin("1111").outcome()).isEqualTo(Outcome.WRONG_PIN);
        assertThat(unlock.tryPin("2222")).isEqualTo(new PinUnlock.Result(Outcome.LOCKED_OUT, Duration.ofSeconds(30)));

        clock.advance(Duration.ofSeconds(10));
        assertThat(unlock.tryPin("4711")).as("even the right PIN waits")
                .isEqualTo(new PinUnlock.Result(Outcome.LOCKED_OUT, Duration.ofSeconds(20)));

        clock.advance(Duration.ofSeconds(20));
        assertThat(unlock.tryPin("3333")).isEqualTo(new PinUnlock.Result(Outcome.LOCKED_OUT, Duration.ofSeconds(60)));
        clock.advance(Duration.ofSeconds(60));
        assertThat(unlock.tryPin("4711").outcome()).isEqualTo(Outcome.UNLOCKED);
        assertThat(unlock.tryPin("9999").outcome()).as("the count starts again").isEqualTo(Outcome.WRONG_PIN);
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        PinUnlock unlock = new PinUnlock(hash, clock::instant);
        PinUnlock.Result last = null;
        for (int i = 0; i < 20; i++) {
            last = unlock.tryPin("0000");
            clock.advance(last.retryAfter());
        }
        assertThat(last.retryAfter()).isEqualTo(Duration.ofMinutes(15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "123456789", "12a4", " 4711", "４７１１"})
    void malformedPinsNeverMatchAndCannotBeSet(String pin) {
        assertThat(hash.matches(pin)).isFalse();
        assertThatThrownBy(() -> PinHash.of(pin)).hasMessage("a PIN is 4 to 8 digits");
    }

    @Test
    void withoutAConfiguredPinOnlyACardUnlocks() {
        assertThat(new PinUnlock(null, clock::instant).tryPin("4711").outcome())
                .isEqualTo(Outcome.NO_PIN_CONFIGURED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4711", "sha256:abc", "pbkdf2-sha256:12:abc:def", "pbkdf2-sha256:120000:!!!!!!!!:x"})
    void garbageInTheSettingIsRefusedWithTheExpectedFormat(String text) {
        assertThatThrownBy(() -> PinHash.parse(text)).hasMessageContaining("backclass pin hash");
    }
}
