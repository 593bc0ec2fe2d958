package vn.cdtt.notification;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who gets a task's notice: the members of its candidate groups (officials of the agency, or acting for the unit),
 * the assignee, and the shared mailbox of an agency that has one. Read from the product's own tables, which the
 * Camunda groups mirror, so no Camunda authorization stands in the way inside another user's command.
 */
@Component
class NoticeRecipients {

    /** @param username null for an agency's shared mailbox */
    record Recipient(String email, String username, String locale, boolean digest) {
    }

    private static final String OFFICIAL = "select o.username, o.email, o.locale, o.notice_mode from drive.official o ";

    private final JdbcTemplate jdbc;

    NoticeRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each address once, officials before mailboxes. */
    List<Recipient> of(Collection<String> groupIds, String assignee) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        List<String> agencies = new ArrayList<>();
        List<GroupRef> units = new ArrayList<>();
        for (String group : groupIds) {
            GroupRef ref = GroupRef.parse(group);
            if (ref.isAgency()) {
                agencies.add(ref.agencyCode());
            } else if (ref.isUnit()) {
                units.add(ref);
            }
        }
        if (!agencies.isEmpty()) {
            query(OFFICIAL + "join drive.agency a on a.id = o.agency_id where lower(a.code) = any(?)",
                    agencies.toArray(String[]::new), byEmail);
        }
        for (GroupRef unit : units) {
            jdbc.query(OFFICIAL + "join drive.official_unit ou on ou.official_id = o.id join drive.admin_unit u"
                    + " on u.id = ou.unit_id where u.hierarchy = ? and u.code = ?", rs -> {
                        add(byEmail, recipient(rs));
                    }, unit.hierarchy(), unit.unitCode());
        }
        if (assignee != null) {
            jdbc.query(OFFICIAL + "where o.username = ?", rs -> {
                add(byEmail, recipient(rs));
            }, assignee);
        }
        if (!agencies.isEmpty()) {
            jdbc.query("select distinct mailbox from drive.agency where mailbox is not null and mailbox <> ''"
                    + " and lower(code) = any(?)", rs -> {
                        add(byEmail, new Recipient(rs.getString(1), null, "vi", false));
                    }, array(agencies.toArray(String[]::new)));
        }
        return new ArrayList<>(byEmail.values());
    }

    private static Recipient recipient(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Recipient(rs.getString(2), rs.getString(1), rs.getString(3), "DIGEST".equals(rs.getString(4)));
    }

    private void query(String sql, String[] groups, Map<String, Recipient> byEmail) {
        jdbc.query(sql, rs -> {
            add(byEmail, recipient(rs));
        }, array(groups));
    }

    private Array array(String[] values) {
        return jdbc.execute((ConnectionCallback<Array>) connection -> connection.createArrayOf("varchar", values));
    }

    private static void add(Map<String, Recipient> byEmail, Recipient recipient) {
        if (recipient.email() != null && !recipient.email().isBlank()) {
            byEmail.putIfAbsent(recipient.email().strip().toLowerCase(java.util.Locale.ROOT), recipient);
        }
    }
}
