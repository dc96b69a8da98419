package org.backclass.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.stage.Stage;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.programme.Programme;
import org.backclass.session.Participant;
import org.backclass.session.SessionPlan;
import org.backclass.session.SessionPlans;
import org.backclass.ui.FontScale;
import org.backclass.ui.player.CataloguePlayerContent;
import org.backclass.ui.player.PlayerState;
import org.backclass.ui.player.MediaProblems;
import org.backclass.ui.player.PlayerView;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.player.PosterKey;
import org.backclass.ui.support.Messages;

/**
 * The class player with its real demo clips, headless (Monocle, software pipeline): a shipped
 * programme from {@code kiosk-config/} with {@link CataloguePlayerContent} over {@code media/},
 * shown in a 1280x800 stage. Three measurements, in this order so that memory is not polluted by
 * the others:
 *
 * <ol>
 *   <li><b>Resident memory after a full class.</b> The whole class runs on a fake clock (one
 *       second of class time per FX pulse, about 60x) so that every clip of the class is loaded,
 *       played and disposed through the real {@code DemoVideo}; then the view is disposed,
 *       {@code System.gc()} runs and VmRSS (and VmHWM) from {@code /proc/self/status} and the
 *       heap in use are read. RSS is read again at the very end, after all switches.</li>
 *   <li><b>Exercise switch latency.</b> Real clock. Before each command the class is moved to the
 *       last work step of the current exercise (so the next exercise is the next-up one and its
 *       clip is preloaded, as in a real class) and left to run for a dwell time. The command is
 *       one FX-thread action that calls {@code next()} until the shown exercise changes (across
 *       the rest in between); <b>t0</b> is taken on the FX thread immediately before the first
 *       {@code next()}. <b>t1</b> is the first post-layout pulse at which {@code #player-video}
 *       holds a different {@link MediaPlayer} that is {@code PLAYING} with {@code currentTime > 0}
 *       and the MediaView is visible, i.e. the pulse whose render pass draws a decoded frame of
 *       the new clip. At the end of the programme a fresh class is started (not timed).</li>
 *   <li><b>Frame pacing.</b> Real clock, the view's own timer ticking the class, video playing;
 *       an instructor "next" every {@code skipEvery} seconds so the window includes clip
 *       switches. An {@link AnimationTimer} records {@code System.nanoTime()} at every pulse;
 *       reported: frames, nominal interval (1/60 s), share of intervals above 1.5x nominal, p99.</li>
 * </ol>
 *
 * <p>The simulated class runs twice, so a leak shows as RSS still climbing after the second.
 *
 * <p>Args (all optional): switches (120), pacing seconds (90), programme id (strong-back-course),
 * dwell ms before each switch (600), skip every seconds for pacing (15). Run from the project
 * directory with the Monocle properties (see README).
 */
public final class PlayerBenchmark {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final long SECOND = 1_000_000_000L;
    private static final double NOMINAL_MS = 1000.0 / 60;

    private final Content content;
    private final Programme programme;
    private final CataloguePlayerContent media;
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final List<Participant> participants;
    private final MediaProblems problems = new MediaProblems();
    private Scene scene;
    private StackPane holder;
    private PlayerView view;
    private PlayerViewModel vm;

    private PlayerBenchmark(String programmeId) {
        content = ContentLoader.load(Path.of("kiosk-config"));
        programme = content.programmes().stream().filter(p -> p.id().equals(programmeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no programme " + programmeId));
        media = new CataloguePlayerContent(content.catalogue(), Locale.ENGLISH, Path.of("media"));
        participants = new ArrayList<>();
        String[] names = {"Anna K.", "Ben O.", "Carla M.", "Dieter S.", "Eva L.", "Frank W."};
        for (int i = 0; i < names.length; i++) {
            Map<String, Integer> levels = new HashMap<>();
            for (Exercise e : content.catalogue().all()) {
                int n = e.levels().size();
                levels.put(e.id(), e.levels().get((i + e.id().length()) % n).level());
            }
            participants.add(new Participant(new UUID(0, i + 1), names[i], levels));
        }
    }

    public static void main(String[] args) throws Exception {
        int switches = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int pacingSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 90;
        String programmeId = args.length > 2 ? args[2] : "strong-back-course";
        long dwellMs = args.length > 3 ? Long.parseLong(args[3]) : 600;
        int skipEvery = args.length > 4 ? Integer.parseInt(args[4]) : 15;

        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);

        PlayerBenchmark b = new PlayerBenchmark(programmeId);
        b.onFx(() -> {
            b.holder = new StackPane();
            b.holder.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", FontScale.rootFontPx(WIDTH, HEIGHT)));
            b.scene = new Scene(b.holder, WIDTH, HEIGHT);
            b.scene.getStylesheets().add(PlayerView.class.getResource("/org/backclass/ui/kiosk.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(b.scene);
            stage.show();
            return null;
        });
        awaitPulses(30); // the stage is up and rendering before the baseline is read
        long rssBaseline = rssKb("VmRSS");

        String memory = b.memory();
        long rssAfterClass = rssKb("VmRSS");
        String memory2 = b.memory(); // a second class: does resident memory keep growing?
        long rssAfterClass2 = rssKb("VmRSS");
        double[] latencies = b.switchLatency(switches, dwellMs);
        String pacing = b.pacing(pacingSeconds, skipEvery);
        b.onFx(() -> {
            b.dispose();
            return null;
        });
        gc();
        long rssEnd = rssKb("VmRSS");

        System.out.println("Class player with demo video: " + b.programme.id() + ", " + b.participants.size()
                + " participants, 1280x800");
        System.out.println("  machine: " + BenchReport.machine() + ", JavaFX "
                + System.getProperty("javafx.runtime.version") + " headless (Monocle, software pipeline)");
        System.out.println("  memory: " + memory);
        System.out.println("  memory, second class: " + memory2);
        System.out.printf(Locale.ROOT, "  memory: RSS %d MiB with the toolkit up and an empty stage; %d MiB after the"
                + " first simulated class, %d MiB after the second; %d MiB at the end (after %d more switches and"
                + " the pacing run)%n", rssBaseline / 1024, rssAfterClass / 1024, rssAfterClass2 / 1024,
                rssEnd / 1024, latencies.length);
        System.out.println("  " + BenchReport.summary("switch: next -> first video frame", latencies));
        System.out.println("  " + pacing);
        if (!b.problems.problemsProperty().isEmpty()) {
            System.out.println("  video problems reported: " + List.copyOf(b.problems.problemsProperty()));
        }
        Platform.exit();
        System.exit(0);
    }

    // --- 1. resident memory after a full simulated class ---

    private String memory() throws Exception {
        AtomicLong fake = new AtomicLong(1_000 * SECOND);
        Set<String> shown = new HashSet<>();
        Set<String> played = new HashSet<>();
        CountDownLatch over = new CountDownLatch(1);
        AtomicReference<AnimationTimer> clock = new AtomicReference<>();
        long t0 = System.nanoTime();
        onFx(() -> {
            build(fake::get);
            MediaView mv = (MediaView) scene.lookup("#player-video");
            mv.mediaPlayerProperty().addListener((obs, was, mp) -> {
                if (mp != null) {
                    String src = mp.getMedia().getSource();
                    shown.add(src);
                    mp.statusProperty().addListener((o, w, s) -> {
                        if (s == MediaPlayer.Status.PLAYING) {
                            played.add(src);
                        }
                    });
                    if (mp.getStatus() == MediaPlayer.Status.PLAYING) {
                        played.add(src);
                    }
                }
            });
            vm.start();
            view.start();
            AnimationTimer t = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    fake.addAndGet(SECOND);
                    if (vm.stateProperty().get() == PlayerState.FINISHED) {
                        stop();
                        over.countDown();
                    }
                }
            };
            clock.set(t);
            t.start();
            return null;
        });
        if (!over.await(15, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the simulated class never finished");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        onFx(() -> {
            dispose();
            return null;
        });
        gc();
        long rss = rssKb("VmRSS");
        long hwm = rssKb("VmHWM");
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "after a full simulated class (%.0f s of class time in %.1f s, %d clips"
                + " shown, %d reached PLAYING), view disposed, System.gc(): RSS %d MiB (peak VmHWM %d MiB),"
                + " heap used %.1f MiB", (fake.get() - 1_000 * SECOND) / 1e9, seconds, shown.size(), played.size(),
                rss / 1024, hwm / 1024, heap / 1048576.0);
    }

    // --- 2. switch latency ---

    private double[] switchLatency(int count, long dwellMs) throws Exception {
        AtomicReference<MediaPlayer> old = new AtomicReference<>();
        AtomicReference<CountDownLatch> latch = new AtomicReference<>();
        AtomicLong t1 = new AtomicLong();
        onFx(() -> {
            build(System::nanoTime);
            startAtFirstExercise();
            scene.addPostLayoutPulseListener(() -> {
                CountDownLatch l = latch.get();
                if (l == null) {
                    return;
                }
                MediaView mv = (MediaView) scene.lookup("#player-video");
                MediaPlayer mp = mv == null ? null : mv.getMediaPlayer();
                if (mp != null && mp != old.get() && mv.isVisible() && mp.getStatus() == MediaPlayer.Status.PLAYING
                        && mp.getCurrentTime().toMillis() > 0) {
                    t1.set(System.nanoTime());
                    latch.set(null);
                    l.countDown();
                }
            });
            return null;
        });
        double[] out = new double[count];
        int warmup = 5;
        for (int i = -warmup; i < count; i++) {
            // Prepare: a class whose current exercise has a next one, moved to its last work step.
            onFx(() -> {
                if (nextExercise() == null) {
                    build(System::nanoTime);
                    startAtFirstExercise();
                }
                PosterKey now = vm.posterProperty().get();
                while (vm.nextPosterProperty().get() != null && now != null
                        && vm.nextPosterProperty().get().exerciseId().equals(now.exerciseId())) {
                    vm.next();
                }
                return null;
            });
            // Let the current clip play as it would in class before the next switch (real time on purpose).
            Thread.sleep(dwellMs);
            CountDownLatch l = new CountDownLatch(1);
            long t0 = onFx(() -> {
                MediaView mv = (MediaView) scene.lookup("#player-video");
                old.set(mv.getMediaPlayer());
                latch.set(l);
                String from = vm.posterProperty().get().exerciseId();
                long start = System.nanoTime();
                do {
                    vm.next();
                } while (vm.stateProperty().get() != PlayerState.FINISHED && (vm.posterProperty().get() == null
                        || vm.posterProperty().get().exerciseId().equals(from)));
                return start;
            });
            if (!l.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("switch " + i + " never showed a video frame");
            }
            if (i >= 0) {
                out[i] = (t1.get() - t0) / 1e6;
            }
        }
        onFx(() -> {
            dispose();
            return null;
        });
        return out;
    }

    /** The exercise after the current one, or null at the end of the class. */
    private String nextExercise() {
        PosterKey now = vm.posterProperty().get();
        if (now == null || vm.stateProperty().get() == PlayerState.FINISHED) {
            return null;
        }
        PosterKey next = vm.nextPosterProperty().get();
        if (next != null && !next.exerciseId().equals(now.exerciseId())) {
            return next.exerciseId();
        }
        // nextUp is the same exercise: is there any exercise after it? Look at the plan order.
        List<String> order = exerciseOrder();
        int at = order.lastIndexOf(now.exerciseId());
        return at >= 0 && at + 1 < order.size() ? order.get(at + 1) : null;
    }

    private List<String> exerciseOrder() {
        List<String> ids = new ArrayList<>();
        for (var item : programme.items()) {
            if (item instanceof org.backclass.domain.programme.ProgrammeItem.ExerciseBlock block) {
                ids.add(block.exerciseId());
            }
        }
        return ids;
    }

    private void startAtFirstExercise() {
        vm.start();
        view.start();
        while (vm.posterProperty().get() == null) {
            vm.next();
        }
    }

    // --- 3. frame pacing ---

    private String pacing(int seconds, int skipEvery) throws Exception {
        int capacity = seconds * 240 + 1000;
        long[] stamps = new long[capacity];
        int[] n = {0};
        Set<MediaPlayer> players = new HashSet<>();
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (n[0] < stamps.length) {
                    stamps[n[0]++] = System.nanoTime();
                }
                MediaView mv = (MediaView) scene.lookup("#player-video");
                if (mv != null && mv.getMediaPlayer() != null) {
                    players.add(mv.getMediaPlayer());
                }
            }
        };
        onFx(() -> {
            build(System::nanoTime);
            startAtFirstExercise();
            return null;
        });
        awaitVideoPlaying();
        onFx(() -> {
            recorder.start();
            return null;
        });
        long end = System.nanoTime() + seconds * SECOND;
        long nextSkip = System.nanoTime() + skipEvery * SECOND;
        while (System.nanoTime() < end) {
            // Real time on purpose: pacing is measured while the class plays at its own speed.
            Thread.sleep(50);
            if (skipEvery > 0 && System.nanoTime() >= nextSkip) {
                nextSkip += skipEvery * SECOND;
                onFx(() -> {
                    if (vm.stateProperty().get() != PlayerState.FINISHED) {
                        vm.next();
                    }
                    return null;
                });
            }
        }
        onFx(() -> {
            recorder.stop();
            dispose();
            return null;
        });
        int frames = n[0];
        double[] intervals = new double[frames - 1];
        int late = 0;
        for (int i = 1; i < frames; i++) {
            intervals[i - 1] = (stamps[i] - stamps[i - 1]) / 1e6;
            if (intervals[i - 1] > 1.5 * NOMINAL_MS) {
                late++;
            }
        }
        double[] sorted = intervals.clone();
        java.util.Arrays.sort(sorted);
        double mean = (stamps[frames - 1] - stamps[0]) / 1e6 / (frames - 1);
        return String.format(Locale.ROOT, "pacing: %d s with video (%d clips played, next every %d s): %d frames,"
                + " nominal %.1f ms, mean %.2f ms, late (> %.1f ms) %d = %.2f %%, p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms", seconds, players.size(), skipEvery, frames, NOMINAL_MS, mean, 1.5 * NOMINAL_MS,
                late, 100.0 * late / intervals.length, BenchReport.percentile(sorted, 50),
                BenchReport.percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    // --- plumbing ---

    /** A fresh class and player view on screen; the previous one is disposed. FX thread. */
    private void build(LongSupplier nanos) {
        dispose();
        SessionPlan plan = SessionPlans.fromProgramme(programme, content.catalogue(), Locale.ENGLISH, participants);
        vm = new PlayerViewModel(plan, nanos, messages, media, CountdownTones.NONE);
        view = new PlayerView(vm, messages, media, media, problems);
        holder.getChildren().setAll(view.node());
    }

    private void dispose() {
        if (view != null) {
            view.dispose();
            holder.getChildren().clear();
            view = null;
            vm = null;
        }
    }

    /** Waits (at most 10 s) until the first clip is decoded and playing, instead of guessing a delay. */
    private void awaitVideoPlaying() throws Exception {
        long deadline = System.nanoTime() + 10 * SECOND;
        while (!onFx(() -> scene.lookup("#player-video") instanceof MediaView mv && mv.getMediaPlayer() != null
                && mv.getMediaPlayer().getStatus() == MediaPlayer.Status.PLAYING)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the first clip never started playing");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
    }

    /** Full collections until a fresh sentinel object has been collected, three times over. */
    private static void gc() {
        for (int i = 0; i < 3; i++) {
            java.lang.ref.WeakReference<Object> sentinel = new java.lang.ref.WeakReference<>(new Object());
            while (sentinel.get() != null) {
                System.gc();
            }
        }
    }

    /** Waits until the FX pulse has run {@code count} times. */
    private static void awaitPulses(int count) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(count);
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
            }
        };
        Platform.runLater(counter::start);
        if (!pulses.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX pulse does not run");
        }
        Platform.runLater(counter::stop);
    }

    private static long rssKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
