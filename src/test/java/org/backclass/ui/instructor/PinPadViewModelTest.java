package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.backclass.domain.staff.PinHash;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PinPadViewModelTest {

    private static PinHash pin;
    private final UiTestContext t = new UiTestContext();
    private int unlocked;

    @BeforeAll
    static void hashOnce() {
        pin = PinHash.of("2468");
    }

    private PinPadViewModel pad(PinHash configured) {
        return new PinPadViewModel(t.context, new PinUnlock(configured, t.clock::instant), () -> unlocked++);
    }

    private static void type(PinPadViewModel vm, String digits) {
        digits.chars().forEach(c -> vm.digit(c - '0'));
    }

    @Test
    void digitsShowAsDotsAndTheCheckRunsInTheBackground() {
        PinPadViewModel vm = pad(pin);

        type(vm, "2468");
        assertThat(vm.dotsProperty().get()).isEqualTo("••••");

        vm.ok();
        assertThat(vm.dotsProperty().get()).isEmpty();
        assertThat(vm.checkingProperty().get()).isTrue();
        assertThat(t.background.queued()).isEqualTo(1);
        assertThat(unlocked).isZero();

        t.background.runAll();
        assertThat(unlocked).isEqualTo(1);
        assertThat(vm.checkingProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void wrongPinsSayWrongThenLockAndTheLockEnds() {
        PinPadViewModel vm = pad(pin);

        type(vm, "1111");
        vm.ok();
        t.background.runAll();
        assertThat(vm.messageProperty().get()).isEqualTo("Wrong PIN");

        for (int i = 1; i < PinUnlock.FREE_ATTEMPTS; i++) {
            type(vm, "1111");
            vm.ok();
            t.background.runAll();
        }
        assertThat(vm.messageProperty().get()).isEqualTo("Locked, try again in 30 s");

        t.clock.advance(Duration.ofSeconds(10));
        type(vm, "2468");
        vm.ok();
        t.background.runAll();
        assertThat(unlocked).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("Locked, try again in 20 s");

        t.clock.advance(Duration.ofSeconds(21));
        type(vm, "2468");
        vm.ok();
        t.background.runAll();
        assertThat(unlocked).isEqualTo(1);
    }

    @Test
    void withoutAConfiguredPinACalmMessage() {
        PinPadViewModel vm = pad(null);

        type(vm, "1234");
        vm.ok();
        t.background.runAll();

        assertThat(unlocked).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("No instructor PIN is set up on this kiosk");
    }

    @Test
    void aCheckThatReturnsAfterThePadWasLeftDoesNotUnlock() {
        PinPadViewModel vm = pad(pin);

        type(vm, "2468");
        vm.ok();
        vm.clear();
        t.background.runAll();

        assertThat(unlocked).isZero();
        assertThat(vm.checkingProperty().get()).isFalse();
    }
}
