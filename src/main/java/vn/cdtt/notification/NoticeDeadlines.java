package vn.cdtt.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cdtt.geography.AdminUnit;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.GroupIds;
import vn.cdtt.organization.AgencyRole;
import vn.cdtt.organization.RoleDirectory;

/**
 * Reminders and escalations by the engine's clock: a task due within the configured days gets a reminder to its
 * recipients; an overdue task gets an escalation to the owning unit's supervisor (the unit above for a unit's task,
 * the provincial leadership for an agency's). Each goes once: the outbox's unique key holds a notice per task,
 * recipient and kind.
 */
@Component
public class NoticeDeadlines {

    private static final int PAGE = 500;
    /** Advisory lock key of the deadline scan (any constant unique among the product's advisory locks). */
    private static final long SCAN_LOCK = 0x6364_7474_0001L;

    private final TaskService tasks;
    private final NoticeOutbox outbox;
    private final NoticeProperties properties;
    private final JdbcTemplate jdbc;
    private final RoleDirectory roles;
    private final vn.cdtt.geography.AdminUnitRepository units;
    private final TransactionTemplate transactions;

    NoticeDeadlines(TaskService tasks, NoticeOutbox outbox, NoticeProperties properties, JdbcTemplate jdbc,
                    RoleDirectory roles, vn.cdtt.geography.AdminUnitRepository units,
                    PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.tasks = tasks;
        this.outbox = outbox;
        this.properties = properties;
        this.jdbc = jdbc;
        this.roles = roles;
        this.units = units;
    }

    /**
     * Writes the reminders and escalations due now, a page of tasks per transaction. Only one node scans at a time
     * (a transaction-scoped advisory lock; another node finding it taken leaves the work to the holder), and each
     * task is read once per kind: the scan marks it in {@code notice_deadline_mark}.
     *
     * @return notices written
     */
    public int scan() {
        Date now = Date.from(EngineClock.now());
        Date soon = new Date(now.getTime() + properties.reminderDaysBefore() * 86_400_000L);
        transactions.executeWithoutResult(status -> jdbc.update("delete from drive.notice_deadline_mark m"
                + " where not exists (select 1 from act_ru_task t where t.id_ = m.task_id)"));
        int written = 0;
        Integer page;
        while ((page = transactions.execute(status -> reminders(now, soon))) != null && page >= 0) {
            written += page;
        }
        while ((page = transactions.execute(status -> escalations(now))) != null && page >= 0) {
            written += page;
        }
        return written;
    }

    /** @return notices written for one page, or -1 when nothing is left or another node is scanning */
    private int reminders(Date now, Date soon) {
        List<Task> page = unmarked(NoticeKind.REMINDER, "t.due_date_ > ? and t.due_date_ < ?", now, soon);
        if (page == null) {
            return -1;
        }
        List<NoticeOutbox.Draft> notices = new ArrayList<>();
        for (Task task : page) {
            List<String> groups = candidateGroups(task);
            notices.add(new NoticeOutbox.Draft(facts(task, groups), NoticeKind.REMINDER, groups, task.getAssignee()));
        }
        return outbox.writeAll(notices);
    }

    private int escalations(Date now) {
        List<Task> page = unmarked(NoticeKind.ESCALATION, "t.due_date_ < ?", now);
        if (page == null) {
            return -1;
        }
        List<NoticeOutbox.Draft> notices = new ArrayList<>();
        for (Task task : page) {
            List<String> groups = candidateGroups(task);
            List<String> supervisors = supervisors(groups);
            if (!supervisors.isEmpty()) {
                notices.add(new NoticeOutbox.Draft(facts(task, groups), NoticeKind.ESCALATION, supervisors, null));
            }
        }
        return outbox.writeAll(notices);
    }

    /**
     * The next page of open tasks matching the due-date condition that the scan has not handled for this kind,
     * marked as handled in the same transaction; null when there are none or another node holds the scan.
     */
    private List<Task> unmarked(NoticeKind kind, String dueCondition, Object... dueBounds) {
        Boolean ours = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, SCAN_LOCK);
        if (!Boolean.TRUE.equals(ours)) {
            return null;
        }
        List<Object> arguments = new ArrayList<>(List.of(dueBounds));
        arguments.add(kind.name());
        arguments.add(PAGE);
        List<String> ids = jdbc.queryForList("select t.id_ from act_ru_task t where " + dueCondition
                + " and not exists (select 1 from drive.notice_deadline_mark m where m.task_id = t.id_"
                + " and m.kind = ?) order by t.id_ limit ?", String.class, arguments.toArray());
        if (ids.isEmpty()) {
            return null;
        }
        jdbc.batchUpdate("insert into drive.notice_deadline_mark (task_id, kind) values (?, ?) on conflict do nothing",
                ids.stream().map(id -> new Object[] {id, kind.name()}).toList());
        return tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private TaskFacts facts(Task task, List<String> groups) {
        return outbox.facts(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(), groups,
                task.getAssignee(), name -> tasks.getVariable(task.getId(), name));
    }

    /** The groups above the task's owners; none for the provincial leadership itself. */
    List<String> supervisors(List<String> groups) {
        Set<String> above = new LinkedHashSet<>();
        LocalDate today = EngineClock.today();
        for (String group : groups) {
            GroupIds.Ref ref = GroupIds.parse(group);
            if (ref.isUnit()) {
                jdbc.queryForList("select p.hierarchy, p.code from drive.admin_unit u join drive.admin_unit p"
                        + " on p.id = u.parent_id where u.hierarchy = ? and u.code = ?", ref.hierarchy(),
                        ref.unitCode()).stream().findFirst().ifPresent(parent -> above.add(GroupIds.unit(
                        (String) parent.get("hierarchy"), (String) parent.get("code"))));
            } else if (ref.isAgency()) {
                List<Long> agencyUnit = jdbc.queryForList("select unit_id from drive.agency where lower(code) = ?",
                        Long.class, ref.agencyCode());
                if (agencyUnit.isEmpty()) {
                    continue;
                }
                AdminUnit province = province(units.findById(agencyUnit.get(0)).orElseThrow());
                // A province without a leadership agency on file has nobody to escalate to.
                roles.findGroupPlaying(AgencyRole.PROVINCIAL_LEADERSHIP, province, today)
                        .filter(leaders -> !leaders.equals(group)).ifPresent(above::add);
            }
        }
        return new ArrayList<>(above);
    }

    private static AdminUnit province(AdminUnit unit) {
        AdminUnit province = unit;
        while (province.getParent() != null) {
            province = province.getParent();
        }
        return province;
    }
}
