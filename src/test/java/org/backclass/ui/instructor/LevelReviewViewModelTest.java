package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.ui.testing.UiTestContext.START;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.progress.progression.ProgressionEngine;
import org.backclass.domain.progress.review.ProposalService;
import org.backclass.domain.progress.review.ReviewableSession;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcLevelDecisions;
import org.backclass.store.JdbcSessionReviewQueries;
import org.backclass.testing.TestGym;
import org.backclass.ui.instructor.ReviewRow.Status;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Review levels" ViewModel on a real SQLite gym, without the toolkit: the test thread plays the UI thread. */
class LevelReviewViewModelTest {

    private static Content content;

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private JdbcLevelDecisions decisions;
    private JdbcClassResults results;
    private ProposalService service;
    private Member anna;
    private Member bernd;
    private Member eva;
    private UUID session;

    @BeforeAll
    static void loadContent() {
        content = ContentLoader.load(Path.of("kiosk-config"));
    }

    /**
     * Today's 17:00 class, closed at 17:30: Anna (second time at bird-dog 2, low pain) and Bernd
     * (bird-dog 3, red pain after class) did bird-dog fully and dead-bug partly.
     */
    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, today(16, 55));
        decisions = new JdbcLevelDecisions(gym.db);
        results = new JdbcClassResults(gym.db);
        service = new ProposalService(new JdbcSessionReviewQueries(gym.db), decisions, content.catalogue(),
                id -> java.util.Optional.empty(), new ProgressionEngine(), gym.clock);
        anna = gym.memberWithCard("Anna", "Kowalski", "041A2B3C4D5E6F");
        bernd = gym.memberWithCard("Bernd", "Vogel", "8B6566B9");
        eva = gym.staffWithCard("Eva", "Sommer", "04E5A0B1C2D380");
        results.recordRoutine(START.minus(Duration.ofDays(4)),
                List.of(new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED)));
        session = gym.classAt("Back Basics", today(17, 0));
        var a = (CheckInOutcome.CheckedIn) gym.tap("041A2B3C4D5E6F");
        gym.painReports.reportAtCheckIn(anna.id(), a.attendance().id(), 2);
        gym.clock.advance(Duration.ofMinutes(1)); // Bernd taps in after Anna
        gym.tap("8B6566B9");
        gym.clock.set(today(17, 30));
        results.closeSession(session, gym.clock.instant(), List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED),
                new ExercisePerformed(bernd.id(), "bird-dog", 3, Completion.COMPLETED),
                new ExercisePerformed(anna.id(), "dead-bug", 1, Completion.PARTIAL),
                new ExercisePerformed(bernd.id(), "dead-bug", 1, Completion.PARTIAL)));
        var feedback = new JdbcClassFeedbackStore(gym.db, gym.clock);
        feedback.record(anna.id(), session, 1, 4);
        feedback.record(bernd.id(), session, 7, 6);
        gym.clock.set(START);
        t = new UiTestContext(gym.clock);
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private LevelReviewViewModel opened(UiTestContext context) {
        LevelReviewViewModel vm = new LevelReviewViewModel(context.context, service);
        vm.open(service.lastClosedSession().orElseThrow(), ActedBy.staffCard(eva.id()));
        return vm;
    }

    private static ReviewRow row(LevelReviewViewModel vm, String name, String exercise) {
        return vm.rowsProperty().stream().filter(r -> r.shortName().equals(name) && r.exercise().equals(exercise))
                .findFirst().orElseThrow();
    }

    @Test
    void opensWithEveryProposalInWordsReadOffTheUiThread() {
        LevelReviewViewModel vm = opened(t);
        assertThat(vm.stateProperty().get()).isEqualTo(LevelReviewViewModel.State.LOADING);
        assertThat(vm.rowsProperty()).isEmpty();
        assertThat(t.background.queued()).isEqualTo(1);

        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(LevelReviewViewModel.State.READY);
        assertThat(vm.titleProperty().get()).isEqualTo("Levels after Back Basics, 17:00");
        assertThat(vm.rowsProperty()).extracting(r -> r.shortName() + " | " + r.exercise() + " | " + r.change()
                + " | " + r.reason()).containsExactly(
                        "Anna K. | Bird-dog | level 2 → 3 | Low pain, full dose, fair effort",
                        "Anna K. | Abdominal bracing to dead bug | stays at level 1 | Only part of the dose done",
                        "Bernd V. | Bird-dog | level 3 → 2 | Pain was in the red zone",
                        "Bernd V. | Abdominal bracing to dead bug | stays at level 1 | Should go easier, but already at the easiest level");
        assertThat(vm.rowsProperty()).allMatch(r -> r.status() == Status.OPEN && r.outcome().isEmpty());
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void confirmChangeAndRejectAreOneTapEachAndStoredWithWhoDecided() {
        LevelReviewViewModel vm = opened(t);
        t.background.runAll();

        vm.confirm(row(vm, "Anna K.", "Bird-dog"));
        assertThat(row(vm, "Anna K.", "Bird-dog").status()).isEqualTo(Status.SAVING);
        assertThat(row(vm, "Anna K.", "Bird-dog").outcome()).isEqualTo("Saving…");
        t.background.runAll();
        vm.chooseLevel(row(vm, "Bernd V.", "Bird-dog"));
        assertThat(row(vm, "Bernd V.", "Bird-dog").status()).isEqualTo(Status.CHOOSING_LEVEL);
        assertThat(row(vm, "Bernd V.", "Bird-dog").levels()).containsExactly(1, 2, 3, 4);
        vm.change(row(vm, "Bernd V.", "Bird-dog"), 1);
        vm.reject(row(vm, "Anna K.", "Abdominal bracing to dead bug"));
        t.background.runAll();

        assertThat(vm.rowsProperty()).extracting(ReviewRow::status, ReviewRow::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.CONFIRMED, "Confirmed: level 3"),
                org.assertj.core.groups.Tuple.tuple(Status.REJECTED, "Rejected: stays at level 1"),
                org.assertj.core.groups.Tuple.tuple(Status.CHANGED, "Changed: level 1"),
                org.assertj.core.groups.Tuple.tuple(Status.OPEN, ""));
        assertThat(decisions.forSession(session)).extracting(LevelChange::decision, LevelChange::resultingLevel)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LevelDecision.CONFIRMED, 3),
                        org.assertj.core.groups.Tuple.tuple(LevelDecision.CHANGED, 1),
                        org.assertj.core.groups.Tuple.tuple(LevelDecision.REJECTED, null));
        assertThat(decisions.forSession(session)).allMatch(d -> d.decidedBy().equals(ActedBy.staffCard(eva.id())));
        assertThat(results.currentLevels(anna.id())).containsEntry("bird-dog", 3);
        assertThat(results.currentLevels(bernd.id())).containsEntry("bird-dog", 1);

        // a decided row cannot be decided again
        vm.reject(row(vm, "Anna K.", "Bird-dog"));
        vm.chooseLevel(row(vm, "Anna K.", "Bird-dog"));
        assertThat(t.background.queued()).isZero();
        assertThat(row(vm, "Anna K.", "Bird-dog").status()).isEqualTo(Status.CONFIRMED);
    }

    @Test
    void chooseLevelAgainHidesTheLevelsAndALevelTheExerciseLacksIsRefused() {
        LevelReviewViewModel vm = opened(t);
        t.background.runAll();
        ReviewRow birdDog = row(vm, "Anna K.", "Bird-dog");

        vm.chooseLevel(birdDog);
        vm.chooseLevel(birdDog);

        assertThat(row(vm, "Anna K.", "Bird-dog").status()).isEqualTo(Status.OPEN);
        assertThatThrownBy(() -> vm.change(birdDog, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.background.queued()).isZero();
    }

    @Test
    void confirmAllHoldsDecidesOnlyTheHoldsInOneGo() {
        LevelReviewViewModel vm = opened(t);
        t.background.runAll();

        vm.confirmAllHolds();
        assertThat(t.background.queued()).isEqualTo(1);
        t.background.runAll();

        assertThat(vm.rowsProperty()).extracting(ReviewRow::status)
                .containsExactly(Status.OPEN, Status.CONFIRMED, Status.OPEN, Status.CONFIRMED);
        assertThat(row(vm, "Anna K.", "Abdominal bracing to dead bug").outcome()).isEqualTo("Confirmed: level 1");
        assertThat(decisions.forSession(session)).hasSize(2);
    }

    @Test
    void aProposalDecidedElsewhereFirstShowsThatAndKeepsTheFirstDecision() {
        LevelReviewViewModel vm = opened(t);
        t.background.runAll();
        var proposal = row(vm, "Anna K.", "Bird-dog").proposal();
        service.decide(proposal, LevelDecision.REJECTED, null, ActedBy.PIN); // another kiosk, just before

        vm.confirm(row(vm, "Anna K.", "Bird-dog"));
        t.background.runAll();

        assertThat(row(vm, "Anna K.", "Bird-dog").status()).isEqualTo(Status.DECIDED_ELSEWHERE);
        assertThat(row(vm, "Anna K.", "Bird-dog").outcome()).isEqualTo("Already decided");
        assertThat(decisions.forSession(session)).singleElement()
                .satisfies(d -> assertThat(d.decision()).isEqualTo(LevelDecision.REJECTED));
    }

    @Test
    void aSaveThatFailsPutsTheRowBackWithACalmMessage() {
        LevelReviewViewModel vm = opened(t);
        t.background.runAll();
        gym.db.close();

        vm.confirm(row(vm, "Anna K.", "Bird-dog"));
        t.background.runAll();

        assertThat(row(vm, "Anna K.", "Bird-dog").status()).isEqualTo(Status.OPEN);
        assertThat(vm.messageProperty().get()).isEqualTo("That did not work: nothing was saved. Please try again.");

        vm.confirmAllHolds();
        t.background.runAll();
        assertThat(vm.rowsProperty()).allMatch(r -> r.status() == Status.OPEN);
    }

    @Test
    void proposalsThatCannotBeReadSaySoCalmly() {
        LevelReviewViewModel vm = new LevelReviewViewModel(t.context, service);
        ReviewableSession last = service.lastClosedSession().orElseThrow();
        gym.db.close();

        vm.open(last, ActedBy.PIN);
        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(LevelReviewViewModel.State.UNAVAILABLE);
        assertThat(vm.messageProperty().get()).startsWith("The proposals are not available right now");
    }

    @Test
    void whenEverythingIsDecidedTheScreenSaysSoAndAnOlderClassShowsItsDay() {
        service.proposalsFor(session).orElseThrow().proposals()
                .forEach(p -> service.decide(p, LevelDecision.CONFIRMED, null, ActedBy.PIN));
        gym.clock.set(START.plus(Duration.ofDays(1)));

        LevelReviewViewModel vm = opened(t);
        t.background.runAll();

        assertThat(vm.rowsProperty()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Nothing left to decide for this class.");
        assertThat(vm.titleProperty().get()).isEqualTo("Levels after Back Basics, Mon 10 Mar, 17:00");
    }

    @Test
    void clearForgetsEverythingAndDropsWorkStillRunning() {
        LevelReviewViewModel vm = opened(t);
        vm.clear();
        t.background.runAll();
        assertThat(vm.rowsProperty()).isEmpty();
        assertThat(vm.titleProperty().get()).isEmpty();

        LevelReviewViewModel deciding = opened(t);
        t.background.runAll();
        deciding.confirm(row(deciding, "Anna K.", "Bird-dog"));
        deciding.clear();
        t.background.runAll();
        assertThat(deciding.rowsProperty()).isEmpty();
        deciding.confirmAllHolds();
        assertThat(t.background.queued()).as("nobody decides after the screen is left").isZero();
    }

    @Test
    void inGermanTheRowsAndTitleAreGerman() {
        UiTestContext german = new UiTestContext(gym.clock, Locale.GERMAN);
        LevelReviewViewModel vm = opened(german);
        german.background.runAll();

        assertThat(vm.titleProperty().get()).isEqualTo("Stufen nach Back Basics, 17:00");
        assertThat(vm.rowsProperty().getFirst()).extracting(ReviewRow::exercise, ReviewRow::change, ReviewRow::reason)
                .containsExactly("Vierfüßler-Diagonale (Bird-Dog)", "Stufe 2 → 3", "Wenig Schmerz, volle Dosis, gut machbar");
    }
}
