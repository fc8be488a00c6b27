package fi.valvonta.model.platform;

import java.time.Duration;
import java.util.Objects;

/** A client has sent more than it may for a while (HTTP 429): it may try again after {@link #retryAfter()}. */
public class TooManyRequestsException extends BusinessException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
