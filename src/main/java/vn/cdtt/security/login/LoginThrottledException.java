package vn.cdtt.security.login;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused unchecked while its account or address backs off. A {@link LockedException}, so the provider
 * manager stops at it instead of asking other providers.
 */
public class LoginThrottledException extends LockedException {

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super("Too many failed logins; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
