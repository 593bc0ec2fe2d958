package vn.cdtt.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cdtt.notices.*}: where links point, who the mail is from, when reminders go out, and how the sender retries.
 *
 * @param baseUrl            the product's public address, for the Tasklist link in every mail
 * @param from               the sender address
 * @param reminderDaysBefore days before a task's due date that its reminder goes out
 * @param maxAttempts        sending attempts before a notice is marked failed
 * @param firstRetryDelay    the first retry's delay; each further retry waits twice as long
 * @param batchSize          notices one sender claims at a time
 * @param claimTimeout       how long a claimed notice stays with its sender (a node that dies releases it then)
 */
@ConfigurationProperties("cdtt.notices")
public record NoticeProperties(String baseUrl, String from, int reminderDaysBefore, int maxAttempts,
                               Duration firstRetryDelay, int batchSize, Duration claimTimeout) {

    public NoticeProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "no-reply@cdtt.local" : from;
        reminderDaysBefore = reminderDaysBefore <= 0 ? 2 : reminderDaysBefore;
        maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
        firstRetryDelay = firstRetryDelay == null ? Duration.ofMinutes(1) : firstRetryDelay;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
    }

    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
