package vn.cdtt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cdtt.support.ProductTest;

/** A task grant made before TASK_WORK was the default (UPDATE) is narrowed at start; other grants stay. */
@ProductTest
class TaskWorkGrantsTest {

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    TaskWorkGrants grants;

    @Test
    void anOldCandidateGrantLosesUpdateAndKeepsWorkAndRead() {
        String taskId = "old-task-" + System.nanoTime();
        Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        old.setResource(Resources.TASK);
        old.setResourceId(taskId);
        old.setGroupId("unit-vn2022-31318");
        old.addPermission(Permissions.UPDATE);
        old.addPermission(Permissions.READ);
        authorizations.saveAuthorization(old);
        List<Authorization> wide = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId("*").list();

        grants.run(null);
        grants.run(null);

        Authorization mended = authorizations.createAuthorizationQuery().authorizationId(old.getId()).singleResult();
        assertThat(mended.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(mended.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(mended.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(wide).as("grants on every task (leaders' READ, administrators' ALL) are not touched")
                .isNotEmpty().allSatisfy(before -> assertThat(authorizations.createAuthorizationQuery()
                        .authorizationId(before.getId()).singleResult().getPermissions(TaskPermissions.values()))
                        .containsExactlyInAnyOrder(before.getPermissions(TaskPermissions.values())));
    }
}
