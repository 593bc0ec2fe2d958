package vn.cdtt.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, outside any engine transaction. A batch is claimed in one statement with
 * {@code FOR UPDATE SKIP LOCKED} (two senders never take the same row) and stays theirs for the claim timeout; each
 * notice is then sent and marked sent, retried later with a doubling delay, or marked failed with the server's reason
 * (at once when the server rejects the address, else after the last attempt). A server that cannot be reached fails
 * no notice: the batch is retried later and the round ends, and until the server answers again a round checks the
 * connection before it renders anything, so an outage costs a connection attempt and two statements per round.
 */
@Component
public class NoticeSender implements DisposableBean {

    /** Mail header that carries the notice's id in {@code drive.notice}. */
    public static final String NOTICE_HEADER = "X-CDTT-Notice";

    private static final String CLAIM = """
            update drive.notice set claimed_until = now() + make_interval(secs => ?), attempts = attempts + 1
            where id in (select id from drive.notice
                         where status in ('PENDING', 'RETRYING') and next_attempt_at <= now()
                           and (claimed_until is null or claimed_until < now())
                         order by id limit ? for update skip locked)
            returning *""";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NoticeMail mail;
    private final NoticeProperties properties;
    private ExecutorService workers;
    /** The last batch found the server unreachable. */
    private volatile boolean serverDown;

    NoticeSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, NoticeMail mail,
                 NoticeProperties properties) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.mail = mail;
        this.properties = properties;
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one notices wait as pending. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends one batch of due notices. @return how many were claimed */
    public int sendDue() {
        return sendBatch().claimed();
    }

    /**
     * Sends until nothing is due or the server cannot be reached. The first batch goes alone and tells whether the
     * server answers; when more is due, {@code senderThreads} workers share the rest.
     *
     * @return how many were claimed
     */
    public int drain() {
        Batch first = sendBatch();
        if (first.claimed() < properties.batchSize() || first.unreachable()) {
            return first.claimed();
        }
        if (properties.senderThreads() == 1) {
            return first.claimed() + drainAlone();
        }
        List<Callable<Integer>> loops = Collections.nCopies(properties.senderThreads(), this::drainAlone);
        int total = first.claimed();
        try {
            for (Future<Integer> worker : workers().invokeAll(loops)) {
                total += worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A notice sender failed", e.getCause());
        }
        return total;
    }

    private int drainAlone() {
        int total = 0;
        for (Batch batch = sendBatch(); batch.claimed() > 0; batch = sendBatch()) {
            total += batch.claimed();
            if (batch.unreachable()) {
                break;
            }
        }
        return total;
    }

    /** What one batch came to: notices claimed, and whether the server could not be reached at all. */
    private record Batch(int claimed, boolean unreachable) {
    }

    private Batch sendBatch() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return new Batch(0, false);
        }
        List<Notice> claimed = jdbc.query(CLAIM, Notice::from, properties.claimTimeout().toSeconds(),
                properties.batchSize());
        Map<Notice, Exception> failures = new LinkedHashMap<>();
        // While the server is down a round only knocks: nothing is rendered until it answers again.
        Exception stillDown = serverDown && !claimed.isEmpty() ? connectionFailure(sender) : null;
        if (stillDown != null) {
            claimed.forEach(notice -> failures.put(notice, stillDown));
            failed(failures);
            return new Batch(claimed.size(), true);
        }
        Map<MimeMessage, Notice> messages = new LinkedHashMap<>();
        // The recipients of one task read the same mail: it is rendered once per language.
        Map<NoticeMail.Content, NoticeMail.Rendered> rendered = new HashMap<>();
        for (Notice notice : claimed) {
            try {
                messages.put(message(sender, notice, rendered.computeIfAbsent(NoticeMail.Content.of(notice),
                        content -> mail.render(notice))), notice);
            } catch (MessagingException | RuntimeException e) {
                failures.put(notice, e);
            }
        }
        send(sender, messages, failures);
        boolean unreachable = failures.values().stream().anyMatch(NoticeSender::unreachable);
        if (!messages.isEmpty()) {
            serverDown = unreachable;
        }
        return new Batch(claimed.size(), unreachable);
    }

    /** @return why the server cannot be reached, or null when it answers */
    private static Exception connectionFailure(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            try {
                impl.testConnection();
            } catch (MessagingException e) {
                return e;
            }
        }
        return null;
    }

    private synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(properties.senderThreads(),
                    new CustomizableThreadFactory("notice-sender-"));
        }
        return workers;
    }

    @Override
    public synchronized void destroy() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private MimeMessage message(JavaMailSender sender, Notice notice, NoticeMail.Rendered rendered)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(notice.recipient());
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        // The outbox row's id: a mail can be traced to its notice, and a resend after a crash recognised.
        message.setHeader(NOTICE_HEADER, String.valueOf(notice.id()));
        return message;
    }

    /** One SMTP connection for the batch; the server's answer for each message decides its notice's fate. */
    private void send(JavaMailSender sender, Map<MimeMessage, Notice> messages, Map<Notice, Exception> failures) {
        Map<Object, Exception> failed = Map.of();
        if (!messages.isEmpty()) {
            try {
                sender.send(messages.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                failed = e.getFailedMessages().isEmpty() ? allFailed(messages, e) : e.getFailedMessages();
            } catch (RuntimeException e) {
                failed = allFailed(messages, e);
            }
        }
        List<Long> sent = new ArrayList<>();
        for (Map.Entry<MimeMessage, Notice> entry : messages.entrySet()) {
            Exception failure = failed.get(entry.getKey());
            if (failure == null) {
                sent.add(entry.getValue().id());
            } else {
                failures.put(entry.getValue(), failure);
            }
        }
        if (!sent.isEmpty()) {
            jdbc.update("update drive.notice set status = 'SENT', sent_at = now(), claimed_until = null,"
                    + " last_error = null where id = any(?)", (Object) sent.toArray(Long[]::new));
        }
        failed(failures);
    }

    private static Map<Object, Exception> allFailed(Map<MimeMessage, Notice> messages, Exception e) {
        Map<Object, Exception> failures = new HashMap<>();
        messages.keySet().forEach(message -> failures.put(message, e));
        return failures;
    }

    /** Marks the notices failed or due again later, in one statement for the batch. */
    private void failed(Map<Notice, Exception> failures) {
        List<Object[]> rows = new ArrayList<>();
        failures.forEach((notice, e) -> {
            boolean gaveUp = rejected(e) || !unreachable(e) && notice.attempts() >= properties.maxAttempts();
            rows.add(new Object[] {gaveUp ? "FAILED" : "RETRYING", reason(e), gaveUp ? 0.0 : retryDelay(notice),
                    notice.id()});
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("update drive.notice set status = ?, claimed_until = null, last_error = ?,"
                    + " next_attempt_at = now() + make_interval(secs => ?) where id = ?", rows);
        }
    }

    /** The first retry delay, doubled for each attempt before, at most the longest retry delay. */
    private double retryDelay(Notice notice) {
        long first = properties.firstRetryDelay().toMillis();
        long delay = first << Math.min(notice.attempts() - 1, 30);
        return Math.min(delay, properties.maxRetryDelay().toMillis()) / 1000.0;
    }

    /** The server could not be reached at all (refused, timed out, unknown host): no message was even offered. */
    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof MailConnectException || cause instanceof java.net.ConnectException
                    || cause instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The server refused the address itself (a 5xx reply to RCPT TO): retrying cannot help. */
    private static boolean rejected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException failed && failed.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MailSendException send && send.getMessageExceptions().length > 0
                && send.getMessageExceptions()[0] != e) {
            return send.getMessageExceptions()[0];
        }
        if (e instanceof SendFailedException failed && failed.getNextException() != null) {
            return failed.getNextException();
        }
        return e.getCause() == e ? null : e.getCause();
    }

    private static String reason(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 1000; cause = next(cause)) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage().strip())) {
                text.append(text.isEmpty() ? "" : " — ").append(cause.getMessage().strip());
            }
        }
        return text.isEmpty() ? e.getClass().getSimpleName() : text.toString();
    }
}
