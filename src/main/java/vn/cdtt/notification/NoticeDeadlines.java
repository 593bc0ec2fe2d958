package vn.cdtt.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.geography.AdminUnit;
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

    private final TaskService tasks;
    private final NoticeOutbox outbox;
    private final NoticeProperties properties;
    private final JdbcTemplate jdbc;
    private final RoleDirectory roles;
    private final vn.cdtt.geography.AdminUnitRepository units;

    NoticeDeadlines(TaskService tasks, NoticeOutbox outbox, NoticeProperties properties, JdbcTemplate jdbc,
                    RoleDirectory roles, vn.cdtt.geography.AdminUnitRepository units) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.properties = properties;
        this.jdbc = jdbc;
        this.roles = roles;
        this.units = units;
    }

    /** @return notices written */
    @Transactional
    public int scan() {
        Date now = ClockUtil.getCurrentTime();
        Date soon = new Date(now.getTime() + properties.reminderDaysBefore() * 86_400_000L);
        int written = 0;
        for (Task task : all(tasks.createTaskQuery().dueAfter(now).dueBefore(soon).orderByTaskId().asc())) {
            List<String> groups = candidateGroups(task);
            written += outbox.write(facts(task, groups), NoticeKind.REMINDER, groups, task.getAssignee());
        }
        for (Task task : all(tasks.createTaskQuery().dueBefore(now).orderByTaskId().asc())) {
            List<String> groups = candidateGroups(task);
            List<String> supervisors = supervisors(groups);
            if (!supervisors.isEmpty()) {
                written += outbox.write(facts(task, groups), NoticeKind.ESCALATION, supervisors, null);
            }
        }
        return written;
    }

    private List<Task> all(org.camunda.bpm.engine.task.TaskQuery query) {
        List<Task> result = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<Task> page = query.listPage(first, PAGE);
            result.addAll(page);
            if (page.size() < PAGE) {
                return result;
            }
        }
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
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        for (String group : groups) {
            GroupRef ref = GroupRef.parse(group);
            if (ref.isUnit()) {
                jdbc.queryForList("select p.hierarchy, p.code from drive.admin_unit u join drive.admin_unit p"
                        + " on p.id = u.parent_id where u.hierarchy = ? and u.code = ?", ref.hierarchy(),
                        ref.unitCode()).stream().findFirst().ifPresent(parent -> above.add("unit-"
                        + ((String) parent.get("hierarchy")).toLowerCase(java.util.Locale.ROOT) + "-"
                        + parent.get("code")));
            } else if (ref.isAgency()) {
                List<Long> agencyUnit = jdbc.queryForList("select unit_id from drive.agency where lower(code) = ?",
                        Long.class, ref.agencyCode());
                if (agencyUnit.isEmpty()) {
                    continue;
                }
                AdminUnit province = province(units.findById(agencyUnit.get(0)).orElseThrow());
                try {
                    String leaders = roles.groupPlaying(AgencyRole.PROVINCIAL_LEADERSHIP, province, today);
                    if (!leaders.equals(group)) {
                        above.add(leaders);
                    }
                } catch (IllegalStateException noLeadership) {
                    // a province without a leadership agency on file: nobody to escalate to
                }
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
