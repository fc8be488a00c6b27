package fi.valvonta.model.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a complainant's private status link: 256 random bits, written as 43 characters of
 * base64url. Only its SHA-256 ({@link #hash()}) is stored, so the database never holds a usable link; a
 * token read from a request is looked up by its hash. Never written to a log ({@link #toString()}).
 */
public final class StatusToken {

    /** 256 bits. */
    public static final int BYTES = 32;
    /** Characters of the base64url text of {@value #BYTES} bytes, without padding. */
    public static final int LENGTH = 43;
    /** Characters of the stored hash (SHA-256 as hex). */
    public static final int HASH_LENGTH = 64;

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private final String value;

    private StatusToken(String value) {
        this.value = value;
    }

    /** A new token from {@code random} (a {@link SecureRandom}: the token is the link's only protection). */
    public static StatusToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new StatusToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token {@code text} is, if it has a token's form; anything else is no token (and found nowhere). */
    public static Optional<StatusToken> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new StatusToken(text)) : Optional.empty();
    }

    /** The token as the link carries it. */
    public String value() {
        return value;
    }

    /** SHA-256 of the token, lower-case hex: what is stored and looked up. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusToken t && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                t.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the secret itself. */
    @Override
    public String toString() {
        return "StatusToken[" + hash().substring(0, 8) + "…]";
    }
}
