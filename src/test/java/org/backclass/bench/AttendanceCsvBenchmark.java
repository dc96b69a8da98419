package org.backclass.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.backclass.app.Kiosk;
import org.backclass.app.KioskOptions;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenService;
import org.backclass.store.Database;
import org.backclass.store.JdbcTokenStore;

/**
 * Exporting a year of check-ins — {@code rows} attendance rows (1,000,000 by default) in a real
 * SQLite file — as CSV through {@code GET /api/v1/attendance?from&to&format=csv} of the real
 * composition root over loopback, against the {@code sqlite3} shell writing the same columns of
 * the same join in the same order. Reports rows/s, wall time and the peak heap while exporting;
 * run it with a small heap ({@code -Xmx64m}, as {@link LanBenchmarks} does) to show the export
 * streams in constant memory: a buffered year would not fit.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench -DskipTests verify} (see README).
 */
public final class AttendanceCsvBenchmark {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final int SESSIONS_A_DAY = 10;
    private static final int MEMBERS = 3_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The same columns, join and order as the API's CSV (see JdbcAttendanceQueries and AttendanceCsv). */
    private static final String SQLITE3_QUERY = """
            SELECT a.id, a.day, strftime('%Y-%m-%dT%H:%M:%fZ', a.checked_in_at / 1000.0, 'unixepoch') AS checkedInAt,
                   a.member_id AS memberId, m.first_name AS firstName, m.last_name AS lastName,
                   m.member_number AS memberNumber, a.class_session_id AS classSessionId, t.name AS className,
                   strftime('%Y-%m-%dT%H:%M:%SZ', s.starts_at / 1000, 'unixepoch') AS classStartsAt, s.room,
                   CASE WHEN a.class_session_id IS NULL THEN 'true' ELSE 'false' END AS openGym
            FROM attendance a
            JOIN member m ON m.id = a.member_id
            LEFT JOIN class_session s ON s.id = a.class_session_id
            LEFT JOIN class_type t ON t.id = s.class_type_id
            WHERE a.deleted = 0 AND a.day BETWEEN '{from}' AND '{to}'
            ORDER BY a.checked_in_at, a.id;""";

    private AttendanceCsvBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("backclass-csv-bench");
        Path dbFile = dir.resolve("backclass.db");
        try {
            run(dir, dbFile, rows);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void run(Path dir, Path dbFile, int rows) throws Exception {
        long seedStart = System.nanoTime();
        String token = seed(dbFile, rows);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        String query = "from=" + FIRST_DAY + "&to=" + LAST_DAY;

        KioskConfig config = ConfigLoader.defaults(dir).withDatabasePath(dbFile)
                .withApi(new KioskConfig.Api(true, "127.0.0.1", 0, 1 << 20));
        Export api;
        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config, false, true, false))) {
            URI uri = kiosk.apiUri().orElseThrow().resolve("/api/v1/attendance?" + query + "&format=csv");
            exportViaApi(uri, token, 8_000_000); // warm-up: the JIT and the page cache
            // Best of three, as for sqlite3: on a shared machine a single run measures the neighbours.
            api = exportViaApi(uri, token, Long.MAX_VALUE);
            for (int run = 0; run < 2; run++) {
                Export again = exportViaApi(uri, token, Long.MAX_VALUE);
                api = new Export(again.rows, again.bytes, Math.min(api.seconds, again.seconds),
                        Math.max(api.peakHeapBytes, again.peakHeapBytes));
            }
        }
        Export shell = exportViaSqlite3(dbFile, dir.resolve("sqlite3.csv"));
        exportViaSqlite3(dbFile, dir.resolve("sqlite3.csv"));
        Export shellAgain = exportViaSqlite3(dbFile, dir.resolve("sqlite3.csv"));
        Export best = shellAgain.seconds < shell.seconds ? shellAgain : shell;

        System.out.println("Attendance CSV export (" + rows + " rows, " + FIRST_DAY + " to " + LAST_DAY + ")");
        System.out.println("  machine: " + BenchReport.machine() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        System.out.printf(Locale.ROOT, "  seeding: %.1f s (one transaction, prepared batches)%n", seedSeconds);
        System.out.println("  " + api.describe("API GET /attendance?format=csv (best of 3)"));
        System.out.printf(Locale.ROOT, "  %-34s peak heap used %d MB (sampled every 64 KB received) of %d MB max%n", "",
                api.peakHeapBytes / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("  " + best.describe("sqlite3 -csv -header (best of 3)"));
        System.out.printf(Locale.ROOT, "  API / sqlite3 rate: %.2fx (target >= 0.5x)%n", api.rowsPerSecond()
                / best.rowsPerSecond());
        if (api.rows != rows || best.rows != rows) {
            throw new IllegalStateException("expected " + rows + " rows, the API gave " + api.rows
                    + " and sqlite3 " + best.rows);
        }
    }

    record Export(long rows, long bytes, double seconds, long peakHeapBytes) {
        double rowsPerSecond() {
            return rows / seconds;
        }

        String describe(String label) {
            return String.format(Locale.ROOT, "%-34s %,d rows, %.1f MB in %.2f s: %,.0f rows/s", label, rows,
                    bytes / 1e6, seconds, rowsPerSecond());
        }
    }

    /**
     * Reads the streamed CSV to its end, counting rows (minus the header), never holding it. A
     * plain socket client asking HTTP/1.0 (so the body ends with the connection, no chunk lines
     * to skip), as a browser's native download would: the JDK's HttpClient alone tops out near
     * 20 MB/s on this machine and would measure itself, not the kiosk.
     */
    private static Export exportViaApi(URI uri, String token, long stopAfterBytes) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peakHeap = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        long bytes = 0;
        long lines = 0;
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.0\r\n"
                    + "Host: " + uri.getHost() + "\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String status = statusAndHeaders(in);
            if (!status.contains(" 200 ")) {
                throw new IllegalStateException("export answered " + status);
            }
            byte[] buffer = new byte[64 * 1024];
            for (int n; bytes < stopAfterBytes && (n = in.read(buffer)) > 0; ) {
                bytes += n;
                // Sampled as the rows arrive: the server writes them meanwhile, in this same JVM.
                if ((bytes & 0xF0000) != ((bytes - n) & 0xF0000)) {
                    peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                }
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Export(lines - 1, bytes, seconds, peakHeap);
    }

    /** Reads up to the blank line that ends the headers; returns the status line. */
    private static String statusAndHeaders(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed inside the headers: " + head);
            }
            head.append((char) b);
        }
        return head.substring(0, head.indexOf("\r\n"));
    }

    private static Export exportViaSqlite3(Path dbFile, Path out) throws Exception {
        String sql = SQLITE3_QUERY.replace("{from}", FIRST_DAY.toString()).replace("{to}", LAST_DAY.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", "-csv", "-header", dbFile.toString(), sql)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("sqlite3 exited with " + exit);
        }
        long lines;
        try (var stream = Files.lines(out)) {
            lines = stream.count();
        }
        return new Export(lines - 1, Files.size(out), seconds, 0);
    }

    /**
     * A year of a busy gym: {@value #MEMBERS} members, {@value #SESSIONS_A_DAY} classes a day,
     * {@code rows} check-ins spread evenly over the days, one in ten of them open gym. One
     * transaction, prepared statements in batches. Returns a viewer token.
     */
    static String seed(Path dbFile, int rows) {
        try (Database db = Database.open(dbFile, "bench")) {
            String token = new TokenService(new JdbcTokenStore(db, Clock.systemUTC()), Clock.systemUTC())
                    .create(Role.VIEWER, "csv-bench");
            db.write(c -> {
                long now = System.currentTimeMillis();
                UUID[] members = new UUID[MEMBERS];
                try (PreparedStatement st = c.prepareStatement("INSERT INTO member (id, kiosk_id, modified_at,"
                        + " first_name, last_name, member_number, created_at) VALUES (?, 'bench', ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < MEMBERS; i++) {
                        members[i] = UUID.randomUUID();
                        st.setString(1, members[i].toString());
                        st.setLong(2, now);
                        st.setString(3, "Member" + i);
                        st.setString(4, i % 7 == 0 ? "O'Brien, Jr." : "Tester");
                        st.setString(5, String.format("M-%05d", i));
                        st.setLong(6, now);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
                UUID classType = UUID.randomUUID();
                try (PreparedStatement st = c.prepareStatement("INSERT INTO class_type (id, kiosk_id, modified_at,"
                        + " name, description, length_min) VALUES (?, 'bench', ?, 'Back Basics', '', 60)")) {
                    st.setString(1, classType.toString());
                    st.setLong(2, now);
                    st.executeUpdate();
                }
                long days = FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).count();
                int perDay = (int) Math.ceil(rows / (double) days);
                int inserted = 0;
                try (PreparedStatement session = c.prepareStatement("INSERT INTO class_session (id, kiosk_id,"
                        + " modified_at, class_type_id, session_date, starts_at, ends_at, room, capacity)"
                        + " VALUES (?, 'bench', ?, ?, ?, ?, ?, 'Studio 1', 30)");
                        PreparedStatement visit = c.prepareStatement("INSERT INTO attendance (id, kiosk_id,"
                                + " modified_at, member_id, class_session_id, day, checked_in_at)"
                                + " VALUES (?, 'bench', ?, ?, ?, ?, ?)")) {
                    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY) && inserted < rows; day = day.plusDays(1)) {
                        String[] sessions = new String[SESSIONS_A_DAY];
                        long[] starts = new long[SESSIONS_A_DAY];
                        for (int s = 0; s < SESSIONS_A_DAY; s++) {
                            sessions[s] = UUID.randomUUID().toString();
                            starts[s] = day.atTime(LocalTime.of(8 + s, 0)).atZone(ZONE).toInstant().toEpochMilli();
                            session.setString(1, sessions[s]);
                            session.setLong(2, now);
                            session.setString(3, classType.toString());
                            session.setString(4, day.toString());
                            session.setLong(5, starts[s]);
                            session.setLong(6, starts[s] + 3_600_000);
                            session.addBatch();
                        }
                        session.executeBatch();
                        int offset = day.getDayOfYear() * 7;
                        for (int i = 0; i < perDay && inserted < rows; i++, inserted++) {
                            int s = i % SESSIONS_A_DAY;
                            boolean openGym = i % 10 == 9;
                            visit.setString(1, UUID.randomUUID().toString());
                            visit.setLong(2, now);
                            // Each member at most once a day: unique per class and per open-gym day.
                            visit.setString(3, members[(offset + i) % MEMBERS].toString());
                            visit.setString(4, openGym ? null : sessions[s]);
                            visit.setString(5, day.toString());
                            visit.setLong(6, starts[s] - 600_000 + i * 97L % 540_000);
                            visit.addBatch();
                            if (i % 1000 == 999) {
                                visit.executeBatch();
                            }
                        }
                        visit.executeBatch();
                    }
                }
                return inserted;
            });
            return token;
        }
    }
}
