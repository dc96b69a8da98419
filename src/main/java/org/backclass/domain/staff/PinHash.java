package org.backclass.domain.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The instructor PIN as kiosk.properties stores it: {@code pbkdf2-sha256:ITERATIONS:SALT:HASH}
 * (base64). A PIN has few digits, so a fast hash would fall to a laptop in seconds; PBKDF2 with
 * a salt makes each guess cost, and the kiosk's own lockout limits guesses at the screen.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    public static final int DEFAULT_ITERATIONS = 120_000;
    private static final Pattern FORMAT = Pattern.compile("pbkdf2-sha256:(\\d{4,7}):([A-Za-z0-9+/=]{8,64}):([A-Za-z0-9+/=]{16,128})");
    private static final Pattern PIN = Pattern.compile("\\d{4,8}");

    /** @throws IllegalArgumentException naming the expected format */
    public static PinHash parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected pbkdf2-sha256:ITERATIONS:SALT:HASH as printed by `backclass pin hash`");
        }
        return new PinHash(Integer.parseInt(m.group(1)), Base64.getDecoder().decode(m.group(2)),
                Base64.getDecoder().decode(m.group(3)));
    }

    /** @throws IllegalArgumentException unless the PIN is 4–8 digits */
    public static PinHash of(String pin) {
        requireWellFormed(pin);
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new PinHash(DEFAULT_ITERATIONS, salt, derive(pin, salt, DEFAULT_ITERATIONS));
    }

    static void requireWellFormed(String pin) {
        if (pin == null || !PIN.matcher(pin).matches()) {
            throw new IllegalArgumentException("a PIN is 4 to 8 digits");
        }
    }

    /** Constant-time comparison of a typed PIN with this hash. */
    public boolean matches(String pin) {
        if (pin == null || !PIN.matcher(pin).matches()) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    public String format() {
        return "pbkdf2-sha256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
