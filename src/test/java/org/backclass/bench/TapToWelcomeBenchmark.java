package org.backclass.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import org.backclass.app.Kiosk;
import org.backclass.app.KioskOptions;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.store.Database;
import org.backclass.store.JdbcMemberStore;

/**
 * Tap-to-welcome latency through the real composition root, headless: from the reader event
 * (a simulated tap) through the durable SQLite commit (WAL, synchronous=FULL), the event,
 * the one FX-thread hop and the welcome screen's layout, to the JavaFX pulse that lays out
 * the welcome screen with the member's name (the frame handed to the renderer).
 *
 * <p>Run: {@code ./mvnw -B -Pbench -DskipTests verify} (see README).
 */
public final class TapToWelcomeBenchmark {

    private static final int WARMUP = 50;

    public static void main(String[] args) throws Exception {
        int taps = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("backclass-bench");
        Path dbFile = dir.resolve("backclass.db");
        String[] uids = seedMembers(dbFile, WARMUP + taps);

        KioskConfig config = ConfigLoader.defaults(dir).withDatabasePath(dbFile)
                .withApi(new KioskConfig.Api(false, "127.0.0.1", 0, 1 << 20))
                .withScreen(new KioskConfig.Screen(false, 1280, 800, java.time.Duration.ofMinutes(5)));
        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config, true, true, true))) {
            Scene scene = kiosk.scene().orElseThrow();
            AtomicReference<String> expected = new AtomicReference<>();
            AtomicReference<CountDownLatch> shown = new AtomicReference<>();
            AtomicLong shownAt = new AtomicLong();
            javafx.application.Platform.runLater(() -> scene.addPostLayoutPulseListener(() -> {
                String want = expected.get();
                Node n = scene.lookup("#welcome-name");
                if (want != null && n instanceof Labeled l && n.isVisible() && want.equals(l.getText())) {
                    shownAt.set(System.nanoTime());
                    expected.set(null);
                    shown.get().countDown();
                }
            }));

            double[] total = new double[taps];
            double[] commit = new double[taps];
            for (int i = 0; i < WARMUP + taps; i++) {
                CountDownLatch latch = new CountDownLatch(1);
                shown.set(latch);
                expected.set(String.format("Bench%04d T.", i));
                long t0 = System.nanoTime();
                CheckInOutcome outcome = kiosk.simulatedTaps().tap(uids[i], RawCardFormat.HEX);
                long committed = System.nanoTime();
                if (!(outcome instanceof CheckInOutcome.CheckedIn)) {
                    throw new IllegalStateException("tap " + i + " gave " + outcome.code());
                }
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("welcome screen for tap " + i + " never rendered");
                }
                if (i >= WARMUP) {
                    total[i - WARMUP] = (shownAt.get() - t0) / 1e6;
                    commit[i - WARMUP] = (committed - t0) / 1e6;
                }
            }
            System.out.println("Tap-to-welcome latency (" + taps + " taps after " + WARMUP + " warm-up taps)");
            System.out.println("  machine: " + BenchReport.machine() + ", JavaFX headless (Monocle, software pipeline)");
            System.out.println("  " + BenchReport.summary("reader event -> durable commit", commit));
            System.out.println("  " + BenchReport.summary("reader event -> welcome frame", total));
            System.out.println("  startup: first idle frame " + kiosk.firstIdleFrameMillis() + " ms after JVM start");
        }
    }

    private static String[] seedMembers(Path dbFile, int count) {
        String[] uids = new String[count];
        try (Database db = Database.open(dbFile, "bench")) {
            JdbcMemberStore members = new JdbcMemberStore(db, Clock.systemUTC());
            for (int i = 0; i < count; i++) {
                Member m = members.create(new NewMember(new MemberName(String.format("Bench%04d", i), "Tester"),
                        null, null));
                uids[i] = String.format("B0%06X", i);
                members.enrolCard(m.id(), CardKey.iso14443a(HexFormat.of().parseHex(uids[i])));
            }
        }
        return uids;
    }
}
