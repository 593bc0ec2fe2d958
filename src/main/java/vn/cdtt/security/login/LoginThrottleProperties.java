package vn.cdtt.security.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cdtt.security.login-throttle.*}: how many failed logins are free, and how long the growing back-off lasts.
 *
 * @param freeFailuresPerAccount failures of one account from one client address; the next attempt waits
 * @param freeFailuresPerAddress failures from one client address, all accounts together; then the address waits
 * @param baseDelay              the wait after the last free failure; each further failure doubles it
 * @param maxDelay               the longest wait, however many failures came before
 * @param forgetAfter            a count whose last failure is older than this starts again from one
 */
@ConfigurationProperties("cdtt.security.login-throttle")
public record LoginThrottleProperties(int freeFailuresPerAccount, int freeFailuresPerAddress, Duration baseDelay,
                                      Duration maxDelay, Duration forgetAfter) {

    public LoginThrottleProperties {
        freeFailuresPerAccount = freeFailuresPerAccount <= 0 ? 5 : freeFailuresPerAccount;
        freeFailuresPerAddress = freeFailuresPerAddress <= 0 ? 30 : freeFailuresPerAddress;
        baseDelay = baseDelay == null || baseDelay.isNegative() || baseDelay.isZero()
                ? Duration.ofSeconds(2) : baseDelay;
        maxDelay = maxDelay == null || maxDelay.compareTo(baseDelay) < 0 ? Duration.ofMinutes(15) : maxDelay;
        forgetAfter = forgetAfter == null || forgetAfter.isNegative() || forgetAfter.isZero()
                ? Duration.ofHours(24) : forgetAfter;
    }
}
