package vn.cdtt.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cdtt.notices.*}: where links point, who the mail is from, when reminders go out, and how the sender retries.
 *
 * @param baseUrl            the product's public address, for the Tasklist link in every mail
 * @param from               the sender address
 * @param reminderDaysBefore days before a task's due date that its reminder goes out
 * @param maxAttempts        attempts before a notice is marked failed; a server that cannot be reached at all does not
 *                           fail it (it is tried until it is back, so an outage loses nothing)
 * @param firstRetryDelay    the first retry's delay; each further retry waits twice as long
 * @param maxRetryDelay      the longest a retry waits, however many attempts came before
 * @param batchSize          notices one sender claims at a time (one SMTP connection each)
 * @param senderThreads      batches a node sends at once when much is due
 * @param claimTimeout       how long a claimed notice stays with its sender (a node that dies releases it then)
 */
@ConfigurationProperties("cdtt.notices")
public record NoticeProperties(String baseUrl, String from, int reminderDaysBefore, int maxAttempts,
                               Duration firstRetryDelay, Duration maxRetryDelay, int batchSize, int senderThreads,
                               Duration claimTimeout) {

    public NoticeProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "no-reply@cdtt.local" : from;
        reminderDaysBefore = reminderDaysBefore <= 0 ? 2 : reminderDaysBefore;
        maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
        firstRetryDelay = firstRetryDelay == null ? Duration.ofMinutes(1) : firstRetryDelay;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        senderThreads = senderThreads <= 0 ? 2 : senderThreads;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
    }

    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
