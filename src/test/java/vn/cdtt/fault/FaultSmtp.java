package vn.cdtt.fault;

import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.cdtt.notification.NoticeSender;

/**
 * GreenMail on the fault tests' own SMTP port (loopback), counting received mails by the outbox id each carries in
 * {@link NoticeSender#NOTICE_HEADER}.
 */
final class FaultSmtp implements AutoCloseable {

    /** The fault tests' port; the other mail tests use 3025 and may run at the same time. */
    static final int PORT = 3225;

    private final GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    FaultSmtp() {
        server.start();
    }

    /** How many mails arrived per notice id. */
    Map<Long, Integer> receivedByNotice() throws MessagingException {
        Map<Long, Integer> counts = new HashMap<>();
        for (MimeMessage mail : server.getReceivedMessages()) {
            String[] id = mail.getHeader(NoticeSender.NOTICE_HEADER);
            if (id != null && id.length > 0) {
                counts.merge(Long.parseLong(id[0].strip()), 1, Integer::sum);
            }
        }
        return counts;
    }

    int received() {
        return server.getReceivedMessages().length;
    }

    @Override
    public void close() {
        server.stop();
    }
}
