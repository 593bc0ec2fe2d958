package vn.cdtt.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with the outbox: look through it, count it by status, and send a notice again. */
@Component
public class NoticeAdmin {

    /** Every status a notice can have, in the order the page shows them. */
    public static final List<String> STATUSES = List.of("PENDING", "RETRYING", "SENT", "FAILED", "DIGEST_WAIT",
            "IN_DIGEST");

    /** A page of notices and how many match the filter in all. */
    record Page(List<Notice> notices, int total) {
    }

    private final JdbcTemplate jdbc;

    NoticeAdmin(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Notices per status, every status present (zero when none). */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0));
        jdbc.query("select status, count(*) from drive.notice group by status",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /**
     * Notices newest first.
     *
     * @param status    one of {@link #STATUSES}, or null for all
     * @param recipient part of the recipient's address (any case), or null for all
     */
    Page find(String status, String recipient, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            args.add(status);
        }
        if (recipient != null && !recipient.isBlank()) {
            where.append(" and recipient ilike ? escape '\\'");
            args.add("%" + likeEscaped(recipient.strip()) + "%");
        }
        Integer total = jdbc.queryForObject("select count(*) from drive.notice" + where, Integer.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(limit);
        pageArgs.add(offset);
        List<Notice> notices = jdbc.query("select * from drive.notice" + where
                + " order by created_at desc, id desc limit ? offset ?", Notice::from, pageArgs.toArray());
        return new Page(notices, total == null ? 0 : total);
    }

    /** Whether the page offers to send this notice again: a failed one, or a sent one that went astray. */
    static boolean resendable(String status) {
        return "FAILED".equals(status) || "SENT".equals(status);
    }

    /**
     * Puts a failed or sent notice back in the queue as if new, so the sender takes it on its next round.
     *
     * @return false when the notice is in no state to be resent (it is still on its way or waits for a digest)
     * @throws UnknownNoticeException when no notice has this id
     */
    @Transactional
    public boolean resend(long id) {
        List<String> status = jdbc.queryForList("select status from drive.notice where id = ? for update",
                String.class, id);
        if (status.isEmpty()) {
            throw new UnknownNoticeException(id);
        }
        if (!resendable(status.get(0))) {
            return false;
        }
        // A stale claim from the last attempt must not hold the row back.
        jdbc.update("update drive.notice set status = 'PENDING', attempts = 0, next_attempt_at = now(),"
                + " last_error = null, claimed_until = null where id = ?", id);
        return true;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
