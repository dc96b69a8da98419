package org.backclass.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.event.KioskEventListener;
import org.backclass.domain.reader.ReaderStatus;

/**
 * The kiosk's numbers for {@code GET /metrics}, in the Prometheus text exposition format 0.0.4:
 * check-ins and unknown cards (counted from the kiosk's events), card reader errors (from the
 * readers' own counts), API requests by route template, method and status with a latency
 * histogram per route, and the database's size on disk.
 *
 * <p>One instance per kiosk, made by the composition root and subscribed to its events. Thread-safe:
 * events arrive on the reader's thread, requests on Jetty's workers, and rendering reads without
 * locks (a scrape may see a request counted before its latency, never a torn number).
 */
public final class Metrics implements KioskEventListener {

    /** Upper bounds of the latency buckets, in seconds (a loopback request takes milliseconds). */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private record RequestKey(String route, String method, int status) {
    }

    /** One route's latency histogram: a count per bucket (not cumulative), the sum and the count. */
    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final LongAdder sumNanos = new LongAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(long nanos) {
            double seconds = nanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sumNanos.add(nanos);
        }
    }

    private final LongAdder checkIns = new LongAdder();
    private final LongAdder unknownCards = new LongAdder();
    private final ConcurrentMap<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Supplier<List<ReaderStatus>> readers;
    private final LongSupplier databaseBytes;

    /**
     * @param readers       the readers' statuses, whose error counts are summed
     * @param databaseBytes the database file's size on disk, write-ahead log included
     */
    public Metrics(Supplier<List<ReaderStatus>> readers, LongSupplier databaseBytes) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.databaseBytes = Objects.requireNonNull(databaseBytes, "databaseBytes");
    }

    @Override
    public void onEvent(KioskEvent event) {
        if (event instanceof CheckInOutcome.CheckedIn) {
            checkIns.increment();
        } else if (event instanceof CheckInOutcome.UnknownCard) {
            unknownCards.increment();
        }
    }

    /** One answered API request; {@code route} is the route's template, never the raw path. */
    void recordRequest(String route, String method, int status, long nanos) {
        requests.computeIfAbsent(new RequestKey(route, method, status), k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, r -> new Histogram()).observe(nanos);
    }

    /** Everything, in the text exposition format. */
    String render() {
        StringBuilder out = new StringBuilder(2048);
        counter(out, "backclass_checkins_total", "Members checked in by a card tap", checkIns.sum());
        counter(out, "backclass_unknown_cards_total", "Taps of cards no member holds", unknownCards.sum());
        counter(out, "backclass_reader_errors_total", "Errors the card readers counted since start",
                readers.get().stream().mapToLong(ReaderStatus::errorCount).sum());
        help(out, "backclass_api_requests_total", "counter", "API requests answered, by route, method and status");
        Map<RequestKey, Long> sorted = new TreeMap<>(java.util.Comparator.comparing(RequestKey::route)
                .thenComparing(RequestKey::method).thenComparingInt(RequestKey::status));
        requests.forEach((k, v) -> sorted.put(k, v.sum()));
        sorted.forEach((k, v) -> out.append("backclass_api_requests_total{route=\"").append(label(k.route()))
                .append("\",method=\"").append(label(k.method())).append("\",status=\"").append(k.status())
                .append("\"} ").append(v).append('\n'));
        help(out, "backclass_api_request_seconds", "histogram", "Time to answer an API request, by route");
        new TreeMap<>(latency).forEach((route, h) -> histogram(out, label(route), h));
        help(out, "backclass_database_bytes", "gauge", "Size of the database on disk, write-ahead log included");
        out.append("backclass_database_bytes ").append(databaseBytes.getAsLong()).append('\n');
        return out.toString();
    }

    private static void histogram(StringBuilder out, String route, Histogram h) {
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += h.buckets[i].sum();
            out.append("backclass_api_request_seconds_bucket{route=\"").append(route).append("\",le=\"")
                    .append(number(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
        }
        long count = h.count.sum();
        out.append("backclass_api_request_seconds_bucket{route=\"").append(route).append("\",le=\"+Inf\"} ")
                .append(count).append('\n');
        out.append("backclass_api_request_seconds_sum{route=\"").append(route).append("\"} ")
                .append(number(h.sumNanos.sum() / 1e9)).append('\n');
        out.append("backclass_api_request_seconds_count{route=\"").append(route).append("\"} ").append(count)
                .append('\n');
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        help(out, name, "counter", help);
        out.append(name).append(' ').append(value).append('\n');
    }

    private static void help(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Label values escape backslash, quote and newline, as the format asks. */
    static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
