package io.github.jiguan.examples.gateway.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Auth codes (鉴权码): issued at registration, random, and stored only as their SHA-256, which is
 * compared in constant time. Thread-safe.
 */
public final class AuthCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    /** A new code: 16 characters of an unambiguous alphabet (80 random bits). */
    public String issue() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            c[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    /** The SHA-256 of {@code code} (its GBK and UTF-8 bytes agree for the alphabet issued) in lowercase hex. */
    public static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code code} hashes to {@code sha256}, compared in constant time; false when {@code sha256} is null. */
    public static boolean matches(String code, String sha256) {
        if (sha256 == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(code).getBytes(StandardCharsets.US_ASCII),
                sha256.getBytes(StandardCharsets.US_ASCII));
    }
}
