package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-10T09:15:00Z", "2025-03-10T09:15:00.120Z", "2025-03-10T09:15:00.001Z",
            "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z",
            "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2025-03-10T09:15:00.000000001Z",
            "2025-03-10T09:15:00.123456Z"})
    void writesExactlyWhatInstantToStringWrites(String text) {
        Instant t = Instant.parse(text);
        assertThat(IsoInstant.format(t)).isEqualTo(t.toString());
    }

    @Test
    void aMillionRandomMillisecondTimesMatchToo() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 1_000_000; i++) {
            Instant t = Instant.ofEpochMilli(random.nextLong(-62_167_219_200_000L, 253_402_300_799_999L));
            assertThat(IsoInstant.format(t)).isEqualTo(t.toString());
        }
    }
}
