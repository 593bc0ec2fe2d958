package vn.cdtt.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.GroupIds;

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

    private static final String OFFICIAL = "o.username, o.email, o.locale, o.notice_mode from drive.official o ";

    private final JdbcTemplate jdbc;

    NoticeRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The recipients behind all the given groups and usernames, read with four queries whatever their number: a
     * phase fan-out creates a hundred tasks in one transaction.
     */
    Directory directory(Collection<String> groupIds, Collection<String> usernames) {
        Set<String> agencies = new LinkedHashSet<>();
        Set<GroupIds.Ref> units = new LinkedHashSet<>();
        for (String group : groupIds) {
            GroupIds.Ref ref = GroupIds.parse(group);
            if (ref.isAgency()) {
                agencies.add(ref.agencyCode());
            } else if (ref.isUnit()) {
                units.add(ref);
            }
        }
        Directory directory = new Directory();
        if (!agencies.isEmpty()) {
            String[] codes = agencies.toArray(String[]::new);
            jdbc.query("select lower(a.code), " + OFFICIAL + "join drive.agency a on a.id = o.agency_id"
                    + " where lower(a.code) = any(?)", rs -> {
                        directory.byAgency(rs.getString(1)).add(recipient(rs, 2));
                    }, array(codes));
            jdbc.query("select lower(code), mailbox from drive.agency where mailbox is not null and mailbox <> ''"
                    + " and lower(code) = any(?)", rs -> {
                        directory.mailboxes.put(rs.getString(1), new Recipient(rs.getString(2), null, "vi", false));
                    }, array(codes));
        }
        if (!units.isEmpty()) {
            jdbc.query("select u.hierarchy, u.code, " + OFFICIAL + "join drive.official_unit ou on ou.official_id = o.id"
                    + " join drive.admin_unit u on u.id = ou.unit_id join unnest(?, ?) as g(hierarchy, code)"
                    + " on u.hierarchy = g.hierarchy and u.code = g.code", rs -> {
                        directory.byUnit(rs.getString(1), rs.getString(2)).add(recipient(rs, 3));
                    }, array(units.stream().map(GroupIds.Ref::hierarchy).toArray(String[]::new)),
                    array(units.stream().map(GroupIds.Ref::unitCode).toArray(String[]::new)));
        }
        List<String> people = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (!people.isEmpty()) {
            jdbc.query("select " + OFFICIAL + "where o.username = any(?)", rs -> {
                directory.byUsername.put(rs.getString(1), recipient(rs, 1));
            }, array(people.toArray(String[]::new)));
        }
        return directory;
    }

    /** What {@link #directory} read, answering for any task whose groups and assignee it was asked about. */
    static final class Directory {

        private final Map<String, List<Recipient>> byAgency = new HashMap<>();
        private final Map<String, List<Recipient>> byUnit = new HashMap<>();
        private final Map<String, Recipient> byUsername = new HashMap<>();
        private final Map<String, Recipient> mailboxes = new HashMap<>();

        /** Each address once: the groups' officials in group order, the assignee, then the agencies' mailboxes. */
        List<Recipient> recipients(Collection<String> groupIds, String assignee) {
            Map<String, Recipient> byEmail = new LinkedHashMap<>();
            List<GroupIds.Ref> refs = groupIds.stream().map(GroupIds::parse).toList();
            for (GroupIds.Ref ref : refs) {
                if (ref.isAgency()) {
                    byAgency.getOrDefault(ref.agencyCode(), List.of()).forEach(to -> add(byEmail, to));
                }
            }
            for (GroupIds.Ref ref : refs) {
                if (ref.isUnit()) {
                    byUnit.getOrDefault(unitKey(ref.hierarchy(), ref.unitCode()), List.of())
                            .forEach(to -> add(byEmail, to));
                }
            }
            if (assignee != null && byUsername.containsKey(assignee)) {
                add(byEmail, byUsername.get(assignee));
            }
            for (GroupIds.Ref ref : refs) {
                if (ref.isAgency() && mailboxes.containsKey(ref.agencyCode())) {
                    add(byEmail, mailboxes.get(ref.agencyCode()));
                }
            }
            return new ArrayList<>(byEmail.values());
        }

        private List<Recipient> byAgency(String code) {
            return byAgency.computeIfAbsent(code, key -> new ArrayList<>());
        }

        private List<Recipient> byUnit(String hierarchy, String code) {
            return byUnit.computeIfAbsent(unitKey(hierarchy, code), key -> new ArrayList<>());
        }

        private static String unitKey(String hierarchy, String code) {
            return hierarchy + "/" + code;
        }

        private static void add(Map<String, Recipient> byEmail, Recipient recipient) {
            if (recipient.email() != null && !recipient.email().isBlank()) {
                byEmail.putIfAbsent(recipient.email().strip().toLowerCase(Locale.ROOT), recipient);
            }
        }
    }

    /** @param first the column of {@link #OFFICIAL}'s username */
    private static Recipient recipient(ResultSet rs, int first) throws SQLException {
        return new Recipient(rs.getString(first + 1), rs.getString(first), rs.getString(first + 2),
                "DIGEST".equals(rs.getString(first + 3)));
    }

    private Array array(String[] values) {
        return jdbc.execute((ConnectionCallback<Array>) connection -> connection.createArrayOf("varchar", values));
    }
}
