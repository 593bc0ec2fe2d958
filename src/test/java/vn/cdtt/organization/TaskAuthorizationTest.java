package vn.cdtt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/** With Camunda's authorization on, a commune's task belongs to that commune's officials only. */
@ProductTest
class TaskAuthorizationTest {

    private static final String PROCESS = "CommuneTaskTestProcess";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    private Task taskOfA;
    private Task taskOfB;

    @BeforeEach
    void oneTaskForEachOfTwoCommunes() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repository.createDeployment().addClasspathResource("processes/commune-task-test.bpmn")
                    .name("test-commune-task").deploy();
        }
        taskOfA = startFor("unit-vn2022-" + DemoAccounts.COMMUNE_A_CODE);
        taskOfB = startFor("unit-vn2022-" + DemoAccounts.COMMUNE_B_CODE);
    }

    @AfterEach
    void clearAuthentication() {
        identity.clearAuthentication();
    }

    @Test
    void anOfficialSeesOnlyTheirCommunesTask() {
        authenticateAs(DemoAccounts.COMMUNE_A);
        List<String> visible = tasks.createTaskQuery().processDefinitionKey(PROCESS).list().stream()
                .map(Task::getId).toList();
        assertThat(visible).contains(taskOfA.getId()).doesNotContain(taskOfB.getId());
        assertThat(tasks.createTaskQuery().taskId(taskOfB.getId()).singleResult()).isNull();
    }

    @Test
    void anOfficialCannotCompleteOrClaimAnotherCommunesTask() {
        authenticateAs(DemoAccounts.COMMUNE_A);
        assertThatThrownBy(() -> tasks.complete(taskOfB.getId())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.claim(taskOfB.getId(), DemoAccounts.COMMUNE_A))
                .isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();
        Task stillOpen = tasks.createTaskQuery().taskId(taskOfB.getId()).singleResult();
        assertThat(stillOpen).isNotNull();
        assertThat(stillOpen.getAssignee()).isNull();
    }

    @Test
    void anOfficialCompletesTheirOwnCommunesTask() {
        authenticateAs(DemoAccounts.COMMUNE_A);
        tasks.claim(taskOfA.getId(), DemoAccounts.COMMUNE_A);
        tasks.complete(taskOfA.getId());
        identity.clearAuthentication();
        assertThat(tasks.createTaskQuery().taskId(taskOfA.getId()).count()).isZero();
    }

    @Test
    void theSameHoldsThroughTheRestApi() {
        ResponseEntity<List> visible = http.withBasicAuth(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .getForEntity("/engine-rest/task?processDefinitionKey=" + PROCESS, List.class);
        assertThat(visible.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(visible.getBody()).extracting(t -> ((Map<?, ?>) t).get("id"))
                .contains(taskOfA.getId()).doesNotContain(taskOfB.getId());

        ResponseEntity<String> complete = http.withBasicAuth(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .exchange("/engine-rest/task/" + taskOfB.getId() + "/complete", HttpMethod.POST,
                        new HttpEntity<>(Map.of()), String.class);
        assertThat(complete.getStatusCode().is4xxClientError()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(taskOfB.getId()).count()).isOne();
    }

    @Test
    void theRestApiWithoutCredentialsIs401() {
        ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().containsKey("WWW-Authenticate")).as("no Basic challenge to browsers").isFalse();
    }

    private Task startFor(String unitGroup) {
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("unitGroup", unitGroup)).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private void authenticateAs(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
        identity.setAuthentication(user, groups);
    }
}
