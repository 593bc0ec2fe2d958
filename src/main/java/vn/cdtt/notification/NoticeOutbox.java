package vn.cdtt.notification;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.cdtt.kernel.GroupIds;

/**
 * Writes notices into the outbox table in the caller's transaction (the engine's, for a created task), so a task
 * that rolls back leaves no notice. A notice already written for the same task, recipient and kind is kept as it is.
 */
@Component
public class NoticeOutbox {

    /**
     * All notices of a write in one statement, a column per array; the count it answers is exact (a JDBC batch's is
     * not when the driver rewrites batched inserts).
     */
    private static final String INSERT = "insert into drive.notice (kind, task_id, recipient, username, locale,"
            + " status, task_name, drive_name, plan_reference, unit_name, due_at, task_key)"
            + " select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[])"
            + " on conflict do nothing";
    private static final int COLUMNS = 12;
    private static final int DUE_AT = 10;

    private final JdbcTemplate jdbc;
    private final NoticeRecipients recipients;
    private final Map<Long, DriveNames> driveNames = new ConcurrentHashMap<>();

    NoticeOutbox(JdbcTemplate jdbc, NoticeRecipients recipients) {
        this.jdbc = jdbc;
        this.recipients = recipients;
    }

    /** A task's notice to be written: to the task's recipients, or for an escalation to the supervisors' groups. */
    record Draft(TaskFacts task, NoticeKind kind, List<String> groups, String assignee) {
    }

    /**
     * Writes the notices just before the caller's transaction commits, together with the others of that transaction:
     * a phase fan-out creates a hundred tasks in one transaction, and their recipients are read and their notices
     * inserted in a few statements instead of a few per task. Without a transaction, writes at once.
     */
    public void writeAtCommit(TaskFacts task, NoticeKind kind, List<String> recipientGroups, String assignee) {
        Draft notice = new Draft(task, kind, recipientGroups, assignee);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writeAll(List.of(notice));
            return;
        }
        // Looked up among the current transaction's synchronizations, which a nested REQUIRES_NEW suspends.
        PendingNotices pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(sync -> sync instanceof PendingNotices mine && mine.outbox == this)
                .map(PendingNotices.class::cast).findFirst().orElseGet(() -> {
                    PendingNotices created = new PendingNotices(this);
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.notices.add(notice);
    }

    /** Writes the notices in the caller's transaction, reading all their recipients at once; @return written */
    int writeAll(List<Draft> notices) {
        NoticeRecipients.Directory directory = recipients.directory(
                notices.stream().flatMap(n -> n.groups().stream()).collect(Collectors.toSet()),
                notices.stream().map(Draft::assignee).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Object[]> rows = new ArrayList<>();
        for (Draft notice : notices) {
            TaskFacts task = notice.task();
            for (NoticeRecipients.Recipient to : directory.recipients(notice.groups(), notice.assignee())) {
                // Escalations go out at once; an official who chose a digest gets the rest once a day.
                String status = to.digest() && notice.kind() != NoticeKind.ESCALATION ? "DIGEST_WAIT" : "PENDING";
                rows.add(new Object[] {notice.kind().name(), task.taskId(), to.email().strip(), to.username(),
                        to.locale(), status, task.taskName(), task.driveName(), task.planReference(),
                        task.unitName(), task.dueAt() == null ? null : new Timestamp(task.dueAt().getTime()),
                        task.taskKey()});
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int column = 0; column < COLUMNS; column++) {
                    Object[] values = new Object[rows.size()];
                    for (int row = 0; row < values.length; row++) {
                        values[row] = rows.get(row)[column];
                    }
                    insert.setArray(column + 1, connection.createArrayOf(column == DUE_AT ? "timestamptz" : "varchar",
                            values));
                }
                return insert.executeUpdate();
            }
        });
    }

    /**
     * The notices of one transaction, inserted before it commits; a rollback drops them with it. Identity equality:
     * Spring keeps synchronizations in a hash set.
     */
    private static final class PendingNotices implements TransactionSynchronization {

        private final NoticeOutbox outbox;
        private final List<Draft> notices = new ArrayList<>();

        private PendingNotices(NoticeOutbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            outbox.writeAll(notices);
        }
    }

    /** Facts of a task from its variables: the drive's plan by {@code campaignId}, the unit by its name variables. */
    public TaskFacts facts(String taskId, String taskKey, String taskName, java.util.Date due, List<String> groups,
                    String assignee, Function<String, Object> variables) {
        String driveName = null;
        String reference = null;
        if (variables.apply("campaignId") instanceof Number campaign) {
            DriveNames names = driveNames(campaign.longValue());
            if (names != null) {
                driveName = names.name();
                reference = names.reference();
            }
        }
        String unit = TaskFacts.unitName(variables);
        if (unit == null && !groups.isEmpty()) {
            unit = groupName(groups.get(0));
        }
        return new TaskFacts(taskId, taskKey, taskName, driveName, reference, unit, due, groups, assignee);
    }

    /**
     * The plan's name and reference of a drive. A drive keeps its plan version, and a stored version never changes,
     * so each drive's is read once per node (a phase fan-out asks once per commune).
     */
    private DriveNames driveNames(long campaign) {
        DriveNames known = driveNames.get(campaign);
        if (known != null) {
            return known;
        }
        List<DriveNames> found = jdbc.query("select p.name_vi, p.reference from drive.campaign c"
                + " join drive.campaign_plan p on p.id = c.plan_id where c.id = ?",
                (rs, row) -> new DriveNames(rs.getString(1), rs.getString(2)), campaign);
        if (found.isEmpty()) {
            return null; // not cached: the drive may not be committed yet
        }
        driveNames.put(campaign, found.get(0));
        return found.get(0);
    }

    private record DriveNames(String name, String reference) {
    }

    /** The agency's or unit's name behind a Camunda group. */
    private String groupName(String group) {
        GroupIds.Ref ref = GroupIds.parse(group);
        List<String> names = ref.isAgency()
                ? jdbc.queryForList("select name_vi from drive.agency where lower(code) = ?", String.class,
                        ref.agencyCode())
                : ref.isUnit() ? jdbc.queryForList("select full_name from drive.admin_unit where hierarchy = ?"
                        + " and code = ?", String.class, ref.hierarchy(), ref.unitCode()) : List.of();
        return names.isEmpty() ? null : names.get(0);
    }
}
