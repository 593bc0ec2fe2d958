package vn.cdtt.notification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, outside any engine transaction. A batch is claimed in one statement with
 * {@code FOR UPDATE SKIP LOCKED} (two nodes never take the same row) and stays theirs for the claim timeout; each
 * notice is then sent and marked sent, retried later with a doubling delay, or marked failed with the server's reason
 * (at once when the server rejects the address, else after the last attempt).
 */
@Component
public class NoticeSender {

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
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Notice> claimed = jdbc.query(CLAIM, Notice::from, properties.claimTimeout().toSeconds(),
                properties.batchSize());
        Map<MimeMessage, Notice> messages = new LinkedHashMap<>();
        for (Notice notice : claimed) {
            try {
                messages.put(message(sender, notice), notice);
            } catch (MessagingException | RuntimeException e) {
                failed(notice, e);
            }
        }
        send(sender, messages);
        return claimed.size();
    }

    /** Sends until nothing is due. @return how many were claimed */
    public int drain() {
        int total = 0;
        for (int claimed = sendDue(); claimed > 0; claimed = sendDue()) {
            total += claimed;
        }
        return total;
    }

    private MimeMessage message(JavaMailSender sender, Notice notice) throws MessagingException {
        NoticeMail.Rendered rendered = mail.render(notice);
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
    private void send(JavaMailSender sender, Map<MimeMessage, Notice> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages().isEmpty() ? allFailed(messages, e) : e.getFailedMessages();
        } catch (RuntimeException e) {
            failures = allFailed(messages, e);
        }
        List<Long> sent = new java.util.ArrayList<>();
        for (Map.Entry<MimeMessage, Notice> entry : messages.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                sent.add(entry.getValue().id());
            } else {
                failed(entry.getValue(), failure);
            }
        }
        jdbc.update("update drive.notice set status = 'SENT', sent_at = now(), claimed_until = null,"
                + " last_error = null where id = any(?)", (Object) sent.toArray(Long[]::new));
    }

    private static Map<Object, Exception> allFailed(Map<MimeMessage, Notice> messages, Exception e) {
        Map<Object, Exception> failures = new java.util.HashMap<>();
        messages.keySet().forEach(message -> failures.put(message, e));
        return failures;
    }

    private void failed(Notice notice, Exception e) {
        String reason = reason(e);
        if (rejected(e) || notice.attempts() >= properties.maxAttempts()) {
            jdbc.update("update drive.notice set status = 'FAILED', claimed_until = null, last_error = ?"
                    + " where id = ?", reason, notice.id());
            return;
        }
        long delay = properties.firstRetryDelay().toSeconds() << Math.min(notice.attempts() - 1, 20);
        jdbc.update("update drive.notice set status = 'RETRYING', claimed_until = null, last_error = ?,"
                + " next_attempt_at = now() + make_interval(secs => ?) where id = ?", reason, delay, notice.id());
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
