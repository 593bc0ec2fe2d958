package vn.cdtt.security.login;

import org.springframework.stereotype.Component;

import vn.cdtt.engine.identity.PasswordCheck;

/**
 * One login attempt on any path (form, HTTP Basic on /api and /engine-rest, the password page's current password):
 * refused without a look at the password while the account at this address, or the address itself, is backing off;
 * else the password is checked and the outcome counted.
 */
@Component
public class LoginAttempts {

    /** How an attempt ended. */
    public sealed interface Outcome permits Success, WrongCredentials, Throttled {
    }

    public record Success(String userId) implements Outcome {
    }

    public record WrongCredentials() implements Outcome {
    }

    /** Refused unchecked; the caller may try again after this many seconds. */
    public record Throttled(long retryAfterSeconds) implements Outcome {
    }

    private final LoginThrottle throttle;
    private final PasswordCheck passwords;

    LoginAttempts(LoginThrottle throttle, PasswordCheck passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    public Outcome attempt(String userId, String password, String client) {
        if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
            return new WrongCredentials();
        }
        LoginThrottle.State state = throttle.check(userId, client);
        if (state.waitSeconds() > 0) {
            return new Throttled(state.waitSeconds());
        }
        if (passwords.matches(userId, password)) {
            if (state.accountRow()) {
                throttle.succeeded(userId, client);
            }
            return new Success(userId);
        }
        throttle.failed(userId, client);
        return new WrongCredentials();
    }
}
