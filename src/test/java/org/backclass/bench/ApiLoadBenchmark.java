package org.backclass.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
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
 * The staff API under load while the kiosk UI runs: the real composition root in demo mode with
 * the JavaFX UI on headless Monocle and today's attendance of {@value #CHECK_INS} check-ins,
 * then {@code connections} clients (100 by default), each on its own kept-alive loopback
 * connection, asking {@code GET /api/v1/attendance} (today) as fast as they get answers for
 * {@code seconds} (20 by default). Reports throughput, latency percentiles, errors, and the UI's
 * frame rate (pulses an {@link AnimationTimer} sees each second) before and during the load.
 *
 * <p>Clients speak HTTP/1.1 over plain sockets so that the client side costs as little CPU as
 * possible: on a 2-core machine it competes with the server and the UI for the same cores.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench -DskipTests verify} (see README).
 */
public final class ApiLoadBenchmark {

    private static final int CHECK_INS = 40;
    private static final int WARMUP_SECONDS = 3;
    private static final int QUIET_SECONDS = 5;

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Files.createTempDirectory("backclass-load-bench");
        Path dbFile = dir.resolve("backclass.db");
        String[] uids = seedMembers(dbFile, CHECK_INS);
        KioskConfig config = ConfigLoader.defaults(dir).withDatabasePath(dbFile)
                .withApi(new KioskConfig.Api(true, "127.0.0.1", 0, 1 << 20))
                .withScreen(new KioskConfig.Screen(false, 1280, 800, java.time.Duration.ofMinutes(5)));
        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config, true, true, true))) {
            for (String uid : uids) {
                CheckInOutcome outcome = kiosk.simulatedTaps().tap(uid, RawCardFormat.HEX);
                if (!(outcome instanceof CheckInOutcome.CheckedIn)) {
                    throw new IllegalStateException("seeding tap gave " + outcome.code());
                }
            }
            URI api = kiosk.apiUri().orElseThrow();
            String request = "GET /api/v1/attendance HTTP/1.1\r\nHost: " + api.getHost() + ":" + api.getPort()
                    + "\r\nAuthorization: Bearer " + kiosk.demoToken().orElseThrow()
                    + "\r\nAccept: application/json\r\n\r\n";
            int bodyBytes = probe(api, request);
            int todays = todaysCheckIns(api, kiosk.demoToken().orElseThrow());

            FrameCounter frames = FrameCounter.start();
            long quietStart = frames.awaitFrameAfter(System.nanoTime());
            long loadStart = frames.awaitFrameAfter(quietStart + QUIET_SECONDS * 1_000_000_000L);
            long measureStart = loadStart + WARMUP_SECONDS * 1_000_000_000L;
            long measureEnd = measureStart + seconds * 1_000_000_000L;
            Result result = Load.run(api, request, connections, measureStart, measureEnd);
            List<Long> quietFps = frames.perSecond(quietStart, loadStart);
            List<Long> loadedFps = frames.perSecond(measureStart, measureEnd);
            frames.stop();

            System.out.println("Staff API under load with the kiosk UI running (" + connections
                    + " kept-alive connections, " + seconds + " s after " + WARMUP_SECONDS + " s warm-up)");
            System.out.println("  machine: " + BenchReport.machine() + ", JavaFX headless (Monocle, software pipeline)");
            System.out.println("  request: GET /api/v1/attendance (today: " + todays + " check-ins, " + bodyBytes
                    + " bytes of JSON), staff token; clients and kiosk in one JVM on loopback");
            System.out.printf(Locale.ROOT, "  throughput: %,.0f req/s (%,d answered, %d errors)%n",
                    result.count() / result.seconds(), result.count(), result.errors());
            System.out.println("  " + BenchReport.summary("latency", result.latenciesMs()));
            System.out.println("  UI frames/s, quiet: " + fps(quietFps));
            System.out.println("  UI frames/s, under load: " + fps(loadedFps));
        }
    }

    private static String fps(List<Long> perSecond) {
        long min = perSecond.stream().mapToLong(Long::longValue).min().orElse(0);
        double avg = perSecond.stream().mapToLong(Long::longValue).average().orElse(0);
        return String.format(Locale.ROOT, "min %d, avg %.1f (per second: %s)", min, avg, perSecond);
    }

    /** How many check-ins today's attendance holds, read as a client would. */
    private static int todaysCheckIns(URI api, String token) throws Exception {
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            String body = http.send(java.net.http.HttpRequest.newBuilder(api.resolve("/api/v1/attendance"))
                    .header("Authorization", "Bearer " + token).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("items").size();
        }
    }

    /** One request on a fresh connection: checks the route answers 200 and returns the body's size. */
    private static int probe(URI api, String request) throws IOException {
        try (Connection c = new Connection(api)) {
            int[] status = new int[1];
            int size = c.exchange(request, status);
            if (status[0] != 200) {
                throw new IllegalStateException("the attendance route answered " + status[0]);
            }
            return size;
        }
    }

    record Result(long count, long errors, double seconds, double[] latenciesMs) {
    }

    /**
     * The clients: one platform thread and one kept-alive connection each, sending until
     * {@code measureEnd}; only answers to requests sent from {@code measureStart} on count.
     */
    private static final class Load {
        private final AtomicLong errors = new AtomicLong();
        private final long measureStart;
        private final long measureEnd;

        private Load(long measureStart, long measureEnd) {
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
        }

        static Result run(URI api, String request, int connections, long measureStart, long measureEnd)
                throws InterruptedException {
            Load load = new Load(measureStart, measureEnd);
            List<Thread> threads = new ArrayList<>();
            List<long[]> latencies = new ArrayList<>();
            int[] counts = new int[connections];
            for (int i = 0; i < connections; i++) {
                long[] mine = new long[1 << 18];
                latencies.add(mine);
                int index = i;
                threads.add(Thread.ofPlatform().name("load-" + i).daemon().start(
                        () -> counts[index] = load.client(api, request, mine)));
            }
            for (Thread t : threads) {
                t.join();
            }
            int total = Arrays.stream(counts).sum();
            double[] ms = new double[total];
            int k = 0;
            for (int i = 0; i < connections; i++) {
                for (int j = 0; j < counts[i]; j++) {
                    ms[k++] = latencies.get(i)[j] / 1e6;
                }
            }
            return new Result(total, load.errors.get(), (measureEnd - measureStart) / 1e9, ms);
        }

        /** Returns how many latencies it wrote into {@code mine}. */
        private int client(URI api, String request, long[] mine) {
            Connection c = null;
            int[] status = new int[1];
            int count = 0;
            for (long t0 = System.nanoTime(); t0 < measureEnd; t0 = System.nanoTime()) {
                boolean counted = t0 >= measureStart;
                try {
                    if (c == null) {
                        c = new Connection(api);
                    }
                    c.exchange(request, status);
                    long t = System.nanoTime() - t0;
                    if (counted && status[0] != 200) {
                        errors.incrementAndGet();
                    } else if (counted && count < mine.length) {
                        mine[count++] = t;
                    }
                } catch (IOException e) {
                    if (counted) {
                        errors.incrementAndGet();
                    }
                    closeQuietly(c);
                    c = null;
                }
            }
            closeQuietly(c);
            return count;
        }

        private static void closeQuietly(Connection c) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** A kept-alive HTTP/1.1 connection: a request out, the status and the whole body in. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] body = new byte[1 << 16];

        Connection(URI api) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(api.getHost(), api.getPort()), 5000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        /** Sends the request, reads the answer; returns the body's length. */
        int exchange(String request, int[] status) throws IOException {
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            status[0] = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            int size = 0;
            if (chunked) {
                for (int chunk = Integer.parseInt(line().strip(), 16); chunk > 0;
                        chunk = Integer.parseInt(line().strip(), 16)) {
                    skip(chunk);
                    size += chunk;
                    line();
                }
                line();
            } else if (length >= 0) {
                skip(length);
                size = length;
            }
            if (close) {
                throw new IOException("the server closed the connection");
            }
            return size;
        }

        private void skip(int n) throws IOException {
            for (int left = n; left > 0; ) {
                int read = in.read(body, 0, Math.min(left, body.length));
                if (read < 0) {
                    throw new IOException("connection closed mid-body");
                }
                left -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a socket the server already closed: nothing left to do.
            }
        }
    }

    /**
     * The UI's pulses, seen by an {@link AnimationTimer} (it runs once per pulse on the FX
     * thread): the time of each is kept, and frames per second are counted afterwards.
     */
    private static final class FrameCounter {
        private final long[] times = new long[1 << 16];
        private final AtomicLong count = new AtomicLong();
        private volatile long waitingFor = Long.MAX_VALUE;
        private volatile CountDownLatch reached = new CountDownLatch(1);
        private volatile long reachedAt;
        private AnimationTimer timer;

        static FrameCounter start() throws InterruptedException {
            FrameCounter counter = new FrameCounter();
            CountDownLatch started = new CountDownLatch(1);
            Platform.runLater(() -> {
                counter.timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        counter.frame(System.nanoTime());
                    }
                };
                counter.timer.start();
                started.countDown();
            });
            started.await();
            return counter;
        }

        private void frame(long now) {
            int i = (int) count.get();
            if (i < times.length) {
                times[i] = now;
                count.incrementAndGet();
            }
            if (now >= waitingFor) {
                waitingFor = Long.MAX_VALUE;
                reachedAt = now;
                reached.countDown();
            }
        }

        /** Waits for the first frame at or after {@code time} (System.nanoTime) and returns its time. */
        long awaitFrameAfter(long time) throws InterruptedException {
            CountDownLatch latch = new CountDownLatch(1);
            reached = latch;
            waitingFor = time;
            if (!latch.await(time - System.nanoTime() + 10_000_000_000L, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the UI drew no frame for 10 s");
            }
            return reachedAt;
        }

        /** Frames in each whole second from {@code from} to {@code to}. */
        List<Long> perSecond(long from, long to) {
            int n = (int) count.get();
            List<Long> out = new ArrayList<>();
            for (long start = from; start + 1_000_000_000L <= to; start += 1_000_000_000L) {
                long end = start + 1_000_000_000L;
                long frames = 0;
                for (int i = 0; i < n; i++) {
                    frames += times[i] >= start && times[i] < end ? 1 : 0;
                }
                out.add(frames);
            }
            return out;
        }

        void stop() throws InterruptedException {
            CountDownLatch stopped = new CountDownLatch(1);
            Platform.runLater(() -> {
                timer.stop();
                stopped.countDown();
            });
            stopped.await();
        }
    }

    private static String[] seedMembers(Path dbFile, int count) {
        String[] uids = new String[count];
        try (Database db = Database.open(dbFile, "bench")) {
            JdbcMemberStore members = new JdbcMemberStore(db, Clock.systemUTC());
            for (int i = 0; i < count; i++) {
                Member m = members.create(new NewMember(new MemberName(String.format("Load%02d", i), "Tester"),
                        null, null));
                uids[i] = String.format("C0%06X", i);
                members.enrolCard(m.id(), CardKey.iso14443a(HexFormat.of().parseHex(uids[i])));
            }
        }
        return uids;
    }
}
