package org.backclass.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The garbage {@link BadInputSweepTest} sends: each value is already what goes on the wire. */
final class BadInputs {

    private BadInputs() {
    }

    /** Path parameter values (percent-encoded where a raw character would not be a valid URI). */
    static final List<String> PATH = List.of(
            "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc", "..;", "..%00", "%00",
            "1%27%20OR%20%271%27%3D%271", "x%3BDROP%20TABLE%20member--", "a".repeat(5_000), "not-a-uuid",
            "123e4567-e89b-12d3-a456-42661417400", "123E4567-E89B-12D3-A456-426614174000Z", "%E2%98%83%F0%9F%92%A9",
            "%C3%28", "%FF%FE", "%", "%zz");

    /** Query strings: unknown, repeated, wrong types, impossible dates, SQL, broken encoding. */
    static final List<String> QUERY = List.of(
            "zzz=1", "limit=abc", "limit=-1", "limit=99999999999999999999", "limit=1&limit=2",
            "from=2026-13-45&to=2026-01-01", "from=2026-02-01&to=2026-01-01", "date=1%27%20OR%20%271%27%3D%271",
            "cursor=%00%00", "q=%C3%28", "%=1", "below=%FF", "date=2026-02-30&date=2026-03-01",
            "to=%2B999999999-12-31", "from=-999999999-01-01", "from=%2B12025-01-01&to=%2B12025-01-02",
            "date=%2B12025-01-01");

    /** A body, its content type, and the status it must get (0: any 4xx). */
    record Body(String name, String contentType, byte[] bytes, int status) {
    }

    private static Body json(String name, String text) {
        return new Body(name, "application/json", text.getBytes(StandardCharsets.UTF_8), 0);
    }

    static final List<Body> BODIES = bodies();

    private static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>(List.of(
                json("unclosed object", "{"),
                json("unclosed array", "["),
                json("bare word", "nul"),
                json("trailing garbage", "{\"a\":1} x"),
                json("array at the top", "[1,2,3]"),
                json("string at the top", "\"uid\""),
                json("number at the top", "42"),
                json("null", "null"),
                json("unknown field", "{\"zzz\":1}"),
                json("wrong types", "{\"firstName\":5,\"uid\":[1],\"memberNumber\":{},\"raw\":true}"),
                json("nested 10000 deep", "[".repeat(10_000) + "]".repeat(10_000)),
                json("SQL in an unknown field", "{\"1' OR '1'='1\":\"x'; DROP TABLE member;--\"}"),
                new Body("invalid UTF-8", "application/json", new byte[] {'{', '"', (byte) 0xC3, '(', '"', ':', '1', '}'}, 0),
                new Body("bytes FF FE", "application/json", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'}, 0),
                new Body("a form", "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8), 415),
                new Body("JSON in Latin-1", "application/json; charset=iso-8859-1", "{}".getBytes(StandardCharsets.UTF_8), 415)));
        byte[] huge = new byte[(int) MemberImportHandler.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '[';
        bodies.add(new Body("larger than every limit", "application/json", huge, 413));
        return List.copyOf(bodies);
    }
}
