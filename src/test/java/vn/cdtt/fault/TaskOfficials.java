package vn.cdtt.fault;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;

import vn.cdtt.organization.CamundaGroups;
import vn.cdtt.organization.PasswordSetter;
import vn.cdtt.support.DemoAccounts;

/**
 * For the sweeps: an official who may work a task (a member of its candidate group, with the demo password) and a
 * value as the REST API takes it. Never the administrator, whom the task-form guard does not judge.
 */
final class TaskOfficials {

    private final TaskService tasks;
    private final IdentityService identity;
    private final PasswordSetter passwords;
    private final Set<String> ready = new HashSet<>();

    TaskOfficials(TaskService tasks, IdentityService identity, PasswordSetter passwords) {
        this.tasks = tasks;
        this.identity = identity;
        this.passwords = passwords;
    }

    /** User and password of an official of the task's candidate group. */
    String[] of(Task task) {
        String group = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate group for " + task.getTaskDefinitionKey()));
        List<User> members = identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, 1);
        // An agency whose organisation file names no official (a Quảng Trị district's People's Committee): one is
        // made for it.
        String user = members.isEmpty() ? madeFor(group, task.getTenantId()) : members.get(0).getId();
        if (ready.add(user) && !identity.checkPassword(user, DemoAccounts.PASSWORD)) {
            passwords.setPassword(user, DemoAccounts.PASSWORD);
        }
        return new String[] {user, DemoAccounts.PASSWORD};
    }

    private String madeFor(String group, String tenant) {
        String user = "sweep-" + group;
        if (identity.createUserQuery().userId(user).count() == 0) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                // The synchronisation makes groups for officials' agencies only.
                identity.saveGroup(identity.newGroup(group));
            }
            User official = identity.newUser(user);
            official.setPassword(DemoAccounts.PASSWORD);
            identity.saveUser(official);
            identity.createMembership(user, group);
            // Like every synchronised official: Tasklist's access, and reading the process definitions (the engine
            // reads a task's deployed form in a command of its own, with the caller's authorizations).
            identity.createMembership(user, CamundaGroups.OFFICIALS);
            if (tenant != null) {
                if (identity.createTenantQuery().tenantId(tenant).count() == 0) {
                    identity.saveTenant(identity.newTenant(tenant));
                }
                identity.createTenantUserMembership(tenant, user);
            }
        }
        ready.add(user);
        return user;
    }

    /** A Java value as the REST API's typed value. */
    static Map<String, Object> restValue(Object value) {
        if (value instanceof SerializableValue json) {
            return Map.of("value", json.getValueSerialized(), "type", "Json");
        }
        for (Class<?> type : List.of(String.class, Integer.class, Long.class, Boolean.class, Double.class)) {
            if (type.isInstance(value)) {
                return Map.of("value", value, "type", type.getSimpleName());
            }
        }
        throw new IllegalArgumentException("no REST type for " + value.getClass());
    }
}
