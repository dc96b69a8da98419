package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backclass.domain.checkin.CheckInOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} over real HTTP: the Prometheus text format line by line, counts that follow
 * real taps and requests, and route templates — never raw paths — as labels.
 */
class MetricsApiTest {

    /** A sample line: a metric name, optional labels, a number. */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-z_]+)(\\{([a-z]+=\"(?:[^\"\\\\]|\\\\.)*\"(?:,[a-z]+=\"(?:[^\"\\\\]|\\\\.)*\")*)\\})? (-?[0-9.eE+-]+|\\+Inf)");

    @TempDir
    Path dir;
    TestKiosk kiosk;

    @BeforeEach
    void start() {
        kiosk = TestKiosk.start(dir);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    /** Every line parsed: sample name with labels → value; fails on any line that is not the format. */
    private Map<String, Double> scrape() {
        HttpResponse<String> response = kiosk.get("/metrics", kiosk.viewerToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(MetricsHandler.CONTENT_TYPE);
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("not a sample line: '%s'", line).isTrue();
            String key = m.group(1) + (m.group(3) == null ? "" : "{" + m.group(3) + "}");
            samples.put(key, m.group(4).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(4)));
        }
        return samples;
    }

    @Test
    void tapsRequestsAndTheDatabaseAreCounted() {
        String card = kiosk.card(kiosk.member("Anna", "Keller", null), 1);
        assertThat(kiosk.checkIn(card)).isInstanceOf(CheckInOutcome.CheckedIn.class);
        assertThat(kiosk.checkIn("04DEADBEEF0080")).isInstanceOf(CheckInOutcome.UnknownCard.class);
        for (int i = 0; i < 3; i++) {
            assertThat(kiosk.get("/api/v1/attendance", kiosk.viewerToken).statusCode()).isEqualTo(200);
        }
        assertThat(kiosk.get("/api/v1/attendance", null).statusCode()).isEqualTo(401);

        Map<String, Double> m = scrape();

        assertThat(m.get("backclass_checkins_total")).isEqualTo(1.0);
        assertThat(m.get("backclass_unknown_cards_total")).isEqualTo(1.0);
        assertThat(m.get("backclass_reader_errors_total")).isEqualTo(0.0);
        assertThat(m.get("backclass_api_requests_total{route=\"/api/v1/attendance\",method=\"GET\",status=\"200\"}"))
                .isEqualTo(3.0);
        assertThat(m.get("backclass_api_requests_total{route=\"/api/v1/attendance\",method=\"GET\",status=\"401\"}"))
                .isEqualTo(1.0);
        assertThat(m.get("backclass_api_request_seconds_count{route=\"/api/v1/attendance\"}")).isEqualTo(4.0);
        assertThat(m.get("backclass_api_request_seconds_bucket{route=\"/api/v1/attendance\",le=\"+Inf\"}"))
                .isEqualTo(4.0);
        assertThat(m.get("backclass_api_request_seconds_sum{route=\"/api/v1/attendance\"}")).isPositive();
        assertThat(m.get("backclass_database_bytes")).isGreaterThan(4096.0);
    }

    @Test
    void bucketsAreCumulativeAndEndAtTheCount() {
        for (int i = 0; i < 5; i++) {
            kiosk.get("/api/v1/health", null);
        }
        Map<String, Double> m = scrape();
        double previous = 0;
        for (double le : Metrics.BUCKETS) {
            Double bucket = m.get("backclass_api_request_seconds_bucket{route=\"/api/v1/health\",le=\""
                    + String.format(java.util.Locale.ROOT, "%s", le) + "\"}");
            assertThat(bucket).as("bucket le=%s", le).isNotNull().isGreaterThanOrEqualTo(previous);
            previous = bucket;
        }
        assertThat(m.get("backclass_api_request_seconds_bucket{route=\"/api/v1/health\",le=\"+Inf\"}"))
                .isEqualTo(5.0).isGreaterThanOrEqualTo(previous);
    }

    @Test
    void unknownPathsShareOneLabelSoNoClientCanGrowTheMetrics() {
        for (String path : List.of("/api/v1/nope", "/etc/passwd", "/api/v1/members/123/unknown")) {
            kiosk.get(path, kiosk.viewerToken);
        }
        HttpResponse<String> response = kiosk.get("/metrics", kiosk.viewerToken);

        assertThat(response.body()).doesNotContain("/etc/passwd").doesNotContain("/api/v1/nope")
                .contains("backclass_api_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 3");
    }

    @Test
    void metricsNeedAToken() {
        TestKiosk.assertProblem(kiosk.get("/metrics", null), 401);
        assertThat(Metrics.label("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    }
}
