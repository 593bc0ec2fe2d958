package vn.cdtt.engine;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tasks created before {@code defaultUserPermissionNameForTask: TASK_WORK} gave their candidates and assignee UPDATE,
 * with which they could add a candidate group, delegate, reassign or move the due date. At every start their grants
 * become TASK_WORK (claim, complete) and READ. One statement, idempotent, safe on several nodes at once; Camunda has
 * no API to change a grant's permissions in bulk.
 */
@Component
class TaskWorkGrants implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskWorkGrants.class);

    private final JdbcTemplate jdbc;

    TaskWorkGrants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            int mended = jdbc.update("update act_ru_authorization set perms_ = (perms_ & ~?) | ? | ?,"
                            + " rev_ = rev_ + 1 where type_ = 1 and resource_type_ = ? and resource_id_ <> '*'"
                            + " and (perms_ & ?) <> 0 and perms_ <> ?",
                    Permissions.UPDATE.getValue(), TaskPermissions.TASK_WORK.getValue(), Permissions.READ.getValue(),
                    Resources.TASK.resourceType(), Permissions.UPDATE.getValue(), Permissions.ALL.getValue());
            if (mended > 0) {
                log.info("Task grants of {} candidates and assignees narrowed from UPDATE to TASK_WORK", mended);
            }
        } catch (RuntimeException e) {
            // Two nodes starting together may deadlock on the same rows; the next start finishes the job.
            log.warn("Task grants not narrowed at start-up (another node may be doing it): {}", e.getMessage());
        }
    }
}
