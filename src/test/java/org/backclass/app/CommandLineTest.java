package org.backclass.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenService;
import org.backclass.store.Database;
import org.backclass.store.JdbcTokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** A kiosk database as the kiosk leaves it after its first start. */
    private Path existingDatabase(Path file) {
        Database.open(file, "demo").close();
        return file;
    }

    @Test
    void tokenCreatePrintsTheTokenOnceAndStoresOnlyItsHash() throws Exception {
        existingDatabase(dir.resolve("backclass.db"));
        Result r = run("token", "create", "--role", "staff", "--data-dir", dir.toString());

        assertThat(r.code()).isZero();
        String token = r.out().strip();
        assertThat(token).startsWith("bc_").hasSizeGreaterThan(40).doesNotContain("\n");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backclass.db"));
                var rs = c.createStatement().executeQuery("SELECT token_hash, role FROM api_token")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("token_hash")).hasSize(64).isNotEqualTo(token).doesNotContain(token);
            assertThat(rs.getString("role")).isEqualTo("staff");
        }
        try (Database db = Database.open(dir.resolve("backclass.db"), "demo")) {
            TokenService tokens = new TokenService(new JdbcTokenStore(db, Clock.systemUTC()), Clock.systemUTC());
            assertThat(tokens.authenticate(token)).contains(Role.STAFF);
            assertThat(tokens.authenticate(token + "x")).isEmpty();
            assertThat(tokens.identify(token).orElseThrow().label()).isNotBlank();
            tokens.revokeAll(tokens.identify(token).orElseThrow().label());
            assertThat(tokens.identify(token)).isEmpty();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backclass.db"));
                var rs = c.createStatement().executeQuery("SELECT actor, action, detail FROM audit_log")) {
            assertThat(rs.next()).as("the token's creation is audited").isTrue();
            assertThat(rs.getString("actor")).isEqualTo("cli");
            assertThat(rs.getString("action")).isEqualTo("token.create");
            assertThat(rs.getString("detail")).isEqualTo("role staff");
        }
    }

    @Test
    void tokenCreateUsesTheDatabaseNamedInTheConfig() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Path db = existingDatabase(dir.resolve("site/db.sqlite"));
        Files.writeString(config, "kiosk.id = desk\ndatabase.path = site/db.sqlite\n");

        Result r = run("token", "create", "--role", "admin", "--config", config.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("token in " + db.toAbsolutePath());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                var rs = c.createStatement().executeQuery("SELECT role FROM api_token")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("admin");
        }
    }

    @Test
    void tokenCreateNeverCreatesADatabase() {
        Result r = run("token", "create", "--role", "staff", "--data-dir", dir.resolve("typo").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no kiosk database at " + dir.resolve("typo/backclass.db"));
        assertThat(dir.resolve("typo")).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void tokenCreateTakesEitherConfigOrDataDir() {
        Result r = run("token", "create", "--role", "staff", "--data-dir", "a", "--config", "b");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        Result r = run("token", "create", "--role", "root", "--data-dir", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown role 'root'; allowed: viewer, staff, admin");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badConfigurationExitsWithCodeTwoNamingFileAndLineWithoutAStackTrace() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "kiosk.id = studio\napi.port = 99999\n");

        Result r = run("run", "--config", config.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("configuration error: " + config + ":2: bad value '99999' for api.port")
                .contains("allowed: a port number from 1 to 65535")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingConfigFileIsAConfigurationError() {
        Result r = run("run", "--config", dir.resolve("missing.properties").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing.properties: file not found");
    }

    @Test
    void demoRefusesABadPort() {
        Result r = run("demo", "--headless", "--port", "70000", "--data-dir", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--port must be 0-65535");
    }

    @Test
    void unknownCommandsShowUsage() {
        Result r = run("explode");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument at index 0: 'explode'");
    }

    @Test
    void pinHashReadsThePinFromStandardInputAndPrintsASettingTheLoaderAccepts() throws Exception {
        java.io.InputStream stdin = System.in;
        Result r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("4711\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            r = run("pin", "hash");
        } finally {
            System.setIn(stdin);
        }

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("instructor.pin = pbkdf2-sha256:").doesNotContain("4711");
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, r.out());
        assertThat(org.backclass.config.ConfigLoader.load(config).instructorPin().matches("4711")).isTrue();
    }

    @Test
    void aPinThatIsNotFourToEightDigitsIsRefused() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("12\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Result r = run("pin", "hash");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("a PIN is 4 to 8 digits");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("backclass ");
        assertThat(run("--help").out()).contains("demo", "run", "token", "pin");
    }

    @Test
    void staffGrantAndRevokeMarkAMemberByNumberInAnExistingDatabase() throws Exception {
        try (var db = org.backclass.store.Database.open(dir.resolve("backclass.db"), "demo")) {
            new org.backclass.store.JdbcMemberStore(db, java.time.Clock.systemUTC()).create(
                    new org.backclass.domain.member.NewMember(
                            new org.backclass.domain.member.MemberName("Maria", "Lindqvist"), "S0001", null));
        }

        Result granted = run("staff", "grant", "S0001", "--data-dir", dir.toString());
        assertThat(granted.code()).isZero();
        assertThat(granted.out()).contains("Maria L. (S0001) is staff");
        assertThat(staffFlag()).isEqualTo(1);

        Result revoked = run("staff", "revoke", "S0001", "--data-dir", dir.toString());
        assertThat(revoked.code()).isZero();
        assertThat(staffFlag()).isZero();

        Result unknown = run("staff", "grant", "X9", "--data-dir", dir.toString());
        assertThat(unknown.code()).isEqualTo(Main.EXIT_FAILED);
        assertThat(unknown.err()).contains("no member with number X9");

        Result noDb = run("staff", "grant", "S0001", "--data-dir", dir.resolve("nowhere").toString());
        assertThat(noDb.code()).isEqualTo(Main.EXIT_FAILED);
        assertThat(noDb.err()).contains("no kiosk database at");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    private int staffFlag() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backclass.db"));
                var rs = c.createStatement().executeQuery("SELECT staff FROM member WHERE member_number = 'S0001'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void staffRecordConsentByMemberNumber() throws Exception {
        try (var db = org.backclass.store.Database.open(dir.resolve("backclass.db"), "demo")) {
            new org.backclass.store.JdbcMemberStore(db, java.time.Clock.systemUTC()).create(
                    new org.backclass.domain.member.NewMember(
                            new org.backclass.domain.member.MemberName("Nora", "Berg"), "M2001", null));
        }

        Result given = run("consent", "give", "M2001", "--data-dir", dir.toString());
        Result withdrawn = run("consent", "withdraw", "M2001", "--data-dir", dir.toString());
        Result unknown = run("consent", "give", "M9", "--data-dir", dir.toString());

        assertThat(given.code()).isZero();
        assertThat(given.out()).contains("Nora B. (M2001): consent given");
        assertThat(withdrawn.out()).contains("consent withdrawn");
        assertThat(unknown.code()).isEqualTo(Main.EXIT_FAILED);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backclass.db"));
                var rs = c.createStatement().executeQuery(
                        "SELECT given, recorded_by FROM health_consent ORDER BY recorded_at, rowid")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("staff");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
            assertThat(rs.next()).isFalse();
        }
    }
}
