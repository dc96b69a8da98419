package org.backclass.ui.instructor;

import org.backclass.domain.staff.ActedBy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.UiTestContext.START;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;
import org.backclass.domain.timetable.TimetableSlot;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcRosterQueries;
import org.backclass.testing.TestGym;
import org.backclass.ui.player.MediaProblem;
import org.backclass.ui.player.MediaProblems;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstructorViewModelTest {

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private InstructorViewModel vm;
    private UUID session;
    private final List<UUID> started = new ArrayList<>();

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, START);
        t = new UiTestContext(gym.clock);
        session = gym.classAt("Back Basics", today(18, 0), "Studio 2");
        gym.memberWithCard("Anna", "Kowalski", "041A2B3C4D5E6F");
        gym.memberWithCard("Bernd", "Vogel", "8B6566B9");
        InstructorServices services = new InstructorServices(new PinUnlock(null, t.clock::instant),
                new JdbcRosterQueries(gym.db), new JdbcClassResults(gym.db), ExerciseCatalogue.empty(), List.of(),
                dir.resolve("media"), System::nanoTime, CountdownTones.NONE, null,
                new ProgressServices(new org.backclass.store.JdbcAdherenceQueries(gym.db,
                        org.backclass.domain.progress.adherence.AdherencePlan.defaults()),
                        new org.backclass.store.JdbcRedFlagStore(gym.db, gym.clock), null,
                        org.backclass.domain.progress.progression.ProgressionRules.defaults(), null));
        vm = new InstructorViewModel(t.context, gym.timetable, services, new MediaProblems(),
                (id, plan) -> started.add(id));
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    @Test
    void loadsTodaysClassesWithTheRosterOnTheBackgroundExecutor() {
        CheckInOutcome.CheckedIn anna = (CheckInOutcome.CheckedIn) gym.tap("041A2B3C4D5E6F");
        gym.painReports.reportAtCheckIn(anna.attendance().memberId(), anna.attendance().id(), 4);
        gym.tap("8B6566B9");
        new JdbcClassResults(gym.db).recordRoutine(START.minus(java.time.Duration.ofDays(3)), List.of(
                new org.backclass.domain.progress.ExercisePerformed(anna.attendance().memberId(), "bird-dog", 3,
                        org.backclass.domain.progress.Completion.COMPLETED)));

        vm.load();
        assertThat(vm.stateProperty().get()).isEqualTo(InstructorViewModel.State.LOADING);
        assertThat(vm.classesProperty()).isEmpty();
        assertThat(t.background.queued()).isEqualTo(1);

        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(InstructorViewModel.State.READY);
        assertThat(vm.classesProperty()).hasSize(1);
        TodaysClass todays = vm.classesProperty().get(0);
        assertThat(todays.session().id()).isEqualTo(session);
        assertThat(todays.startTime()).isEqualTo("18:00");
        assertThat(todays.roster()).extracting(e -> e.shortName() + " " + e.painAtCheckIn())
                // Tap order is the store's job (JdbcRosterQueriesTest); both tapped at the same instant here.
                .containsExactlyInAnyOrder("Anna K. 4", "Bernd V. null");
        assertThat(todays.startable()).isFalse();
        assertThat(todays.levelsOf(anna.attendance().memberId())).as("the levels she last worked at")
                .isEqualTo(java.util.Map.of("bird-dog", 3));
        assertThat(todays.roster()).filteredOn(e -> e.shortName().equals("Bernd V."))
                .allSatisfy(e -> assertThat(todays.levelsOf(e.memberId())).isEmpty());
    }

    @Test
    void clearForgetsTheRosterAndDropsALoadStillRunning() {
        gym.tap("041A2B3C4D5E6F");

        vm.load();
        vm.clear();
        t.background.runAll();

        assertThat(vm.classesProperty()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(InstructorViewModel.State.LOADING);
        assertThat(started).isEmpty();
    }

    @Test
    void missingDemoMediaOfTodaysProgrammesAreListedForTheInstructor() throws Exception {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        Programme starter = content.programmes().stream().filter(p -> p.id().equals("starter-routine"))
                .findFirst().orElseThrow();
        Path media = Files.createDirectories(dir.resolve("media"));
        // every file the programme needs but one clip
        List<String> needed = new ArrayList<>();
        for (ProgrammeItem item : starter.items()) {
            if (item instanceof ProgrammeItem.ExerciseBlock block) {
                content.catalogue().find(block.exerciseId()).orElseThrow().levels().stream()
                        .filter(l -> block.fixedLevel() == null || block.fixedLevel() == l.level())
                        .forEach(l -> {
                            needed.add(l.demo() + ".mp4");
                            needed.add(l.demo() + ".png");
                        });
            }
        }
        String gap = needed.get(2);
        for (String file : needed) {
            if (!file.equals(gap)) {
                Files.writeString(media.resolve(file), "x");
            }
        }
        gym.timetable.applyConfiguredTimetable(List.of(new TimetableSlot("starter", "Starter class",
                "starter-routine", today(18, 0).atZone(TestGym.ZONE).getDayOfWeek(), LocalTime.of(19, 0),
                "Studio 1", "Eva", 10)), id -> Duration.ofMinutes(30));
        InstructorServices services = new InstructorServices(new PinUnlock(null, t.clock::instant),
                new JdbcRosterQueries(gym.db), new JdbcClassResults(gym.db), content.catalogue(),
                content.programmes(), media, System::nanoTime, CountdownTones.NONE, null,
                new ProgressServices(new org.backclass.store.JdbcAdherenceQueries(gym.db,
                        org.backclass.domain.progress.adherence.AdherencePlan.defaults()),
                        new org.backclass.store.JdbcRedFlagStore(gym.db, gym.clock), null,
                        org.backclass.domain.progress.progression.ProgressionRules.defaults(), null));
        MediaProblems problems = new MediaProblems();
        InstructorViewModel withMedia = new InstructorViewModel(t.context, gym.timetable, services, problems,
                (id, plan) -> started.add(id));

        withMedia.load();
        t.background.runAll();

        assertThat(withMedia.mediaProblemsProperty()).containsExactly(MediaProblem.missing(gap));
        withMedia.load();
        t.background.runAll();
        assertThat(withMedia.mediaProblemsProperty()).as("listed once").hasSize(1);
    }

    @Test
    void offersTheLastClosedClassForReviewAndKnowsWhoUnlocked() {
        var proposals = new org.backclass.domain.progress.review.ProposalService(
                new org.backclass.store.JdbcSessionReviewQueries(gym.db),
                new org.backclass.store.JdbcLevelDecisions(gym.db), ExerciseCatalogue.empty(),
                id -> java.util.Optional.empty(),
                new org.backclass.domain.progress.progression.ProgressionEngine(), gym.clock);
        InstructorServices services = new InstructorServices(new PinUnlock(null, t.clock::instant),
                new JdbcRosterQueries(gym.db), new JdbcClassResults(gym.db), ExerciseCatalogue.empty(), List.of(),
                dir.resolve("media"), System::nanoTime, CountdownTones.NONE, null,
                new ProgressServices(null, null, null,
                        org.backclass.domain.progress.progression.ProgressionRules.defaults(), proposals));
        InstructorViewModel withReview = new InstructorViewModel(t.context, gym.timetable, services,
                new MediaProblems(), (id, plan) -> started.add(id));

        withReview.load();
        t.background.runAll();
        assertThat(withReview.reviewableProperty().get()).as("no class closed yet").isNull();

        CheckInOutcome.CheckedIn anna = (CheckInOutcome.CheckedIn) gym.tap("041A2B3C4D5E6F");
        new JdbcClassResults(gym.db).closeSession(session, today(19, 0), List.of(
                new org.backclass.domain.progress.ExercisePerformed(anna.attendance().memberId(), "bird-dog", 2,
                        org.backclass.domain.progress.Completion.COMPLETED)));
        withReview.load();
        t.background.runAll();

        assertThat(withReview.reviewableProperty().get()).isNotNull()
                .satisfies(r -> assertThat(r.sessionId()).isEqualTo(session));
        assertThat(withReview.classesProperty()).as("a closed class cannot be started").isEmpty();

        UUID eva = UUID.randomUUID();
        withReview.unlock(org.backclass.domain.staff.ActedBy.staffCard(eva));
        withReview.clear();
        assertThat(withReview.reviewableProperty().get()).isNull();
        assertThat(withReview.unlockedBy().staffMemberId()).as("kept while in instructor mode").isEqualTo(eva);
        withReview.lock();
        assertThat(withReview.unlockedBy()).isNull();
    }
}
