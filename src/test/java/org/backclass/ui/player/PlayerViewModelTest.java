package org.backclass.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.player.PlayerFixtures.advance;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.programme.Programme;
import org.backclass.session.Participant;
import org.backclass.session.RunnerState;
import org.backclass.session.SessionPlans;
import org.backclass.ui.support.Messages;
import org.junit.jupiter.api.Test;

class PlayerViewModelTest {

    private final AtomicLong nanos = new AtomicLong(1_000 * PlayerFixtures.SECOND);
    private final PlayerViewModel vm = PlayerFixtures.player(nanos, Locale.ENGLISH);

    @Test
    void beforeTheStartItShowsTheFirstExerciseAndOffersStart() {
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.NOT_STARTED);
        assertThat(vm.exerciseNameProperty().get()).isEqualTo("Bridge");
        assertThat(vm.toggleTextProperty().get()).isEqualTo("Start");
        assertThat(vm.progressProperty().get()).isZero();
        assertThat(vm.summary()).isEmpty();

        advance(nanos, vm, 30);
        assertThat(vm.counterTextProperty().get()).isEqualTo("rep 1 of 12");
    }

    @Test
    void repWorkShowsARepCounterAndTheSet() {
        vm.start();
        advance(nanos, vm, 10);

        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.RUNNING);
        assertThat(vm.kindTextProperty().get()).isEqualTo("Exercise");
        assertThat(vm.repCounterProperty().get()).isTrue();
        assertThat(vm.counterTextProperty().get()).isEqualTo("rep 4 of 12");
        assertThat(vm.setTextProperty().get()).isEqualTo("Set 1 of 2");
        assertThat(vm.sideTextProperty().get()).isEmpty();
        assertThat(vm.warningProperty().get()).isZero();
        assertThat(vm.posterProperty().get()).isEqualTo(new PosterKey("bridge", 2));
    }

    @Test
    void countdownStepsShowMinutesAndSecondsRoundedUpAndWarnThreeTwoOne() {
        vm.start();
        advance(nanos, vm, 36); // into the rest between sets

        assertThat(vm.kindTextProperty().get()).isEqualTo("Rest");
        assertThat(vm.repCounterProperty().get()).isFalse();
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:20");
        advance(nanos, vm, 5.5);
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:15");
        assertThat(vm.warningProperty().get()).isZero();
        advance(nanos, vm, 12);
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:03");
        assertThat(vm.warningProperty().get()).isEqualTo(3);
        advance(nanos, vm, 1);
        assertThat(vm.warningProperty().get()).isEqualTo(2);
        advance(nanos, vm, 1);
        assertThat(vm.warningProperty().get()).isEqualTo(1);
        advance(nanos, vm, 1); // set 2: rep work never warns
        assertThat(vm.setTextProperty().get()).isEqualTo("Set 2 of 2");
        assertThat(vm.warningProperty().get()).isZero();
    }

    @Test
    void longStepsShowMinutes() {
        assertThat(PlayerTexts.minutesSeconds(185)).isEqualTo("3:05");
        assertThat(PlayerTexts.minutesSeconds(0)).isEqualTo("0:00");
    }

    @Test
    void pauseFreezesTheCountdownAndResumeCarriesOn() {
        vm.start();
        vm.next(); // the rest, 0:20
        advance(nanos, vm, 4);
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:16");

        assertThat(vm.togglePause().accepted()).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.PAUSED);
        assertThat(vm.kindTextProperty().get()).isEqualTo("Paused");
        assertThat(vm.toggleTextProperty().get()).isEqualTo("Resume");
        advance(nanos, vm, 60);
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:16");

        vm.togglePause();
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.RUNNING);
        assertThat(vm.toggleTextProperty().get()).isEqualTo("Pause");
        advance(nanos, vm, 1);
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:15");
    }

    @Test
    void togglePauseStartsAClassThatHasNotStarted() {
        assertThat(vm.togglePause().accepted()).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.RUNNING);
    }

    @Test
    void nextPreviousAndThirtySecondsMore() {
        vm.start();
        vm.next();
        assertThat(vm.kindTextProperty().get()).isEqualTo("Rest");
        vm.previous(); // within the grace period: back to set 1
        assertThat(vm.kindTextProperty().get()).isEqualTo("Exercise");
        assertThat(vm.setTextProperty().get()).isEqualTo("Set 1 of 2");

        vm.next();
        advance(nanos, vm, 5);
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:15");
        vm.addThirtySeconds();
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:45");
        vm.previous(); // later in the step: restart it at its planned length
        assertThat(vm.counterTextProperty().get()).isEqualTo("0:20");
    }

    @Test
    void commandsBeforeTheStartAreIgnored() {
        assertThat(vm.next().accepted()).isFalse();
        assertThat(vm.endEarly().accepted()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.NOT_STARTED);
    }

    @Test
    void endingEarlyFinishesWithASummary() {
        vm.start();
        advance(nanos, vm, 40);
        assertThat(vm.endEarly().accepted()).isTrue();

        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.FINISHED);
        assertThat(vm.exerciseNameProperty().get()).isEqualTo("Well done — that’s the class for today");
        assertThat(vm.counterTextProperty().get()).isEmpty();
        assertThat(vm.stripProperty()).isEmpty();
        assertThat(vm.summary()).hasValueSatisfying(s -> {
            assertThat(s.endState()).isEqualTo(RunnerState.ENDED_EARLY);
            assertThat(s.exercises()).hasSize(2);
        });
        assertThat(vm.summaryProperty().get()).isNotNull();
    }

    @Test
    void runningToTheEndFinishesWithAFullSummary() {
        vm.start();
        advance(nanos, vm, 36 + 20 + 36 + 15 + 20 + 5 + 20 + 60);

        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.FINISHED);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.summary()).hasValueSatisfying(s -> assertThat(s.endState()).isEqualTo(RunnerState.FINISHED));
    }

    @Test
    void theStripShowsShortNamesAndEachMembersOwnLevel() {
        assertThat(vm.stripProperty()).containsExactly(
                new StripEntry("Anna K.", 2), new StripEntry("Bernd M.", 1), new StripEntry("Clara C.", 2));

        vm.start();
        vm.next();
        vm.next();
        vm.next();
        vm.next(); // side plank, left
        assertThat(vm.exerciseNameProperty().get()).isEqualTo("Side plank");
        assertThat(vm.stripProperty()).containsExactly(
                new StripEntry("Anna K.", 1), new StripEntry("Bernd M.", 1), new StripEntry("Clara C.", 2));
        assertThat(vm.stripProperty()).noneMatch(e -> e.shortName().contains("Müller"));
        assertThat(vm.posterProperty().get()).isEqualTo(new PosterKey("side-plank", 1));
    }

    @Test
    void shortNamesNeverShowAFullSurname() {
        assertThat(ShortNames.of("Anna K.")).isEqualTo("Anna K.");
        assertThat(ShortNames.of("Anna")).isEqualTo("Anna");
        assertThat(ShortNames.of("Mary Ann Smith")).isEqualTo("Mary S.");
    }

    @Test
    void sidesCuesAndNextUp() {
        vm.start();
        assertThat(vm.nextUpTextProperty().get()).isEqualTo("Next: Bridge, set 2");
        for (int i = 0; i < 4; i++) {
            vm.next();
        }
        assertThat(vm.sideTextProperty().get()).isEqualTo("Left side");
        assertThat(vm.setTextProperty().get()).isEqualTo("Set 1 of 1");
        assertThat(vm.cueTextProperty().get()).isEqualTo("Hips high");
        advance(nanos, vm, 8);
        assertThat(vm.cueTextProperty().get()).isEqualTo("Keep breathing");
        advance(nanos, vm, 8);
        assertThat(vm.cueTextProperty().get()).isEqualTo("Hips high");
        assertThat(vm.nextUpTextProperty().get()).isEqualTo("Next: Side plank");

        vm.next(); // switch sides
        assertThat(vm.kindTextProperty().get()).isEqualTo("Switch sides");
        vm.next();
        assertThat(vm.sideTextProperty().get()).isEqualTo("Right side");
        assertThat(vm.nextUpTextProperty().get()).isEqualTo("Next: Pain is an alarm");

        vm.next(); // education
        assertThat(vm.kindTextProperty().get()).isEqualTo("Good to know");
        assertThat(vm.exerciseNameProperty().get()).isEqualTo("Pain is an alarm");
        assertThat(vm.cueTextProperty().get()).isEqualTo("It does not mean harm.");
        advance(nanos, vm, 20);
        assertThat(vm.cueTextProperty().get()).as("the text stays for the whole talk")
                .isEqualTo("It does not mean harm.");
        assertThat(vm.nextUpTextProperty().get()).isEqualTo("Last one — nearly done");
        assertThat(vm.stripProperty()).isEmpty();
        assertThat(vm.posterProperty().get()).isNull();
        assertThat(vm.sideTextProperty().get()).isEmpty();
    }

    @Test
    void germanTexts() {
        PlayerViewModel german = PlayerFixtures.player(nanos, Locale.GERMAN);
        german.start();
        assertThat(german.counterTextProperty().get()).isEqualTo("Wiederholung 1 von 12");
        assertThat(german.setTextProperty().get()).isEqualTo("Satz 1 von 2");
        assertThat(german.kindTextProperty().get()).isEqualTo("Übung");
        assertThat(german.toggleTextProperty().get()).isEqualTo("Anhalten");
    }

    @Test
    void everyShippedProgrammePlaysToTheEnd() {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        List<Participant> people = List.of(new Participant(UUID.randomUUID(), "Anna K.", Map.of()));
        assertThat(content.programmes()).isNotEmpty();
        for (Programme programme : content.programmes()) {
            PlayerViewModel player = new PlayerViewModel(
                    SessionPlans.fromProgramme(programme, content.catalogue(), Locale.GERMAN, people), nanos::get,
                    Messages.load(Locale.GERMAN), CueSource.NONE, CountdownTones.NONE);
            player.start();
            assertThat(player.exerciseNameProperty().get()).as(programme.id()).isNotBlank();
            assertThat(player.counterTextProperty().get()).as(programme.id()).isNotBlank();
            advance(nanos, player, 4 * 3600);
            assertThat(player.stateProperty().get()).as(programme.id()).isEqualTo(PlayerState.FINISHED);
            assertThat(player.summary()).as(programme.id()).isPresent();
        }
    }
}
