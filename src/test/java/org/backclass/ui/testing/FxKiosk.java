package org.backclass.ui.testing;

import static org.backclass.ui.testing.UiTestContext.START;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.staff.PinHash;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.store.JdbcAdherenceQueries;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.domain.progress.outcome.OutcomeSchedule;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcMyProgressQueries;
import org.backclass.domain.progress.mine.MinimalImportantChange;
import org.backclass.ui.mine.MyProgressServices;
import org.backclass.ui.feedback.AfterClass;
import org.backclass.store.JdbcRedFlagStore;
import org.backclass.store.JdbcRosterQueries;
import org.backclass.store.Database;
import org.backclass.testing.MutableClock;
import org.backclass.testing.TestGym;
import org.backclass.ui.DemoTaps;
import org.backclass.ui.FxThread;
import org.backclass.ui.KioskUi;
import org.backclass.ui.UiServices;
import org.backclass.ui.UiSettings;
import org.backclass.ui.instructor.Enrolment;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.instructor.ProgressServices;
import org.backclass.domain.progress.progression.ProgressionEngine;
import org.backclass.domain.progress.progression.ProgressionRules;
import org.backclass.domain.progress.review.ProposalService;
import org.backclass.store.JdbcLevelDecisions;
import org.backclass.store.JdbcSessionReviewQueries;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole kiosk for headless FX tests: a {@link TestGym} (real SQLite file, real stores and
 * services) with one class today at 18:00 ("Back Basics", Studio 2) and one member, Anna
 * Kowalski, with a card; and a {@link KioskUi} in its own window, fed by the gym's events.
 * The clock stands at 17:55 and moves only when the test moves it. The JUnit thread plays
 * the card reader.
 */
public final class FxKiosk implements AutoCloseable {

    public static final String FULL_NAME = "Anna Kowalski";
    public static final String SHORT_NAME = "Anna K.";
    /** Anna's card UID as a reader writes it in {@code hex} format. */
    public static final String ANNAS_UID = "041A2B3C4D5E6F";
    /** A card UID nobody has enrolled, {@code hex} format. */
    public static final String UNKNOWN_UID = "11223344";
    public static final CardKey ANNAS_CARD = CardKey.iso14443a(HexFormat.of().parseHex(ANNAS_UID));
    public static final CardKey UNKNOWN_CARD = CardKey.iso14443a(HexFormat.of().parseHex(UNKNOWN_UID));
    /** The instructor's staff card (Eva Sommer), {@code hex} format. */
    public static final String STAFF_UID = "04E5A0B1C2D380";
    public static final CardKey STAFF_CARD = CardKey.iso14443a(HexFormat.of().parseHex(STAFF_UID));

    /** The name of the thread the UI's background executor runs work on. */
    public static final String BACKGROUND_THREAD = "ui-test-background";

    /** The gym behind the screens; its check-in service publishes to {@link #events}. */
    public final TestGym gym;
    public final MutableClock clock;
    public final Database db;
    public final UUID annaId;
    public final KioskEvents events;
    /** Between the "reader" ({@link #tap}) and the check-in, as in the app: enrolment takes reads here. */
    public final CardCapture capture = new CardCapture();
    /** What the screens are told about the card readers; a test may replace it. */
    public volatile List<ReaderStatus> readers = List.of();
    private final JdbcRedFlagStore redFlagStore;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, BACKGROUND_THREAD);
        t.setDaemon(true);
        return t;
    });
    private KioskUi ui;
    private Stage stage;
    private PinHash instructorPin;
    private ExerciseCatalogue catalogue = ExerciseCatalogue.empty();
    private List<Programme> programmes = List.of();
    private Path mediaDir;
    private OutcomeService outcomes;

    public FxKiosk(Path dir) {
        gym = new TestGym(dir, START);
        clock = gym.clock;
        db = gym.db;
        events = gym.events;
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        annaId = gym.memberWithCard("Anna", "Kowalski", ANNAS_UID).id();
        gym.staffWithCard("Eva", "Sommer", STAFF_UID);
        mediaDir = dir.resolve("media");
        redFlagStore = new JdbcRedFlagStore(db, clock);
    }

    /** Instructor mode: unlocked by this PIN (null: none set), building classes from this content. Before create. */
    public FxKiosk withInstructor(PinHash pin, ExerciseCatalogue exercises, List<Programme> classProgrammes) {
        instructorPin = pin;
        catalogue = exercises;
        programmes = classProgrammes;
        return this;
    }

    /** The progress check at tap-in (GLA:D schedule, default windows), stored in the gym's file. Before create. */
    public FxKiosk withOutcomes() {
        outcomes = new OutcomeService(new JdbcOutcomeStore(db, clock),
                new OutcomeSchedule(AdherencePlan.DEFAULT_COURSE_WEEKS, OutcomeWindows.defaults()), clock);
        return this;
    }

    /** Adds a one-off class today at {@code hour:minute} (kiosk zone). */
    public void addClass(String name, int hour, int minute, String room) {
        gym.classAt(name, today(hour, minute), room);
    }

    public static UiSettings windowed(Locale locale, Duration idleTimeout, int width, int height) {
        return new UiSettings(locale, idleTimeout, false, width, height, false);
    }

    /** Progression proposals on the gym's file, with this kiosk's content. */
    private ProposalService proposals() {
        List<Programme> content = programmes;
        return new ProposalService(new JdbcSessionReviewQueries(db), new JdbcLevelDecisions(db), catalogue,
                id -> content.stream().filter(p -> p.id().equals(id)).findFirst(), new ProgressionEngine(), clock);
    }

    /** Builds the UI and subscribes it to the events, without showing it. */
    public KioskUi create(UiSettings settings) {
        return create(settings, null);
    }

    /** As {@link #create(UiSettings)}, with demo taps (null: not a demo). */
    public KioskUi create(UiSettings settings, DemoTaps demoTaps) {
        JdbcClassResults classResults = new JdbcClassResults(db);
        InstructorServices instructor = new InstructorServices(new PinUnlock(instructorPin, clock::instant),
                new JdbcRosterQueries(db), classResults, catalogue, programmes, mediaDir, System::nanoTime,
                CountdownTones.NONE, new Enrolment(capture, gym.members),
                new ProgressServices(new JdbcAdherenceQueries(db, AdherencePlan.defaults()), redFlagStore,
                        new AfterClass(capture, gym.members, gym.consent, new JdbcClassFeedbackStore(db, clock)),
                        ProgressionRules.defaults(), proposals()));
        ui = new KioskUi(settings, new UiServices(clock, gym.timetable, gym.painReports, background, demoTaps,
                instructor, () -> readers, new RedFlagService(redFlagStore, events), outcomes,
                new MyProgressServices(new JdbcMyProgressQueries(db, classResults, AdherencePlan.DEFAULT_COURSE_WEEKS,
                        clock.getZone()), catalogue, MinimalImportantChange.defaults())), new FxThread());
        events.subscribe(ui.eventListener());
        return ui;
    }

    /** Builds the UI, subscribes it to the events and shows it in a new window. */
    public KioskUi show(UiSettings settings) {
        return show(settings, null);
    }

    /** As {@link #show(UiSettings)}, with demo taps (null: not a demo). */
    public KioskUi show(UiSettings settings, DemoTaps demoTaps) {
        create(settings, demoTaps);
        stage = onFx(() -> {
            Stage s = new Stage();
            ui.show(s);
            return s;
        });
        return ui;
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return onFx(ui::scene);
    }

    /** Waits until everything handed to the (single-threaded) background executor so far has run. */
    public void drainBackground() {
        try {
            background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("background executor did not drain", e);
        }
    }

    /** Presents a card as a reader would, on the calling (non-FX) thread. */
    public CheckInOutcome tap(CardKey card) {
        return capture.routing(gym.checkIn::checkIn).apply(CardRead.of("test-reader", card));
    }

    /** Waits until a node with this id is in the scene graph. */
    public void waitForNode(String id) {
        waitFor(() -> lookup(id) != null);
    }

    /** The node with this id in the scene graph, or null; call from the test thread. */
    public Node lookup(String id) {
        return onFx(() -> lookupOnFx(id));
    }

    /** The node with this id in the scene graph, or null; call on the FX thread. */
    public Node lookupOnFx(String id) {
        return ui.scene().getRoot().lookup("#" + id);
    }

    public static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
    }

    /** Runs on the FX thread and waits for the result. */
    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX work failed", e);
        }
    }

    @Override
    public void close() {
        if (stage != null) {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
        background.shutdownNow();
        try {
            // A write still running would recreate the SQLite files after the folder is emptied.
            if (!background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("background work did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        gym.close();
    }
}
