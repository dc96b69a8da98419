package org.backclass.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backclass.domain.checkin.AttendanceEntry;
import org.backclass.domain.checkin.AttendanceQueries;

/**
 * The opaque {@code cursor} of attendance pages: base64url (no padding) of
 * {@code v1.<checkedInAtMillis>.<id>}. The version prefix lets the format change without
 * old cursors being misread.
 */
final class AttendanceCursor {

    private static final Pattern FORMAT = Pattern.compile(
            "v1\\.(0|[1-9][0-9]{0,17})\\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final int MAX_LENGTH = 128;

    private AttendanceCursor() {
    }

    /** The cursor that continues after {@code last}. */
    static String after(AttendanceEntry last) {
        String plain = "v1." + last.checkedInAt().toEpochMilli() + "." + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws ApiProblem 400 when the text is not a cursor this API handed out */
    static AttendanceQueries.Cursor parse(String text) {
        String invalid = "parameter 'cursor' is not a cursor from a previous page; use nextCursor as given";
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw ApiProblem.badRequest(invalid);
        }
        String plain;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            plain = StandardCharsets.US_ASCII.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw ApiProblem.badRequest(invalid);
        }
        Matcher m = FORMAT.matcher(plain);
        if (!m.matches()) {
            throw ApiProblem.badRequest(invalid);
        }
        // Normalises the id so the keyset comparison in the store sees the canonical text.
        return new AttendanceQueries.Cursor(Long.parseLong(m.group(1)), UUID.fromString(m.group(2)).toString());
    }
}
