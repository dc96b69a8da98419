package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.backclass.domain.checkin.AttendanceEntry;
import org.backclass.domain.checkin.AttendanceQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceCursorTest {

    @Test
    void roundTripsTheLastEntryOfAPage() {
        UUID id = UUID.randomUUID();
        AttendanceEntry last = new AttendanceEntry(id, LocalDate.of(2025, 3, 10),
                Instant.parse("2025-03-10T16:50:00.123Z"), UUID.randomUUID(), "Anna", "Keller", null, null, null, null,
                null);

        String cursor = AttendanceCursor.after(last);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(AttendanceCursor.parse(cursor))
                .isEqualTo(new AttendanceQueries.Cursor(Instant.parse("2025-03-10T16:50:00.123Z").toEpochMilli(),
                        id.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.1.x", "v2.1.00000000-0000-0000-0000-000000000000",
        "v1.-1.00000000-0000-0000-0000-000000000000", "v1.99999999999999999999.00000000-0000-0000-0000-000000000000",
        "v1.1.00000000-0000-0000-0000-000000000000.extra"})
    void refusesWhatItDidNotIssue(String plain) {
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AttendanceCursor.parse(encoded)).isInstanceOf(ApiProblem.class)
                .extracting(e -> ((ApiProblem) e).status()).isEqualTo(400);
    }

    @Test
    void refusesOverlongAndNonBase64Text() {
        assertThatThrownBy(() -> AttendanceCursor.parse("a".repeat(500))).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> AttendanceCursor.parse("+/=")).isInstanceOf(ApiProblem.class);
    }
}
